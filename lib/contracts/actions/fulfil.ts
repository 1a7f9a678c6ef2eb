import type { Address, Hex } from 'viem';
import { zeroHash } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/** Parameters of {@link fulfil}. */
export interface FulfilParams {
  registry: Address;
  id: bigint;
  /** The hash of the evidence relied on (see `submitEvidence`); zero when none. */
  evidence?: Hex;
}

/** `fulfil(id, evidence)`: the threat's resolver marks the demand met; every funder is refunded. */
export function fulfilCall(p: FulfilParams): ContractWrite<typeof levetrageAbi, 'fulfil'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'fulfil', args: [p.id, p.evidence ?? zeroHash] };
}

/** Marks threat `id` fulfilled (the sender must be its resolver: an oracle account). */
export function fulfil(client: SigningClient, p: FulfilParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, fulfilCall(p), options);
}
