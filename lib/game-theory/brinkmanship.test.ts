import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brinkmanshipBounds,
  disputePayoffs,
  brinkmanshipThresholds,
  type TargetPayoffs,
  type ThreatenerPayoffs,
} from './index';

// Dixit & Skeath, Games of Strategy, the Cuban missile crisis as brinkmanship.
const ussr: TargetPayoffs = { comply: -4, defyUnpunished: 2, disaster: -8 };
const us: ThreatenerPayoffs = { targetComplies: 1, targetDefiesNoDisaster: -2, disaster: -10, noThreat: -2 };

describe('brinkmanship — Schelling 1960 ch. 7–8, Dixit & Skeath', () => {
  it('Cuban missile crisis: effectiveness q ≥ 0.6; acceptability q ≤ 0.375·(1 − p)/p', () => {
    for (const p of [0.1, 0.2, 0.3, 0.38]) {
      const b = brinkmanshipBounds({ pHardLine: p, target: ussr, threatener: us });
      expect(b.qMin).toBeCloseTo(0.6, 15);
      expect(b.qMaxRaw).toBeCloseTo((0.375 * (1 - p)) / p, 13);
      expect(b.qMax).toBe(Math.min(1, b.qMaxRaw));
      expect(b.feasible).toBe(true);
    }
    const tooRisky = brinkmanshipBounds({ pHardLine: 0.4, target: ussr, threatener: us });
    expect(tooRisky.feasible).toBe(false);
    expect(tooRisky.qMax).toBeLessThan(tooRisky.qMin);
  });

  it('Cuban missile crisis thresholds: pure threat up to p = 3/11, brinkmanship up to p = 3/7.8 ≈ 0.385', () => {
    const t = brinkmanshipThresholds({ target: ussr, threatener: us });
    expect(t.pMaxPureThreat).toBeCloseTo(3 / 11, 15);
    expect(t.pMaxBrinkmanship).toBeCloseTo(3 / 7.8, 15);
  });

  it('pure threat acceptable iff qMaxRaw ≥ 1: p = 0.2 yes (qMax capped at 1), p = 0.3 no', () => {
    const safe = brinkmanshipBounds({ pHardLine: 0.2, target: ussr, threatener: us });
    expect(safe.pureThreatAcceptable).toBe(true);
    expect(safe.qMaxRaw).toBeCloseTo(1.5, 14);
    expect(safe.qMax).toBe(1);
    const risky = brinkmanshipBounds({ pHardLine: 0.3, target: ussr, threatener: us });
    expect(risky.pureThreatAcceptable).toBe(false);
    expect(risky.feasible).toBe(true);
  });

  it('no hard-liners (pHardLine = 0): any q is acceptable, qMaxRaw = +∞, qMax = 1', () => {
    const b = brinkmanshipBounds({ pHardLine: 0, target: ussr, threatener: us });
    expect(b.qMaxRaw).toBe(Infinity);
    expect(b.qMax).toBe(1);
    expect(b.feasible && b.pureThreatAcceptable).toBe(true);
  });

  it("Jane (white paper §6, §8.1): X complies by refunding 13,000 or risks the 100,000 lawsuit; Jane's lawsuit costs her 2,000", () => {
    // X: comply −13,000, defy 0, disaster −100,000 → qMin = 13,000/100,000 = 0.13.
    // Jane: refund 13,000, status quo 0, lawsuit −2,000.
    const target = { comply: -13_000, defyUnpunished: 0, disaster: -100_000 };
    const threatener = { targetComplies: 13_000, targetDefiesNoDisaster: 0, disaster: -2_000, noThreat: 0 };
    const b = brinkmanshipBounds({ pHardLine: 0.5, target, threatener });
    expect(b.qMin).toBeCloseTo(0.13, 15);
    expect(b.pureThreatAcceptable).toBe(true); // 0.5·13,000 − 0.5·2,000 > 0
    const t = brinkmanshipThresholds({ target, threatener });
    expect(t.pMaxPureThreat).toBeCloseTo(13 / 15, 15);
    expect(t.pMaxBrinkmanship).toBeCloseTo(13_000 / (13_000 + 0.13 * 2_000), 15);
  });
});

