/**
 * The odds of one probabilistic threat, in one call: the escalation curve, the expected cost per period and to
 * date for each side, the odds by the deadline, and the typical wait (white paper §8, §8.1, §10.3). The wizard,
 * the calculator, the public threat page and the desks all adapt this one result; nothing else computes odds.
 *
 * Model: each period an independent draw escalates with pEscalate, refunds (ends dovishly) with pTerminate, or
 * continues (`escalationOrTermination`). Escalation happens at most once, so the expected cost to date after n
 * draws is P(escalated by n) × loss, and the expected cost of period n is to date(n) − to date(n − 1).
 * Series are sampled at n = 0, s, 2s, … and always the deadline, with s = ⌈periods / ODDS_SAMPLE_STEPS⌉.
 */
import { escalationOrTermination, escalationTiming, expectedCostPerPeriod, type EscalationTiming } from './escalation';
import { count, nonNegative, params, probability } from './validate';

/** Most steps a series is sampled in (so at most ODDS_SAMPLE_STEPS + 1 points). */
export const ODDS_SAMPLE_STEPS = 120;

/** Parameters of {@link threatOdds}. */
export interface ThreatOddsParams {
  /** Per-draw probability of escalating, in [0, 1] (the contract's pEscalate / 1e9). */
  pEscalate: number;
  /** Per-draw probability of a refund draw, in [0, 1] (default 0); pEscalate + pTerminate ≤ 1. */
  pTerminate?: number;
  /** Draws up to the deadline, a non-negative integer. */
  periods: number;
  /** Draws so far, for the odds to date (default 0; at most `periods`). */
  elapsed?: number;
  /** Whether the stake also reaches the provider at the deadline if no draw ended the threat (timeout Escalate). */
  escalatesAtDeadline?: boolean;
  /** What escalation costs the threatener (maker), a loss magnitude ≥ 0 (default 0). */
  lossThreatener?: number;
  /** What escalation costs the target (adversary), a loss magnitude ≥ 0 (default 0). */
  lossTarget?: number;
}

/** A value at period n. */
export interface PeriodPoint {
  n: number;
  value: number;
}

/** Per side: the threatener (maker) and the target (adversary). */
export interface BothSides<T> {
  threatener: T;
  target: T;
}

/** Everything about the odds of one threat. */
export interface ThreatOdds {
  /** P(escalated by draw n) at the sampled n, from n = 0 to the deadline. */
  curve: { n: number; probability: number }[];
  /** Expected cost to date at the sampled n (P(escalated by n) × loss), from n = 0. */
  costToDate: BothSides<PeriodPoint[]>;
  /** Expected cost of period n (to date(n) − to date(n − 1)) at the sampled n ≥ 1. */
  costPerPeriod: BothSides<PeriodPoint[]>;
  /** Expected cost of one more period while the threat is live: pEscalate × loss (§8.1: 100 and 5,000 a day). */
  perPeriod: BothSides<number>;
  /** After the `elapsed` draws so far: the chance of escalation and the expected cost. */
  toDate: { probEscalated: number } & BothSides<number>;
  /** If the demand is never met: by the draws alone, still live at the deadline, and the stake reaching the
   * provider by the deadline (draws, plus the timeout when it escalates), with the expected cost of the latter. */
  byDeadline: { probEscalated: number; probStillLive: number; probReachesProvider: number } & BothSides<number>;
  /** Median and expected period of escalation (geometric); null with refund draws or pEscalate = 0. */
  timing: EscalationTiming | null;
}

/** The sampled periods 0 … `periods`: every s-th, always the last, s = ⌈periods / ODDS_SAMPLE_STEPS⌉. */
export function samplePeriods(periods: number): number[] {
  const n = count('periods', periods);
  const step = Math.max(1, Math.ceil(n / ODDS_SAMPLE_STEPS));
  const out: number[] = [];
  for (let i = 0; i <= n; i += step) out.push(i);
  if (out[out.length - 1] !== n) out.push(n);
  return out;
}

/**
 * The odds of a probabilistic threat (see the module comment).
 * @throws RangeError naming the field: a probability outside [0, 1] or summing above 1, a period count that is not
 * a non-negative integer, a negative loss.
 */
export function threatOdds(p: ThreatOddsParams): ThreatOdds {
  params('threatOdds', p);
  const pE = probability('pEscalate', p.pEscalate);
  const pT = probability('pTerminate', p.pTerminate ?? 0);
  const periods = count('periods', p.periods);
  const elapsed = Math.min(periods, count('elapsed', p.elapsed ?? 0));
  const loss = {
    threatener: nonNegative('lossThreatener', p.lossThreatener ?? 0),
    target: nonNegative('lossTarget', p.lossTarget ?? 0),
  };
  const at = (n: number) => escalationOrTermination({ pEscalate: pE, pTerminate: pT, n });
  const cost = (prob: number): BothSides<number> => ({
    threatener: prob * loss.threatener,
    target: prob * loss.target,
  });

  const ns = samplePeriods(periods);
  const probs = ns.map((n) => at(n).probEscalatedByN);
  const series = (f: (i: number) => number, from = 0) => {
    const side = (s: keyof BothSides<number>) => ns.slice(from).map((n, i) => ({ n, value: f(i + from) * loss[s] }));
    return { threatener: side('threatener'), target: side('target') };
  };
  const inPeriod = (i: number) => probs[i] - at(ns[i] - 1).probEscalatedByN;

  const end = at(periods);
  const reaches = Math.min(1, end.probEscalatedByN + (p.escalatesAtDeadline ? end.probStillLive : 0));
  const per = expectedCostPerPeriod({ p: pE, lossThreatener: loss.threatener, lossTarget: loss.target });
  const toDate = at(elapsed).probEscalatedByN;
  return {
    curve: ns.map((n, i) => ({ n, probability: probs[i] })),
    costToDate: series((i) => probs[i]),
    costPerPeriod: series(inPeriod, 1),
    perPeriod: { threatener: per.expectedCostPerPeriodThreatener, target: per.expectedCostPerPeriodTarget },
    toDate: { probEscalated: toDate, ...cost(toDate) },
    byDeadline: {
      probEscalated: end.probEscalatedByN,
      probStillLive: end.probStillLive,
      probReachesProvider: reaches,
      ...cost(reaches),
    },
    timing: pE > 0 && pT === 0 ? escalationTiming({ p: pE }) : null,
  };
}
