import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nashBargaining, nashBargainingOnInterval, type Utility } from './index';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
const lin = (intercept: number, slope: number): Utility => ({ type: 'linear', intercept, slope });

describe('nashBargaining — white paper §6.1', () => {
  it('Mike: surplus 1,000,000, d = (100,000, 0) → Mike gets 550,000', () => {
    const r = nashBargaining({ surplus: 1_000_000, d1: 100_000, d2: 0 });
    expect(r.x1).toBe(550_000);
    expect(r.x2).toBe(450_000);
    expect(r.u1).toBe(550_000);
    expect(r.nashProduct).toBe(450_000 * 450_000);
  });

  it("Mike's split solved numerically (utilities passed as functions) agrees to 1e-9", () => {
    const r = nashBargaining({ surplus: 1_000_000, d1: 100_000, d2: 0, u1: (x) => x, u2: (x) => x });
    expect(rel(r.x1, 550_000)).toBeLessThan(1e-9);
  });

  it('plain product is reported even with asymmetric power: τ1 = 0.3, d = 0 → x1 = 0.3·S (Kalai 1977 asymmetric Nash)', () => {
    const r = nashBargaining({ surplus: 100, d1: 0, d2: 0, tau1: 0.3 });
    expect(r.x1).toBeCloseTo(30, 12);
    expect(r.nashProduct).toBeCloseTo(30 * 70, 8);
  });

  it('linear closed form x1 = d1 + τ1(S − d1 − d2) with negative disagreement payoffs', () => {
    const r = nashBargaining({ surplus: 10, d1: -2, d2: 2, tau1: 0.25 });
    expect(r.x1).toBeCloseTo(0.5, 12);
  });

  it('the share is clamped to [0, surplus] when the unconstrained optimum lies outside', () => {
    // x1 = d1 + (S − d1 − d2)/2 = −100 + 55 < 0 → x1 = 0.
    const r = nashBargaining({ surplus: 10, d1: -100, d2: 0 });
    expect(r.x1).toBe(0);
    expect(r.x2).toBe(10);
  });

  it('risk aversion: u1 = x, u2 = x^b, d = 0 → x1 = S/(1 + b), the risk-averse player gets less (Roth 1979; Osborne–Rubinstein 1990 ch. 2)', () => {
    for (const b of [0.25, 0.5, 0.9, 1]) {
      const r = nashBargaining({ surplus: 7, d1: 0, d2: 0, u2: { type: 'power', exponent: b } });
      expect(rel(r.x1, 7 / (1 + b))).toBeLessThan(1e-12);
    }
  });

  it('power utilities with bargaining power: x1 = S·τa/(τa + (1−τ)b) to 1e-9', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        (a, b, tau, S) => {
          const r = nashBargaining({
            surplus: S,
            d1: 0,
            d2: 0,
            tau1: tau,
            u1: { type: 'power', exponent: a },
            u2: { type: 'power', exponent: b },
          });
          const expected = (S * tau * a) / (tau * a + (1 - tau) * b);
          return rel(r.x1, expected) < 1e-9 * Math.max(1, S);
        },
      ),
    );
  });

  it('CRRA (log) utility solved numerically satisfies the first-order condition to 1e-9 (checked by an independent Newton solve)', () => {
    // Player 1: ln(w + x), d1 = ln(w) (gets nothing); player 2 risk-neutral, d2 = 0.
    const w = 50;
    const S = 200;
    const r = nashBargaining({ surplus: S, d1: Math.log(w), d2: 0, u1: { type: 'crra', rho: 1, wealth: w } });
    // FOC: (S − x)/(w + x) − ln((w + x)/w) = 0; Newton from S/2.
    let x = S / 2;
    for (let i = 0; i < 100; i++) {
      const f = (S - x) / (w + x) - Math.log((w + x) / w);
      const df = -(S + w) / (w + x) ** 2 - 1 / (w + x);
      x -= f / df;
    }
    expect(rel(r.x1, x)).toBeLessThan(1e-9);
    // A risk-averse player 1 gets less than half.
    expect(r.x1).toBeLessThan(S / 2);
  });

  it('CRRA with ρ = 2 matches the same problem given as a plain function to 1e-9', () => {
    const crra: Utility = { type: 'crra', rho: 2, wealth: 10 };
    const asFn = (x: number) => -1 / (10 + x);
    const a = nashBargaining({ surplus: 30, d1: -1 / 10, d2: 0, u1: crra });
    const b = nashBargaining({ surplus: 30, d1: -1 / 10, d2: 0, u1: asFn });
    expect(rel(a.x1, b.x1)).toBeLessThan(1e-9);
  });
});

