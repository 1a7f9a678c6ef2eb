/**
 * A tiny linear scale and tick helper for the hand-rolled SVG charts (no chart library).
 * Pure functions: no React, no DOM.
 */

/** A linear map from a data domain to a pixel range, with its domain/range kept for axes. */
import { formatPercent } from '@/lib/format';
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/**
 * Build a linear scale mapping `domain` onto `range`. A degenerate domain (d0 === d1) maps
 * every value to the middle of the range instead of dividing by zero.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const fn = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  fn.domain = domain;
  fn.range = range;
  return fn;
}

/** The step among 1, 2, 2.5, 5 × 10^k closest to span / count. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const mantissa = raw / power;
  const nice = mantissa < 1.5 ? 1 : mantissa < 2.25 ? 2 : mantissa < 3.5 ? 2.5 : mantissa < 7.5 ? 5 : 10;
  return nice * power;
}

/**
 * Round a [min, max] domain outwards to multiples of a nice step so axes end on a tick.
 * A zero-width domain is widened by one unit (or by 10% of its magnitude).
 */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return niceDomain(min - pad, max + pad, count);
  }
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const step = niceStep(hi - lo, count);
  return [Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step];
}

/** About `count` evenly spaced round tick values covering [min, max] (inclusive). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min === max) return [min];
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const step = niceStep(hi - lo, count);
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** Compact axis label: 1.5M, 250k, 0.05, −2k. Uses a real minus sign for negatives. */
export function formatCompact(value: number): string {
  if (value === 0) return '0';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  const trim = (x: number) => String(Number(x.toPrecision(3)));
  if (abs >= 1e9) return `${sign}${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}${trim(abs / 1e3)}k`;
  return `${sign}${trim(abs)}`;
}

/** A probability as a percentage for axis labels, 3 significant digits (lib/format): 0.25 → "25%", 0.005 → "0.5%". */
export function percentLabel(value: number): string {
  return formatPercent(value, { significant: 3 });
}

/** Format a list of [x, y] pixel pairs as an SVG `points` / path string with 2 decimals. */
export function toPath(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(2)},${y.toFixed(2)}`).join(' ');
}

/** "day" → "Day"; an empty label stays empty (used for axis titles built from a period name). */
export function capitalize(label: string): string {
  return label ? `${label[0].toUpperCase()}${label.slice(1)}` : label;
}
