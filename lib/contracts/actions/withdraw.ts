import type { Address } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/** Parameters of {@link withdraw}. */
export interface WithdrawParams {
  registry: Address;
}

/** `withdraw()`: takes out the sender's balance left by a refund or escalation whose transfer failed. */
export function withdrawCall(p: WithdrawParams): ContractWrite<typeof levetrageAbi, 'withdraw'> {
  return { address: p.registry, abi: levetrageAbi, functionName: 'withdraw', args: [] };
}

/** Withdraws the sender's `withdrawable` balance from the registry. */
export function withdraw(client: SigningClient, p: WithdrawParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, withdrawCall(p), options);
}
