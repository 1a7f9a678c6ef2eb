/**
 * What a threat costs its adversary in expectation, for the public page. The adversary's loss if the threat
 * escalates is not on-chain: the reader supplies it (default {@link DEFAULT_LOSS_MULTIPLE} × the stake, as in
 * the white paper's §8.1 example: 10,000 staked, 100,000 lost by X). Every probability comes from
 * `lib/game-theory`'s one odds function, `threatOdds`; this module only maps a threat's on-chain odds and
 * schedule onto it (with a dovish probability pT > 0 a draw ends the threat either way).
 */
import { formatEther, parseEther } from 'viem';
import { escalationOrTermination, threatOdds } from '../game-theory';
import { PROB_SCALE, parseEthInput } from '../format';
import type { ThreatSchedule } from './schedule';
import type { ThreatView } from './types';

/** Default adversary loss if escalated, as a multiple of the stake (white paper §8.1: 100,000 vs 10,000). */
export const DEFAULT_LOSS_MULTIPLE = 10n;

/** The adversary's loss if escalated (wei), from the `loss` URL parameter (ETH) or the default. */
export function adversaryLossFromParam(
  raw: string | string[] | undefined,
  stake: bigint,
): { wei: bigint; isDefault: boolean; error?: string } {
  const fallback = { wei: stake * DEFAULT_LOSS_MULTIPLE, isDefault: true };
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (text === undefined || text.trim() === '') return fallback;
  const parsed = parseEthInput(text);
  if (!parsed.ok) return { ...fallback, error: parsed.error };
  if (parsed.wei === 0n) return { ...fallback, error: 'Enter a loss above 0 ETH.' };
  if (parsed.wei > parseEther('1000000000000'))
    return { ...fallback, error: 'That loss is too large to compute with.' };
  return { wei: parsed.wei, isDefault: false };
}

/** P(escalated within n draws) with escalate and terminate probabilities (fractions), from lib/game-theory. */
export function probEscalatedWithin(pE: number, pT: number, n: number): number {
  return escalationOrTermination({ pEscalate: pE, pTerminate: pT, n }).probEscalatedByN;
}

/** P(no draw ended the threat within n draws): the chance of reaching the deadline still live. */
export function probStillLiveAfter(pE: number, pT: number, n: number): number {
  return escalationOrTermination({ pEscalate: pE, pTerminate: pT, n }).probStillLive;
}

/** The adversary's expected cost, all amounts in ETH (numbers, for display and charts). */
export interface AdversaryCost {
  /** The loss if escalated, ETH. */
  loss: number;
  /** Expected cost of the next period (p × loss), ETH; null for a commitment. */
  perPeriod: number | null;
  /** Expected cost over the periods elapsed so far (P(escalated within them) × loss), ETH. */
  toDate: number;
  /** Probability of escalation within the periods elapsed so far. */
  probToDate: number;
  /** Probability the stake reaches the provider by the deadline if the demand is never met (draws + timeout). */
  probByDeadline: number;
  /** Expected cost by the deadline if the demand is never met, ETH. */
  byDeadline: number;
  /** Median and expected number of periods to escalation (probabilistic only). */
  timing: { medianPeriod: number; expectedPeriods: number } | null;
  /** Cumulative escalation probability by period, for the curve (probabilistic only). */
  curve: { n: number; probability: number }[];
}

/** Computes the adversary's expected cost of `threat` with loss `lossWei`, at the schedule's time. */
export function adversaryCost(threat: ThreatView, schedule: ThreatSchedule, lossWei: bigint): AdversaryCost {
  const loss = Number(formatEther(lossWei));
  const escalatesAtTimeout = threat.timeoutAction === 'escalate';
  if (!threat.odds) {
    const probByDeadline = escalatesAtTimeout ? 1 : 0;
    return {
      loss,
      perPeriod: null,
      toDate: 0,
      probToDate: 0,
      probByDeadline,
      byDeadline: probByDeadline * loss,
      timing: null,
      curve: [],
    };
  }
  const odds = threatOdds({
    pEscalate: threat.odds.pEscalate / PROB_SCALE,
    pTerminate: threat.odds.pTerminate / PROB_SCALE,
    periods: schedule.totalPeriods,
    elapsed: schedule.elapsedPeriods,
    escalatesAtDeadline: escalatesAtTimeout,
    lossTarget: loss,
  });
  const { timing } = odds;
  return {
    loss,
    perPeriod: odds.perPeriod.target,
    toDate: odds.toDate.target,
    probToDate: odds.toDate.probEscalated,
    probByDeadline: odds.byDeadline.probReachesProvider,
    byDeadline: odds.byDeadline.target,
    timing: timing ? { medianPeriod: timing.medianPeriod, expectedPeriods: timing.expectedPeriods } : null,
    curve: odds.curve,
  };
}
