import type { Address, Hex } from 'viem';
import { zeroHash } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/**
 * The resolver's calls besides `fulfil` (an oracle account makes them itself; resolver contracts make them for
 * their kind): hold a threat for a claim made before the deadline, release it, or record a promise broken.
 */
export interface ResolverCallParams {
  registry: Address;
  id: bigint;
}

/** `hold(id, duration)`: no new draws and no timeout for `duration` seconds (all holds <= MAX_HOLD). */
export function holdCall(p: ResolverCallParams & { duration: number }): ContractWrite<typeof levetrageAbi, 'hold'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'hold', args: [p.id, p.duration] };
}

/** Holds threat `id` for a fulfilment claim. */
export function hold(client: SigningClient, p: ResolverCallParams & { duration: number }, options?: SendWriteOptions) {
  return sendWriteLazy(client, holdCall(p), options);
}

/** `release(id)`: the claim failed; the threat is live again and the draws due meanwhile follow. */
export function releaseCall(p: ResolverCallParams): ContractWrite<typeof levetrageAbi, 'release'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'release', args: [p.id] };
}

/** Ends a hold without fulfilment. */
export function release(client: SigningClient, p: ResolverCallParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, releaseCall(p), options);
}

/** `breach(id, evidence)`: a promise recorded broken; its timeout action applies at once. */
export function breachCall(p: ResolverCallParams & { evidence?: Hex }): ContractWrite<typeof levetrageAbi, 'breach'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'breach', args: [p.id, p.evidence ?? zeroHash] };
}

/** Records promise `id` broken. */
export function breach(client: SigningClient, p: ResolverCallParams & { evidence?: Hex }, options?: SendWriteOptions) {
  return sendWriteLazy(client, breachCall(p), options);
}
