import { threatOdds } from '@/lib/game-theory';
import { PROB_SCALE } from '@/lib/format';
import { duePeriodsAt } from '@/lib/threats/schedule';
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
 * Odds of a live probabilistic threat at chain time `now`, from `lib/game-theory`'s `threatOdds`: per-draw
 * probabilities, draws left and the chance of an escalation before the deadline
 * (1 − (1 − p)^n with escalation only, as in the white paper's §8.1; refund draws lower it).
 * Undefined for a commitment or a closed threat.
 */
export function liveOdds(t: ThreatSummary, now: number): LiveOdds | undefined {
  if (t.status !== 'live' || !t.odds || t.odds.period <= 0) return undefined;
  const { period } = t.odds;
  const totalDraws = duePeriodsAt(t.start, t.deadline, period, t.deadline);
  const drawsLeft = Math.max(0, totalDraws - t.settledPeriods);
  const dueByNow = duePeriodsAt(t.start, t.deadline, period, now);
  const pEscalate = t.odds.pEscalate / PROB_SCALE;
  const pTerminate = t.odds.pTerminate / PROB_SCALE;
  // With refund draws an escalation can also be pre-empted by a refund: the one odds function counts both.
  const { byDeadline } = threatOdds({ pEscalate, pTerminate, periods: drawsLeft });
  return {
    pEscalate,
    pTerminate,
    period,
    drawsLeft,
    drawsDue: Math.max(0, dueByNow - t.settledPeriods),
    nextDrawAt: t.start + (t.settledPeriods + 1) * period,
    escalationByDeadline: byDeadline.probEscalated,
  };
}
