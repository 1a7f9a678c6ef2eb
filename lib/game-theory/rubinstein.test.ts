import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nashBargaining, rubinstein, rubinsteinFixedCost, rubinsteinFromRates } from './index';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
const delta = fc.double({ min: 0.01, max: 0.999, noNaN: true });

describe('rubinstein', () => {
  it('Rubinstein 1982: player 1 first → x1 = (1 − δ2)/(1 − δ1δ2); δ1 = δ2 = 0.9 → 1/1.9', () => {
    const r = rubinstein({ surplus: 1, delta1: 0.9, delta2: 0.9, firstProposer: 1 });
    expect(rel(r.x1, 1 / 1.9)).toBeLessThan(1e-14);
    expect(rel(r.x2, 0.9 / 1.9)).toBeLessThan(1e-14);
  });

  it('Muthoo 1999 ch. 3: asymmetric δ1 = 0.8, δ2 = 0.9, surplus 100 → x1 = 100·0.1/0.28', () => {
    const r = rubinstein({ surplus: 100, delta1: 0.8, delta2: 0.9, firstProposer: 1 });
    expect(rel(r.x1, (100 * 0.1) / 0.28)).toBeLessThan(1e-13);
  });

  it('shares are reported for player 1 when player 2 proposes first: x1 = δ1(1 − δ2)/(1 − δ1δ2)', () => {
    const r = rubinstein({ surplus: 1, delta1: 0.8, delta2: 0.9, firstProposer: 2 });
    expect(rel(r.x1, (0.8 * 0.1) / 0.28)).toBeLessThan(1e-13);
    expect(rel(r.x2, 0.2 / 0.28)).toBeLessThan(1e-13);
  });

  it('properties: shares sum to the surplus, first-mover advantage, the more patient player gets more, swapping players swaps shares', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), delta, delta, (S, d1, d2) => {
        const a = rubinstein({ surplus: S, delta1: d1, delta2: d2, firstProposer: 1 });
        const b = rubinstein({ surplus: S, delta1: d1, delta2: d2, firstProposer: 2 });
        const swapped = rubinstein({ surplus: S, delta1: d2, delta2: d1, firstProposer: 2 });
        const sums = Math.abs(a.x1 + a.x2 - S) <= 1e-9 * S;
        const firstMover = a.x1 >= b.x1;
        const swap = Math.abs(a.x1 - swapped.x2) <= 1e-9 * Math.max(1, S);
        const patience =
          rubinstein({ surplus: S, delta1: Math.min(0.9995, d1 + 0.0005), delta2: d2, firstProposer: 1 }).x1 >=
          a.x1 - 1e-9 * S;
        return sums && firstMover && swap && patience;
      }),
    );
  });
});

describe('rubinsteinFromRates', () => {
  it('δ = exp(−r·Δ) and the Δ → 0 limit S·r2/(r1 + r2) (Binmore, Rubinstein & Wolinsky 1986)', () => {
    const r = rubinsteinFromRates({ surplus: 900, r1: 0.05, r2: 0.1, periodLength: 1, firstProposer: 1 });
    expect(r.delta1).toBe(Math.exp(-0.05));
    expect(r.delta2).toBe(Math.exp(-0.1));
    expect(r.limitX1).toBeCloseTo(600, 12);
    const direct = rubinstein({ surplus: 900, delta1: r.delta1, delta2: r.delta2, firstProposer: 1 });
    expect(rel(r.x1, direct.x1)).toBeLessThan(1e-12);
    expect(r.x1 + r.x2).toBeCloseTo(900, 9);
  });

  it('property: Rubinstein → Nash as Δ → 0 (equal rates → the symmetric Nash split; unequal → τ1 = r2/(r1 + r2)), error O(Δ)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.constantFrom<1 | 2>(1, 2),
        (S, r1, r2, first) => {
          const nash = nashBargaining({ surplus: S, d1: 0, d2: 0, tau1: r2 / (r1 + r2) });
          let previous = Infinity;
          for (const dt of [1, 0.1, 0.01, 1e-3, 1e-4, 1e-6]) {
            const r = rubinsteinFromRates({ surplus: S, r1, r2, periodLength: dt, firstProposer: first });
            const err = Math.abs(r.x1 - nash.x1);
            if (rel(r.limitX1, nash.x1) > 1e-12) return false;
            if (err > previous + 1e-9 * S) return false; // converges monotonically
            if (err > (r1 + r2) * dt * S) return false; // within O(Δ)
            previous = err;
          }
          return previous < 1e-5 * S;
        },
      ),
    );
  });

  it('equal rates: x1 → S/2, the Nash solution of the white paper §6.2', () => {
    const r = rubinsteinFromRates({ surplus: 1, r1: 0.1, r2: 0.1, periodLength: 1e-9, firstProposer: 1 });
    expect(rel(r.x1, 0.5)).toBeLessThan(1e-9);
  });
});

describe('rubinsteinFixedCost — Rubinstein 1982; Osborne & Rubinstein 1990 §3.9.2', () => {
  it('c1 < c2, player 1 first → x1 = 1 (unique)', () => {
    expect(rubinsteinFixedCost({ c1: 0.1, c2: 0.2, firstProposer: 1 })).toEqual({ unique: true, x1: 1, x2: 0 });
  });
  it('c1 > c2, player 1 first → x1 = c2 (unique)', () => {
    const r = rubinsteinFixedCost({ c1: 0.3, c2: 0.2, firstProposer: 1 });
    expect(r).toEqual({ unique: true, x1: 0.2, x2: 0.8 });
  });
  it('c1 = c2 = c → multiple equilibria, x1 ∈ [c, 1]', () => {
    expect(rubinsteinFixedCost({ c1: 0.25, c2: 0.25, firstProposer: 1 })).toEqual({
      unique: false,
      x1Min: 0.25,
      x1Max: 1,
    });
  });
  it('player 2 first: c2 < c1 → x1 = 0; c2 > c1 → x1 = 1 − c1; equal → x1 ∈ [0, 1 − c]', () => {
    expect(rubinsteinFixedCost({ c1: 0.3, c2: 0.1, firstProposer: 2 })).toEqual({ unique: true, x1: 0, x2: 1 });
    const r = rubinsteinFixedCost({ c1: 0.1, c2: 0.3, firstProposer: 2 });
    expect(r.unique && r.x1).toBeCloseTo(0.9, 15);
    expect(rubinsteinFixedCost({ c1: 0.25, c2: 0.25, firstProposer: 2 })).toEqual({
      unique: false,
      x1Min: 0,
      x1Max: 0.75,
    });
  });
});
