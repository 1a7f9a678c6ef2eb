/**
 * Rubinstein's alternating-offers bargaining game (Rubinstein 1982; Osborne & Rubinstein 1990,
 * ch. 3; Muthoo 1999, ch. 3; white paper §6.2).
 *
 * Conventions: players alternate offers, one per period; shares are always reported for player 1
 * (`x1`) whoever proposes first; the unique subgame-perfect equilibrium is an immediate agreement.
 * Discount factors δ_i ∈ (0, 1) per period; from continuous rates δ_i = exp(−r_i·Δ) with period
 * length Δ.
 */
import { fail, nonNegative, openUnit, params, positive, proposer } from './validate';

/** Parameters of `rubinstein`. */
export interface RubinsteinParams {
  /** The pie to split, ≥ 0. */
  surplus: number;
  /** Per-period discount factors, each in (0, 1). */
  delta1: number;
  delta2: number;
  /** Who makes the first offer. */
  firstProposer: 1 | 2;
}

/** Equilibrium shares (player 1 first), x1 + x2 = surplus. */
export interface Split {
  x1: number;
  x2: number;
}

/**
 * Subgame-perfect split of Rubinstein's game with discounting (Rubinstein 1982; Muthoo 1999, ch. 3):
 * player 1 proposing first gets x1 = S·(1 − δ2)/(1 − δ1δ2); player 2 proposing first gets
 * S·(1 − δ1)/(1 − δ1δ2), so x1 = S·δ1(1 − δ2)/(1 − δ1δ2).
 * @throws RangeError naming the field: surplus < 0, δ_i ∉ (0, 1), firstProposer ∉ {1, 2}.
 */
export function rubinstein(params_: RubinsteinParams): Split {
  params('rubinstein', params_);
  const surplus = nonNegative('surplus', params_.surplus);
  const d1 = openUnit('delta1', params_.delta1);
  const d2 = openUnit('delta2', params_.delta2);
  const first = proposer('firstProposer', params_.firstProposer);
  return rubinsteinSplit(surplus, d1, d2, first);
}

/** Rubinstein shares without validation; 1 − δ1δ2 computed as −expm1(log δ1 + log δ2) for accuracy near 1. */
function rubinsteinSplit(surplus: number, d1: number, d2: number, first: 1 | 2): Split {
  const denom = -Math.expm1(Math.log(d1) + Math.log(d2));
  const proposerShare = first === 1 ? (1 - d2) / denom : (1 - d1) / denom;
  const x1 = first === 1 ? surplus * proposerShare : surplus * (1 - proposerShare);
  return { x1, x2: surplus - x1 };
}

/** Parameters of `rubinsteinFromRates`. */
export interface RubinsteinRatesParams {
  surplus: number;
  /** Continuous discount rates per unit of time, each > 0. */
  r1: number;
  r2: number;
  /** Time between offers Δ, > 0. */
  periodLength: number;
  firstProposer: 1 | 2;
}

/** Discount factors, the equilibrium split, and its Δ → 0 limit. */
export interface RubinsteinRatesResult extends Split {
  delta1: number;
  delta2: number;
  /** lim_{Δ→0} x1 = S·r2/(r1 + r2): the asymmetric Nash solution with τ1 = r2/(r1 + r2), d = (0, 0) (Binmore, Rubinstein & Wolinsky 1986). */
  limitX1: number;
}

/**
 * Rubinstein's game with discount rates: δ_i = exp(−r_i·Δ). As Δ → 0 the first-mover advantage
 * vanishes and x1 → S·r2/(r1 + r2) (Muthoo 1999, ch. 3), the Nash solution when r1 = r2.
 * 1 − δ_i uses −expm1(−r_i·Δ), so tiny Δ stays accurate.
 * @throws RangeError naming the field: surplus < 0, r_i ≤ 0, periodLength ≤ 0, NaN/∞.
 */
export function rubinsteinFromRates(params_: RubinsteinRatesParams): RubinsteinRatesResult {
  params('rubinsteinFromRates', params_);
  const surplus = nonNegative('surplus', params_.surplus);
  const r1 = positive('r1', params_.r1);
  const r2 = positive('r2', params_.r2);
  const dt = positive('periodLength', params_.periodLength);
  const first = proposer('firstProposer', params_.firstProposer);
  const delta1 = Math.exp(-r1 * dt);
  const delta2 = Math.exp(-r2 * dt);
  if (!(delta1 > 0 && delta1 < 1)) fail('r1 · periodLength', 'such that δ1 = exp(−r1·Δ) is in (0, 1)', r1 * dt);
  if (!(delta2 > 0 && delta2 < 1)) fail('r2 · periodLength', 'such that δ2 = exp(−r2·Δ) is in (0, 1)', r2 * dt);
  // Exact shares from the rates: 1 − δ_i = −expm1(−r_i Δ), 1 − δ1δ2 = −expm1(−(r1 + r2)Δ).
  const one2 = -Math.expm1(-r2 * dt);
  const one1 = -Math.expm1(-r1 * dt);
  const denom = -Math.expm1(-(r1 + r2) * dt);
  const x1 = first === 1 ? (surplus * one2) / denom : surplus * (1 - one1 / denom);
  return { delta1, delta2, x1, x2: surplus - x1, limitX1: (surplus * r2) / (r1 + r2) };
}

/** Parameters of `rubinsteinFixedCost`. */
export interface FixedCostParams {
  /** Per-period bargaining costs as fractions of a pie of 1, each in (0, 1). */
  c1: number;
  c2: number;
  firstProposer: 1 | 2;
}

/** Either the unique equilibrium split or the range of player 1's equilibrium shares. */
export type FixedCostResult =
  { unique: true; x1: number; x2: number } | { unique: false; x1Min: number; x1Max: number };

/**
 * Rubinstein's game with fixed per-period costs c_i and a pie of 1 (Rubinstein 1982; Osborne &
 * Rubinstein 1990, §3.9.2). With player 1 proposing first: c1 < c2 → x1 = 1 (the cheaper waiter
 * takes all); c1 > c2 → x1 = c2; c1 = c2 = c → many equilibria, x1 ∈ [c, 1]. With player 2 first the
 * roles swap: c2 < c1 → x1 = 0; c2 > c1 → x1 = 1 − c1; equal → x1 ∈ [0, 1 − c].
 * @throws RangeError naming the field: c_i ∉ (0, 1), firstProposer ∉ {1, 2}.
 */
export function rubinsteinFixedCost(params_: FixedCostParams): FixedCostResult {
  params('rubinsteinFixedCost', params_);
  const c1 = openUnit('c1', params_.c1);
  const c2 = openUnit('c2', params_.c2);
  const first = proposer('firstProposer', params_.firstProposer);
  // Proposer's and responder's costs.
  const [cp, cr] = first === 1 ? [c1, c2] : [c2, c1];
  let share: { unique: true; p: number } | { unique: false; min: number; max: number };
  if (cp < cr) share = { unique: true, p: 1 };
  else if (cp > cr) share = { unique: true, p: cr };
  else share = { unique: false, min: cp, max: 1 };
  if (share.unique) {
    const x1 = first === 1 ? share.p : 1 - share.p;
    return { unique: true, x1, x2: 1 - x1 };
  }
  return first === 1
    ? { unique: false, x1Min: share.min, x1Max: share.max }
    : { unique: false, x1Min: 1 - share.max, x1Max: 1 - share.min };
}
