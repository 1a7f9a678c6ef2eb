import type { Address, Client } from 'viem';
import { readContract } from 'viem/actions';
import { levetrageAbi, nashTokenAbi } from '../abis.generated';
import type { Move } from '../enums.generated';
import { sendWrite, type ContractWrite, type SendWriteOptions, type SigningClient } from '../write';

/** The NASH fee the registry burns for `move` (`feeOf`), wei of NASH. */
export function readFee(client: Client, p: { registry: Address; move: Move }): Promise<bigint> {
  return readContract(client, { address: p.registry, abi: levetrageAbi, functionName: 'feeOf', args: [p.move] });
}

/**
 * What `owner` still has to approve so the registry can burn the fee of `move`: the fee, or 0n when there is
 * no fee or the allowance already covers it.
 */
export async function feeToApprove(
  client: Client,
  p: { registry: Address; nash: Address; owner: Address; move: Move },
): Promise<bigint> {
  const [fee, allowance] = await Promise.all([
    readFee(client, p),
    readContract(client, {
      address: p.nash,
      abi: nashTokenAbi,
      functionName: 'allowance',
      args: [p.owner, p.registry],
    }),
  ]);
  return fee === 0n || allowance >= fee ? 0n : fee;
}

/** Parameters of {@link approveFee}: let `registry` burn `amount` of the sender's NASH. */
export interface ApproveFeeParams {
  nash: Address;
  registry: Address;
  amount: bigint;
}

/** `nash.approve(registry, amount)`. */
export function approveFeeCall(p: ApproveFeeParams): ContractWrite<typeof nashTokenAbi, 'approve'> {
  return { address: p.nash, abi: nashTokenAbi, functionName: 'approve', args: [p.registry, p.amount] };
}

/** Approves the registry to burn NASH fees (before `createThreat`). */
export function approveFee(client: SigningClient, p: ApproveFeeParams, options?: SendWriteOptions) {
  return sendWrite(client, approveFeeCall(p), options);
}
