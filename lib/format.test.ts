import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatNash,
  formatPeriods,
  formatDuration,
  formatEth,
  formatInteger,
  formatPercent,
  formatPpb,
  formatUsd,
  formatUsdOf,
  formatRelative,
  formatEthNumber,
  isoDate,
  periodName,
  periodPhrase,
  parseEthInput,
  shortAddress,
  shortHash,
} from './format';

describe('formatEth', () => {
  it('trims trailing zeros and groups thousands', () => {
    expect(formatEth(1_500_000_000_000_000_000n)).toBe('1.5 ETH');
    expect(formatEth(10_000n * 10n ** 18n)).toBe('10,000 ETH');
    expect(formatEth(0n)).toBe('0 ETH');
    expect(formatEth(123_456_789n * 10n ** 12n)).toBe('123.4567 ETH');
  });
  it('never shows a non-zero amount as zero', () => {
    expect(formatEth(1n)).toBe('< 0.0001 ETH');
    expect(formatEth(1n, { maxDecimals: 2 })).toBe('< 0.01 ETH');
  });
  it('handles negatives and custom units', () => {
    expect(formatEth(-2n * 10n ** 18n)).toBe('-2 ETH');
    expect(formatEth(2n * 10n ** 18n, { unit: 'NASH' })).toBe('2 NASH');
    expect(formatEth(2n * 10n ** 18n, { unit: '' })).toBe('2');
  });
});

describe('parseEthInput', () => {
  it('parses plain, grouped and suffixed amounts', () => {
    expect(parseEthInput('1.5')).toEqual({ ok: true, wei: 1_500_000_000_000_000_000n });
    expect(parseEthInput(' 10,000 ')).toEqual({ ok: true, wei: 10_000n * 10n ** 18n });
    expect(parseEthInput('.5 ETH')).toEqual({ ok: true, wei: 5n * 10n ** 17n });
  });
  it('explains bad input', () => {
    const empty = parseEthInput('  ');
    expect(empty.ok).toBe(false);
    const bad = parseEthInput('1.2.3');
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.error).toMatch(/not an amount/);
    expect(parseEthInput('-1').ok).toBe(false);
    expect(parseEthInput('0.0000000000000000001')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/18 decimals/),
    });
  });
});

