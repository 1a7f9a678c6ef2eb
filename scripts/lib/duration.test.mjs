import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.mjs';

describe('parseDuration (npm run warp)', () => {
  it('reads plain seconds and single units', () => {
    expect(parseDuration('3600')).toBe(3600);
    expect(parseDuration('90s')).toBe(90);
    expect(parseDuration('15m')).toBe(900);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('2d')).toBe(172800);
    expect(parseDuration('1w')).toBe(604800);
  });
  it('sums combined units', () => {
    expect(parseDuration('1d12h')).toBe(129600);
    expect(parseDuration('1h 30m')).toBe(5400);
  });
  it('rejects what is not a duration, saying what is accepted', () => {
    for (const bad of ['', 'abc', '1y', '-1h', '1h x', 'h']) {
      expect(() => parseDuration(bad)).toThrow(/not a duration/);
    }
  });
});
