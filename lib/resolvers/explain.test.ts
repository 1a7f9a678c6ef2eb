import { describe, expect, it } from 'vitest';
import { parseEther, type Address } from 'viem';
import { explainResolution, resolutionWarnings } from './explain';

const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address;
const B = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' as Address;
const C = '0x90F79bf6EB2c4f870365E785982E1f101E93b906' as Address;

describe('explainResolution', () => {
  it('a panel says who decides (k of n) and that the hold is once and bounded', () => {
    const e = explainResolution({ kind: 'panel', members: [A, B, C], k: 2, grace: 86_400 });
    expect(e.title).toBe('A panel of 3 named oracles, 2 of whom must approve');
    expect(e.whoDecides).toContain('2 distinct approvals out of the 3 named oracles');
    expect(e.howLong).toBe('Until the 2nd approval arrives.');
    expect(e.atDeadline).toContain('once, for at most 1 day');
    expect(e.atDeadline).toContain('deferred, never skipped');
  });

  it('a Reality.eth question names the bond, the doubling, the timeout and the arbitrator', () => {
    const e = explainResolution({ kind: 'reality', arbitrator: A, timeout: 86_400, minBond: parseEther('0.01') });
    expect(e.whoDecides).toContain('at least double the last bond');
    expect(e.whoDecides).toContain('within 1 day');
    expect(e.whoDecides).toContain('0x7099…79C8');
    expect(e.cost).toContain('at least 0.01 ETH');
    expect(e.atDeadline).toContain('strictly before the deadline is a claim');
  });

  it('an UMA assertion names the bond and the liveness', () => {
    const e = explainResolution({ kind: 'uma', bond: parseEther('0.5'), liveness: 7200 });
    expect(e.whoDecides).toContain('a bond of 0.5 ETH (WETH)');
    expect(e.howLong).toBe('2 hours after the assertion when undisputed; a dispute takes the days of UMA’s vote.');
  });
});

describe('resolutionWarnings', () => {
  it('k = 1 with the maker among the oracles is weak; k = 2 is not', () => {
    const weak = resolutionWarnings({ kind: 'panel', members: [A, B], k: 1, grace: 0 }, { maker: B });
    expect(weak.map((w) => w.code)).toEqual(['maker-on-panel']);
    expect(resolutionWarnings({ kind: 'panel', members: [A, B], k: 2, grace: 86_400 }, { maker: B })).toEqual([]);
    expect(resolutionWarnings({ kind: 'oracle', oracle: A }, { maker: A }).map((w) => w.code)).toEqual(['maker-alone']);
    expect(resolutionWarnings({ kind: 'oracle', oracle: A }, { maker: B })).toEqual([]);
  });

  it('a Reality.eth timeout (or UMA liveness) longer than the time left is weak', () => {
    const r = { kind: 'reality' as const, arbitrator: A, timeout: 2 * 86_400, minBond: 1n };
    const w = resolutionWarnings(r, { timeLeft: 86_400 });
    expect(w.map((x) => x.code)).toEqual(['timeout-past-deadline']);
    expect(w[0]!.message).toContain('(2 days) is longer than the time left until the deadline (1 day)');
    expect(resolutionWarnings(r, { timeLeft: 3 * 86_400 })).toEqual([]);
    expect(resolutionWarnings(r, {})).toEqual([]);
    expect(resolutionWarnings({ kind: 'uma', bond: 1n, liveness: 7200 }, { timeLeft: 3600 })[0]!.code).toBe(
      'liveness-past-deadline',
    );
  });
});
