import {
  breakdownBargaining,
  kalaiSmorodinsky,
  nashBargaining,
  nashBargainingOnInterval,
  type Utility,
} from '@/lib/game-theory';
import { attempt, type Outcome } from './outcome';
import { formatAmount, formatPercent } from '../format';
import type { SplitIntervalInput, SplitSurplusInput } from './split-schema';

/**
 * The "Split a surplus" tab's numbers: the Nash, Kalai–Smorodinsky and Rubinstein (alternating
 * offers with breakdown risk, Binmore–Rubinstein–Wolinsky 1986) solutions side by side, and the
 * utility frontier to plot. All solving is done by `lib/game-theory`; this module only maps the
 * form's inputs onto its calls and samples the frontier for the chart.
 */

/** One solution: what each player gets (money or agreement) and the utilities. */
export interface SolutionView {
  key: 'nash' | 'ks' | 'rubinstein';
  label: string;
  /** Player 1's and 2's shares (surplus mode) — or the agreement x (interval mode) in `x`. */
  x1?: number;
  x2?: number;
  x?: number;
  u1: number;
  u2: number;
  /** Extra facts to print under the numbers (boundary solutions, assumptions). */
  notes: string[];
}

/** Everything the split tab renders. */
export interface SplitView {
  names: [string, string];
  solutions: Array<{ key: SolutionView['key']; label: string; outcome: Outcome<SolutionView> }>;
  frontier: Array<{ u1: number; u2: number }>;
  disagreement: { u1: number; u2: number };
  ideal?: { u1: number; u2: number };
  /** Set when the problem itself is infeasible (no agreement beats disagreement). */
  problemError?: string;
}

const FRONTIER_SAMPLES = 80;

/** The view both split modes return: the three solutions side by side over the frontier. */
function splitView(
  names: [string, string],
  o: { nash: Outcome<SolutionView>; ks: Outcome<SolutionView>; rub: Outcome<SolutionView> },
  frontier: SplitView['frontier'],
  disagreement: SplitView['disagreement'],
  ideal: SplitView['ideal'],
): SplitView {
  return {
    names,
    solutions: [
      { key: 'nash', label: LABELS.nash, outcome: o.nash },
      { key: 'ks', label: LABELS.ks, outcome: o.ks },
      { key: 'rubinstein', label: LABELS.rubinstein, outcome: o.rub },
    ],
    frontier,
    disagreement,
    ideal,
    problemError: !o.nash.ok && !o.ks.ok ? o.nash.error : undefined,
  };
}

/** x ↦ x^e (e = 1: risk-neutral), as a library Utility. */
function powerUtility(e: number): Utility {
  return e === 1 ? { type: 'linear', intercept: 0, slope: 1 } : { type: 'power', exponent: e };
}

const pow = (x: number, e: number) => (e === 1 ? x : Math.pow(Math.max(0, x), e));

const LABELS = { nash: 'Nash', ks: 'Kalai–Smorodinsky', rubinstein: 'Rubinstein' } as const;

/** Surplus mode: x1 + x2 = S, u_i = x_i^e_i, d_i entered in money. */
export function computeSurplusSplit(v: SplitSurplusInput): SplitView {
  const U1 = (x: number) => pow(x, v.e1);
  const U2 = (x: number) => pow(x, v.e2);
  const d = { u1: U1(v.d1), u2: U2(v.d2) };
  // Money disagreement payoffs become utilities; for e = 1 they are the money values themselves (can be < 0).
  if (v.e1 === 1) d.u1 = v.d1;
  if (v.e2 === 1) d.u2 = v.d2;
  const S = v.surplus;

  const frontier = Array.from({ length: FRONTIER_SAMPLES + 1 }, (_, i) => {
    const x1 = (S * i) / FRONTIER_SAMPLES;
    return { u1: U1(x1), u2: U2(S - x1) };
  });

  const nash = attempt((): SolutionView => {
    const r = nashBargaining({
      surplus: S,
      d1: d.u1,
      d2: d.u2,
      tau1: v.tau1,
      u1: powerUtility(v.e1),
      u2: powerUtility(v.e2),
    });
    const notes = [`Nash product ${r.nashProduct.toPrecision(4)}`];
    if (v.tau1 !== 0.5) notes.push(`Asymmetric: ${v.name1}'s bargaining power τ₁ = ${v.tau1}`);
    return { key: 'nash', label: LABELS.nash, x1: r.x1, x2: r.x2, u1: r.u1, u2: r.u2, notes };
  });

  let ideal: SplitView['ideal'];
  const ks = attempt((): SolutionView => {
    const inverse1 = (u: number) => (v.e1 === 1 ? u : Math.pow(Math.max(0, u), 1 / v.e1));
    const r = kalaiSmorodinsky({
      frontier: (u1) => U2(S - Math.min(S, inverse1(u1))),
      u1Range: [U1(0), U1(S)],
      d1: d.u1,
      d2: d.u2,
    });
    ideal = { u1: r.ideal[0], u2: r.ideal[1] };
    const x1 = Math.min(S, inverse1(r.u1));
    return {
      key: 'ks',
      label: LABELS.ks,
      x1,
      x2: S - x1,
      u1: r.u1,
      u2: r.u2,
      notes: ['Gains proportional to each side’s best possible gain'],
    };
  });

  const rub = attempt((): SolutionView => {
    requireBreakdownPayoffs(v.name1, v.d1, v.name2, v.d2, 'below 0');
    const r = breakdownBargaining({
      surplus: S,
      b1: v.d1,
      b2: v.d2,
      breakdownProb: v.breakdown,
      firstProposer: Number(v.first) as 1 | 2,
      delta1: v.delta1,
      delta2: v.delta2,
    });
    const notes = [
      `${v.first === '1' ? v.name1 : v.name2} proposes first; ${formatPercent(v.breakdown, { significant: 3 })} breakdown risk per rejection`,
    ];
    if (v.e1 !== 1 || v.e2 !== 1) notes.push('Computed for risk-neutral players (money shares)');
    return { key: 'rubinstein', label: LABELS.rubinstein, x1: r.x1, x2: r.x2, u1: U1(r.x1), u2: U2(r.x2), notes };
  });

  return splitView([v.name1, v.name2], { nash, ks, rub }, frontier, d, ideal);
}

