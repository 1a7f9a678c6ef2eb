/**
 * Checks a provider's engagement signature the way the registry does, in the browser: ECDSA first (65 bytes,
 * low s, the provider's address), else ERC-1271 for a contract provider (through the chain). Used by the wizard
 * before it lets the maker sign, by the engage page, and by the adversary's page ("signature checked in your
 * browser").
 */
import { isAddressEqual, recoverTypedDataAddress, type Address, type Client, type Hex } from 'viem';
import { engagementId, engagementTypedData, type Engagement } from './typed-data';

/** Half the secp256k1 order: a signature with a larger s is malleable and the registry refuses it. */
const HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

/** Why a signature is not the provider's, in words for the place it is shown. */
export type SignatureProblem =
  | 'malformed' // not 65 bytes
  | 'high-s' // a malleable signature the registry refuses
  | 'wrong-signer' // recovers to another account (or another engagement, chain or registry was signed)
  | 'contract-refused' // a contract provider that does not approve it under ERC-1271 (or lacks ERC-1271)
  | 'unreachable'; // a contract provider, and the chain could not be asked

export type SignatureCheck =
  | { ok: true; engagementId: Hex; method: 'ecdsa' | 'erc1271' }
  | { ok: false; engagementId: Hex; problem: SignatureProblem; recovered?: Address };

/** One sentence per problem, for the wizard, the engage page and the public page. */
export const SIGNATURE_PROBLEM_TEXT: Record<SignatureProblem, string> = {
  malformed: 'This is not a signature: it must be 65 bytes (0x followed by 130 hex digits).',
  'high-s': 'This signature uses a malleable form (high s) that the registry refuses. Ask the provider to sign again.',
  'wrong-signer':
    'This signature was not made by the provider for these terms. It may be for another maker, agreement, chain or registry, or signed by another account.',
  'contract-refused':
    'The provider is a contract, and it does not approve this signature (it may not support ERC-1271 signatures).',
  unreachable: 'The provider is a contract and the chain could not be reached to check its signature. Try again.',
};

/**
 * Whether `signature` is `engagement.provider`'s signature of `engagement` for the registry at `registry`.
 * `client` is needed only for contract providers (ERC-1271); without it they count as unreachable.
 */
export async function verifyEngagementSignature(
  p: { chainId: number; registry: Address; engagement: Engagement; signature: Hex },
  client?: Client,
): Promise<SignatureCheck> {
  const id = engagementId(p.chainId, p.registry, p.engagement);
  const sig = p.signature;
  if (!/^0x[0-9a-fA-F]{130}$/.test(sig)) return { ok: false, engagementId: id, problem: 'malformed' };
  const s = BigInt(`0x${sig.slice(66, 130)}`);
  let recovered: Address | undefined;
  if (s <= HALF_N) {
    try {
      recovered = await recoverTypedDataAddress({
        ...engagementTypedData(p.chainId, p.registry, p.engagement),
        signature: sig,
      });
      if (isAddressEqual(recovered, p.engagement.provider)) return { ok: true, engagementId: id, method: 'ecdsa' };
    } catch {
      recovered = undefined;
    }
  }
  // Not the provider's ECDSA signature: a contract provider may still approve it (ERC-1271).
  if (client) {
    try {
      const { erc1271Approval } = await import('./erc1271');
      const approval = await erc1271Approval(client, { provider: p.engagement.provider, hash: id, signature: sig });
      if (approval !== 'not-a-contract')
        return approval === 'approved'
          ? { ok: true, engagementId: id, method: 'erc1271' }
          : { ok: false, engagementId: id, problem: 'contract-refused' };
    } catch {
      return { ok: false, engagementId: id, problem: 'unreachable' };
    }
  }
  if (s > HALF_N) return { ok: false, engagementId: id, problem: 'high-s' };
  return { ok: false, engagementId: id, problem: 'wrong-signer', recovered };
}
