import { describe, expect, it } from 'vitest';
import { ODDS_SAMPLE_STEPS, samplePeriods, threatOdds } from './odds';

// White paper §8.1: Jane's 5%/day threat, losses 2,000 (Jane) and 100,000 (X), 30 days.
const jane = { pEscalate: 0.05, periods: 30, lossThreatener: 2000, lossTarget: 100_000 };

describe('threatOdds: the one odds function', () => {
  it('gives §8.1: 100 and 5,000 a day while live, 1 − 0.95^30 by the deadline, median day 14', () => {
    const o = threatOdds(jane);
    expect(o.perPeriod.threatener).toBeCloseTo(100, 9);
    expect(o.perPeriod.target).toBeCloseTo(5000, 9);
    expect(o.byDeadline.probEscalated).toBeCloseTo(1 - 0.95 ** 30, 12);
    expect(o.byDeadline.probStillLive).toBeCloseTo(0.95 ** 30, 12);
    expect(o.byDeadline.probReachesProvider).toBe(o.byDeadline.probEscalated);
    expect(o.byDeadline.target).toBeCloseTo((1 - 0.95 ** 30) * 100_000, 6);
    expect(o.timing).toMatchObject({ medianPeriod: 14, expectedPeriods: 20 });
  });

  it('series: the curve and cost to date start at 0, cost per period is to date(n) − to date(n − 1)', () => {
    const o = threatOdds(jane);
    expect(o.curve).toHaveLength(31);
    expect(o.curve[0]).toEqual({ n: 0, probability: 0 });
    expect(o.curve.at(-1)!.probability).toBe(o.byDeadline.probEscalated);
    expect(o.costToDate.target[0]).toEqual({ n: 0, value: 0 });
    expect(o.costPerPeriod.target[0]).toEqual({ n: 1, value: expect.closeTo(5000, 9) });
    expect(o.costPerPeriod.target[1].value).toBeCloseTo(0.95 * 5000, 9);
    const sum = o.costPerPeriod.threatener.reduce((a, p) => a + p.value, 0);
    expect(sum).toBeCloseTo(o.costToDate.threatener.at(-1)!.value, 9);
  });

  it('to date: the odds after the draws so far', () => {
    const o = threatOdds({ ...jane, elapsed: 10 });
    expect(o.toDate.probEscalated).toBeCloseTo(1 - 0.95 ** 10, 12);
    expect(o.toDate.target).toBeCloseTo((1 - 0.95 ** 10) * 100_000, 6);
    expect(threatOdds({ ...jane, elapsed: 99 }).toDate.probEscalated).toBe(o.byDeadline.probEscalated);
  });

  it('refund draws end the threat too, and an escalating timeout adds what is still live then', () => {
    const o = threatOdds({ ...jane, pTerminate: 0.05, escalatesAtDeadline: true });
    expect(o.byDeadline.probEscalated).toBeCloseTo(0.5 * (1 - 0.9 ** 30), 12);
    expect(o.byDeadline.probReachesProvider).toBeCloseTo(0.5 * (1 - 0.9 ** 30) + 0.9 ** 30, 12);
    expect(o.timing).toBeNull(); // the geometric wait does not hold with refunds
  });

  it('samples long horizons in at most ODDS_SAMPLE_STEPS steps, always ending at the deadline', () => {
    expect(samplePeriods(0)).toEqual([0]);
    expect(samplePeriods(3)).toEqual([0, 1, 2, 3]);
    const long = samplePeriods(1000);
    expect(long.length).toBeLessThanOrEqual(ODDS_SAMPLE_STEPS + 2);
    expect(long[0]).toBe(0);
    expect(long.at(-1)).toBe(1000);
    const o = threatOdds({ ...jane, periods: 26_280 });
    expect(o.curve.length).toBe(samplePeriods(26_280).length);
    expect(o.costPerPeriod.target.every((p) => p.value >= 0)).toBe(true);
  });

  it('rejects impossible inputs with a RangeError naming the field', () => {
    expect(() => threatOdds({ ...jane, pEscalate: 1.5 })).toThrow(/pEscalate/);
    expect(() => threatOdds({ ...jane, pEscalate: 0.6, pTerminate: 0.6 })).toThrow(/pEscalate \+ pTerminate/);
    expect(() => threatOdds({ ...jane, periods: 1.5 })).toThrow(/periods/);
    expect(() => threatOdds({ ...jane, lossTarget: Number.NaN })).toThrow(/lossTarget/);
  });
});
