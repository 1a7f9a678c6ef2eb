/**
 * Numerical core of the Nash bargaining solutions: maximise the (weighted) Nash product
 *   N(x) = g1(x)^τ · g2(x)^(1−τ),  g_i(x) = u_i(agreement x) − d_i,
 * over x in [lo, hi] among the agreements both players strictly prefer to disagreement.
 *
 * With concave utilities each g_i is concave, so log N is concave on the (convex) set where both
 * gains are positive: its maximiser is found by bisection on the sign of the first-order condition
 *   τ·g1′/g1 + (1−τ)·g2′/g2 = 0,
 * run until the bracket cannot shrink any more (machine precision, far better than the 1e-9
 * relative accuracy promised by the public API). When both gains are affine the maximiser has a
 * closed form. Internal module; the public entry points are in `nash.ts`.
 */

/** A Nash-product maximisation problem over one real agreement variable x. */
export interface GainProblem {
  lo: number;
  hi: number;
  /** Weight of player 1 (bargaining power), in (0, 1). */
  tau: number;
  /** Player i's gain over disagreement, u_i − d_i, at agreement x (NaN outside the domain). */
  g1: (x: number) => number;
  g2: (x: number) => number;
  /** Derivatives of the gains in x. */
  dg1: (x: number) => number;
  dg2: (x: number) => number;
  /** When both gains are affine, g_i(x) = a_i + b_i·x: enables the closed form. */
  linear?: { a1: number; b1: number; a2: number; b2: number };
}

/** The maximiser over [lo, hi], whether it sits on an end, and the maximiser without the [lo, hi] constraint. */
export interface GainSolution {
  x: number;
  atBoundary: boolean;
  /** argmax of the Nash product over all agreements both prefer (ignoring [lo, hi]); null if unbounded. */
  unconstrainedArgmax: number | null;
}

const GRID = 1024;

/** Returns the maximiser, or null when no x in [lo, hi] gives both players a positive gain. */
export function maximizeNashProduct(p: GainProblem): GainSolution | null {
  return p.linear ? solveLinear(p, p.linear) : solveNumeric(p);
}

function solveLinear(p: GainProblem, l: { a1: number; b1: number; a2: number; b2: number }): GainSolution | null {
  // Feasible set {x : a_i + b_i x > 0} ∩ [lo, hi], an interval.
  let left = -Infinity;
  let right = Infinity;
  for (const [a, b] of [
    [l.a1, l.b1],
    [l.a2, l.b2],
  ] as const) {
    if (b > 0) left = Math.max(left, -a / b);
    else if (b < 0) right = Math.min(right, -a / b);
    else if (!(a > 0)) return null;
  }
  const L = Math.max(left, p.lo);
  const R = Math.min(right, p.hi);
  if (!(L < R)) return null; // the strict inequalities make an L === R set empty
  // Stationary point of τ·log g1 + (1−τ)·log g2: τ·b1·g2 + (1−τ)·b2·g1 = 0.
  let unconstrained: number | null = null;
  if (l.b1 * l.b2 < 0) {
    unconstrained = -(p.tau * l.b1 * l.a2 + (1 - p.tau) * l.b2 * l.a1) / (l.b1 * l.b2);
  }
  let x: number;
  if (unconstrained !== null) x = Math.min(Math.max(unconstrained, L), R);
  else x = l.b1 + l.b2 > 0 || (l.b1 === 0 && l.b2 === 0) ? R : L; // product monotone on the feasible set
  return { x, atBoundary: x === p.lo || x === p.hi, unconstrainedArgmax: unconstrained };
}

