import type { Address, Hex } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/** Backers and pools (white paper sections 10.4, 12.1-12.5): add stake, take a pledge back, go live, reclaim. */
export interface FundingCallParams {
  registry: Address;
  id: bigint;
}

/** `join(id, proof)` with `amount`: back a live threat or pledge to a gathering pool (proof: the allow-list's). */
export function joinCall(
  p: FundingCallParams & { amount: bigint; proof?: readonly Hex[] },
): ContractWrite<typeof levetrageAbi, 'join'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'join', args: [p.id, p.proof ?? []], value: p.amount };
}

/** Adds `amount` to threat `id`'s stake. */
export function join(
  client: SigningClient,
  p: FundingCallParams & { amount: bigint; proof?: readonly Hex[] },
  options?: SendWriteOptions,
) {
  return sendWriteLazy(client, joinCall(p), options);
}

/** `leave(id)`: takes the sender's whole pledge back from a gathering pool. */
export function leaveCall(p: FundingCallParams): ContractWrite<typeof levetrageAbi, 'leave'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'leave', args: [p.id] };
}

/** Leaves a gathering pool. */
export function leave(client: SigningClient, p: FundingCallParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, leaveCall(p), options);
}

/** `activate(id)`: a pool whose threshold is met goes live (anyone). */
export function activateCall(p: FundingCallParams): ContractWrite<typeof levetrageAbi, 'activate'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'activate', args: [p.id] };
}

/** Makes pool `id` live. */
export function activate(client: SigningClient, p: FundingCallParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, activateCall(p), options);
}

/** `reclaim(id)`: a backer or pledger takes its share back after a refund, fulfilment or cancellation. */
export function reclaimCall(p: FundingCallParams): ContractWrite<typeof levetrageAbi, 'reclaim'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'reclaim', args: [p.id] };
}

/** Reclaims the sender's share of threat `id`. */
export function reclaim(client: SigningClient, p: FundingCallParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, reclaimCall(p), options);
}
