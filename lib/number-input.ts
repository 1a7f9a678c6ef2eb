/**
 * The one parser for numbers people type (issue #13 item 10): the wizard, the calculator, the public page's loss
 * field and ETH amounts all read input through it, so "1,000", "1 000", "5%" and " 2 " mean the same everywhere.
 * Pure, no locale: "," "_" and spaces group thousands (only in groups of three: "1,5" is refused), "." is the decimal point, "−" is a minus sign.
 */

/** What a field accepts beyond plain digits with grouping and one decimal point. */
export interface NumberInputOptions {
  /** A trailing "%" is allowed (percentage fields: "5%" is 5). */
  percent?: boolean;
  /** A leading sign is allowed ("-3", "−3", "+3"). */
  signed?: boolean;
  /** An exponent is allowed ("1e6"). */
  exponent?: boolean;
  /** A trailing unit word is allowed, case-insensitive ("ETH" in "1.5 ETH"). */
  unit?: string;
}

/**
 * The typed text normalised to a plain decimal string ("1,000.5" → "1000.5", "5 %" → "5"), or null when it is not
 * a number under `opts`; "" for an empty field.
 */
export function cleanNumberText(raw: string, opts: NumberInputOptions = {}): string | null {
  let text = raw.trim().replace(/\u2212/g, '-');
  if (opts.unit && text.toLowerCase().endsWith(opts.unit.toLowerCase())) text = text.slice(0, -opts.unit.length);
  if (opts.percent) text = text.replace(/%\s*$/, '');
  text = text.trim();
  if (text === '') return '';
  // separators only between groups of three digits: "1,000" is a thousand, "1,5" is refused (not 15, not 1.5)
  const [whole, ...rest] = text.split(/[.e]/i);
  if (rest.some((part) => /[,_\s\u00a0\u202f]/.test(part))) return null;
  if (/[,_\s\u00a0\u202f]/.test(whole) && !/^[-+]?\d{1,3}([,_\s\u00a0\u202f]\d{3})+$/.test(whole)) return null;
  text = text.replace(/[,_\s\u00a0\u202f]/g, '');
  const sign = opts.signed ? '[-+]?' : '';
  const exp = opts.exponent ? '(e[-+]?\\d+)?' : '';
  if (!new RegExp(`^${sign}(\\d+\\.?\\d*|\\.\\d+)${exp}$`, 'i').test(text)) return null;
  return text.replace(/^\+/, '');
}

/**
 * Parses typed text into a number: `undefined` for an empty field, NaN for anything that is not a number under
 * `opts`. `parseNumberInput("1,000")` → 1000, `parseNumberInput("5%", { percent: true })` → 5.
 */
export function parseNumberInput(raw: string, opts: NumberInputOptions = {}): number | undefined {
  const text = cleanNumberText(raw, opts);
  if (text === '') return undefined;
  if (text === null) return Number.NaN;
  return Number(text);
}