describe('nashBargaining — properties (Nash 1950 axioms)', () => {
  const money = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const problem = fc
    .record({
      surplus: fc.double({ min: 1, max: 1e6, noNaN: true }),
      f1: fc.double({ min: 0, max: 0.99, noNaN: true }),
      f2: fc.double({ min: 0, max: 0.99, noNaN: true }),
    })
    .map(({ surplus, f1, f2 }) => ({ surplus, d1: f1 * surplus * 0.5, d2: f2 * surplus * 0.5 }));

  it('symmetry: swapping the players swaps the shares', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0.05, max: 0.95, noNaN: true }), ({ surplus, d1, d2 }, tau) => {
        const a = nashBargaining({ surplus, d1, d2, tau1: tau });
        const b = nashBargaining({ surplus, d1: d2, d2: d1, tau1: 1 - tau });
        return rel(a.x1, b.x2) < 1e-9 && rel(a.x2, b.x1) < 1e-9;
      }),
    );
  });

  it('symmetric problems (d1 = d2, same utility) split equally, numerically too', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (S, e) => {
          const u: Utility = { type: 'power', exponent: e };
          const r = nashBargaining({ surplus: S, d1: 0, d2: 0, u1: u, u2: u });
          return rel(r.x1, S / 2) < 1e-9;
        },
      ),
    );
  });

  it('translation invariance: adding c_i to u_i and d_i leaves the split unchanged', () => {
    fc.assert(
      fc.property(problem, money, money, ({ surplus, d1, d2 }, c1, c2) => {
        const a = nashBargaining({ surplus, d1, d2 });
        const b = nashBargaining({ surplus, d1: d1 + c1, d2: d2 + c2, u1: lin(c1, 1), u2: lin(c2, 1) });
        return Math.abs(a.x1 - b.x1) < 1e-9 * surplus;
      }),
    );
  });

  it('translation invariance holds for concave (power) utilities solved numerically', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        (S, e, k) => {
          // Offsets up to 1000 × the surplus: larger ones cancel digits in u1(x) − d1 itself.
          const c = k * S;
          const base = nashBargaining({ surplus: S, d1: 0, d2: 0, u2: { type: 'power', exponent: e } });
          const moved = nashBargaining({ surplus: S, d1: c, d2: 0, u1: (x) => x + c, u2: (x) => Math.pow(x, e) });
          return Math.abs(base.x1 - S / (1 + e)) <= 1e-12 * S && Math.abs(moved.x1 - base.x1) <= 1e-9 * base.x1;
        },
      ),
    );
  });

  it('scale invariance: multiplying u_i and d_i by k > 0 leaves the split unchanged', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ surplus, d1, d2 }, k) => {
        const a = nashBargaining({ surplus, d1, d2 });
        const b = nashBargaining({ surplus, d1: k * d1, d2, u1: lin(0, k) });
        return Math.abs(a.x1 - b.x1) < 1e-9 * surplus;
      }),
    );
  });

  it('Pareto efficiency and optimality: the whole surplus is split, no split is better for both, none has a larger product', () => {
    fc.assert(
      fc.property(
        problem,
        fc.double({ min: 0.2, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ surplus, d1, d2 }, e, t) => {
          const u2 = (x: number) => Math.pow(x, e);
          const dd2 = Math.pow(d2, e);
          const r = nashBargaining({ surplus, d1, d2: dd2, u2 });
          expect(r.x1 + r.x2).toBeCloseTo(surplus, 6);
          const y = t * surplus;
          const v1 = y;
          const v2 = u2(surplus - y);
          const dominates = v1 > r.u1 * (1 + 1e-12) && v2 > r.u2 * (1 + 1e-12);
          const gain = (v1 - d1) * (v2 - dd2);
          return !dominates && (v1 <= d1 || v2 <= dd2 || gain <= r.nashProduct * (1 + 1e-9));
        },
      ),
    );
  });

  it('both players get at least their disagreement payoff (individual rationality)', () => {
    fc.assert(
      fc.property(problem, ({ surplus, d1, d2 }) => {
        const r = nashBargaining({ surplus, d1, d2 });
        return r.u1 >= d1 && r.u2 >= d2;
      }),
    );
  });
});