function solveNumeric(p: GainProblem): GainSolution | null {
  const { lo, hi, tau } = p;
  const feasible = (x: number) => p.g1(x) > 0 && p.g2(x) > 0;
  const score = (x: number) => {
    const s = Math.min(p.g1(x), p.g2(x));
    return Number.isNaN(s) ? -Infinity : s;
  };
  // Sign of d/dx log N, multiplied through by g1·g2 > 0 to stay finite.
  const slope = (x: number) => {
    const a = p.g1(x);
    const b = p.g2(x);
    return tau * p.dg1(x) * b + (1 - tau) * p.dg2(x) * a;
  };

  const product = (x: number) => p.g1(x) * p.g2(x);

  const x0 = findFeasiblePoint(lo, hi, score);
  if (x0 === null) return null;
  const leftClosed = feasible(lo);
  const rightClosed = feasible(hi);
  const L = leftClosed ? lo : lastTrue(x0, lo, feasible);
  const R = rightClosed ? hi : lastTrue(x0, hi, feasible);

  let x: number;
  if (leftClosed && !(slope(lo) > 0)) x = lo;
  else if (rightClosed && !(slope(hi) < 0)) x = hi;
  else x = lastTrue(L, R, (m) => slope(m) > 0);

  let unconstrained: number | null = x;
  if (x === hi && rightClosed && slope(hi) > 0) unconstrained = extend(hi, +1, hi - lo, feasible, slope, product);
  else if (x === lo && leftClosed && slope(lo) < 0) unconstrained = extend(lo, -1, hi - lo, feasible, slope, product);
  return { x, atBoundary: x === lo || x === hi, unconstrainedArgmax: unconstrained };
}

/**
 * Bisection between `yes` (pred true) and `no` (pred assumed false) down to adjacent doubles;
 * returns the midpoint of the final bracket (pred true on one side, false on the other).
 */
export function lastTrue(yes: number, no: number, pred: (x: number) => boolean): number {
  let a = yes;
  let b = no;
  for (let i = 0; i < 2200; i++) {
    const m = a + (b - a) / 2;
    if (m === a || m === b) break;
    if (pred(m)) a = m;
    else b = m;
  }
  const mid = a + (b - a) / 2;
  return pred(mid) ? mid : a;
}

/** A point where both gains are positive: the best of a grid, refined by golden section on min(g1, g2). */
function findFeasiblePoint(lo: number, hi: number, score: (x: number) => number): number | null {
  // A coarse pass first: most problems are feasible at one of 17 evenly spaced points.
  for (let k = 0; k <= 16; k++) {
    const x = k === 16 ? hi : lo + ((hi - lo) * k) / 16;
    if (score(x) > 0) return x;
  }
  let best = lo;
  let bestScore = score(lo);
  let bestK = 0;
  for (let k = 1; k <= GRID; k++) {
    const x = k === GRID ? hi : lo + ((hi - lo) * k) / GRID;
    const s = score(x);
    if (s > bestScore) {
      best = x;
      bestScore = s;
      bestK = k;
    }
  }
  if (bestScore > 0) return best;
  // min(g1, g2) is concave: refine around the best grid cell.
  let a = lo + ((hi - lo) * Math.max(0, bestK - 1)) / GRID;
  let b = lo + ((hi - lo) * Math.min(GRID, bestK + 1)) / GRID;
  const phi = (Math.sqrt(5) - 1) / 2;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = score(c);
  let fd = score(d);
  for (let i = 0; i < 200 && b - a > 0; i++) {
    if (fc > 0) return c;
    if (fd > 0) return d;
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = score(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = score(d);
    }
  }
  return null;
}

/**
 * Walks outward from an end of [lo, hi] while the Nash product still increases, doubling the step;
 * null when it still increases 1e15 widths away (or the gains overflow): no finite maximiser.
 */
function extend(
  from: number,
  dir: 1 | -1,
  width: number,
  feasible: (x: number) => boolean,
  slope: (x: number) => number,
  gains: (x: number) => number,
): number | null {
  const rising = (x: number) => feasible(x) && dir * slope(x) > 0;
  const limit = 1e15 * Math.max(width, Math.abs(from));
  let a = from;
  for (let w = width; w <= limit; w *= 2) {
    const b = from + dir * w;
    if (!Number.isFinite(b) || (!Number.isFinite(gains(b)) && feasible(b))) return null;
    if (!rising(b)) return lastTrue(a, b, rising);
    a = b;
  }
  return null;
}
