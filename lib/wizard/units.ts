import { parseEther } from 'viem';
import { cleanNumberText, parseNumberInput } from '../number-input';
import { PROB_SCALE } from '../contracts/constants';
import type { PeriodUnit } from './types';

export { PROB_SCALE, MIN_PERIOD_SECONDS, MAX_DURATION_SECONDS, MAX_TERMINATORS } from '../contracts/constants';

/** Largest stake the registry stores (uint96). */
export const MAX_STAKE_WEI = (1n << 96n) - 1n;
/** Largest uint32 (period length). */
export const MAX_UINT32 = 2 ** 32 - 1;

export const UNIT_SECONDS: Record<PeriodUnit, number> = { minutes: 60, hours: 3600, days: 86_400 };

/**
 * Parses a typed non-negative number with lib/number-input ("12", "0.5", "1,000"; a trailing "%" too, so "5%"
 * is 5 in percentage fields); NaN for anything else (no exponents or signs) and for an empty field.
 */
export function parseDecimal(raw: string): number {
  return parseNumberInput(raw, { percent: true }) ?? Number.NaN;
}

/**
 * A percentage (0..100, as typed) to parts per 1e9, rounded to the nearest part (halves up).
 * 5 -> 50,000,000. NaN input gives NaN.
 */
export function percentToParts(pct: string): number {
  const v = parseDecimal(pct);
  if (Number.isNaN(v)) return Number.NaN;
  return Math.round((v / 100) * PROB_SCALE);
}

/** Parts per 1e9 back to a probability in [0, 1]. */
export function partsToProbability(parts: number): number {
  return parts / PROB_SCALE;
}

/** A probability in [0,1] to a short percentage string for an input ("4.5678" style, up to 7 decimals, no trailing zeros). */
export function probabilityToPercentString(p: number): string {
  const pct = p * 100;
  const s = pct.toFixed(7);
  return s.replace(/\.?0+$/, '');
}

/** Period length in whole seconds (value × unit), rounded to the nearest second; NaN when not a number. */
export function periodSeconds(value: string, unit: PeriodUnit): number {
  const v = parseDecimal(value);
  if (Number.isNaN(v)) return Number.NaN;
  return Math.round(v * UNIT_SECONDS[unit]);
}

/** ETH string to wei ("1,000" and "1.5 ETH" accepted); null when it is not a decimal with at most 18 decimals. */
export function parseStakeWei(eth: string): bigint | null {
  const s = cleanNumberText(eth, { unit: 'ETH' }) ?? '';
  if (!/^(\d+(\.\d{1,18})?|\.\d{1,18})$/.test(s)) return null;
  return parseEther(s.startsWith('.') ? `0${s}` : s);
}

/** A `datetime-local` value (local time) to unix seconds; NaN when it is not a date. */
export function deadlineSeconds(local: string): number {
  if (!local) return Number.NaN;
  const ms = new Date(local).getTime();
  return Number.isNaN(ms) ? Number.NaN : Math.floor(ms / 1000);
}

/** Unix seconds to a `datetime-local` value in local time (minute precision). */
export function toDatetimeLocal(seconds: number): string {
  const d = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
