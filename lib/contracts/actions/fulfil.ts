import type { Address } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { sendWrite, type ContractWrite, type SendWriteOptions, type SigningClient } from '../write';

/** Parameters of {@link fulfil}. */
export interface FulfilParams {
  registry: Address;
  id: bigint;
}

/** `fulfil(id)`: a terminator marks the demand met before the deadline; the stake goes back to the maker. */
export function fulfilCall(p: FulfilParams): ContractWrite<typeof levetrageAbi, 'fulfil'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'fulfil', args: [p.id] };
}

/** Marks threat `id` fulfilled (the sender must be one of its terminators). */
export function fulfil(client: SigningClient, p: FulfilParams, options?: SendWriteOptions) {
  return sendWrite(client, fulfilCall(p), options);
}
