import {
  brinkmanshipBounds,
  brinkmanshipThresholds,
  disputePayoffs,
  escalationProbability,
  escalationTiming,
  expectedCostByPeriod,
  expectedCostPerPeriod,
  probabilityForTarget,
} from '@/lib/game-theory';
import { attempt, type Outcome } from './errors';
import type { ThreatInput } from './threat-schema';

/**
 * The "Probabilistic threat" tab's numbers. Every probability comes from `lib/game-theory`; this
 * module maps the form onto the library and turns its answers into chart series:
 * - escalation curve P(escalated by n) for n = 0 … deadline;
 * - expected cost to date (library `expectedCostByPeriod`) and in period n = to date(n) − to date(n − 1)
 *   (escalation happens at most once), for each side;
 * - the brinkmanship useful range [qMin, qMax] for q = P(escalated by the deadline), with the dispute's
 *   payoffs from the library's `disputePayoffs` (shared with the wizard).
 */

export interface ThreatView {
  names: [string, string];
  unit: string;
  p: number;
  periods: number;
  /** While the threat is live: expected cost per period for each side (white paper §8.1: 100 and 5,000 a day). */
  perPeriod: { maker: number; adversary: number };
  timing: { expectedPeriods: number; expectedPeriodsBeforeEscalation: number; medianPeriod: number };
  /** P(escalated by the deadline): the q of the threat if the adversary holds out. */
  probByDeadline: number;
  curve: Array<{ n: number; probability: number }>;
  costPerPeriod: { maker: Array<{ n: number; value: number }>; adversary: Array<{ n: number; value: number }> };
  costToDate: { maker: Array<{ n: number; value: number }>; adversary: Array<{ n: number; value: number }> };
  brinkmanship: Outcome<{
    qMin: number;
    qMax: number;
    qMaxRaw: number;
    feasible: boolean;
    pureThreatAcceptable: boolean;
    /** Per-period p that puts P(by deadline) at qMin / qMax (null when qMax is 1, i.e. no upper limit). */
    pForQMin: number | null;
    pForQMax: number | null;
    /** First period at which P(by n) ≥ qMin, last at which P(by n) ≤ qMax, within the deadline (null if none). */
    firstUsefulPeriod: number | null;
    lastUsefulPeriod: number | null;
  }>;
  thresholds: Outcome<{ pMaxPureThreat: number; pMaxBrinkmanship: number }>;
}

/** At most this many points per chart series (long horizons are sampled evenly, always keeping the deadline). */
const MAX_POINTS = 240;

/** Computes the threat tab. Throws only on bugs: library RangeErrors land in `brinkmanship` / `thresholds`. */
export function computeThreat(v: ThreatInput): ThreatView {
  const p = v.pPercent / 100;
  const N = v.periods;
  const step = Math.max(1, Math.ceil(N / MAX_POINTS));
  const ns: number[] = [];
  for (let n = 0; n <= N; n += step) ns.push(n);
  if (ns[ns.length - 1] !== N) ns.push(N);

  const byN = (n: number) => escalationProbability({ p, n }).probEscalatedByN;
  const curve = ns.map((n) => ({ n, probability: byN(n) }));
  const periodNs = ns.filter((n) => n >= 1);
  const toDate = (n: number) =>
    expectedCostByPeriod({ p, n, lossThreatener: v.lossMaker, lossTarget: v.lossAdversary });
  const inPeriod = (n: number) => {
    const now = toDate(n);
    const before = toDate(n - 1);
    return {
      maker: now.expectedCostThreatener - before.expectedCostThreatener,
      adversary: now.expectedCostTarget - before.expectedCostTarget,
    };
  };

  const per = expectedCostPerPeriod({ p, lossThreatener: v.lossMaker, lossTarget: v.lossAdversary });
  const timing = escalationTiming({ p });
  const probByDeadline = byN(N);

  const pHardLine = v.hardLinePercent / 100;
  const payoffs = () => disputePayoffs({ demand: v.demand, lossThreatener: v.lossMaker, lossTarget: v.lossAdversary });

  const brinkmanship = attempt(() => {
    const b = brinkmanshipBounds({ pHardLine, ...payoffs() });
    const pFor = (q: number) => (q > 0 && q < 1 ? probabilityForTarget({ targetProb: q, n: N }).p : null);
    let first: number | null = null;
    let last: number | null = null;
    if (b.feasible) {
      for (let n = 1; n <= N; n++) {
        const q = byN(n);
        if (q >= b.qMin && q <= b.qMax) {
          if (first === null) first = n;
          last = n;
        }
      }
    }
    return {
      qMin: b.qMin,
      qMax: b.qMax,
      qMaxRaw: b.qMaxRaw,
      feasible: b.feasible,
      pureThreatAcceptable: b.pureThreatAcceptable,
      pForQMin: b.feasible ? pFor(b.qMin) : null,
      pForQMax: b.feasible ? pFor(b.qMax) : null,
      firstUsefulPeriod: first,
      lastUsefulPeriod: last,
    };
  });
  const thresholds = attempt(() => brinkmanshipThresholds(payoffs()));

  return {
    names: [v.name1, v.name2],
    unit: v.unit,
    p,
    periods: N,
    perPeriod: { maker: per.expectedCostPerPeriodThreatener, adversary: per.expectedCostPerPeriodTarget },
    timing,
    probByDeadline,
    curve,
    costPerPeriod: {
      maker: periodNs.map((n) => ({ n, value: inPeriod(n).maker })),
      adversary: periodNs.map((n) => ({ n, value: inPeriod(n).adversary })),
    },
    costToDate: {
      maker: ns.map((n) => ({ n, value: toDate(n).expectedCostThreatener })),
      adversary: ns.map((n) => ({ n, value: toDate(n).expectedCostTarget })),
    },
    brinkmanship,
    thresholds,
  };
}
