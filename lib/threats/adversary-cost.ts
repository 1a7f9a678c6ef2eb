/**
 * What a threat costs its adversary in expectation, for the public page. The adversary's loss if the threat
 * escalates is not on-chain: the reader supplies it, in ETH or USD (nothing is assumed without it). Every probability comes from
 * `lib/game-theory`'s one odds function, `threatOdds`; this module only maps a threat's on-chain odds and
 * schedule onto it (with a dovish probability pT > 0 a draw ends the threat either way).
 */
import { formatEther, parseEther } from 'viem';
import { escalationOrTermination, threatOdds } from '../game-theory';
import { PROB_SCALE, parseEthInput } from '../format';
import { parseNumberInput } from '../number-input';
import { usdToWei, type EthUsdPrice } from '../prices/eth-usd';
import type { ThreatSchedule } from './schedule';
import type { ThreatView } from './types';

/** The unit the reader typed the loss in: ETH, or US dollars converted at the ETH/USD feed's price. */
export type LossUnit = 'eth' | 'usd';

/** The reader's loss if escalated, as parsed from the URL. */
export interface ReaderLoss {
  /** The loss in wei; null when the reader has not given one (the page then assumes nothing). */
  wei: bigint | null;
  unit: LossUnit;
  /** The text to keep in the field. */
  text: string;
  error?: string;
}

/**
 * The adversary's loss if escalated, from the `loss` URL parameter and its `unit` (`eth`, default, or `usd` at
 * `price`). The loss is not on chain and nothing is assumed: without one the page shows chances and shares of
 * "your loss" only.
 */
export function adversaryLossFromParam(
  raw: string | string[] | undefined,
  opts: { unit?: string | string[]; price?: Pick<EthUsdPrice, 'answer' | 'decimals'> | null } = {},
): ReaderLoss {
  const first = (x: string | string[] | undefined) => (Array.isArray(x) ? x[0] : x);
  const text = first(raw)?.trim() ?? '';
  const unit: LossUnit = first(opts.unit) === 'usd' && opts.price ? 'usd' : 'eth';
  const none = (error?: string): ReaderLoss => ({ wei: null, unit, text, ...(error ? { error } : {}) });
  if (text === '') return none();
  let wei: bigint;
  if (unit === 'usd') {
    const usd = parseNumberInput(text.replace(/^\$/, ''));
    if (usd === undefined || Number.isNaN(usd))
      return none(`“${text}” is not an amount in dollars: use digits, for example 100,000.`);
    wei = usdToWei(usd, opts.price!);
  } else {
    const parsed = parseEthInput(text);
    if (!parsed.ok) return none(parsed.error);
    wei = parsed.wei;
  }
  if (wei === 0n) return none(`Enter a loss above 0 ${unit === 'usd' ? 'USD' : 'ETH'}.`);
  if (wei > parseEther('1000000000000')) return none('That loss is too large to compute with.');
  return { wei, unit, text };
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
  /** Probability a draw escalates before the deadline (draws alone), and that none ends the threat before it. */
  probDrawsEscalate: number;
  probLiveAtDeadline: number;
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
      probDrawsEscalate: 0,
      probLiveAtDeadline: 1,
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
    probDrawsEscalate: odds.byDeadline.probEscalated,
    probLiveAtDeadline: odds.byDeadline.probStillLive,
    byDeadline: odds.byDeadline.target,
    timing: timing ? { medianPeriod: timing.medianPeriod, expectedPeriods: timing.expectedPeriods } : null,
    curve: odds.curve,
  };
}
