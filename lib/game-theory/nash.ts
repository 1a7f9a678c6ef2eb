/**
 * The Nash bargaining solution (Nash 1950, 1953; white paper §6.1, equation (1)).
 *
 * The agreement maximises the Nash product (u1 − d1)(u2 − d2) — or its asymmetric form
 * (u1 − d1)^τ·(u2 − d2)^(1−τ) with player 1's bargaining power τ (Kalai 1977; Binmore, Rubinstein &
 * Wolinsky 1986) — over the agreements both players strictly prefer to the disagreement point d.
 * The reported `nashProduct` is always the plain product (u1 − d1)(u2 − d2), whatever τ.
 * Linear utilities use the closed form; other concave utilities are solved numerically by bisection
 * on the first-order condition of the log Nash product (accurate to machine precision, ≪ 1e-9).
 * Utilities given as plain functions use a numerical derivative: 1e-9 relative accuracy as long as
 * |u| stays within ~1000× its variation over the agreements (a huge constant offset cancels digits
 * in u − d itself; prefer the closed-form families then).
 */
import { maximizeNashProduct, type GainProblem } from './nash-solver';
import { IDENTITY, isLinear, utilityDerivative, utilityValue, validateUtility, type Utility } from './utility';
import { fail, finite, interval as checkInterval, openUnit, params, positive } from './validate';

/** Parameters of `nashBargaining`. */
export interface NashBargainingParams {
  /** The divisible surplus: x1 + x2 = surplus, x_i ≥ 0. Must be > 0. */
  surplus: number;
  /** Disagreement utilities, in utility units (the same units as u_i). */
  d1: number;
  d2: number;
  /** Player 1's bargaining power in (0, 1); 0.5 (default) is the symmetric Nash solution. */
  tau1?: number;
  /** Utilities of each player's own share (default linear u(x) = x); must be increasing and concave. */
  u1?: Utility;
  u2?: Utility;
}

/** The Nash split: shares, the utilities they give, and the plain Nash product (u1 − d1)(u2 − d2). */
export interface NashBargainingResult {
  x1: number;
  x2: number;
  u1: number;
  u2: number;
  nashProduct: number;
}

/**
 * Splits a divisible surplus by the (possibly asymmetric) Nash bargaining solution:
 * maximise (u1(x1) − d1)^τ1 (u2(x2) − d2)^(1−τ1) subject to x1 + x2 = surplus, x1, x2 ≥ 0.
 * With linear u_i(x) = x the answer is x1 = d1 + τ1·(surplus − d1 − d2), clamped to [0, surplus]
 * (white paper §6: Mike, surplus 1,000,000, d = (100,000, 0) → x1 = 550,000).
 *
 * @throws RangeError naming the field: surplus ≤ 0, tau1 ∉ (0, 1), NaN/∞ inputs, bad utility
 * parameters, or a disagreement point that no split beats for both players.
 */
export function nashBargaining(params_: NashBargainingParams): NashBargainingResult {
  params('nashBargaining', params_);
  const surplus = positive('surplus', params_.surplus);
  const d1 = finite('d1', params_.d1);
  const d2 = finite('d2', params_.d2);
  const tau = params_.tau1 === undefined ? 0.5 : openUnit('tau1', params_.tau1);
  const u1 = params_.u1 === undefined ? IDENTITY : validateUtility('u1', params_.u1, true);
  const u2 = params_.u2 === undefined ? IDENTITY : validateUtility('u2', params_.u2, true);

  const problem: GainProblem = {
    lo: 0,
    hi: surplus,
    tau,
    g1: (x) => utilityValue(u1, x) - d1,
    g2: (x) => utilityValue(u2, surplus - x) - d2,
    dg1: (x) => utilityDerivative(u1, x, surplus),
    dg2: (x) => -utilityDerivative(u2, surplus - x, surplus),
  };
  if (isLinear(u1) && isLinear(u2)) {
    problem.linear = {
      a1: u1.intercept - d1,
      b1: u1.slope,
      a2: u2.intercept + u2.slope * surplus - d2,
      b2: -u2.slope,
    };
  }
  const solution = maximizeNashProduct(problem);
  if (solution === null) {
    fail('d1, d2', `a disagreement point that some split of surplus = ${surplus} beats for both players`, [d1, d2]);
  }
  const x1 = solution.x;
  const x2 = surplus - x1;
  const v1 = utilityValue(u1, x1);
  const v2 = utilityValue(u2, x2);
  return { x1, x2, u1: v1, u2: v2, nashProduct: (v1 - d1) * (v2 - d2) };
}

/** Parameters of `nashBargainingOnInterval`. */
export interface NashOnIntervalParams {
  /** The agreements: one number x in [lo, hi] (e.g. a refund), lo < hi. */
  interval: [number, number];
  /** Both utilities take the same agreement x; u2 is usually decreasing in x (the payer). */
  u1: Utility;
  u2: Utility;
  d1: number;
  d2: number;
}

/** The Nash agreement on an interval, and whether the unconstrained optimum lies outside it. */
export interface NashOnIntervalResult {
  x: number;
  u1: number;
  u2: number;
  /** Plain product (u1 − d1)(u2 − d2). */
  nashProduct: number;
  /** True when x is an end of the interval (the optimum is pinned by the constraint or lies on it). */
  atBoundary: boolean;
  /** The maximiser of the Nash product over every x both prefer to disagreement, ignoring the interval; null if the product has no maximum. */
  unconstrainedArgmax: number | null;
}

/**
 * Symmetric Nash bargaining over one agreement x in [lo, hi] (white paper §6.1: Jane's refund,
 * x ∈ [0, 13,000], u1 = x, u2 = −x, d = (−2,000, −100,000) → the product peaks at x = 49,000 outside
 * the interval, so x = 13,000 and atBoundary = true).
 *
 * @throws RangeError naming the field: a bad interval, NaN/∞ inputs, bad utility parameters, or a
 * disagreement point that no x in the interval beats for both players.
 */
export function nashBargainingOnInterval(params_: NashOnIntervalParams): NashOnIntervalResult {
  params('nashBargainingOnInterval', params_);
  const [lo, hi] = checkInterval('interval', params_.interval);
  const u1 = validateUtility('u1', params_.u1);
  const u2 = validateUtility('u2', params_.u2);
  const d1 = finite('d1', params_.d1);
  const d2 = finite('d2', params_.d2);

  const problem: GainProblem = {
    lo,
    hi,
    tau: 0.5,
    g1: (x) => utilityValue(u1, x) - d1,
    g2: (x) => utilityValue(u2, x) - d2,
    dg1: (x) => utilityDerivative(u1, x, hi - lo),
    dg2: (x) => utilityDerivative(u2, x, hi - lo),
  };
  if (isLinear(u1) && isLinear(u2)) {
    problem.linear = { a1: u1.intercept - d1, b1: u1.slope, a2: u2.intercept - d2, b2: u2.slope };
  }
  const solution = maximizeNashProduct(problem);
  if (solution === null) {
    fail('d1, d2', `a disagreement point that some x in [${lo}, ${hi}] beats for both players`, [d1, d2]);
  }
  const { x } = solution;
  const v1 = utilityValue(u1, x);
  const v2 = utilityValue(u2, x);
  return {
    x,
    u1: v1,
    u2: v2,
    nashProduct: (v1 - d1) * (v2 - d2),
    atBoundary: solution.atBoundary,
    unconstrainedArgmax: solution.unconstrainedArgmax,
  };
}