/** Interval mode: one agreement x ∈ [lo, hi], u_i(x) = a_i + b_i·x, d_i in utility units. */
export function computeIntervalSplit(v: SplitIntervalInput): SplitView {
  const u1 = (x: number) => v.a1 + v.b1 * x;
  const u2 = (x: number) => v.a2 + v.b2 * x;
  const frontier = Array.from({ length: FRONTIER_SAMPLES + 1 }, (_, i) => {
    // Walk along x in the direction that raises player 1's utility, so u1 increases along the curve.
    const t = i / FRONTIER_SAMPLES;
    const x = v.b1 > 0 ? v.lo + t * (v.hi - v.lo) : v.hi - t * (v.hi - v.lo);
    return { u1: u1(x), u2: u2(x) };
  });
  const d = { u1: v.d1, u2: v.d2 };

  const nash = attempt((): SolutionView => {
    const r = nashBargainingOnInterval({
      interval: [v.lo, v.hi],
      u1: { type: 'linear', intercept: v.a1, slope: v.b1 },
      u2: { type: 'linear', intercept: v.a2, slope: v.b2 },
      d1: v.d1,
      d2: v.d2,
    });
    const notes = [`Nash product ${r.nashProduct.toPrecision(4)}`];
    if (r.atBoundary) {
      notes.push(
        r.unconstrainedArgmax === null
          ? 'At an end of the interval'
          : `At an end of the interval: the product peaks at x = ${formatAmount(r.unconstrainedArgmax)}, outside it`,
      );
    }
    return { key: 'nash', label: LABELS.nash, x: r.x, u1: r.u1, u2: r.u2, notes };
  });

  let ideal: SplitView['ideal'];
  const xOfU1 = (u: number) => (u - v.a1) / v.b1;
  const u1Ends = [u1(v.lo), u1(v.hi)].sort((a, b) => a - b) as [number, number];
  const ks = attempt((): SolutionView => {
    const r = kalaiSmorodinsky({ frontier: (u) => u2(xOfU1(u)), u1Range: u1Ends, d1: v.d1, d2: v.d2 });
    ideal = { u1: r.ideal[0], u2: r.ideal[1] };
    return {
      key: 'ks',
      label: LABELS.ks,
      x: xOfU1(r.u1),
      u1: r.u1,
      u2: r.u2,
      notes: ['Gains proportional to each side’s best possible gain'],
    };
  });

  // Rubinstein on the normalised pie: player i's payoff (u_i − worst_i) / range_i, shares s and 1 − s.
  const rub = attempt((): SolutionView => {
    const width = v.hi - v.lo;
    const range1 = Math.abs(v.b1) * width;
    const range2 = Math.abs(v.b2) * width;
    const worst1 = Math.min(u1(v.lo), u1(v.hi));
    const worst2 = Math.min(u2(v.lo), u2(v.hi));
    requireBreakdownPayoffs(
      v.name1,
      v.d1 - worst1,
      v.name2,
      v.d2 - worst2,
      'worse than every agreement in the interval',
    );
    const r = breakdownBargaining({
      surplus: 1,
      b1: (v.d1 - worst1) / range1,
      b2: (v.d2 - worst2) / range2,
      breakdownProb: v.breakdown,
      firstProposer: Number(v.first) as 1 | 2,
      delta1: v.delta1,
      delta2: v.delta2,
    });
    const s = r.x1;
    const x = v.b1 > 0 ? v.lo + s * width : v.hi - s * width;
    const notes = [
      `${v.first === '1' ? v.name1 : v.name2} proposes first; ${formatPercent(v.breakdown, { significant: 3 })} breakdown risk per rejection`,
    ];
    return { key: 'rubinstein', label: LABELS.rubinstein, x, u1: u1(x), u2: u2(x), notes };
  });

  return splitView([v.name1, v.name2], { nash, ks, rub }, frontier, d, ideal);
}

/**
 * The breakdown model (BRW 1986) needs each breakdown payoff within the range of agreements
 * (in surplus mode: ≥ 0). Throws a RangeError in the calculator's words, shown in the Rubinstein card.
 */
function requireBreakdownPayoffs(name1: string, gap1: number, name2: string, gap2: number, what: string): void {
  const below = [gap1 < 0 ? name1 : null, gap2 < 0 ? name2 : null].filter((n): n is string => n !== null);
  if (below.length > 0) {
    const who =
      below.length > 1
        ? `Both ${below[0]}'s and ${below[1]}'s disagreement payoffs are`
        : `${below[0]}'s disagreement payoff is`;
    throw new RangeError(
      `${who} ${what}, so any offer beats risking a breakdown; the alternating-offers model needs disagreement payoffs within the range of agreements`,
    );
  }
}
