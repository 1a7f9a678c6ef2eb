import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kalaiSmorodinsky, nashBargaining } from './index';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('kalaiSmorodinsky', () => {
  it('frontier u2 = √(1 − u1), d = (0, 0): ideal (1, 1), u1 = u2 = (√5 − 1)/2 (Kalai & Smorodinsky 1975 construction)', () => {
    const r = kalaiSmorodinsky({ frontier: (u) => Math.sqrt(1 - u), u1Range: [0, 1], d1: 0, d2: 0 });
    expect(r.ideal).toEqual([1, 1]);
    const golden = (Math.sqrt(5) - 1) / 2;
    expect(rel(r.u1, golden)).toBeLessThan(1e-12);
    expect(rel(r.u2, golden)).toBeLessThan(1e-12);
  });

  it('differs from Nash on the same frontier: Nash picks u1 = 2/3 there', () => {
    // Nash on u2 = √(1 − u1): maximise u1·√(1 − u1) → u1 = 2/3. As a surplus split: u1 = x, u2 = √x2.
    const nash = nashBargaining({ surplus: 1, d1: 0, d2: 0, u2: { type: 'power', exponent: 0.5 } });
    expect(rel(nash.u1, 2 / 3)).toBeLessThan(1e-12);
    const ks = kalaiSmorodinsky({ frontier: (u) => Math.sqrt(1 - u), u1Range: [0, 1], d1: 0, d2: 0 });
    expect(ks.u1).toBeLessThan(nash.u1);
  });

  it('Mike on the linear frontier u2 = 1,000,000 − u1, d = (100,000, 0): ideal (1,000,000, 900,000) and u1 = 550,000 (= Nash)', () => {
    const r = kalaiSmorodinsky({ frontier: (u) => 1_000_000 - u, u1Range: [0, 1_000_000], d1: 100_000, d2: 0 });
    expect(r.ideal[0]).toBeCloseTo(1_000_000, 6);
    expect(r.ideal[1]).toBe(900_000);
    expect(rel(r.u1, 550_000)).toBeLessThan(1e-12);
    expect(rel(r.u2, 450_000)).toBeLessThan(1e-12);
  });

  it('ideal point when the frontier crosses d2 inside the range: u2 = 10 − u1 on [0, 10], d = (1, 4) → ideal (6, 9), KS (3.5, 6.5)', () => {
    const r = kalaiSmorodinsky({ frontier: (u) => 10 - u, u1Range: [0, 10], d1: 1, d2: 4 });
    expect(r.ideal[0]).toBeCloseTo(6, 12);
    expect(r.ideal[1]).toBe(9);
    expect(r.u1).toBeCloseTo(3.5, 12);
    expect(r.u2).toBeCloseTo(6.5, 12);
  });

  it('free disposal: d1 below the range uses frontier(a) as the ideal u2', () => {
    const r = kalaiSmorodinsky({ frontier: (u) => 2 - u, u1Range: [0, 2], d1: -1, d2: 0 });
    expect(r.ideal).toEqual([2, 2]);
    // Segment (−1 + 3t, 2t) meets u2 = 2 − u1 at t = 0.6.
    expect(r.u1).toBeCloseTo(0.8, 12);
    expect(r.u2).toBeCloseTo(1.2, 12);
  });

  it('properties: the solution lies on the frontier, gains are proportional to the ideal gains (monotonicity axiom), and symmetric problems split equally', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (S, k, f1, f2) => {
          // Concave frontier u2 = S·(1 − (u1/S)^(1+k))^(1/(1+k)) is symmetric in (u1, u2).
          const e = 1 + k;
          const frontier = (u: number) => S * Math.pow(Math.max(0, 1 - Math.pow(u / S, e)), 1 / e);
          const d1 = f1 * S;
          const d2 = f2 * S;
          const r = kalaiSmorodinsky({ frontier, u1Range: [0, S], d1, d2 });
          const onFrontier = Math.abs(frontier(r.u1) - r.u2) <= 1e-7 * S;
          const ratio1 = (r.u1 - d1) / (r.ideal[0] - d1);
          const ratio2 = (r.u2 - d2) / (r.ideal[1] - d2);
          const proportional = Math.abs(ratio1 - ratio2) < 1e-9;
          const sym = kalaiSmorodinsky({ frontier, u1Range: [0, S], d1, d2: d1 });
          return onFrontier && proportional && rel(sym.u1, sym.u2) < 1e-7;
        },
      ),
    );
  });
});
