import { zeroAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { Status } from '../contracts/enums.generated';
import { planSettle, type KeeperThreatState } from './plan';

const BEACON = '0x00000000000000000000000000000000000000b1' as const;
const base: KeeperThreatState = {
  id: 1n,
  status: Status.Live,
  deadline: 1000,
  settledPeriods: 0,
  pendingThrough: 0,
  ticket: 0,
  beacon: zeroAddress,
  gatherUntil: 0,
  claimUntil: 0,
  duePeriods: 0,
};

describe('planSettle', () => {
  it('times a commitment out at its deadline, not before', () => {
    expect(planSettle(base, 999)).toBeNull();
    expect(planSettle(base, 1000)).toEqual({ reason: 'timeout' });
  });

  it('requests due draws, resolves pending ones, then times out', () => {
    const p = { ...base, beacon: BEACON };
    expect(planSettle(p, 500)).toBeNull();
    expect(planSettle({ ...p, duePeriods: 2 }, 500)).toEqual({ reason: 'request-draws' });
    expect(planSettle({ ...p, duePeriods: 2, pendingThrough: 2 }, 500)).toEqual({ reason: 'resolve-draws' });
    expect(planSettle(p, 1000)).toEqual({ reason: 'timeout' });
  });

  it('cancels a pool past its date, ends an expired hold, and stops at a finished threat', () => {
    expect(planSettle({ ...base, status: Status.Gathering, gatherUntil: 100 }, 100)).toBeNull();
    expect(planSettle({ ...base, status: Status.Gathering, gatherUntil: 100 }, 101)).toEqual({ reason: 'cancel-pool' });
    expect(planSettle({ ...base, status: Status.Claimed, claimUntil: 200 }, 199)).toBeNull();
    expect(planSettle({ ...base, status: Status.Claimed, claimUntil: 200 }, 200)).toEqual({ reason: 'end-hold' });
    expect(
      planSettle({ ...base, status: Status.Claimed, claimUntil: 200, beacon: BEACON, pendingThrough: 1 }, 150),
    ).toEqual({ reason: 'resolve-draws' });
    for (const status of [Status.Fulfilled, Status.Refunded, Status.Escalated, Status.Forfeited, Status.Cancelled])
      expect(planSettle({ ...base, status }, 5000)).toEqual({ done: true });
  });
});
