/** Number formatting for the calculator's text (charts use their own compact axis labels). */

/** 1234567.891 → "1,234,568"; small values keep up to 2 decimals: 0.5 → "0.5". Real minus sign. */
export function formatAmount(x: number): string {
  if (!Number.isFinite(x)) return '—';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : 2;
  const text = abs.toLocaleString('en-US', { maximumFractionDigits: digits });
  return x < 0 && text !== '0' ? `−${text}` : text;
}

/** A probability as a percentage with up to 3 significant digits: 0.05 → "5%", 0.2146 → "21.5%". */
export function formatPct(p: number): string {
  if (!Number.isFinite(p)) return '—';
  return `${Number((p * 100).toPrecision(3))}%`;
}

/** A count of periods with its unit: (1, 'day') → "1 day", (20, 'day') → "20 days", 13.5 → "13.5 days". */
export function formatPeriods(n: number, unit: string): string {
  if (!Number.isFinite(n)) return '—';
  const value = Number(n.toPrecision(4));
  return `${value.toLocaleString('en-US')} ${unit}${value === 1 ? '' : 's'}`;
}
