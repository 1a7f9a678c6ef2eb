import {
  brinkmanshipBounds,
  brinkmanshipThresholds,
  disputePayoffs,
  escalationProbability,
  probabilityForTarget,
  threatOdds,
} from '@/lib/game-theory';
import { attempt, type Outcome } from './outcome';
import type { ThreatInput } from './threat-schema';

/**
 * The "Probabilistic threat" tab's numbers. Every probability comes from `lib/game-theory`; this
 * module maps the form onto the library:
 * - the escalation curve, expected cost per period and to date, and the typical wait: `threatOdds`, the one
 *   odds function (the same as the wizard's, the public page's and the desks');
 * - the brinkmanship useful range [qMin, qMax] for q = P(escalated by the deadline), with the dispute's
 *   payoffs from the library's `disputePayoffs` (shared with the wizard).
 */

/** The calculator's answer for one threat (not the chain read model `ThreatView` of lib/threats). */
export interface ThreatCalculation {
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

/** Computes the threat tab. Throws only on bugs: library RangeErrors land in `brinkmanship` / `thresholds`. */
export function computeThreat(v: ThreatInput): ThreatCalculation {
  const p = v.pPercent / 100;
  const N = v.periods;
  const odds = threatOdds({ pEscalate: p, periods: N, lossThreatener: v.lossMaker, lossTarget: v.lossAdversary });
  if (!odds.timing) throw new RangeError('pPercent must be above 0'); // the schema allows (0, 100] only
  const byN = (n: number) => escalationProbability({ p, n }).probEscalatedByN;

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
    perPeriod: { maker: odds.perPeriod.threatener, adversary: odds.perPeriod.target },
    timing: odds.timing,
    probByDeadline: odds.byDeadline.probEscalated,
    curve: odds.curve,
    costPerPeriod: { maker: odds.costPerPeriod.threatener, adversary: odds.costPerPeriod.target },
    costToDate: { maker: odds.costToDate.threatener, adversary: odds.costToDate.target },
    brinkmanship,
    thresholds,
  };
}
