/**
 * Odds and costs of a probabilistic threat (white paper §8, §8.1; §10.3 random events).
 *
 * Convention: each period an independent verifiable draw escalates the threat with probability p
 * (the contract's pEscalate / 1e9). The period of escalation N is geometric on {1, 2, …}:
 * P(N ≤ n) = 1 − (1 − p)^n, E[N] = 1/p (counting the escalation period itself), and the median is
 * the smallest n with P(N ≤ n) ≥ 1/2. Computed with log1p/expm1 so tiny p stays accurate.
 */
import { count, fail, nonNegative, params, positiveCount, probability, probabilityPositive } from './validate';

/** (1 − p)^n computed as exp(n·log1p(−p)), exact at the ends. */
function survival(p: number, n: number): number {
  if (n === 0 || p === 0) return 1;
  if (p === 1) return 0;
  return Math.exp(n * Math.log1p(-p));
}

/** P(N ≤ n) = 1 − (1 − p)^n, as −expm1(n·log1p(−p)). */
function escalatedBy(p: number, n: number): number {
  if (n === 0 || p === 0) return 0;
  if (p === 1) return 1;
  return -Math.expm1(n * Math.log1p(-p));
}

/** Parameters of `escalationProbability`. */
export interface EscalationProbabilityParams {
  /** Per-period escalation probability in [0, 1]. */
  p: number;
  /** Number of periods (draws), a non-negative integer. */
  n: number;
}

/**
 * Probability that the threat has escalated within n periods: 1 − (1 − p)^n (geometric
 * distribution), and its complement (1 − p)^n. Increasing in p and in n.
 * White paper §8.1: p = 0.05 per day → P(escalated within 30 days) ≈ 0.785.
 * @throws RangeError naming the field: p ∉ [0, 1], n not a non-negative integer.
 */
export function escalationProbability(params_: EscalationProbabilityParams): {
  probEscalatedByN: number;
  probNoEscalation: number;
} {
  params('escalationProbability', params_);
  const p = probability('p', params_.p);
  const n = count('n', params_.n);
  return { probEscalatedByN: escalatedBy(p, n), probNoEscalation: survival(p, n) };
}

/** Expected and median timing of escalation. */
export interface EscalationTiming {
  /** E[N] = 1/p, counting the escalation period itself. */
  expectedPeriods: number;
  /** E[N − 1] = (1 − p)/p quiet periods before the one that escalates. */
  expectedPeriodsBeforeEscalation: number;
  /** Smallest n with P(N ≤ n) ≥ 1/2, i.e. ⌈ln 2 / −ln(1 − p)⌉ (1 when p ≥ 1/2). */
  medianPeriod: number;
}

/**
 * Timing of escalation for a geometric draw with per-period probability p ∈ (0, 1]
 * (p = 0 never escalates, so it has no finite timing). p = 0.05 → E[N] = 20, median 14.
 * @throws RangeError naming the field: p ∉ (0, 1].
 */
export function escalationTiming(params_: { p: number }): EscalationTiming {
  params('escalationTiming', params_);
  const p = probabilityPositive('p', params_.p);
  let median = p >= 0.5 ? 1 : Math.max(1, Math.ceil(Math.LN2 / -Math.log1p(-p)));
  // Make the median agree exactly with escalationProbability's floating-point values (a step or two
  // at most; beyond 2^53 periods consecutive integers are not representable, so leave it).
  if (Number.isSafeInteger(median)) {
    for (let i = 0; i < 8 && median > 1 && escalatedBy(p, median - 1) >= 0.5; i++) median--;
    for (let i = 0; i < 8 && escalatedBy(p, median) < 0.5; i++) median++;
  }
  // 1/p − 1 is exact-ish for small p; (1 − p)/p avoids cancellation for p > 1/2 (1 − p is exact there).
  const before = p > 0.5 ? (1 - p) / p : 1 / p - 1;
  return { expectedPeriods: 1 / p, expectedPeriodsBeforeEscalation: before, medianPeriod: median };
}

/** Parameters of `expectedCostPerPeriod`. */
export interface ExpectedCostParams {
  p: number;
  /** What escalation costs the threatener (maker), as a positive loss magnitude (e.g. 2,000). */
  lossThreatener: number;
  /** What escalation costs the target (adversary), as a positive loss magnitude (e.g. 100,000). */
  lossTarget: number;
}

/** Expected loss per period for each side, positive numbers. */
export interface ExpectedCost {
  expectedCostPerPeriodThreatener: number;
  expectedCostPerPeriodTarget: number;
}

