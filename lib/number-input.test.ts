import { describe, expect, it } from 'vitest';
import { cleanNumberText, parseNumberInput } from './number-input';

describe('parseNumberInput', () => {
  it.each<[string, number | undefined]>([
    ['1,000', 1000],
    ['1 000 000', 1_000_000],
    ['1_000.25', 1000.25],
    [' 2 ', 2],
    ['.5', 0.5],
    ['', undefined],
    ['   ', undefined],
  ])('%j → %j', (raw, want) => expect(parseNumberInput(raw)).toBe(want));

  it('refuses what is not a number', () => {
    for (const raw of ['a lot', '1.2.3', '5%', '-3', '1e6', '.', '0x10', '1,5', '10,00', '1 5', '1.000,5'])
      expect(parseNumberInput(raw)).toBeNaN();
  });

  it('percent fields take "5%" as 5, the same as "5"', () => {
    expect(parseNumberInput('5%', { percent: true })).toBe(5);
    expect(parseNumberInput(' 12.5 % ', { percent: true })).toBe(12.5);
    expect(parseNumberInput('5%%', { percent: true })).toBeNaN();
  });

  it('signs and exponents only where allowed', () => {
    expect(parseNumberInput('−3', { signed: true })).toBe(-3);
    expect(parseNumberInput('+3', { signed: true })).toBe(3);
    expect(parseNumberInput('1e6', { exponent: true })).toBe(1e6);
  });

  it('a unit word', () => {
    expect(cleanNumberText('1.5 ETH', { unit: 'eth' })).toBe('1.5');
    expect(cleanNumberText('10,000eth', { unit: 'ETH' })).toBe('10000');
  });
});
