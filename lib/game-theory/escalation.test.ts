import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escalationOrTermination,
  escalationProbability,
  escalationTiming,
  expectedCostByPeriod,
  expectedCostPerPeriod,
  probabilityForTarget,
} from './index';

const prob = fc.double({ min: 0, max: 1, noNaN: true });
const periods = fc.integer({ min: 0, max: 10_000 });

describe('escalation odds — geometric distribution, white paper §8.1', () => {
  it("Jane's 5 %/day threat costs her 100/day and X 5,000/day", () => {
    const r = expectedCostPerPeriod({ p: 0.05, lossThreatener: 2_000, lossTarget: 100_000 });
    expect(r.expectedCostPerPeriodThreatener).toBeCloseTo(100, 10);
    expect(r.expectedCostPerPeriodTarget).toBeCloseTo(5_000, 10);
  });

  it('geometric CDF: p = 0.05 for 30 days → 1 − 0.95^30 ≈ 0.7854', () => {
    const r = escalationProbability({ p: 0.05, n: 30 });
    expect(r.probEscalatedByN).toBeCloseTo(1 - Math.pow(0.95, 30), 14);
    expect(r.probEscalatedByN + r.probNoEscalation).toBeCloseTo(1, 15);
    expect(r.probEscalatedByN).toBeCloseTo(0.7854, 4);
  });

  it('edge cases: n = 0 → 0; p = 0 → 0; p = 1 and n ≥ 1 → 1', () => {
    expect(escalationProbability({ p: 0.3, n: 0 })).toEqual({ probEscalatedByN: 0, probNoEscalation: 1 });
    expect(escalationProbability({ p: 0, n: 50 })).toEqual({ probEscalatedByN: 0, probNoEscalation: 1 });
    expect(escalationProbability({ p: 1, n: 1 })).toEqual({ probEscalatedByN: 1, probNoEscalation: 0 });
  });

  it('tiny p stays accurate: p = 1e-12, n = 1000 → ≈ 1e-9 (relative error < 1e-9)', () => {
    const r = escalationProbability({ p: 1e-12, n: 1000 });
    expect(Math.abs(r.probEscalatedByN - 1e-9) / 1e-9).toBeLessThan(1e-9);
  });

  it('geometric timing: p = 0.05 → E[N] = 20, 19 quiet days on average, median day 14', () => {
    const t = escalationTiming({ p: 0.05 });
    expect(t.expectedPeriods).toBe(20);
    expect(t.expectedPeriodsBeforeEscalation).toBe(19);
    expect(t.medianPeriod).toBe(14);
  });

  it('geometric timing edge cases: p = 1 → 1 period; p = 0.5 → median 1; p = 0.25 → median 3 (1 − 0.75² < ½ ≤ 1 − 0.75³)', () => {
    expect(escalationTiming({ p: 1 })).toEqual({
      expectedPeriods: 1,
      expectedPeriodsBeforeEscalation: 0,
      medianPeriod: 1,
    });
    expect(escalationTiming({ p: 0.5 }).medianPeriod).toBe(1);
    expect(escalationTiming({ p: 0.25 }).medianPeriod).toBe(3);
  });

  it('astronomically small p still returns (median beyond 2^53 periods is approximate)', () => {
    const t = escalationTiming({ p: 1e-300 });
    expect(t.expectedPeriods / 1e300).toBeCloseTo(1, 14);
    expect(t.medianPeriod / (Math.LN2 * 1e300)).toBeCloseTo(1, 12);
    expect(escalationTiming({ p: Number.MIN_VALUE }).medianPeriod).toBeGreaterThan(1e300);
  });

  it('expected cost to date: P(escalated within n) × loss; n = 1 equals the per-period cost', () => {
    const one = expectedCostByPeriod({ p: 0.05, n: 1, lossThreatener: 2_000, lossTarget: 100_000 });
    expect(one.expectedCostThreatener).toBeCloseTo(100, 10);
    const month = expectedCostByPeriod({ p: 0.05, n: 30, lossThreatener: 2_000, lossTarget: 100_000 });
    expect(month.expectedCostTarget).toBeCloseTo(100_000 * (1 - Math.pow(0.95, 30)), 8);
  });

  it('probabilityForTarget: a 50 % chance within 30 days needs p = 1 − 0.5^(1/30) ≈ 0.02284', () => {
    expect(probabilityForTarget({ targetProb: 0.5, n: 30 }).p).toBeCloseTo(1 - Math.pow(0.5, 1 / 30), 15);
    expect(probabilityForTarget({ targetProb: 0, n: 5 }).p).toBe(0);
    expect(probabilityForTarget({ targetProb: 1, n: 5 }).p).toBe(1);
  });
});

