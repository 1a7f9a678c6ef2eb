/**
 * Bargaining under a risk of breakdown (Binmore, Rubinstein & Wolinsky 1986; Muthoo 1999, ch. 4;
 * white paper §6.2 "the probability that negotiations could fail").
 *
 * Convention: alternating offers; after each rejection talks break down with probability p and each
 * player i then gets b_i; otherwise the rejecter proposes next. Breakdown or the next offer both
 * come one period later, discounted by δ_i (default 1: pure breakdown risk). Shares are reported
 * for player 1 whoever proposes first.
 */
import { fail, nonNegative, params, positive, probability, proposer, unitLeftOpen } from './validate';

/** Parameters of `breakdownBargaining`. */
export interface BreakdownParams {
  /** The pie, > b1 + b2. */
  surplus: number;
  /** Breakdown payoffs, each ≥ 0, with b1 + b2 < surplus (gains from agreement). */
  b1: number;
  b2: number;
  /** Probability p that talks break down after a rejection, in [0, 1] (> 0 when δ1 = δ2 = 1). */
  breakdownProb: number;
  firstProposer: 1 | 2;
  /** Per-period discount factors in (0, 1]; default 1. */
  delta1?: number;
  delta2?: number;
}

/** Equilibrium split and the Nash solution it approaches as breakdownProb → 0. */
export interface BreakdownResult {
  x1: number;
  x2: number;
  /** b1 + (surplus − b1 − b2)/2: the symmetric Nash solution with disagreement point (b1, b2), the limit of x1 as p → 0 with δ = 1 (BRW 1986). */
  nashLimitX1: number;
}

/**
 * Unique subgame-perfect equilibrium split with breakdown risk. With x the proposer-1 share and y
 * player 1's share when 2 proposes, the responders are indifferent:
 *   S − x = δ2·(p·b2 + (1 − p)·(S − y)),   y = δ1·(p·b1 + (1 − p)·x),
 * so x = [S(1 − δ2 q) − δ2 p b2 + δ1 δ2 q p b1]/(1 − δ1 δ2 q²), q = 1 − p
 * (with δ = 1: x = (S − b2 + (1 − p)·b1)/(2 − p); Muthoo 1999, ch. 4).
 * @throws RangeError naming the field: surplus ≤ 0, b_i < 0, b1 + b2 ≥ surplus, p ∉ [0, 1],
 * δ_i ∉ (0, 1], p = 0 with δ1 = δ2 = 1 (no friction: no unique equilibrium).
 */
export function breakdownBargaining(params_: BreakdownParams): BreakdownResult {
  params('breakdownBargaining', params_);
  const S = positive('surplus', params_.surplus);
  const b1 = nonNegative('b1', params_.b1);
  const b2 = nonNegative('b2', params_.b2);
  const p = probability('breakdownProb', params_.breakdownProb);
  const first = proposer('firstProposer', params_.firstProposer);
  const d1 = params_.delta1 === undefined ? 1 : unitLeftOpen('delta1', params_.delta1);
  const d2 = params_.delta2 === undefined ? 1 : unitLeftOpen('delta2', params_.delta2);
  if (!(b1 + b2 < S)) fail('b1 + b2', `less than surplus = ${S} (otherwise no agreement beats breakdown)`, b1 + b2);
  if (p === 0 && d1 === 1 && d2 === 1) {
    fail(
      'breakdownProb',
      'in (0, 1] when delta1 = delta2 = 1 (without breakdown risk or discounting there is no unique equilibrium)',
      p,
    );
  }
  const q = 1 - p;
  const x = (S * (1 - d2 * q) - d2 * p * b2 + d1 * d2 * q * p * b1) / (1 - d1 * d2 * q * q);
  const y = d1 * (p * b1 + q * x);
  const x1 = first === 1 ? x : y;
  return { x1, x2: S - x1, nashLimitX1: b1 + (S - b1 - b2) / 2 };
}

/** Parameters of `breakdownLimit`. */
export interface BreakdownLimitParams {
  surplus: number;
  /** Discount rates, each ≥ 0. */
  r1: number;
  r2: number;
  /** Breakdown rate λ ≥ 0 (breakdown probability λ·Δ per period of length Δ). */
  breakdownRate: number;
  /** Breakdown payoffs, each ≥ 0, b1 + b2 < surplus. */
  b1: number;
  b2: number;
}

/** The asymmetric Nash solution that is the continuous-time limit. */
export interface BreakdownLimitResult {
  tau1: number;
  d1: number;
  d2: number;
  x1: number;
  x2: number;
}

/**
 * The Δ → 0 limit of `breakdownBargaining` with δ_i = exp(−r_i Δ), p = 1 − exp(−λΔ): the asymmetric
 * Nash solution with τ1 = (λ + r2)/(2λ + r1 + r2) and disagreement point d_i = λ·b_i/(λ + r_i)
 * (Muthoo 1999, ch. 4; BRW 1986): x1 = d1 + τ1·(surplus − d1 − d2).
 * @throws RangeError naming the field: negative rates or payoffs, λ + r_i = 0, b1 + b2 ≥ surplus.
 */
export function breakdownLimit(params_: BreakdownLimitParams): BreakdownLimitResult {
  params('breakdownLimit', params_);
  const S = positive('surplus', params_.surplus);
  const r1 = nonNegative('r1', params_.r1);
  const r2 = nonNegative('r2', params_.r2);
  const lambda = nonNegative('breakdownRate', params_.breakdownRate);
  const b1 = nonNegative('b1', params_.b1);
  const b2 = nonNegative('b2', params_.b2);
  if (!(lambda + r1 > 0)) fail('breakdownRate + r1', '> 0 (some friction for player 1)', lambda + r1);
  if (!(lambda + r2 > 0)) fail('breakdownRate + r2', '> 0 (some friction for player 2)', lambda + r2);
  if (!(b1 + b2 < S)) fail('b1 + b2', `less than surplus = ${S} (otherwise no agreement beats breakdown)`, b1 + b2);
  const tau1 = (lambda + r2) / (2 * lambda + r1 + r2);
  const d1 = (lambda * b1) / (lambda + r1);
  const d2 = (lambda * b2) / (lambda + r2);
  const x1 = d1 + tau1 * (S - d1 - d2);
  return { tau1, d1, d2, x1, x2: S - x1 };
}
