/**
 * The provider's side of an engagement, for scripts, the seed and tests (the engage page signs through the
 * wallet with the same typed data): sign it with a viem wallet client (a local key, or an account the node
 * holds: anvil signs `eth_signTypedData_v4` for its unlocked dev accounts).
 */
import type { Account, Address, Chain, Client, Hex, Transport } from 'viem';
import { signTypedData } from 'viem/actions';
import { engagementTypedData, KIND_BITS, type Engagement } from './typed-data';

/** The provider's EIP-712 signature of `engagement` for the registry at `registry` on `chainId`. */
export function signEngagement(
  wallet: Client<Transport, Chain | undefined, Account>,
  p: { chainId: number; registry: Address; engagement: Engagement },
): Promise<Hex> {
  return signTypedData(wallet, {
    account: wallet.account,
    ...engagementTypedData(p.chainId, p.registry, p.engagement),
  });
}

/**
 * A one-use engagement of `provider` for `maker` and `agreementHash` accepting both kinds, from `minStake`,
 * valid for `validFor` seconds from `now`, with `nonce`.
 */
export function oneUseEngagement(p: {
  provider: Address;
  maker: Address;
  agreementHash: Hex;
  nonce: bigint;
  now: number;
  validFor?: number;
  minStake?: bigint;
}): Engagement {
  return {
    provider: p.provider,
    maker: p.maker,
    agreementHash: p.agreementHash,
    minStake: p.minStake ?? 0n,
    maxStake: 0n,
    kinds: KIND_BITS.commitment | KIND_BITS.probabilistic,
    validUntil: p.now + (p.validFor ?? 7 * 86_400),
    uses: 1,
    nonce: p.nonce,
  };
}
