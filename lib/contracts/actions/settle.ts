import type { Address, Hex } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { statusKey } from '../enums.generated';
import { sendWrite, type ContractWrite, type SendWriteOptions, type SigningClient } from '../write';

/** Parameters of {@link settle}. */
export interface SettleParams {
  registry: Address;
  id: bigint;
  /** The beacon's proof for the pending ticket (`lib/randomness/settle-proof.ts`), or `0x`. */
  proof: Hex;
}

/** `settle(id, proof)`: advances a threat by its rules; anyone may call it. */
export function settleCall(p: SettleParams): ContractWrite<typeof levetrageAbi, 'settle'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'settle', args: [p.id, p.proof] };
}

/**
 * Settles threat `id`: resolves pending draws, requests due ones, or applies the timeout.
 * @returns the mined write and the threat's status afterwards (`'live'`, `'escalated'`, …)
 */
export async function settle(client: SigningClient, p: SettleParams, options?: SendWriteOptions) {
  const written = await sendWrite(client, settleCall(p), options);
  return { ...written, status: statusKey(written.result) };
}
