import { describe, expect, it } from 'vitest';
import { drawOutcomeKey as outcomeFromEnum } from '@/lib/contracts/enums.generated';
import { drawOutcome, drawRoll, PROB_SCALE } from './draw-rule';

// Rolls computed independently with `cast keccak $(cast abi-encode "f(bytes32,uint256,uint256)" v id period)` mod 1e9.
const VECTORS = [
  {
    value: '0x046c56b7c5b6d0822c42658127ffba1ca114963553de09335cac903bc523713c',
    threatId: 1n,
    period: 1n,
    roll: 206826277,
  },
  { value: `0x${'00'.repeat(32)}`, threatId: 0n, period: 0n, roll: 374972449 },
  { value: `0x${'ff'.repeat(32)}`, threatId: 42n, period: 7n, roll: 994309678 },
] as const;

describe('drawRoll / drawOutcome', () => {
  it('matches rolls computed with cast', () => {
    for (const v of VECTORS) {
      expect(drawRoll({ ...v, pEscalate: 0, pTerminate: 0 }).roll).toBe(v.roll);
    }
  });

  it('splits [0, 1e9) into escalate | terminate | continue at exactly pE and pE + pT', () => {
    const v = VECTORS[0]; // r = 206826277
    const at = (pEscalate: number, pTerminate: number) => drawOutcome({ ...v, pEscalate, pTerminate });
    expect(at(206826277, 0)).toBe('continue'); // r < pE is false
    expect(at(206826278, 0)).toBe('escalate');
    expect(at(206826277, 1)).toBe('terminate'); // pE <= r < pE + pT
    expect(at(206826000, 277)).toBe('continue');
    expect(at(206826000, 278)).toBe('terminate');
    expect(at(PROB_SCALE, 0)).toBe('escalate');
    expect(at(0, PROB_SCALE)).toBe('terminate');
    expect(at(0, 0)).toBe('continue');
  });

  it('accepts numbers and bigints alike and is deterministic', () => {
    const a = drawRoll({
      value: VECTORS[2].value,
      threatId: 42,
      period: 7,
      pEscalate: 50_000_000,
      pTerminate: 10_000_000,
    });
    const b = drawRoll({
      value: VECTORS[2].value,
      threatId: 42n,
      period: 7n,
      pEscalate: 50_000_000n,
      pTerminate: 10_000_000n,
    });
    expect(a).toEqual(b);
    expect(a).toEqual({ outcome: 'continue', roll: 994309678 });
  });

  it('makes periods and threats independent: different inputs, different rolls', () => {
    const base = { value: VECTORS[0].value, pEscalate: 0, pTerminate: 0 };
    const rolls = new Set<number>();
    for (let id = 1; id <= 20; id++)
      for (let p = 1; p <= 20; p++) rolls.add(drawRoll({ ...base, threatId: id, period: p }).roll);
    expect(rolls.size).toBe(400);
  });

  it('hits each outcome at about its probability', () => {
    // 20,000 periods of one threat, pE = 5 %, pT = 2 %: within 5 standard deviations.
    const counts = { continue: 0, escalate: 0, terminate: 0 };
    const n = 20_000;
    for (let p = 1; p <= n; p++) {
      counts[
        drawOutcome({ value: VECTORS[1].value, threatId: 9, period: p, pEscalate: 50_000_000, pTerminate: 20_000_000 })
      ]++;
    }
    const within = (k: number, p: number) => Math.abs(k - n * p) < 5 * Math.sqrt(n * p * (1 - p));
    expect(within(counts.escalate, 0.05)).toBe(true);
    expect(within(counts.terminate, 0.02)).toBe(true);
  });

  it('rejects malformed inputs with a clear message', () => {
    const ok = { value: VECTORS[0].value, threatId: 1, period: 1, pEscalate: 1, pTerminate: 0 };
    expect(() => drawRoll({ ...ok, value: '0x1234' })).toThrow(/value must be 32 bytes/);
    expect(() => drawRoll({ ...ok, value: `0x${'zz'.repeat(32)}` as `0x${string}` })).toThrow(/value must be 32 bytes/);
    expect(() => drawRoll({ ...ok, threatId: -1 })).toThrow(/threatId must be between 0 and/);
    expect(() => drawRoll({ ...ok, period: 1.5 })).toThrow(/period must be a whole number/);
    expect(() => drawRoll({ ...ok, pEscalate: 2 ** 32 })).toThrow(/pEscalate must be between 0 and 4294967295/);
    expect(() => drawRoll({ ...ok, pTerminate: Number.NaN })).toThrow(/pTerminate must be a whole number/);
    expect(() => drawRoll({ ...ok, threatId: 1n << 256n })).toThrow(/threatId/);
  });
});

describe('outcomeFromEnum', () => {
  it('maps the Solidity enum order', () => {
    expect([0, 1, 2].map(outcomeFromEnum)).toEqual(['continue', 'escalate', 'terminate']);
    expect(outcomeFromEnum(1n)).toBe('escalate');
    expect(() => outcomeFromEnum(3)).toThrow(/unknown DrawOutcome 3/);
    expect(() => outcomeFromEnum(0.5)).toThrow(/unknown DrawOutcome/);
  });
});