describe('probabilities', () => {
  it('formats parts per 1e9 as percent', () => {
    expect(formatPpb(50_000_000)).toBe('5%');
    expect(formatPpb(1_000_000_000)).toBe('100%');
    expect(formatPpb(1)).toBe('0.0000001%');
    expect(formatPpb(0)).toBe('0%');
    expect(formatPpb(333_333_333n)).toBe('33.3333333%');
  });
  it('never rounds a non-zero probability to 0% or a non-certain one to 100%', () => {
    expect(formatPercent(0.00001)).toBe('< 0.01%');
    expect(formatPercent(0.999999)).toBe('> 99.99%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('durations and dates', () => {
  it('formats durations with adjacent units', () => {
    expect(formatDuration(90061)).toBe('1 day 1 hour');
    expect(formatDuration(86400 + 5)).toBe('1 day');
    expect(formatDuration(120, { short: true })).toBe('2 min');
    expect(formatDuration(0)).toBe('0 seconds');
    expect(formatDuration(3 * 86400 + 4 * 3600 + 5 * 60, { parts: 3 })).toBe('3 days 4 hours 5 minutes');
  });
  it('formats relative times both ways', () => {
    expect(formatRelative(1000 + 3600 * 5, 1000)).toBe('in 5 hours');
    expect(formatRelative(1000, 1000 + 120)).toBe('2 minutes ago');
    expect(formatRelative(1000, 1000)).toBe('now');
  });
  it('formats dates in UTC', () => {
    expect(formatDate(Date.UTC(2026, 10, 25, 19, 5) / 1000)).toBe('25 Nov 2026, 19:05 UTC');
    expect(isoDate(0)).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('short forms', () => {
  it('shortens addresses and hashes', () => {
    expect(shortAddress('0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512')).toBe('0xe7f1…0512');
    expect(shortAddress('0x1234')).toBe('0x1234');
    expect(shortHash(`0x${'ab'.repeat(32)}`)).toBe('0xabababab…abababab');
    expect(formatInteger(1234567n)).toBe('1,234,567');
  });
});

describe('number amounts and period names', () => {
  it('formats ETH numbers with sensible precision', () => {
    expect(formatEthNumber(5000)).toBe('5,000 ETH');
    expect(formatEthNumber(1.5)).toBe('1.5 ETH');
    expect(formatEthNumber(0.15)).toBe('0.15 ETH');
    expect(formatEthNumber(0.00001)).toBe('< 0.0001 ETH');
    expect(formatEthNumber(0)).toBe('0 ETH');
    expect(formatEthNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
  it('names common periods', () => {
    expect(periodName(86400)).toBe('day');
    expect(periodName(60)).toBe('minute');
    expect(periodName(90)).toBe('period');
    expect(periodPhrase(86400)).toBe('day');
    expect(periodPhrase(300)).toBe('5 minutes');
  });
});

describe('one formatter per quantity', () => {
  it('NASH like ETH', () => {
    expect(formatNash(25n * 10n ** 18n)).toBe('25 NASH');
    expect(formatNash(10_000n * 10n ** 18n, { maxDecimals: 2 })).toBe('10,000 NASH');
    expect(formatNash(1n)).toBe('< 0.0001 NASH');
  });
  it('plain amounts in any currency, with a real minus sign', () => {
    expect(formatAmount(1_234_567.891)).toBe('1,234,568');
    expect(formatAmount(0.5)).toBe('0.5');
    expect(formatAmount(-2000)).toBe('−2,000');
    expect(formatAmount(Number.NaN)).toBe('—');
  });
  it('probabilities in three styles of one formatter', () => {
    expect(formatPercent(0.2146, { significant: 3 })).toBe('21.5%');
    expect(formatPercent(0.05, { significant: 3 })).toBe('5%');
    expect(formatPercent(0.13, { fixedDecimals: 1 })).toBe('13.0%');
    expect(formatPercent(1, { fixedDecimals: 1 })).toBe('100.0%');
    expect(formatPercent(0.005, { fixedDecimals: 1 })).toBe('0.50%');
    expect(formatPercent(0.123456, { maxDecimals: 4 })).toBe('12.3456%');
    expect(formatPpb(123_456_789, { significant: 3 })).toBe('12.3%');
  });
  it('dates always name their time zone', () => {
    const t = Date.UTC(2027, 0, 15, 8, 0) / 1000;
    expect(formatDate(t, { style: 'iso' })).toBe('2027-01-15 08:00 UTC');
    expect(formatDate(Number.NaN)).toBe('—');
    const local = formatDate(t, { timeZone: 'local' });
    expect(local).toMatch(/^\d{1,2} Jan 2027, \d\d:\d\d \S+/);
    expect(local.split(' ').at(-1)!.length).toBeGreaterThan(0); // the reader's zone, named
  });
  it('period counts with their unit', () => {
    expect(formatPeriods(1, 'day')).toBe('1 day');
    expect(formatPeriods(13.5, 'day')).toBe('13.5 days');
  });
});

describe('dollars beside ETH', () => {
  const price = { answer: 3000n * 10n ** 8n, decimals: 8 };
  it('formatUsd', () => {
    expect(formatUsd(9000)).toBe('$9,000');
    expect(formatUsd(8.4)).toBe('$8.40');
    expect(formatUsd(0.001)).toBe('< $0.01');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(-12.5)).toBe('−$12.50');
  });
  it('formatUsdOf: wei or an ETH number at the feed price, nothing without a price', () => {
    expect(formatUsdOf(3n * 10n ** 18n, price)).toBe('≈ $9,000');
    expect(formatUsdOf(2_800_000_000_000_000n, price)).toBe('≈ $8.40');
    expect(formatUsdOf(1.5, price)).toBe('≈ $4,500');
    expect(formatUsdOf(1n, null)).toBe('');
  });
  it('small amounts are never shown as 0 ETH', () => {
    expect(formatEth(2_800_000_000_000_000n)).toBe('0.0028 ETH');
    expect(formatEth(28_000_000_000_000n)).toBe('< 0.0001 ETH');
  });
});
