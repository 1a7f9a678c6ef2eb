import { getAddress, type Address, type Hex } from 'viem';
import {
  createThreatCall,
  type CommitmentParams,
  type CreateThreatParams,
  type OddsParams,
} from '../contracts/actions/create-threat';
import { actionValue, Move } from '../contracts/enums.generated';
import type { WizardValues } from './types';
import { deadlineSeconds, parseStakeWei, percentToParts, periodSeconds } from './units';

/**
 * Maps validated wizard values to the registry's `CommitmentParams` / `OddsParams`
 * (contracts/src/types/DataTypes.sol): addresses checksummed, the deadline in unix seconds,
 * probabilities in parts per 1e9 (rounded to the nearest part), the period in seconds, the stake in wei.
 * Pure; call it only on values that passed `schema.ts` (it throws a RangeError otherwise).
 */

/**
 * The demand text published on-chain (the `terms` of ThreatCreated): the demand, then who it is
 * addressed to and what the provider will do on escalation, each on its own line when given.
 */
export function composeTerms(
  v: Pick<WizardValues, 'terms' | 'adversaryName' | 'adversaryAddress' | 'providerAction'>,
): string {
  const lines = [v.terms.trim()];
  const name = v.adversaryName.trim();
  const addr = v.adversaryAddress.trim();
  if (name || addr) lines.push(`Addressed to: ${[name, addr ? getAddress(addr) : ''].filter(Boolean).join(' ')}`);
  if (v.providerAction.trim()) lines.push(`On escalation the provider will: ${v.providerAction.trim()}`);
  return lines.join('\n');
}

/** The commitment parameters shared by both kinds. Empty terminator rows are dropped. */
export function toCommitmentParams(v: WizardValues): CommitmentParams {
  if (v.timeoutAction === '') throw new RangeError('timeoutAction: choose refund, forfeit or escalate');
  const deadline = deadlineSeconds(v.deadline);
  if (Number.isNaN(deadline)) throw new RangeError('deadline: not a date');
  return {
    provider: getAddress(v.provider.trim()),
    agreementHash: v.agreementHash.trim().toLowerCase() as Hex,
    terminators: v.terminators
      .map((t) => t.address.trim())
      .filter(Boolean)
      .map((a) => getAddress(a)),
    deadline,
    timeoutAction: actionValue(v.timeoutAction),
    terms: composeTerms(v),
  };
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
  const wei = parseStakeWei(v.stakeEth);
  if (wei === null) throw new RangeError('stakeEth: not an ETH amount');
  return wei;
}

/** What the wizard creates: the parameters of `createThreat` (lib/contracts/actions/create-threat.ts). */
export function toCreateThreat(v: WizardValues, beacon: Address | undefined, registry: Address): CreateThreatParams {
  const params = toCommitmentParams(v);
  const stake = toStakeWei(v);
  if (v.kind !== 'probabilistic') return { registry, params, stake };
  if (!beacon) throw new RangeError('beacon: no randomness beacon deployed on this chain');
  return { registry, params, odds: toOddsParams(v, beacon), stake };
}

/** The registry call the wizard signs: `createCommitment` / `createProbabilistic` with the stake as value. */
export function toCreateCall(v: WizardValues, beacon: Address | undefined, registry: Address) {
  return createThreatCall(toCreateThreat(v, beacon, registry));
}

/** The `Move` whose NASH fee applies. */
export function moveFor(kind: WizardValues['kind']): Move {
  return kind === 'probabilistic' ? Move.CreateProbabilistic : Move.CreateCommitment;
}
