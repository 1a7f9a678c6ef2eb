import { describe, expect, it } from 'vitest';
import { verifyDraw } from './verify-draw';

const value = '0x046c56b7c5b6d0822c42658127ffba1ca114963553de09335cac903bc523713c' as const; // r = 206826277 for (1, 1)
const base = { value, threatId: 1n, period: 1n };

describe('verifyDraw', () => {
  it('confirms a correct claim and explains the band', () => {
    const res = verifyDraw({ ...base, pEscalate: 300_000_000, pTerminate: 0, claimedOutcome: 'escalate' });
    expect(res).toMatchObject({ ok: true, outcome: 'escalate', roll: 206826277 });
    expect(res.explanation).toContain('r = 206826277 < pEscalate = 300000000');
  });

  it('accepts the on-chain enum value as the claim', () => {
    expect(verifyDraw({ ...base, pEscalate: 100, pTerminate: 300_000_000, claimedOutcome: 2 }).ok).toBe(true); // terminate
    expect(verifyDraw({ ...base, pEscalate: 100, pTerminate: 100, claimedOutcome: 0n }).ok).toBe(true); // continue
  });

  it('flags a wrong claim', () => {
    const res = verifyDraw({ ...base, pEscalate: 100, pTerminate: 100, claimedOutcome: 'escalate' });
    expect(res.ok).toBe(false);
    expect(res.outcome).toBe('continue');
    expect(res.explanation).toMatch(
      /^Mismatch: r = 206826277 >= pEscalate \+ pTerminate = 200 gives continue, but the chain recorded escalate\.$/,
    );
  });

  it('treats a lapsed draw as escalate without a roll', () => {
    expect(verifyDraw({ ...base, pEscalate: 1, pTerminate: 0, lapsed: true, claimedOutcome: 1 })).toMatchObject({
      ok: true,
      outcome: 'escalate',
      roll: null,
    });
    expect(verifyDraw({ ...base, pEscalate: 1, pTerminate: 0, lapsed: true, claimedOutcome: 'continue' }).ok).toBe(
      false,
    );
  });

  it('rejects malformed claims and inputs', () => {
    expect(() => verifyDraw({ ...base, pEscalate: 1, pTerminate: 0, claimedOutcome: 'win' as never })).toThrow(
      /claimedOutcome must be/,
    );
    expect(() => verifyDraw({ ...base, pEscalate: 1, pTerminate: 0, claimedOutcome: 7 })).toThrow(
      /unknown DrawOutcome 7/,
    );
    expect(() => verifyDraw({ ...base, value: '0x00', pEscalate: 1, pTerminate: 0, claimedOutcome: 0 })).toThrow(
      /value must be 32 bytes/,
    );
  });
});
