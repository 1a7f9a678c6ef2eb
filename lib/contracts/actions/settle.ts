import type { Address, Client, Hex } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { statusKey } from '../enums.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/** Parameters of {@link settle}. */
export interface SettleParams {
  registry: Address;
  id: bigint;
  /** The beacon's proof for the pending ticket (`lib/randomness/settle-proof.ts`), or `0x`. */
  proof: Hex;
  /**
   * Wei sent for a beacon request (`drawFee`; zero for the block beacon). Whatever the request does not use is
   * sent back by the registry.
   */
  drawFee?: bigint;
}

/** The msg.value a settle that requests draws needs (`drawFee(id)`): the beacon's request fee. */
export async function readDrawFee(client: Client, p: { registry: Address; id: bigint }): Promise<bigint> {
  const { readContract } = await import('viem/actions'); // loaded here: the page that builds a settle call needs none
  return readContract(client, { address: p.registry, abi: levetrageAbi, functionName: 'drawFee', args: [p.id] });
}

/** `settle(id, proof)`: advances a threat by its rules; anyone may call it. */
export function settleCall(p: SettleParams): ContractWrite<typeof levetrageAbi, 'settle'> {
  return {
    address: p.registry,
    abi: levetrageAbi,
    functionName: 'settle',
    args: [p.id, p.proof],
    ...(p.drawFee ? { value: p.drawFee } : {}),
  };
}

/**
 * Settles threat `id`: resolves pending draws, requests due ones (paying `drawFee`), applies the timeout, or
 * cancels a pool past its gathering date.
 * @returns the mined write and the threat's status afterwards (`'live'`, `'escalated'`, …)
 */
export async function settle(client: SigningClient, p: SettleParams, options?: SendWriteOptions) {
  const written = await sendWriteLazy(client, settleCall(p), options);
  return { ...written, status: statusKey(written.result) };
}