describe('escalation odds — properties', () => {
  it('monotone in p: more likely to have escalated by n with a larger p', () => {
    fc.assert(
      fc.property(prob, prob, periods, (a, b, n) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (
          escalationProbability({ p: lo, n }).probEscalatedByN <= escalationProbability({ p: hi, n }).probEscalatedByN
        );
      }),
    );
  });

  it('monotone in n: more likely to have escalated after more periods', () => {
    fc.assert(
      fc.property(prob, periods, periods, (p, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return (
          escalationProbability({ p, n: lo }).probEscalatedByN <= escalationProbability({ p, n: hi }).probEscalatedByN
        );
      }),
    );
  });

  it('probabilityForTarget inverts escalationProbability (and back)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (t, n) => {
          const { p } = probabilityForTarget({ targetProb: t, n });
          const back = escalationProbability({ p, n }).probEscalatedByN;
          return Math.abs(back - t) <= 1e-12 * Math.max(t, 1e-3) + 1e-15;
        },
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 1000 }), (p, n) => {
        const t = escalationProbability({ p, n }).probEscalatedByN;
        // Near t = 1 the digits of 1 − t are lost in t itself: the inverse is ill-conditioned there.
        fc.pre(t <= 0.999);
        const again = probabilityForTarget({ targetProb: t, n }).p;
        return Math.abs(again - p) / p < 1e-9;
      }),
    );
  });

  it('medianPeriod is the smallest n with P(escalated by n) ≥ ½; expectedPeriods = 1/p', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1, noNaN: true }), (p) => {
        const t = escalationTiming({ p });
        const at = escalationProbability({ p, n: t.medianPeriod }).probEscalatedByN;
        const before = escalationProbability({ p, n: t.medianPeriod - 1 }).probEscalatedByN;
        return (
          at >= 0.5 &&
          before < 0.5 &&
          t.expectedPeriods === 1 / p &&
          Math.abs(t.expectedPeriodsBeforeEscalation - (1 - p) / p) <= 1e-12 * t.expectedPeriods
        );
      }),
    );
  });

  it('expected costs scale linearly in p and the ratio target/threatener equals the loss ratio', () => {
    fc.assert(
      fc.property(
        prob,
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (p, a, b) => {
          const r = expectedCostPerPeriod({ p, lossThreatener: a, lossTarget: b });
          return r.expectedCostPerPeriodThreatener === p * a && r.expectedCostPerPeriodTarget === p * b;
        },
      ),
    );
  });
});

describe('escalationOrTermination — competing geometric risks (DrawRule: escalate / terminate / continue)', () => {
  it('pE = 0.05, pT = 0.05, 10 draws: live 0.9^10, the rest split evenly', () => {
    const r = escalationOrTermination({ pEscalate: 0.05, pTerminate: 0.05, n: 10 });
    expect(r.probStillLive).toBeCloseTo(Math.pow(0.9, 10), 15);
    expect(r.probEscalatedByN).toBeCloseTo((1 - Math.pow(0.9, 10)) / 2, 15);
    expect(r.probTerminatedByN).toBeCloseTo(r.probEscalatedByN, 15);
  });

  it('without refund draws it is escalationProbability exactly', () => {
    fc.assert(
      fc.property(prob, periods, (p, n) => {
        const a = escalationOrTermination({ pEscalate: p, pTerminate: 0, n });
        const b = escalationProbability({ p, n });
        return (
          a.probEscalatedByN === b.probEscalatedByN &&
          a.probStillLive === b.probNoEscalation &&
          a.probTerminatedByN === 0
        );
      }),
    );
  });

  it('properties: the three outcomes sum to 1; refund draws only lower the escalation odds', () => {
    fc.assert(
      fc.property(prob, prob, periods, (a, b, n) => {
        const pE = a / 2;
        const pT = b / 2;
        const r = escalationOrTermination({ pEscalate: pE, pTerminate: pT, n });
        const sum = r.probEscalatedByN + r.probTerminatedByN + r.probStillLive;
        return (
          Math.abs(sum - 1) < 1e-12 &&
          r.probEscalatedByN <= escalationProbability({ p: pE, n }).probEscalatedByN + 1e-15
        );
      }),
    );
  });
});
