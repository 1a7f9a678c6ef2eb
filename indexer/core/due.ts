// When a threat next needs a `settle` (pure; mirrors Levetrage.settle). The keeper asks the indexer for
// threats with nextDueAt <= now or nextDueBlock <= head: one indexed query instead of a read per live threat.
//   gathering            at gatherUntil + 1 (settle after the gathering date cancels the pool)
//   draws pending        at block `pendingDueBlock` (the beacon value can be proven or has lapsed);
//                        also at holdUntil while held
//   claimed (held)       at holdUntil (settle ends an expired hold)
//   live commitment      at the deadline (the timeout action)
//   live probabilistic   the next period start + (settled + 1) * period, or the deadline once every period up
//                        to it is drawn
//   ended                never (both null)

export interface DueInput {
  status: string;
  kind: string;
  deadline: number;
  start: number;
  period: number | null;
  settledPeriods: number;
  pendingThrough: number | null;
  /** Block from which the pending ticket is resolvable (or lapsed). */
  pendingDueBlock: number | null;
  gatherUntil: number | null;
  holdUntil: number | null;
}

export interface Due {
  nextDueAt: number | null;
  nextDueBlock: number | null;
}

/** Periods i >= 1 with start + i * period <= deadline. */
export function periodsTotal(start: number, deadline: number, period: number): number {
  return deadline > start ? Math.floor((deadline - start) / period) : 0;
}

export function nextDue(t: DueInput): Due {
  switch (t.status) {
    case 'gathering':
      return { nextDueAt: t.gatherUntil === null ? null : t.gatherUntil + 1, nextDueBlock: null };
    case 'live':
    case 'claimed': {
      const held = t.status === 'claimed';
      const pending = t.pendingThrough !== null && t.pendingThrough > t.settledPeriods;
      if (pending) return { nextDueAt: held ? t.holdUntil : null, nextDueBlock: t.pendingDueBlock };
      if (held) return { nextDueAt: t.holdUntil, nextDueBlock: null };
      if (t.kind !== 'probabilistic' || t.period === null) return { nextDueAt: t.deadline, nextDueBlock: null };
      const next = t.start + (t.settledPeriods + 1) * t.period;
      return { nextDueAt: Math.min(next, t.deadline), nextDueBlock: null };
    }
    default:
      return { nextDueAt: null, nextDueBlock: null };
  }
}

/** The prevrandao beacon's ticket is its target block; it can be proven for 8191 blocks after it. */
export const PREVRANDAO_HISTORY_WINDOW = 8191;

/**
 * The block from which a freshly requested ticket can be settled: the target block for the block beacon;
 * for VRF the lapse block (an answer, indexed from the beacon's Answered event, brings it forward); for an
 * unknown beacon the next block (the keeper's simulation then tells).
 */
export function pendingDueBlock(
  beaconKind: string | null,
  ticket: number,
  requestBlock: number,
  lapseBlocks: number | null,
): number {
  if (beaconKind === 'block') return ticket;
  if (beaconKind === 'vrf' && lapseBlocks !== null) return requestBlock + lapseBlocks + 1;
  return requestBlock + 1;
}

/** Why a due threat is due (for logs and the keeper's plan). */
export function dueReason(
  t: {
    status: string;
    kind: string;
    pendingThrough: number | null;
    settledPeriods: number;
    nextDueBlock: number | null;
    holdUntil: number | null;
    deadline: number;
  },
  now: number,
  block: number,
): 'gathering-over' | 'draws-due' | 'draws-ready' | 'hold-over' | 'deadline' {
  if (t.status === 'gathering') return 'gathering-over';
  const pending = t.pendingThrough !== null && t.pendingThrough > t.settledPeriods;
  if (pending && t.nextDueBlock !== null && block >= t.nextDueBlock) return 'draws-ready';
  if (t.status === 'claimed') return 'hold-over';
  if (t.kind === 'probabilistic' && now < t.deadline) return 'draws-due';
  return 'deadline';
}
