import { escalationProbability } from '@/lib/game-theory';
import { PROB_SCALE } from '@/lib/format';
import type { ThreatSummary } from '@/lib/threats';

/** The current odds of a live probabilistic threat, as the provider (or anyone) sees them now. */
export interface LiveOdds {
  /** Escalation probability per draw, in [0, 1]. */
  pEscalate: number;
  /** Refund (dovish) probability per draw, in [0, 1]. */
  pTerminate: number;
  /** Seconds between draws. */
  period: number;
  /** Draws not yet settled up to the deadline. */
  drawsLeft: number;
  /** Draws already due but not settled yet (anyone can settle them on the threat page). */
  drawsDue: number;
  /** Unix time the next unsettled draw is (or was) due. */
  nextDrawAt: number;
  /** Probability the threat escalates by a draw before the deadline, given no refund draws stop it first. */
  escalationByDeadline: number;
}

/**
 * Odds of a live probabilistic threat at chain time `now`, from `lib/game-theory`: per-draw
 * probabilities, draws left and the chance of an escalation before the deadline
 * (1 − (1 − p)^n, counting only the hawkish outcome, as the white paper's §8.1 does).
 * Undefined for a commitment or a closed threat.
 */
export function liveOdds(t: ThreatSummary, now: number): LiveOdds | undefined {
  if (t.status !== 'live' || !t.odds || t.odds.period <= 0) return undefined;
  const { period } = t.odds;
  const totalDraws = Math.floor((t.deadline - t.start) / period);
  const drawsLeft = Math.max(0, totalDraws - t.settledPeriods);
  const dueByNow = Math.min(totalDraws, Math.max(0, Math.floor((now - t.start) / period)));
  const pEscalate = t.odds.pEscalate / PROB_SCALE;
  const pTerminate = t.odds.pTerminate / PROB_SCALE;
  // With refund draws the escalation can also be pre-empted: P(escalate first within n) =
  // pE · (1 − (1 − pE − pT)^n) / (pE + pT). Equal to the geometric formula when pT = 0.
  const stop = Math.min(1, pEscalate + pTerminate);
  const escalationByDeadline =
    pTerminate === 0
      ? escalationProbability({ p: pEscalate, n: drawsLeft }).probEscalatedByN
      : (pEscalate / stop) * escalationProbability({ p: stop, n: drawsLeft }).probEscalatedByN;
  return {
    pEscalate,
    pTerminate,
    period,
    drawsLeft,
    drawsDue: Math.max(0, dueByNow - t.settledPeriods),
    nextDrawAt: t.start + (t.settledPeriods + 1) * period,
    escalationByDeadline,
  };
}
