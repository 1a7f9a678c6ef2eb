/**
 * When things happen for one threat, by the contract's rules (Levetrage.sol `_duePeriods`): period i ≥ 1 is
 * due at `start + i·period` and only periods with `start + i·period <= deadline` are ever drawn. All times
 * are the chain's clock (block timestamps), which may differ from the wall clock on a dev chain.
 */
import type { ThreatView } from './types';

/** The draw schedule and the next thing that can happen. */
export interface ThreatSchedule {
  /** Periods the threat can ever draw (0 for a commitment). */
  totalPeriods: number;
  /** Periods whose time has come (capped by the deadline). */
  elapsedPeriods: number;
  /** Unix time the next period becomes due, or null when no more periods will come. */
  nextDrawAt: number | null;
  /** Periods due but not yet requested or settled (what a settle call would work on). */
  unsettledDue: number;
  /** Whether a settle call can make progress now (draws due or pending, or the deadline reached). */
  canSettle: boolean;
  /** Seconds until the deadline (negative once passed). */
  secondsToDeadline: number;
  /** Whether the deadline has passed (the demand can no longer be marked fulfilled). */
  deadlinePassed: boolean;
}

/** Periods i ≥ 1 with `start + i·period <= min(now, deadline)`, as the contract counts them. */
export function duePeriodsAt(start: number, deadline: number, period: number, now: number): number {
  if (period <= 0) return 0;
  const until = Math.min(now, deadline);
  return until <= start ? 0 : Math.floor((until - start) / period);
}

/** The schedule of `threat` at chain time `now` (defaults to the time the view was read). */
export function threatSchedule(threat: ThreatView, now: number = threat.readAt.timestamp): ThreatSchedule {
  const secondsToDeadline = threat.deadline - now;
  const deadlinePassed = now >= threat.deadline;
  const live = threat.status === 'live';
  if (!threat.odds) {
    return {
      totalPeriods: 0,
      elapsedPeriods: 0,
      nextDrawAt: null,
      unsettledDue: 0,
      canSettle: live && deadlinePassed,
      secondsToDeadline,
      deadlinePassed,
    };
  }
  const { period } = threat.odds;
  const totalPeriods = duePeriodsAt(threat.start, threat.deadline, period, threat.deadline);
  const elapsedPeriods = duePeriodsAt(threat.start, threat.deadline, period, now);
  const next = threat.start + (elapsedPeriods + 1) * period;
  const nextDrawAt = live && elapsedPeriods < totalPeriods && next <= threat.deadline ? next : null;
  const unsettledDue = Math.max(0, elapsedPeriods - threat.settledPeriods);
  const pending = threat.pendingThrough > threat.settledPeriods;
  return {
    totalPeriods,
    elapsedPeriods,
    nextDrawAt,
    unsettledDue,
    canSettle: live && (pending || elapsedPeriods > threat.pendingThrough || deadlinePassed),
    secondsToDeadline,
    deadlinePassed,
  };
}