/**
 * Expected cost of one more period of the threat: p × loss for each side (white paper §8.1: Jane's
 * 5 %/day threat with losses 2,000 and 100,000 costs her 100/day and X 5,000/day).
 * Losses are magnitudes (≥ 0); the result is a cost (≥ 0).
 * @throws RangeError naming the field: p ∉ [0, 1], a negative or NaN loss.
 */
export function expectedCostPerPeriod(params_: ExpectedCostParams): ExpectedCost {
  params('expectedCostPerPeriod', params_);
  const p = probability('p', params_.p);
  const lt = nonNegative('lossThreatener', params_.lossThreatener);
  const la = nonNegative('lossTarget', params_.lossTarget);
  return { expectedCostPerPeriodThreatener: p * lt, expectedCostPerPeriodTarget: p * la };
}

/**
 * Expected cost to date after n periods: P(escalated within n) × loss for each side (the loss is
 * incurred once, at escalation). Approaches the full loss as n grows; for n = 1 it equals
 * `expectedCostPerPeriod`.
 * @throws RangeError naming the field: p ∉ [0, 1], n not a non-negative integer, a negative loss.
 */
export function expectedCostByPeriod(params_: ExpectedCostParams & { n: number }): {
  expectedCostThreatener: number;
  expectedCostTarget: number;
} {
  params('expectedCostByPeriod', params_);
  const p = probability('p', params_.p);
  const n = count('n', params_.n);
  const lt = nonNegative('lossThreatener', params_.lossThreatener);
  const la = nonNegative('lossTarget', params_.lossTarget);
  const prob = escalatedBy(p, n);
  return { expectedCostThreatener: prob * lt, expectedCostTarget: prob * la };
}

/**
 * The per-period p that escalates with probability targetProb within n periods:
 * p = 1 − (1 − targetProb)^(1/n), the inverse of `escalationProbability` in p.
 * Example: a 50 % chance within 30 days needs p ≈ 0.0228 per day.
 * @throws RangeError naming the field: targetProb ∉ [0, 1], n not a positive integer.
 */
export function probabilityForTarget(params_: { targetProb: number; n: number }): { p: number } {
  params('probabilityForTarget', params_);
  const t = probability('targetProb', params_.targetProb);
  const n = positiveCount('n', params_.n);
  if (t === 0 || t === 1) return { p: t };
  return { p: -Math.expm1(Math.log1p(-t) / n) };
}

/** Parameters of `escalationOrTermination`. */
export interface CompetingDrawsParams {
  /** Per-draw probability of escalating (hawkish), in [0, 1]. */
  pEscalate: number;
  /** Per-draw probability of terminating with a refund (dovish), in [0, 1]; pEscalate + pTerminate ≤ 1. */
  pTerminate: number;
  /** Number of draws, a non-negative integer. */
  n: number;
}

/** How n draws end: escalated, terminated (refunded), or still live. The three sum to 1. */
export interface CompetingDrawsOdds {
  probEscalatedByN: number;
  probTerminatedByN: number;
  probStillLive: number;
}

/**
 * Odds of a threat whose draws can also end it dovishly (white paper §10.3: each draw is neutral,
 * hawkish or dovish; the contract's DrawRule: escalate with pEscalate, terminate with pTerminate,
 * otherwise continue). A draw ends the threat with probability s = pEscalate + pTerminate, so
 * P(still live after n) = (1 − s)^n and the ending is an escalation with probability pEscalate/s:
 * P(escalated within n) = pEscalate/s · (1 − (1 − s)^n). With pTerminate = 0 this is
 * `escalationProbability`.
 * @throws RangeError naming the field: a probability outside [0, 1], pEscalate + pTerminate > 1,
 * n not a non-negative integer.
 */
export function escalationOrTermination(params_: CompetingDrawsParams): CompetingDrawsOdds {
  params('escalationOrTermination', params_);
  const pE = probability('pEscalate', params_.pEscalate);
  const pT = probability('pTerminate', params_.pTerminate);
  const n = count('n', params_.n);
  const s = pE + pT;
  // Allow the rounding of two parts-per-1e9 fractions that sum to exactly 1.
  if (s > 1 + 1e-12) fail('pEscalate + pTerminate', 'at most 1 (one outcome per draw)', s);
  const stop = Math.min(1, s);
  if (stop === 0) return { probEscalatedByN: 0, probTerminatedByN: 0, probStillLive: 1 };
  const ended = escalatedBy(stop, n);
  const probEscalatedByN = pT === 0 ? ended : (pE / stop) * ended;
  const probTerminatedByN = pE === 0 ? ended : (pT / stop) * ended;
  return { probEscalatedByN, probTerminatedByN, probStillLive: survival(stop, n) };
}
