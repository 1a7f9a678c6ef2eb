import { getAddress, type Address, type Hex } from 'viem';
import {
  createThreatCall,
  threatParams,
  type CreateThreatParams,
  type EngagementArg,
  type OddsParams,
  type ThreatParams,
} from '../contracts/actions/create-threat';
import type { Deployment } from '../contracts/deployments';
import { decodeEngagementResponse } from '../engagements/link';
import { NO_ENGAGEMENT } from '../engagements/typed-data';
import { resolutionParams } from '../resolvers/resolution';
import { toResolution } from './resolution';

export { toResolution };
import { canEscalate } from './schema';
import { fundingTermsLines, toFundingFields } from './funding';
import { actionValue, Move } from '../contracts/enums.generated';
import type { WizardValues } from './types';
import { deadlineSeconds, parseStakeWei, percentToParts, periodSeconds } from './units';

/**
 * Maps validated wizard values to the registry's `create(ThreatParams, Engagement, signature)`
 * (contracts/src/types/DataTypes.sol): addresses checksummed, the deadline in unix seconds,
 * probabilities in parts per 1e9 (rounded to the nearest part), the period in seconds, the stake in wei.
 * Pure; call it only on values that passed `schema.ts` (it throws a RangeError otherwise).
 */

/**
 * The demand text published on-chain (the `terms` of ThreatCreated): the demand, then who it is
 * addressed to and what the provider will do on escalation, each on its own line when given.
 */
export function composeTerms(
  v: Pick<WizardValues, 'terms' | 'adversaryName' | 'adversaryAddress' | 'providerAction'> &
    Partial<Pick<WizardValues, 'funding' | 'allowList' | 'preparedBy' | 'beneficiary'>>,
): string {
  const lines = [v.terms.trim()];
  const name = v.adversaryName.trim();
  const addr = v.adversaryAddress.trim();
  if (name || addr) lines.push(`Addressed to: ${[name, addr ? getAddress(addr) : ''].filter(Boolean).join(' ')}`);
  if (v.providerAction.trim()) lines.push(`On escalation the provider will: ${v.providerAction.trim()}`);
  lines.push(...fundingTermsLines({ funding: 'maker', allowList: '', preparedBy: '', beneficiary: '', ...v }));
  return lines.join('\n');
}

/** Where and by whom the wizard's threat is created (known only at the sign step). */
export interface CreateContext {
  registry: Address;
  /** The beacon of a probabilistic threat (the chosen one of the deployment's). */
  beacon?: Address;
  /** The connected wallet: the maker, and the beneficiary of refunds unless the form names another. */
  maker: Address;
  /** The fee the maker saw (`feeOf`): the create refuses to burn more. */
  maxFee: bigint;
  /** The deployment's resolver contracts (for a panel of several oracles). */
  deployment: Pick<Deployment, 'panelResolver' | 'realityResolver' | 'umaResolver'>;
}

/** The provider's engagement and signature from the engagement code (all zero when the threat cannot escalate). */
export function toEngagement(v: WizardValues): { engagement: EngagementArg; signature: Hex } {
  if (!canEscalate(v)) return { engagement: NO_ENGAGEMENT, signature: '0x' };
  const response = decodeEngagementResponse(v.engagementCode);
  return { engagement: response.engagement, signature: response.signature ?? '0x' };
}

/** The registry's `ThreatParams` for the wizard's values (addresses checksummed, times in unix seconds). */
export function toThreatParams(v: WizardValues, ctx: CreateContext): ThreatParams {
  if (v.timeoutAction === '') throw new RangeError('timeoutAction: choose refund, forfeit or escalate');
  const deadline = deadlineSeconds(v.deadline);
  if (Number.isNaN(deadline)) throw new RangeError('deadline: not a date');
  const { resolver, resolverData } = resolutionParams(toResolution(v), ctx.deployment);
  const adversary = v.adversaryAddress.trim();
  return threatParams({
    resolver,
    resolverData,
    ...toFundingFields(v, ctx.maker),
    adversary: adversary ? getAddress(adversary) : undefined,
    deadline,
    timeoutAction: actionValue(v.timeoutAction),
    maxFee: ctx.maxFee,
    terms: composeTerms(v),
    odds: v.kind === 'probabilistic' ? toOddsParams(v, requireBeacon(ctx.beacon)) : undefined,
  });
}

function requireBeacon(beacon: Address | undefined): Address {
  if (!beacon) throw new RangeError('beacon: no randomness beacon deployed on this chain');
  return beacon;
}

/** The odds of a probabilistic threat with the given beacon. */
export function toOddsParams(v: WizardValues, beacon: Address): OddsParams {
  const pEscalate = percentToParts(v.pEscalatePct);
  const pTerminate = v.pTerminatePct.trim() === '' ? 0 : percentToParts(v.pTerminatePct);
  const period = periodSeconds(v.periodValue, v.periodUnit);
  if (![pEscalate, pTerminate, period].every(Number.isFinite)) throw new RangeError('odds: not numbers');
  return { beacon: getAddress(beacon), period, pEscalate, pTerminate };
}

/** The stake in wei (msg.value). */
export function toStakeWei(v: Pick<WizardValues, 'stakeEth'>): bigint {
  if (v.stakeEth.trim() === '') return 0n; // a promise without stake (the schema allows it only then)
  const wei = parseStakeWei(v.stakeEth);
  if (wei === null) throw new RangeError('stakeEth: not an ETH amount');
  return wei;
}

/** What the wizard creates: the parameters of `createThreat` (lib/contracts/actions/create-threat.ts). */
export function toCreateThreat(v: WizardValues, ctx: CreateContext): CreateThreatParams {
  return { registry: ctx.registry, params: toThreatParams(v, ctx), ...toEngagement(v), stake: toStakeWei(v) };
}

/** The registry call the wizard signs: `create(params, engagement, signature)` with the stake as value. */
export function toCreateCall(v: WizardValues, ctx: CreateContext) {
  return createThreatCall(toCreateThreat(v, ctx));
}

/** The `Move` whose NASH fee applies. */
export function moveFor(kind: WizardValues['kind']): Move {
  return kind === 'probabilistic' ? Move.CreateProbabilistic : Move.CreateCommitment;
}
