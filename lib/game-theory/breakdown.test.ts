import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdownBargaining, breakdownLimit, nashBargaining, rubinstein } from './index';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('breakdownBargaining — Binmore, Rubinstein & Wolinsky 1986', () => {
  it('Muthoo 1999 ch. 4, δ = 1: x1 = (S − b2 + (1 − p)·b1)/(2 − p); S = 1, b = (0.2, 0.1), p = 0.1 → 1.08/1.9', () => {
    const r = breakdownBargaining({ surplus: 1, b1: 0.2, b2: 0.1, breakdownProb: 0.1, firstProposer: 1 });
    expect(rel(r.x1, 1.08 / 1.9)).toBeLessThan(1e-14);
    expect(r.x1 + r.x2).toBeCloseTo(1, 15);
    expect(r.nashLimitX1).toBeCloseTo(0.55, 15);
  });

  it('p = 1 is an ultimatum: the proposer leaves the responder exactly its breakdown payoff', () => {
    const r1 = breakdownBargaining({ surplus: 10, b1: 2, b2: 3, breakdownProb: 1, firstProposer: 1 });
    expect(r1.x1).toBe(7);
    const r2 = breakdownBargaining({ surplus: 10, b1: 2, b2: 3, breakdownProb: 1, firstProposer: 2 });
    expect(r2.x1).toBe(2);
  });

  it('p = 0 with discounting is Rubinstein 1982', () => {
    const a = breakdownBargaining({
      surplus: 5,
      b1: 1,
      b2: 1,
      breakdownProb: 0,
      firstProposer: 2,
      delta1: 0.8,
      delta2: 0.9,
    });
    const b = rubinstein({ surplus: 5, delta1: 0.8, delta2: 0.9, firstProposer: 2 });
    expect(rel(a.x1, b.x1)).toBeLessThan(1e-13);
  });

  it('white paper §6.2: as p → 0 the split tends to the Nash solution with d = (b1, b2), from either proposer', () => {
    for (const first of [1, 2] as const) {
      let previous = Infinity;
      for (const p of [0.5, 0.1, 0.01, 1e-4, 1e-8]) {
        const r = breakdownBargaining({
          surplus: 1_000_000,
          b1: 100_000,
          b2: 0,
          breakdownProb: p,
          firstProposer: first,
        });
        const err = Math.abs(r.x1 - 550_000);
        expect(err).toBeLessThan(previous);
        expect(err).toBeLessThanOrEqual(p * 1_000_000);
        previous = err;
      }
      expect(previous).toBeLessThan(0.01);
    }
  });

  it('property: each responder is exactly indifferent between accepting and rejecting (the SPE conditions)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 0.49, noNaN: true }),
        fc.double({ min: 0, max: 0.49, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (S, f1, f2, p, d1, d2) => {
          const base = { surplus: S, b1: f1 * S, b2: f2 * S, breakdownProb: p, delta1: d1, delta2: d2 };
          const x = breakdownBargaining({ ...base, firstProposer: 1 }).x1;
          const y = breakdownBargaining({ ...base, firstProposer: 2 }).x1;
          const resp2 = Math.abs(S - x - d2 * (p * base.b2 + (1 - p) * (S - y))) <= 1e-9 * S;
          const resp1 = Math.abs(y - d1 * (p * base.b1 + (1 - p) * x)) <= 1e-9 * S;
          return resp1 && resp2 && x >= y - 1e-9 * S;
        },
      ),
    );
  });
});

describe('breakdownLimit — Muthoo 1999 ch. 4', () => {
  it('τ1 = (λ + r2)/(2λ + r1 + r2), d_i = λ·b_i/(λ + r_i), x1 = d1 + τ1(S − d1 − d2)', () => {
    const r = breakdownLimit({ surplus: 100, r1: 0.1, r2: 0.3, breakdownRate: 0.2, b1: 20, b2: 10 });
    expect(r.tau1).toBeCloseTo(0.5 / 0.8, 15);
    expect(r.d1).toBeCloseTo(4 / 0.3, 13);
    expect(r.d2).toBeCloseTo(2 / 0.5, 14);
    const nash = nashBargaining({ surplus: 100, d1: r.d1, d2: r.d2, tau1: r.tau1 });
    expect(rel(r.x1, nash.x1)).toBeLessThan(1e-14);
    expect(r.x1 + r.x2).toBeCloseTo(100, 12);
  });

  it('no discounting (r = 0): the symmetric Nash solution with d = b (BRW 1986)', () => {
    const r = breakdownLimit({ surplus: 1_000_000, r1: 0, r2: 0, breakdownRate: 1, b1: 100_000, b2: 0 });
    expect(r.tau1).toBe(0.5);
    expect(r.x1).toBe(550_000);
  });

  it('no breakdown (λ = 0): Rubinstein’s limit r2/(r1 + r2) with d = 0', () => {
    const r = breakdownLimit({ surplus: 1, r1: 0.1, r2: 0.3, breakdownRate: 0, b1: 0.4, b2: 0.4 });
    expect(r.d1).toBe(0);
    expect(r.x1).toBeCloseTo(0.75, 15);
  });

  it('property: breakdownBargaining with δ_i = exp(−r_i Δ), p = 1 − exp(−λΔ) converges to breakdownLimit as Δ → 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.49, noNaN: true }),
        fc.double({ min: 0, max: 0.49, noNaN: true }),
        fc.constantFrom<1 | 2>(1, 2),
        (S, r1, r2, lambda, f1, f2, first) => {
          const limit = breakdownLimit({ surplus: S, r1, r2, breakdownRate: lambda, b1: f1 * S, b2: f2 * S });
          const dt = 1e-5;
          const r = breakdownBargaining({
            surplus: S,
            b1: f1 * S,
            b2: f2 * S,
            breakdownProb: -Math.expm1(-lambda * dt),
            delta1: Math.exp(-r1 * dt),
            delta2: Math.exp(-r2 * dt),
            firstProposer: first,
          });
          return Math.abs(r.x1 - limit.x1) < 1e-4 * S;
        },
      ),
    );
  });
});