describe('nashBargainingOnInterval — white paper §6.1', () => {
  const jane = { interval: [0, 13_000] as [number, number], u1: lin(0, 1), u2: lin(0, -1), d1: -2_000, d2: -100_000 };

  it('Jane: refund x ∈ [0, 13,000], d = (−2,000, −100,000) → full refund 13,000 at the boundary', () => {
    const r = nashBargainingOnInterval(jane);
    expect(r.x).toBe(13_000);
    expect(r.atBoundary).toBe(true);
    expect(r.unconstrainedArgmax).toBe(49_000);
    expect(r.u1).toBe(13_000);
    expect(r.u2).toBe(-13_000);
    expect(r.nashProduct).toBe(15_000 * 87_000);
  });

  it('Jane solved numerically (utilities as functions) also lands on 13,000 with argmax ≈ 49,000', () => {
    const r = nashBargainingOnInterval({ ...jane, u1: (x) => x, u2: (x) => -x });
    expect(r.x).toBe(13_000);
    expect(r.atBoundary).toBe(true);
    expect(rel(r.unconstrainedArgmax!, 49_000)).toBeLessThan(1e-9);
  });

  it('an interior optimum: interval [0, 100,000] → x = 49,000, not at the boundary', () => {
    const r = nashBargainingOnInterval({ ...jane, interval: [0, 100_000] });
    expect(r.x).toBe(49_000);
    expect(r.atBoundary).toBe(false);
    const n = nashBargainingOnInterval({ ...jane, interval: [0, 100_000], u1: (x) => x, u2: (x) => -x });
    expect(rel(n.x, 49_000)).toBeLessThan(1e-9);
    expect(n.atBoundary).toBe(false);
  });

  it('optimum below the interval → lower end', () => {
    const r = nashBargainingOnInterval({ ...jane, interval: [60_000, 90_000] });
    expect(r.x).toBe(60_000);
    expect(r.atBoundary).toBe(true);
    expect(r.unconstrainedArgmax).toBe(49_000);
    const n = nashBargainingOnInterval({ ...jane, interval: [60_000, 90_000], u1: (x) => x, u2: (x) => -x });
    expect(n.x).toBe(60_000);
    expect(rel(n.unconstrainedArgmax!, 49_000)).toBeLessThan(1e-9);
  });

  it('concave payer: u2 = −x², d = (0, −1) on [0, 10] → x = 1/√3 (FOC 1 − 3x² = 0)', () => {
    const r = nashBargainingOnInterval({ interval: [0, 10], u1: lin(0, 1), u2: (x) => -x * x, d1: 0, d2: -1 });
    expect(rel(r.x, 1 / Math.sqrt(3))).toBeLessThan(1e-9);
    expect(r.atBoundary).toBe(false);
    expect(rel(r.unconstrainedArgmax!, r.x)).toBe(0);
  });

  it('no finite maximiser (both utilities increasing) → upper end, unconstrainedArgmax null', () => {
    const r = nashBargainingOnInterval({ interval: [0, 5], u1: lin(0, 1), u2: lin(0, 2), d1: -1, d2: -1 });
    expect(r.x).toBe(5);
    expect(r.unconstrainedArgmax).toBeNull();
    const n = nashBargainingOnInterval({ interval: [0, 5], u1: (x) => x, u2: (x) => 2 * x, d1: -1, d2: -1 });
    expect(n.x).toBe(5);
    expect(n.unconstrainedArgmax).toBeNull();
  });

  it('Pareto efficiency on the interval: no x′ in [lo, hi] is better for both (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lo, width, t, s) => {
          const hi = lo + width;
          const d1 = lo - 1;
          const d2 = -hi - 1 - s * 1e5;
          const r = nashBargainingOnInterval({
            interval: [lo, hi],
            u1: (x) => Math.sqrt(x),
            u2: (x) => -x,
            d1: Math.sqrt(lo) - 1 + d1 * 0,
            d2,
          });
          const y = lo + t * width;
          return !(Math.sqrt(y) > r.u1 + 1e-12 && -y > r.u2 + 1e-12);
        },
      ),
    );
  });
});
