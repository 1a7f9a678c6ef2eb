import type { Address, ContractFunctionArgs } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { createdThreatId } from '../events';
import { sendWrite, type ContractWrite, type SendWriteOptions, type SigningClient } from '../write';

/** `CommitmentParams` of DataTypes.sol, typed from the ABI: provider, agreement hash, terminators, deadline, … */
export type CommitmentParams = ContractFunctionArgs<typeof levetrageAbi, 'payable', 'createCommitment'>[0];
/** `OddsParams` of DataTypes.sol: beacon, period (seconds), pEscalate and pTerminate (parts per 1e9). */
export type OddsParams = ContractFunctionArgs<typeof levetrageAbi, 'payable', 'createProbabilistic'>[1];

/** Parameters of {@link createThreat}: a commitment, or with `odds` a probabilistic threat. */
export interface CreateThreatParams {
  registry: Address;
  params: CommitmentParams;
  /** Present for a probabilistic threat. */
  odds?: OddsParams;
  /** The stake (msg.value), wei. */
  stake: bigint;
}

/** The registry call that creates the threat: `createCommitment(params)` or `createProbabilistic(params, odds)`. */
export function createThreatCall(
  p: CreateThreatParams,
): ContractWrite<typeof levetrageAbi, 'createCommitment' | 'createProbabilistic'> {
  const base = { address: p.registry, abi: levetrageAbi, value: p.stake } as const;
  return p.odds
    ? { ...base, functionName: 'createProbabilistic', args: [p.params, p.odds] }
    : { ...base, functionName: 'createCommitment', args: [p.params] };
}

/**
 * Creates a threat (the NASH fee must be approved first: `approveFee`) and returns its id from the receipt's
 * `ThreatCreated`.
 */
export async function createThreat(client: SigningClient, p: CreateThreatParams, options?: SendWriteOptions) {
  const written = await sendWrite(client, createThreatCall(p), options);
  const id = createdThreatId(written.receipt.logs, p.registry);
  if (id === null) throw new Error(`createThreat: no ThreatCreated event in transaction ${written.hash}`);
  return { ...written, id };
}
