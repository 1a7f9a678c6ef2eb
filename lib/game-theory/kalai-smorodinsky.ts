/**
 * The Kalai–Smorodinsky bargaining solution (Kalai & Smorodinsky 1975).
 *
 * Convention: the feasible set is {(u1, u2) : u1 ∈ [a, b], u2 ≤ frontier(u1)} with free disposal
 * (points with u1 < a and u2 ≤ frontier(a) are feasible too), the frontier non-increasing. The ideal
 * (utopia) point is I = (the largest u1 with frontier(u1) ≥ d2, frontier(max(a, d1))); the solution
 * is the Pareto point on the segment from d to I: (d1 + t(I1 − d1), d2 + t(I2 − d2)) with
 * frontier(u1) = u2. Gains are proportional to the ideal gains: (u1 − d1)/(I1 − d1) = (u2 − d2)/(I2 − d2).
 * Found by bisection to machine precision.
 */
import { lastTrue } from './nash-solver';
import { fail, finite, interval as checkInterval, params } from './validate';

/** Parameters of `kalaiSmorodinsky`. */
export interface KalaiSmorodinskyParams {
  /** The Pareto frontier u2 = frontier(u1), non-increasing on u1Range. */
  frontier: (u1: number) => number;
  /** The u1 values the frontier is defined on, a < b. */
  u1Range: [number, number];
  d1: number;
  d2: number;
}

/** The ideal point and the Kalai–Smorodinsky utilities. */
export interface KalaiSmorodinskyResult {
  ideal: [number, number];
  u1: number;
  u2: number;
}

const CHECKS = 256;

/**
 * Kalai–Smorodinsky solution on a utility frontier.
 * Example: frontier u2 = √(1 − u1) on [0, 1], d = (0, 0): ideal (1, 1), u1 = u2 = (√5 − 1)/2.
 *
 * @throws RangeError naming the field: frontier not a function, not finite or increasing somewhere
 * on u1Range, a bad u1Range, NaN/∞ d, or a disagreement point that no frontier point beats for both.
 */
export function kalaiSmorodinsky(params_: KalaiSmorodinskyParams): KalaiSmorodinskyResult {
  params('kalaiSmorodinsky', params_);
  const { frontier } = params_;
  if (typeof frontier !== 'function') fail('frontier', 'a function u1 => u2', frontier);
  const [a, b] = checkInterval('u1Range', params_.u1Range);
  const d1 = finite('d1', params_.d1);
  const d2 = finite('d2', params_.d2);

  const samples: number[] = [];
  for (let k = 0; k <= CHECKS; k++) {
    const u = k === CHECKS ? b : a + ((b - a) * k) / CHECKS;
    const v = frontier(u);
    if (!Number.isFinite(v)) fail('frontier', `finite on u1Range [${a}, ${b}]`, `frontier(${u}) = ${v}`);
    samples.push(v);
  }
  // Tolerate rounding-level rises (frontiers built by inverting a utility), reject real ones.
  const slack = 1e-9 * Math.max(1, ...samples.map(Math.abs));
  for (let k = 1; k <= CHECKS; k++) {
    if (samples[k] > samples[k - 1] + slack) {
      fail('frontier', `non-increasing on u1Range [${a}, ${b}]`, `a rise at u1 = ${a + ((b - a) * k) / CHECKS}`);
    }
  }
  const f = (u: number) => (u < a ? frontier(a) : frontier(u));
  const start = Math.max(a, d1);
  if (!(b > d1) || !(f(start) > d2)) {
    fail('d1, d2', `a disagreement point that some point of the frontier beats for both players`, [d1, d2]);
  }
  // Ideal point.
  const i2 = f(start);
  const i1 = f(b) >= d2 ? b : lastTrue(start, b, (u) => f(u) >= d2);
  // Intersection of the segment d → I with the frontier: gap(t) = f(u1(t)) − u2(t) is decreasing.
  const along = (t: number): [number, number] => [d1 + t * (i1 - d1), d2 + t * (i2 - d2)];
  const t = lastTrue(0, 1, (s) => {
    const [x, y] = along(s);
    return f(x) - y > 0;
  });
  const [u1, u2line] = along(t);
  return { ideal: [i1, i2], u1, u2: Math.min(u2line, f(u1)) };
}
