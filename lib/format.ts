/**
 * The one formatter per quantity, for every page, message and chart: ETH (`formatEth`, `formatEthNumber` for
 * expected values), NASH (`formatNash`), plain amounts in any currency (`formatAmount`), probabilities
 * (`formatPercent`, `formatPpb` for on-chain parts per 1e9), durations and period counts, dates with their time
 * zone (`formatDate`) and short addresses. Pure functions, deterministic (dates in UTC unless asked for the
 * reader's zone, no locale), so the server render and the browser agree character for character.
 */
import { formatEther, parseEther } from 'viem';
import { PROB_SCALE } from './contracts/constants';
import { cleanNumberText } from './number-input';

/** Probabilities are parts per PROB_SCALE (1e9), as on-chain (`lib/contracts/constants.ts`). */
export { PROB_SCALE };

/**
 * Formats a wei amount as ETH with at most `maxDecimals` decimals (trailing zeros trimmed), with
 * thousands separators: `formatEth(1500000000000000000n)` → `"1.5 ETH"`.
 * Amounts too small to show round up to `"< 0.0001 ETH"` rather than a misleading `"0 ETH"`.
 * @param wei Amount in wei.
 * @param opts.maxDecimals Decimals to keep (default 4).
 * @param opts.unit Suffix (default `"ETH"`, empty string for none).
 */
export function formatEth(wei: bigint, opts: { maxDecimals?: number; unit?: string } = {}): string {
  const maxDecimals = opts.maxDecimals ?? 4;
  const unit = opts.unit ?? 'ETH';
  const suffix = unit ? ` ${unit}` : '';
  const negative = wei < 0n;
  const abs = negative ? -wei : wei;
  const [intPart, fracPart = ''] = formatEther(abs).split('.');
  let frac = fracPart.slice(0, maxDecimals).replace(/0+$/, '');
  if (abs > 0n && intPart === '0' && frac === '') {
    return `${negative ? '> -' : '< '}0.${'0'.repeat(Math.max(0, maxDecimals - 1))}1${suffix}`;
  }
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  frac = frac ? `.${frac}` : '';
  return `${negative ? '-' : ''}${grouped}${frac}${suffix}`;
}

/**
 * An ETH amount given as a number (an expected value), for display: rounded to 0 decimals from 100 ETH, 2 from
 * 1 ETH, else 4, then shown by {@link formatEth}: `formatEthNumber(1.5)` → `"1.5 ETH"`.
 */
export function formatEthNumber(eth: number): string {
  if (!Number.isFinite(eth)) return '—';
  if (eth === 0) return '0 ETH';
  if (Math.abs(eth) < 0.0001) return '< 0.0001 ETH';
  const digits = Math.abs(eth) >= 100 ? 0 : Math.abs(eth) >= 1 ? 2 : 4;
  const rounded = Math.abs(eth).toFixed(digits); // exponent notation only from 1e21 ETH on
  const wei = /e/i.test(rounded) ? BigInt(Math.round(Math.abs(eth))) * 10n ** 18n : parseEther(rounded);
  return formatEth(eth < 0 ? -wei : wei, { maxDecimals: digits });
}

/** A NASH amount (wei of NASH, 18 decimals), like {@link formatEth}: `formatNash(25n * 10n ** 18n)` → `"25 NASH"`. */
export function formatNash(wei: bigint, opts: { maxDecimals?: number } = {}): string {
  return formatEth(wei, { ...opts, unit: 'NASH' });
}

/**
 * A plain amount in any currency (the calculator's and the wizard's dollars, no unit): thousands grouped, 2
 * decimals below 100 and none from 100, a real minus sign: 1234567.891 → "1,234,568", 0.5 → "0.5".
 */
export function formatAmount(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  const text = abs.toLocaleString('en-US', { maximumFractionDigits: abs >= 100 ? 0 : 2 });
  return x < 0 && text !== '0' ? `−${text}` : text;
}

