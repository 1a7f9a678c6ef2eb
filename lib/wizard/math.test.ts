import { describe, expect, it } from 'vitest';
import { computeWizardMath, periodsToDeadline, pickPForTarget, pickPFromRange, usefulRange } from './math';
import { presetValues } from './presets';
import { toDatetimeLocal } from './units';

const NOW = 1_800_000_000;

describe('wizard math (through lib/game-theory)', () => {
  const jane = presetValues('jane-probabilistic', NOW, 31337); // 5%/day for 30 days, losses 2,000 / 100,000, disputed 13,000

  it('Jane’s 5%/day threat: $100/day to her, $5,000/day to X (white paper 8.1)', () => {
    const m = computeWizardMath(jane, NOW);
    expect(m.p).toBeCloseTo(0.05, 12);
    expect(m.perPeriodWhileLive.maker).toBeCloseTo(100, 9);
    expect(m.perPeriodWhileLive.adversary).toBeCloseTo(5000, 9);
    expect(m.periods).toBe(30); // NOW is a whole minute, so exactly 30 days
    expect(m.curve[0]).toEqual({ n: 0, probability: 0 });
    expect(m.curve.at(-1)!.probability).toBeCloseTo(1 - 0.95 ** 30, 12);
    expect(m.q).toBeCloseTo(1 - 0.95 ** 30, 12);
    expect(m.costPerPeriod.adversary[0].value).toBeCloseTo(5000, 9);
    expect(m.costPerPeriod.adversary[1].value).toBeCloseTo(0.95 * 5000, 9);
    expect(m.costToDate.maker.at(-1)!.value).toBeCloseTo((1 - 0.95 ** 30) * 2000, 9);
    expect(m.medianPeriod).toBe(14);
    expect(m.warnings).toEqual([]);
  });

  it('Nash benchmark: Jane gets her full refund at the interval endpoint (white paper 6.1)', () => {
    const m = computeWizardMath(jane, NOW);
    expect(m.nash).toEqual({ x: 13000, atBoundary: true });
  });

  it('useful range: qMin = disputed / adversary loss; qMax from the hard-line chance', () => {
    const r = usefulRange(jane);
    expect(r).toMatchObject({ qMin: 0.13, qMax: 1, feasible: true });
    const strict = usefulRange({ ...jane, ignoreChancePct: '50', makerLoss: '20000' });
    // qMax = (1 − h)·A / (h·L1) = 0.5·13000 / (0.5·20000) = 0.65
    expect(strict).toMatchObject({ feasible: true });
    expect((strict as { qMax: number }).qMax).toBeCloseTo(0.65, 12);
    expect(usefulRange({ ...jane, adversaryLoss: '13000' })).toHaveProperty('reason');
    expect(usefulRange({ ...jane, disputedAmount: '0' })).toHaveProperty('reason');
  });

  it('warns when the threat is too weak or too costly', () => {
    const weak = computeWizardMath({ ...jane, pEscalatePct: '0.1' }, NOW);
    expect(weak.warnings.map((w) => w.kind)).toEqual(['too-weak']);
    const costly = computeWizardMath({ ...jane, ignoreChancePct: '50', makerLoss: '20000', pEscalatePct: '20' }, NOW);
    expect(costly.warnings.map((w) => w.kind)).toEqual(['too-costly']);
    const none = computeWizardMath({ ...jane, ignoreChancePct: '90', makerLoss: '200000' }, NOW);
    expect(none.warnings.map((w) => w.kind)).toEqual(['infeasible']);
    const refundCommitment = computeWizardMath({ ...jane, kind: 'commitment', timeoutAction: 'refund' }, NOW);
    expect(refundCommitment.q).toBe(0);
    expect(refundCommitment.warnings.map((w) => w.kind)).toEqual(['empty-threat', 'too-weak']);
    expect(computeWizardMath({ ...jane, timeoutAction: 'escalate' }, NOW).q).toBe(1);
  });

  it('the adversary’s exposure uses lib/exposure for every action and kind: a forfeit is never free to ignore', () => {
    const forfeit = computeWizardMath({ ...jane, kind: 'commitment', timeoutAction: 'forfeit' }, NOW);
    expect(forfeit.q).toBe(1);
    expect(forfeit.exposure.probMakerMustAct).toBe(1);
    expect(forfeit.exposure.atDeadline).toContain('her threat to act is credible');
    const probForfeit = computeWizardMath({ ...jane, timeoutAction: 'forfeit' }, NOW);
    // draws escalate with 1 − 0.95^30; every threat still live at the deadline binds the maker to act
    expect(probForfeit.q).toBeCloseTo(1, 12);
    expect(probForfeit.exposure.probProviderActs).toBeCloseTo(1 - 0.95 ** 30, 12);
    expect(probForfeit.exposure.probMakerMustAct).toBeCloseTo(0.95 ** 30, 12);
    const refund = computeWizardMath({ ...jane, timeoutAction: 'refund' }, NOW);
    expect(refund.exposure.probActed).toBeCloseTo(1 - 0.95 ** 30, 12);
  });

  it('warns that p = 100% escalates at the first draw', () => {
    const m = computeWizardMath({ ...jane, pEscalatePct: '100%' }, NOW);
    expect(m.warnings.map((w) => w.kind)).toContain('certain-draw');
    expect(computeWizardMath({ ...jane, pEscalatePct: '5%' }, NOW).p).toBeCloseTo(0.05, 12);
  });

  it('pick p for me: 50% within 30 days of daily draws is about 2.28% a day', () => {
    const { p, n } = pickPForTarget({ targetPct: '50', targetDays: '30', periodValue: '1', periodUnit: 'days' });
    expect(n).toBe(30);
    expect(p).toBeCloseTo(1 - 0.5 ** (1 / 30), 12);
    expect(() => pickPForTarget({ targetPct: '100', targetDays: '30', periodValue: '1', periodUnit: 'days' })).toThrow(
      /between 0% and 100%/,
    );
    expect(() => pickPForTarget({ targetPct: '50', targetDays: '0.5', periodValue: '1', periodUnit: 'days' })).toThrow(
      /shorter than one period/,
    );
  });

  it('pick p from the useful range: the middle of [qMin, qMax] over the periods to the deadline', () => {
    const r = pickPFromRange({ ...jane, ignoreChancePct: '50', makerLoss: '20000' }, NOW);
    expect(r.q).toBeCloseTo((0.13 + 0.65) / 2, 12);
    expect(r.n).toBe(30);
    expect(1 - (1 - r.p) ** 30).toBeCloseTo(r.q, 12);
    expect(() => pickPFromRange({ ...jane, ignoreChancePct: '90', makerLoss: '200000' }, NOW)).toThrow(
      /No escalation probability/,
    );
  });

  it('periods to the deadline', () => {
    expect(
      periodsToDeadline({ deadline: toDatetimeLocal(NOW + 3600 * 10), periodValue: '1', periodUnit: 'hours' }, NOW),
    ).toBe(10);
    expect(periodsToDeadline({ deadline: '', periodValue: '1', periodUnit: 'hours' }, NOW)).toBe(0);
  });

  it('samples long threats to at most ~120 points, ending on the deadline', () => {
    const long = computeWizardMath(
      { ...jane, deadline: toDatetimeLocal(NOW + 3 * 365 * 86_400), periodValue: '1', periodUnit: 'hours' },
      NOW,
    );
    expect(long.curve.length).toBeLessThanOrEqual(122);
    expect(long.curve.at(-1)!.n).toBe(long.periods);
  });
});

describe('refund draws (pTerminate)', () => {
  it('lower the escalation curve: P(escalated by n) = pE/s · (1 − (1 − s)^n)', () => {
    const v = { ...presetValues('jane-probabilistic', NOW, 31337), pTerminatePct: '5' };
    const m = computeWizardMath(v, NOW);
    const s = 0.1;
    expect(m.q).toBeCloseTo(0.5 * (1 - (1 - s) ** 30), 12);
    expect(m.costToDate.adversary.at(-1)!.value).toBeCloseTo(0.5 * (1 - (1 - s) ** 30) * 100000, 6);
    // escalating at the timeout adds what is still live then
    const e = computeWizardMath({ ...v, timeoutAction: 'escalate' }, NOW);
    expect(e.q).toBeCloseTo(0.5 * (1 - 0.9 ** 30) + 0.9 ** 30, 12);
  });
});
