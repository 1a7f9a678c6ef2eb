import { describe, expect, it } from 'vitest';
import { dueReason, nextDue, pendingDueBlock, periodsTotal, type DueInput } from './due';

const base: DueInput = {
  status: 'live',
  kind: 'commitment',
  deadline: 10_000,
  start: 1000,
  period: null,
  settledPeriods: 0,
  pendingThrough: null,
  pendingDueBlock: null,
  gatherUntil: null,
  holdUntil: null,
};

describe('nextDue (when settle has work)', () => {
  it('a commitment is due at its deadline; an ended threat never', () => {
    expect(nextDue(base)).toEqual({ nextDueAt: 10_000, nextDueBlock: null });
    for (const status of ['fulfilled', 'refunded', 'escalated', 'forfeited', 'cancelled'])
      expect(nextDue({ ...base, status })).toEqual({ nextDueAt: null, nextDueBlock: null });
  });

  it('a probabilistic threat is due at its next period, then at the deadline', () => {
    const p = { ...base, kind: 'probabilistic', period: 600 };
    expect(nextDue(p).nextDueAt).toBe(1600);
    expect(nextDue({ ...p, settledPeriods: 3 }).nextDueAt).toBe(3400);
    expect(nextDue({ ...p, settledPeriods: 15 }).nextDueAt).toBe(10_000); // period 16 would end after the deadline
  });

  it('pending draws are due at their beacon block (and at the hold end while held)', () => {
    const p = {
      ...base,
      kind: 'probabilistic',
      period: 600,
      settledPeriods: 1,
      pendingThrough: 2,
      pendingDueBlock: 77,
    };
    expect(nextDue(p)).toEqual({ nextDueAt: null, nextDueBlock: 77 });
    expect(nextDue({ ...p, status: 'claimed', holdUntil: 5000 })).toEqual({ nextDueAt: 5000, nextDueBlock: 77 });
    expect(nextDue({ ...p, pendingThrough: 1 }).nextDueBlock).toBeNull(); // nothing pending any more
  });

  it('a held threat is due when its hold ends; a pool after its gathering date', () => {
    expect(nextDue({ ...base, status: 'claimed', holdUntil: 4000 })).toEqual({ nextDueAt: 4000, nextDueBlock: null });
    expect(nextDue({ ...base, status: 'gathering', gatherUntil: 3000 })).toEqual({
      nextDueAt: 3001,
      nextDueBlock: null,
    });
  });

  it('counts periods and the block a ticket becomes settleable', () => {
    expect(periodsTotal(1000, 10_000, 600)).toBe(15);
    expect(periodsTotal(10_000, 1000, 600)).toBe(0);
    expect(pendingDueBlock('block', 120, 118, null)).toBe(120);
    expect(pendingDueBlock('vrf', 5, 118, 100)).toBe(219);
    expect(pendingDueBlock('other', 5, 118, null)).toBe(119);
  });

  it('says why a due threat is due', () => {
    const p = { ...base, kind: 'probabilistic', period: 600, nextDueBlock: null as number | null };
    expect(dueReason({ ...p, status: 'gathering' }, 0, 0)).toBe('gathering-over');
    expect(dueReason({ ...p, pendingThrough: 1, nextDueBlock: 5 }, 0, 5)).toBe('draws-ready');
    expect(dueReason({ ...p, status: 'claimed' }, 0, 0)).toBe('hold-over');
    expect(dueReason(p, 2000, 0)).toBe('draws-due');
    expect(dueReason(p, 20_000, 0)).toBe('deadline');
    expect(dueReason({ ...base, nextDueBlock: null }, 20_000, 0)).toBe('deadline');
  });
});