/**
 * A US-dollar amount for display beside ETH: `formatUsd(9000)` → `"$9,000"`, 8.4 → `"$8.40"` (cents below
 * $1,000, none from it), a non-zero amount under a cent → `"< $0.01"`.
 */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  const abs = Math.abs(usd);
  if (abs > 0 && abs < 0.005) return '< $0.01';
  const digits = abs >= 1000 ? 0 : 2;
  const text = abs.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${usd < 0 && text !== '0.00' ? '−' : ''}$${text}`;
}

/** A price as the ETH/USD feed gives it (lib/prices/eth-usd): `answer` USD per ETH with `decimals` decimals. */
export interface UsdPrice {
  answer: bigint;
  decimals: number;
}

/**
 * The dollar value written beside an ETH amount: `"≈ $9,000"` for 3 ETH at 3,000 USD per ETH; `""` without a
 * price (nothing is guessed). `amount` is wei, or ETH as a number for expected values.
 */
export function formatUsdOf(amount: bigint | number, price: UsdPrice | null | undefined): string {
  if (!price || price.answer <= 0n) return '';
  const perEth = Number(price.answer) / 10 ** price.decimals;
  const eth = typeof amount === 'bigint' ? Number(formatEther(amount)) : amount;
  return `≈ ${formatUsd(eth * perEth)}`;
}

/**
 * Parses a user-typed ETH amount ("1.5", "10,000", " 2 ") into wei.
 * @returns The amount in wei, or an error message saying what is wrong.
 */
export function parseEthInput(text: string): { ok: true; wei: bigint } | { ok: false; error: string } {
  const cleaned = cleanNumberText(text, { unit: 'ETH' });
  if (cleaned === '') return { ok: false, error: 'Enter an amount in ETH, for example 10 or 0.5.' };
  if (cleaned === null) {
    return { ok: false, error: `“${text.trim()}” is not an amount: use digits and at most one decimal point.` };
  }
  const [, frac = ''] = cleaned.split('.');
  if (frac.length > 18) return { ok: false, error: 'At most 18 decimals (1 wei).' };
  const wei = parseEther(cleaned.startsWith('.') ? `0${cleaned}` : cleaned);
  return { ok: true, wei };
}

/**
 * How a probability is written. One of:
 * - `maxDecimals` (default 2): at most that many decimals, trailing zeros trimmed; a non-zero value too small to
 *   show is `"< 0.01%"`, one just below 100% is `"> 99.99%"` (public page, desks);
 * - `significant`: that many significant digits, trimmed: 0.2146 → `"21.5%"` (calculator, charts);
 * - `fixedDecimals`: exactly that many decimals, one more below 1%: 0.13 → `"13.0%"`, 0.005 → `"0.50%"` (wizard).
 */
export type PercentStyle = { maxDecimals?: number } | { significant: number } | { fixedDecimals: number };

/** Formats a probability in [0, 1] as a percentage (see {@link PercentStyle}); `"—"` for a non-number. */
export function formatPercent(fraction: number, style: PercentStyle = {}): string {
  if (!Number.isFinite(fraction)) return '—';
  const pct = fraction * 100;
  if ('significant' in style) return `${Number(pct.toPrecision(style.significant))}%`;
  if ('fixedDecimals' in style) return `${pct.toFixed(style.fixedDecimals + (pct > 0 && pct < 1 ? 1 : 0))}%`;
  const maxDecimals = style.maxDecimals ?? 2;
  const fixed = pct.toFixed(maxDecimals);
  let trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  if (trimmed === '-0') trimmed = '0';
  if (pct > 0 && Number(trimmed) === 0) return `< ${maxDecimals > 0 ? `0.${'0'.repeat(maxDecimals - 1)}1` : '1'}%`;
  if (pct < 100 && Number(trimmed) === 100) return `> ${(100 - 10 ** -maxDecimals).toFixed(maxDecimals)}%`;
  return `${trimmed}%`;
}

/**
 * Formats a probability given in parts per 1e9 (`pEscalate` on-chain) as a percentage with up to 7 decimals:
 * `formatPpb(50_000_000)` → `"5%"`, `formatPpb(1)` → `"0.0000001%"`.
 */
export function formatPpb(ppb: number | bigint, style: PercentStyle = { maxDecimals: 7 }): string {
  return formatPercent(Number(ppb) / PROB_SCALE, style);
}

const UNITS: Array<[seconds: number, short: string, long: string]> = [
  [365 * 86400, 'y', 'year'],
  [86400, 'd', 'day'],
  [3600, 'h', 'hour'],
  [60, 'min', 'minute'],
  [1, 's', 'second'],
];

/**
 * Formats a duration in seconds with its `parts` largest units:
 * `formatDuration(90061)` → `"1 day 1 hour"`; `{ short: true }` → `"1 d 1 h"`.
 */
export function formatDuration(seconds: number, opts: { parts?: number; short?: boolean } = {}): string {
  const parts = opts.parts ?? 2;
  let rest = Math.max(0, Math.floor(seconds));
  if (rest === 0) return opts.short ? '0 s' : '0 seconds';
  const out: string[] = [];
  for (const [size, short, long] of UNITS) {
    if (out.length >= parts) break;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out.push(opts.short ? `${n} ${short}` : `${n} ${long}${n === 1 ? '' : 's'}`);
      rest -= n * size;
    } else if (out.length > 0) {
      break; // keep units adjacent: "1 day" rather than "1 day 5 seconds"
    }
  }
  return out.join(' ');
}

/**
 * A countdown from `now` to `target` (both unix seconds): `"in 3 days 4 hours"` or `"2 hours ago"`.
 */
export function formatRelative(target: number, now: number, parts = 2): string {
  const diff = target - now;
  if (Math.abs(diff) < 1) return 'now';
  const text = formatDuration(Math.abs(diff), { parts });
  return diff > 0 ? `in ${text}` : `${text} ago`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** How {@link formatDate} writes a time. */
export interface DateStyle {
  /** `'long'` (default): "25 Nov 2026, 19:20 UTC"; `'iso'`: "2026-11-25 19:20 UTC" (messages). */
  style?: 'long' | 'iso';
  /**
   * `'UTC'` (default: identical on server and browser) or `'local'`: the reader's own zone, named
   * ("25 Nov 2026, 20:20 GMT+1"), for times the reader typed in local time (the wizard's deadline).
   */
  timeZone?: 'UTC' | 'local';
}

/** A unix time (seconds) with its time zone: `"25 Nov 2026, 19:20 UTC"`; `"—"` when it is not a time. */
export function formatDate(unixSeconds: number, opts: DateStyle = {}): string {
  const d = new Date(unixSeconds * 1000);
  if (Number.isNaN(d.getTime())) return '—';
  const local = opts.timeZone === 'local';
  const [year, month, day, hours, minutes] = local
    ? [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]
    : [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
  const zone = local ? localZoneName(d) : 'UTC';
  const time = `${pad2(hours)}:${pad2(minutes)} ${zone}`;
  return opts.style === 'iso'
    ? `${year}-${pad2(month + 1)}-${pad2(day)} ${time}`
    : `${day} ${MONTHS[month]} ${year}, ${time}`;
}

/** The reader's time zone at `d`, short ("CET", "GMT+1", "UTC"). */
function localZoneName(d: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? 'local time';
}

/** A unix time (seconds) as ISO 8601 for `<time dateTime>`. */
export function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}

/** `0x1234567890abcdef…` → `"0x1234…cdef"`; anything shorter than 12 characters is returned as is. */
export function shortAddress(address: string, chars = 4): string {
  if (address.length <= 2 + chars * 2 + 1) return address;
  return `${address.slice(0, 2 + chars)}…${address.slice(-chars)}`;
}

/** A 32-byte hash shortened for display: `"0xabcdef12…34567890"`. */
export function shortHash(hash: string, chars = 8): string {
  return shortAddress(hash, chars);
}

/** An integer with thousands separators: `12345` → `"12,345"`. */
export function formatInteger(n: number | bigint): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A singular name for a period length: 86400 → "day", 3600 → "hour", 604800 → "week"; otherwise "period". */
export function periodName(seconds: number): string {
  const names: Record<number, string> = { 60: 'minute', 3600: 'hour', 86400: 'day', 604800: 'week' };
  return names[seconds] ?? 'period';
}

/**
 * A period length for "per …" / "every …" phrases: a named unit when there is one ("day"), else the
 * duration ("5 minutes"): "5% every 5 minutes", "expected cost per day".
 */
export function periodPhrase(seconds: number): string {
  const name = periodName(seconds);
  return name === 'period' ? formatDuration(seconds) : name;
}

/** A count of periods with its unit: (1, 'day') → "1 day", (20, 'day') → "20 days", 13.5 → "13.5 days". */
export function formatPeriods(n: number, unit: string): string {
  if (!Number.isFinite(n)) return '—';
  const value = Number(n.toPrecision(4));
  return `${value.toLocaleString('en-US')} ${unit}${value === 1 ? '' : 's'}`;
}
