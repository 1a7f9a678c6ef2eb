import { describe, expect, it } from 'vitest';
import { fieldErrors, parseNumberText } from './number-field';
import { SPLIT_DEFAULTS, splitIntervalSchema, splitSurplusSchema } from './split-schema';
import { THREAT_DEFAULTS, threatSchema } from './threat-schema';

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);

describe('parseNumberText', () => {
  it('accepts thousands separators, spaces, a real minus sign and exponents', () => {
    expect(parseNumberText('1,000,000')).toBe(1_000_000);
    expect(parseNumberText(' 1 000 ')).toBe(1000);
    expect(parseNumberText('−2,000')).toBe(-2000);
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('.5')).toBe(0.5);
  });
  it('maps empty text to undefined and garbage to NaN', () => {
    expect(parseNumberText('   ')).toBeUndefined();
    expect(parseNumberText('12abc')).toBeNaN();
    expect(parseNumberText('0x10')).toBeNaN();
    expect(parseNumberText('Infinity')).toBeNaN();
  });
});

describe('split surplus schema', () => {
  it('parses the Mike defaults into numbers', () => {
    const r = splitSurplusSchema.parse(SPLIT_DEFAULTS.surplus);
    expect(r).toMatchObject({ surplus: 1_000_000, d1: 100_000, d2: 0, tau1: 0.5, e1: 1, first: '1', name1: 'Mike' });
  });
  it('names the field and the allowed range in each message', () => {
    const e = errorsOf(
      splitSurplusSchema.safeParse({ ...SPLIT_DEFAULTS.surplus, surplus: '-5', tau1: '1', e1: 'x', delta1: '0' }),
    );
    expect(e.surplus).toBe('Surplus S must be a number in (0, 1,000,000,000,000]');
    expect(e.tau1).toBe('τ₁ (player 1 bargaining power) must be a number in (0, 1)');
    expect(e.e1).toBe('e₁ (player 1 utility exponent) must be a number in (0, 1]');
    expect(e.delta1).toMatch(/^δ₁ .* must be a number in \(0, 1\]$/);
  });
  it('caps money amounts so products of payoffs stay exact, with a readable bound', () => {
    const e = errorsOf(splitSurplusSchema.safeParse({ ...SPLIT_DEFAULTS.surplus, d1: '-2e12' }));
    expect(e.d1).toBe('d₁ (player 1 disagreement payoff) must be a number in [−1,000,000,000,000, 1,000,000,000,000]');
    expect(threatSchema.safeParse({ ...THREAT_DEFAULTS, lossAdversary: '1e13' }).success).toBe(false);
  });
  it('reports a required field when it is empty', () => {
    expect(errorsOf(splitSurplusSchema.safeParse({ ...SPLIT_DEFAULTS.surplus, d2: '' })).d2).toBe(
      'd₂ (player 2 disagreement payoff) is required',
    );
  });
  it('rejects a negative disagreement payoff for a risk-averse player, on that field', () => {
    const e = errorsOf(splitSurplusSchema.safeParse({ ...SPLIT_DEFAULTS.surplus, e2: '0.5', d2: '-1' }));
    expect(Object.keys(e)).toEqual(['d2']);
    expect(e.d2).toMatch(/d₂ must be ≥ 0/);
  });
  it('rejects a frictionless Rubinstein game (no breakdown risk, no discounting) on the breakdown field', () => {
    const e = errorsOf(splitSurplusSchema.safeParse({ ...SPLIT_DEFAULTS.surplus, breakdown: '0' }));
    expect(e.breakdown).toMatch(/some δ must be below 1/);
    expect(splitSurplusSchema.safeParse({ ...SPLIT_DEFAULTS.surplus, breakdown: '0', delta2: '0.9' }).success).toBe(
      true,
    );
  });
  it('rejects an unknown first proposer and an over-long name', () => {
    const e = errorsOf(splitSurplusSchema.safeParse({ ...SPLIT_DEFAULTS.surplus, first: '3', name1: 'x'.repeat(25) }));
    expect(e.first).toBe('First proposer must be player 1 or 2');
    expect(e.name1).toBe('Player 1 name must be at most 24 characters');
  });
});

describe('split interval schema', () => {
  it('parses Jane’s refund defaults', () => {
    expect(splitIntervalSchema.parse(SPLIT_DEFAULTS.interval)).toMatchObject({
      lo: 0,
      hi: 13_000,
      b2: -1,
      d1: -2000,
      d2: -100_000,
    });
  });
  it('needs hi > lo and slopes of opposite sign', () => {
    const e = errorsOf(splitIntervalSchema.safeParse({ ...SPLIT_DEFAULTS.interval, hi: '0', b2: '2' }));
    expect(e.hi).toMatch(/greater than its start/);
    expect(e.b2).toMatch(/opposite sign/);
    expect(errorsOf(splitIntervalSchema.safeParse({ ...SPLIT_DEFAULTS.interval, b1: '0' })).b1).toMatch(/non-zero/);
  });
});

describe('threat schema', () => {
  it('parses Jane’s §8.1 defaults', () => {
    expect(threatSchema.parse(THREAT_DEFAULTS)).toMatchObject({
      pPercent: 5,
      periods: 30,
      unit: 'day',
      lossMaker: 2000,
      lossAdversary: 100_000,
    });
  });
  it('explains bad odds, horizons and units', () => {
    const e = errorsOf(
      threatSchema.safeParse({
        ...THREAT_DEFAULTS,
        pPercent: '0',
        periods: '2.5',
        unit: 'year',
        hardLinePercent: '100',
      }),
    );
    expect(e.pPercent).toBe('Escalation probability per period (%) must be a number in (0, 100]');
    expect(e.periods).toBe('Deadline (periods) must be a whole number in [1, 3650]');
    expect(e.unit).toBe('Period must be one of: hour, day, week, month');
    expect(e.hardLinePercent).toBe('Chance the adversary ignores any threat (%) must be a number in [0, 100)');
  });
  it('accepts 100% escalation per period and a one-period deadline', () => {
    expect(threatSchema.safeParse({ ...THREAT_DEFAULTS, pPercent: '100', periods: '1' }).success).toBe(true);
  });
});
