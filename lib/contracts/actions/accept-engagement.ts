import type { Address } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';
import type { EngagementArg } from './create-threat';

/** Parameters of {@link acceptEngagement} and {@link revokeEngagement}. */
export interface EngagementParams {
  registry: Address;
  engagement: EngagementArg;
}

/**
 * `acceptEngagement(engagement)`: the provider consents on chain instead of signing (its nonce is consumed; the
 * maker then creates with an empty signature).
 */
export function acceptEngagementCall(p: EngagementParams): ContractWrite<typeof levetrageAbi, 'acceptEngagement'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'acceptEngagement', args: [p.engagement] };
}

/** Accepts an engagement on chain (the sender must be its provider). */
export function acceptEngagement(client: SigningClient, p: EngagementParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, acceptEngagementCall(p), options);
}

/** `revokeEngagement(engagement)`: it backs no new threat (signed or accepted; existing threats keep it). */
export function revokeEngagementCall(p: EngagementParams): ContractWrite<typeof levetrageAbi, 'revokeEngagement'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'revokeEngagement', args: [p.engagement] };
}

/** Revokes an engagement (the sender must be its provider). */
export function revokeEngagement(client: SigningClient, p: EngagementParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, revokeEngagementCall(p), options);
}
