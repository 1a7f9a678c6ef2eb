/**
 * Utility functions over money (or any one-dimensional agreement x).
 *
 * Conventions (von Neumann–Morgenstern utilities, concave = risk-averse or risk-neutral):
 * - `linear`: u(x) = intercept + slope·x. Risk-neutral. `slope` may be negative in
 *   `nashBargainingOnInterval` (a payer's utility falls with the amount paid).
 * - `power`:  u(x) = x^exponent for x ≥ 0, exponent in (0, 1] (concave); undefined (NaN) for x < 0.
 * - `crra`:   constant relative risk aversion ρ ≥ 0 over final wealth w + x:
 *   u(x) = (w+x)^(1−ρ)/(1−ρ), and ln(w+x) at ρ = 1; undefined (NaN) where w + x ≤ 0
 *   (Arrow 1965, Pratt 1964).
 * - a plain function `(x) => number`: any concave function of the argument; the solvers use a
 *   numerical derivative (central differences).
 */
import { fail, finite } from './validate';

/** A utility function: one of the closed-form families or any concave function of the argument. */
export type Utility =
  | { type: 'linear'; intercept: number; slope: number }
  | { type: 'power'; exponent: number }
  | { type: 'crra'; rho: number; wealth: number }
  | ((x: number) => number);

/** The risk-neutral identity utility u(x) = x, the default of `nashBargaining`. */
export const IDENTITY: Utility = Object.freeze({ type: 'linear', intercept: 0, slope: 1 }) as Utility;

/** Narrows a `Utility` to the linear family. */
export function isLinear(u: Utility): u is { type: 'linear'; intercept: number; slope: number } {
  return typeof u === 'object' && u !== null && u.type === 'linear';
}

/**
 * Checks a utility's parameters; throws a `RangeError` naming `field` (e.g. `u1.exponent`).
 * @param requireIncreasing when true a linear slope must be > 0 (a share of a surplus is a good).
 */
export function validateUtility(field: string, u: unknown, requireIncreasing = false): Utility {
  if (typeof u === 'function') return u as Utility;
  if (u === null || typeof u !== 'object') {
    fail(field, "a utility: { type: 'linear' | 'power' | 'crra', … } or a function", u);
  }
  const v = u as { type?: unknown } & Record<string, unknown>;
  switch (v.type) {
    case 'linear': {
      finite(`${field}.intercept`, v.intercept);
      const slope = finite(`${field}.slope`, v.slope);
      if (requireIncreasing ? !(slope > 0) : slope === 0) {
        fail(`${field}.slope`, requireIncreasing ? 'a finite number > 0' : 'a finite non-zero number', slope);
      }
      return u as Utility;
    }
    case 'power': {
      const e = v.exponent;
      if (typeof e !== 'number' || !(e > 0 && e <= 1)) fail(`${field}.exponent`, 'in (0, 1] (a concave power)', e);
      return u as Utility;
    }
    case 'crra': {
      const rho = v.rho;
      if (typeof rho !== 'number' || !Number.isFinite(rho) || rho < 0) fail(`${field}.rho`, 'a finite number ≥ 0', rho);
      finite(`${field}.wealth`, v.wealth);
      return u as Utility;
    }
    default:
      fail(`${field}.type`, "'linear', 'power' or 'crra'", v.type);
  }
}

/** u(x); NaN outside the utility's domain (x < 0 for `power`, w + x ≤ 0 for `crra`). */
export function utilityValue(u: Utility, x: number): number {
  if (typeof u === 'function') return u(x);
  switch (u.type) {
    case 'linear':
      return u.intercept + u.slope * x;
    case 'power':
      return x >= 0 ? Math.pow(x, u.exponent) : NaN;
    case 'crra': {
      const w = u.wealth + x;
      if (!(w > 0)) return NaN;
      return u.rho === 1 ? Math.log(w) : Math.pow(w, 1 - u.rho) / (1 - u.rho);
    }
  }
}

/**
 * u′(x): exact for the closed-form families. For a plain function, a fourth-order central
 * difference (five-point stencil, step ε^(1/5)·max(|x|, scale·1e-3)), falling back to a
 * second-order one-sided difference where one side is outside the domain (NaN). NaN where undefined.
 * @param scale the width of the region being searched (default 1); sets the step near x = 0.
 */
export function utilityDerivative(u: Utility, x: number, scale = 1): number {
  if (typeof u === 'function') {
    const base = Math.max(Math.abs(x), scale * 1e-3, 1e-300);
    const h = 7.4e-4 * base;
    const f1 = u(x + h);
    const f2 = u(x + 2 * h);
    const b1 = u(x - h);
    const b2 = u(x - 2 * h);
    if ([f1, f2, b1, b2].every(Number.isFinite)) return (8 * (f1 - b1) - (f2 - b2)) / (12 * h);
    const at = u(x);
    const k = 6e-6 * base;
    const r1 = u(x + k);
    const r2 = u(x + 2 * k);
    if (Number.isFinite(r1) && Number.isFinite(r2)) return (-3 * at + 4 * r1 - r2) / (2 * k);
    const l1 = u(x - k);
    const l2 = u(x - 2 * k);
    if (Number.isFinite(l1) && Number.isFinite(l2)) return (3 * at - 4 * l1 + l2) / (2 * k);
    return NaN;
  }
  switch (u.type) {
    case 'linear':
      return u.slope;
    case 'power':
      if (x < 0) return NaN;
      return x === 0 ? (u.exponent === 1 ? 1 : Infinity) : u.exponent * Math.pow(x, u.exponent - 1);
    case 'crra': {
      const w = u.wealth + x;
      return w > 0 ? Math.pow(w, -u.rho) : NaN;
    }
  }
}

/**
 * The inverse of an increasing utility: the x with u(x) = value, searched in [lo, hi] by bisection
 * (closed form for `linear`). Returns NaN when value is outside [u(lo), u(hi)].
 */
export function utilityInverse(u: Utility, value: number, lo: number, hi: number): number {
  if (isLinear(u)) return (value - u.intercept) / u.slope;
  let a = lo;
  let b = hi;
  const ua = utilityValue(u, a);
  const ub = utilityValue(u, b);
  if (!(value >= ua && value <= ub)) return NaN;
  for (let i = 0; i < 2000; i++) {
    const m = a + (b - a) / 2;
    if (m === a || m === b) break;
    if (utilityValue(u, m) < value) a = m;
    else b = m;
  }
  return a + (b - a) / 2;
}
