/**
 * The ERC-1271 half of the engagement signature check (lib/engagements/verify.ts): whether a contract provider
 * approves a signature. Its own module, imported only when the ECDSA check fails, so a page that checks an
 * ordinary provider's signature loads no contract call.
 */
import type { Address, Client, Hex } from 'viem';
import { getCode, readContract } from 'viem/actions';

const ERC1271_ABI = [
  {
    type: 'function',
    name: 'isValidSignature',
    stateMutability: 'view',
    inputs: [
      { name: 'hash', type: 'bytes32' },
      { name: 'signature', type: 'bytes' },
    ],
    outputs: [{ name: '', type: 'bytes4' }],
  },
] as const;
const ERC1271_MAGIC = '0x1626ba7e';

/**
 * `not-a-contract` when `provider` has no code; else whether its `isValidSignature(hash, signature)` returns the
 * ERC-1271 magic value (a revert counts as a refusal). Throws when the chain cannot be asked for the code.
 */
export async function erc1271Approval(
  client: Client,
  p: { provider: Address; hash: Hex; signature: Hex },
): Promise<'approved' | 'refused' | 'not-a-contract'> {
  const code = await getCode(client, { address: p.provider });
  if (!code || code === '0x') return 'not-a-contract';
  const magic = await readContract(client, {
    address: p.provider,
    abi: ERC1271_ABI,
    functionName: 'isValidSignature',
    args: [p.hash, p.signature],
  }).catch(() => null);
  return magic === ERC1271_MAGIC ? 'approved' : 'refused';
}
