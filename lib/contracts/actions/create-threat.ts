import type { Address, ContractFunctionArgs, Hex } from 'viem';
import { levetrageAbi } from '../abis.generated';
import { createdThreatId } from '../events';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

type CreateArgs = ContractFunctionArgs<typeof levetrageAbi, 'payable', 'create'>;
/** `ThreatParams` of DataTypes.sol, typed from the ABI: resolver, beneficiary, deadline, odds, funding, terms, … */
export type ThreatParams = CreateArgs[0];
/** `OddsParams` of DataTypes.sol: beacon (zero for a commitment), period, pEscalate and pTerminate (per 1e9). */
export type OddsParams = ThreatParams['odds'];
/** `FundingParams` of DataTypes.sol: cap, allow-list root, a pool's gathering date and thresholds. */
export type FundingParams = ThreatParams['funding'];
/** `Engagement` of DataTypes.sol as the ABI takes it (lib/engagements has its EIP-712 type and checks). */
export type EngagementArg = CreateArgs[1];

/** Parameters of {@link createThreat}. */
export interface CreateThreatParams {
  registry: Address;
  params: ThreatParams;
  /** The provider's engagement (all zero for a threat that can never escalate). */
  engagement: EngagementArg;
  /** The provider's EIP-712 signature of `engagement`, or `0x` when it accepted it on chain (or there is none). */
  signature: Hex;
  /** The maker's stake (msg.value), wei. */
  stake: bigint;
}

/** The registry call that creates the threat: `create(params, engagement, signature)`. */
export function createThreatCall(p: CreateThreatParams): ContractWrite<typeof levetrageAbi, 'create'> {
  return {
    address: p.registry,
    abi: levetrageAbi,
    functionName: 'create',
    args: [p.params, p.engagement, p.signature],
    value: p.stake,
  };
}

/**
 * Creates a threat and returns its id from the receipt's `ThreatCreated`. The NASH fee is burned by the registry
 * from the sender's balance (no approval; `params.maxFee` caps it).
 */
export async function createThreat(client: SigningClient, p: CreateThreatParams, options?: SendWriteOptions) {
  const written = await sendWriteLazy(client, createThreatCall(p), options);
  const id = createdThreatId(written.receipt.logs, p.registry);
  if (id === null) throw new Error(`createThreat: no ThreatCreated event in transaction ${written.hash}`);
  return { ...written, id };
}

const ZERO = '0x0000000000000000000000000000000000000000' as const;
const ZERO_HASH = '0x0000000000000000000000000000000000000000000000000000000000000000' as const;

/** What every threat must say; everything else defaults to "not used" (no odds, funding, link or hook). */
export type ThreatParamsInput = Pick<
  ThreatParams,
  'resolver' | 'beneficiary' | 'deadline' | 'timeoutAction' | 'terms'
> &
  Partial<Omit<ThreatParams, 'odds' | 'funding'>> & { odds?: OddsParams; funding?: Partial<FundingParams> };

/** Full `ThreatParams` from the fields a caller gives: zero odds (a commitment), no funding, no adversary, no
 * link, no resolver data, no flags, and `maxFee` the caller must set (default: no fee accepted). */
export function threatParams(p: ThreatParamsInput): ThreatParams {
  return {
    adversary: ZERO,
    flags: 0,
    maxFee: 0n,
    linkedTo: 0n,
    resolverData: '0x',
    ...p,
    odds: p.odds ?? { beacon: ZERO, period: 0, pEscalate: 0, pTerminate: 0 },
    funding: {
      cap: 0n,
      backersRoot: ZERO_HASH,
      gatherUntil: 0,
      minPledgers: 0,
      minTotal: 0n,
      ...p.funding,
    },
  };
}