describe('brinkmanship — properties', () => {
  const payoffs = fc
    .record({
      disaster: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      a: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      b: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      md: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      ma: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      mb: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      mc: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    })
    .map(({ disaster, a, b, md, ma, mb, mc }) => ({
      target: { disaster, comply: disaster + a, defyUnpunished: disaster + a + b },
      threatener: {
        disaster: md,
        targetDefiesNoDisaster: md + ma,
        targetComplies: md + ma + mb,
        noThreat: md + ma + mb - mc,
      },
    }));

  it('at q = qMin a rational adversary is exactly indifferent; above it, it complies', () => {
    fc.assert(
      fc.property(payoffs, ({ target, threatener }) => {
        const { qMin } = brinkmanshipBounds({ pHardLine: 0.5, target, threatener });
        const defy = (q: number) => (1 - q) * target.defyUnpunished + q * target.disaster;
        const scale = Math.max(1, Math.abs(target.disaster), Math.abs(target.defyUnpunished));
        return (
          qMin > 0 &&
          qMin < 1 &&
          Math.abs(defy(qMin) - target.comply) <= 1e-9 * scale &&
          defy(Math.min(1, qMin + 0.01)) < target.comply
        );
      }),
    );
  });

  it('feasible ⟺ pHardLine ≤ pMaxBrinkmanship; pure threat acceptable ⟺ pHardLine ≤ pMaxPureThreat; pMaxBrinkmanship ≥ pMaxPureThreat', () => {
    fc.assert(
      fc.property(payoffs, fc.double({ min: 0, max: 1, noNaN: true }), ({ target, threatener }, h) => {
        const t = brinkmanshipThresholds({ target, threatener });
        // Stay off the exact threshold, where rounding decides.
        fc.pre(Math.abs(h - t.pMaxBrinkmanship) > 1e-9 && Math.abs(h - t.pMaxPureThreat) > 1e-9);
        const b = brinkmanshipBounds({ pHardLine: h, target, threatener });
        return (
          b.feasible === h <= t.pMaxBrinkmanship &&
          b.pureThreatAcceptable === h <= t.pMaxPureThreat &&
          t.pMaxBrinkmanship >= t.pMaxPureThreat
        );
      }),
    );
  });

  it('qMax shrinks as the hard-line probability grows', () => {
    fc.assert(
      fc.property(
        payoffs,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ target, threatener }, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const atHi = brinkmanshipBounds({ pHardLine: hi, target, threatener }).qMaxRaw;
          const atLo = brinkmanshipBounds({ pHardLine: lo, target, threatener }).qMaxRaw;
          return atHi <= atLo;
        },
      ),
    );
  });

  it('the maker is indifferent at q = qMaxRaw (when it lies in [0, 1])', () => {
    fc.assert(
      fc.property(payoffs, fc.double({ min: 0.01, max: 1, noNaN: true }), ({ target, threatener }, h) => {
        const b = brinkmanshipBounds({ pHardLine: h, target, threatener });
        fc.pre(b.qMaxRaw >= 0 && b.qMaxRaw <= 1);
        const q = b.qMaxRaw;
        const value =
          (1 - h) * threatener.targetComplies +
          h * ((1 - q) * threatener.targetDefiesNoDisaster + q * threatener.disaster);
        const scale = Math.max(
          1,
          Math.abs(threatener.targetComplies),
          Math.abs(threatener.disaster),
          Math.abs(threatener.noThreat),
        );
        return Math.abs(value - threatener.noThreat) <= 1e-9 * scale;
      }),
    );
  });
});

describe('disputePayoffs (the dispute mapping shared by the calculator and the wizard)', () => {
  it("maps Jane's dispute (§8.1: 13,000 asked, she loses 2,000, X loses 100,000) and gives qMin = 13%", () => {
    const payoffs = disputePayoffs({ demand: 13_000, lossThreatener: 2_000, lossTarget: 100_000 });
    expect(payoffs.target).toEqual({ comply: -13_000, defyUnpunished: 0, disaster: -100_000 });
    expect(payoffs.threatener).toEqual({
      targetComplies: 13_000,
      targetDefiesNoDisaster: 0,
      disaster: -2_000,
      noThreat: 0,
    });
    expect(brinkmanshipBounds({ pHardLine: 0.1, ...payoffs }).qMin).toBeCloseTo(0.13, 12);
  });
  it('takes a zero maker loss as the smallest positive one', () => {
    expect(disputePayoffs({ demand: 1, lossThreatener: 0, lossTarget: 2 }).threatener.disaster).toBe(-Number.MIN_VALUE);
  });
  it('names the field when no useful range can exist', () => {
    expect(() => disputePayoffs({ demand: 0, lossThreatener: 1, lossTarget: 2 })).toThrow(
      /^demand must be greater than 0/,
    );
    expect(() => disputePayoffs({ demand: 5, lossThreatener: 1, lossTarget: 5 })).toThrow(
      /^lossTarget must be greater than the demand/,
    );
    expect(() => disputePayoffs({ demand: 5, lossThreatener: -1, lossTarget: 9 })).toThrow(
      /^lossThreatener must be at least 0/,
    );
  });
});
