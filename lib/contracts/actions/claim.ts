import type { Address } from 'viem';
import { nashTokenAbi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/** Parameters of {@link claim}. */
export interface ClaimParams {
  nash: Address;
}

/** `nash.claim()`: pays the sender's share of forfeited stakes (`claimableOf`). */
export function claimCall(p: ClaimParams): ContractWrite<typeof nashTokenAbi, 'claim'> {
  return { address: p.nash, abi: nashTokenAbi, functionName: 'claim', args: [] };
}

/** Claims the sender's forfeit dividends from the NASH token. */
export function claim(client: SigningClient, p: ClaimParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, claimCall(p), options);
}
