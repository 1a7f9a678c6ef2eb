/**
 * Field builders for the template schemas (zod) with one clear message per problem, the text rules that keep
 * the PDF printable in its standard fonts, and the deterministic wording of dates and amounts.
 *
 * Every builder normalizes what it accepts (trimmed NFC text with `\n` line breaks, checksummed addresses,
 * lowercase hashes, decimal strings for 64- and 96-bit integers), so parsing twice gives the same value:
 * the canonical inputs (`inputs.ts`) are the parsed value, and the PDF is rendered from them only.
 */
import { formatEther, getAddress, isAddress, zeroAddress } from 'viem';
import { z } from 'zod';

/** Largest uint96 (stakes on chain). */
export const MAX_UINT96 = (1n << 96n) - 1n;
/** Largest uint64 (the provider's nonce). */
export const MAX_UINT64 = (1n << 64n) - 1n;
/** Largest uint40 (unix times on chain). */
export const MAX_UINT40 = 2 ** 40 - 1;
/** Largest uint32 (uses). */
export const MAX_UINT32 = 2 ** 32 - 1;

/**
 * Characters the PDF's standard fonts (Helvetica, Times, Courier: WinAnsi encoding) can print, besides
 * printable ASCII and Latin-1: the Windows-1252 extras (curly quotes, dashes, euro, ellipsis, ...).
 */
const WIN_ANSI_EXTRAS = new Set(
  [
    402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338,
    339, 732, 352, 353, 376, 381, 382,
  ].map((c) => String.fromCodePoint(c)),
);

/** Whether one character can be printed (a soft hyphen or a no-break space is refused: invisible, confusing). */
export function isPrintable(ch: string, multiline: boolean): boolean {
  if (ch === '\n') return multiline;
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x20 && c <= 0x7e) return true;
  if (c >= 0xa1 && c <= 0xff && c !== 0xad) return true;
  return WIN_ANSI_EXTRAS.has(ch);
}

/** The first character that cannot be printed, or null. */
export function firstUnprintable(text: string, multiline: boolean): string | null {
  for (const ch of text) if (!isPrintable(ch, multiline)) return ch;
  return null;
}

/**
 * Normalizes typed text: NFC, `\r\n`/`\r` to `\n`, tabs and no-break spaces to spaces, trailing spaces of
 * each line removed, at most one empty line in a row, trimmed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0]/g, ' ')
    .replace(/[ ]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function describeChar(ch: string): string {
  if (ch === '\n') return 'a line break';
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /\p{C}|\p{Z}/u.test(ch) ? `the invisible character ${code}` : `“${ch}” (${code})`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Options of a text field. `what` names it in messages: "the client's name". */
export interface TextOptions {
  what: string;
  min?: number;
  max: number;
  multiline?: boolean;
  /** An empty value is allowed (the clause is then left out). */
  optional?: boolean;
}

/** A text field: normalized, length-checked, printable in the standard PDF fonts. */
export function text(o: TextOptions) {
  const multiline = o.multiline ?? false;
  const min = o.min ?? 1;
  return z
    .string({ error: `Enter ${o.what}.` })
    .overwrite(normalizeText)
    .superRefine((v, c) => {
      if (v === '') {
        if (!o.optional) c.addIssue({ code: 'custom', message: `Enter ${o.what}.` });
        return;
      }
      const bad = firstUnprintable(v, multiline);
      if (bad === '\n') c.addIssue({ code: 'custom', message: `${cap(o.what)} must fit on one line.` });
      else if (bad)
        c.addIssue({
          code: 'custom',
          message: `${cap(o.what)} contains ${describeChar(bad)}, which the agreement’s standard PDF fonts cannot print. Use Latin letters, digits and common punctuation.`,
        });
      const length = [...v].length;
      if (length < min)
        c.addIssue({ code: 'custom', message: `${cap(o.what)} is too short: write at least ${min} characters.` });
      if (length > o.max)
        c.addIssue({ code: 'custom', message: `${cap(o.what)} is too long: keep it under ${o.max} characters.` });
    });
}

/** A list of one-line items (evidence that counts, channels): 1..max entries, each a text field. */
export function textList(o: { what: string; item: string; min?: number; max: number; itemMax: number }) {
  const min = o.min ?? 1;
  return z
    .array(text({ what: o.item, max: o.itemMax, min: 3 }), { error: `List ${o.what}, one entry per line.` })
    .superRefine((list, c) => {
      if (list.length < min)
        c.addIssue({
          code: 'custom',
          message: `List at least ${min} ${min === 1 ? 'entry' : 'entries'} of ${o.what}.`,
        });
      if (list.length > o.max) c.addIssue({ code: 'custom', message: `List at most ${o.max} entries of ${o.what}.` });
    });
}

/** A whole number in [min, max]. */
export function int(o: { what: string; min: number; max: number; unit?: string }) {
  const unit = o.unit ? ` ${o.unit}` : '';
  const range = `${cap(o.what)} must be a whole number from ${o.min} to ${o.max}${unit}.`;
  return z.number({ error: `Enter ${o.what} as a whole number${unit ? ` of${unit}` : ''}.` }).superRefine((v, c) => {
    if (!Number.isInteger(v) || v < o.min || v > o.max) c.addIssue({ code: 'custom', message: range });
  });
}

/** An Ethereum address, stored checksummed (EIP-55). The zero address is refused. */
export function address(what: string) {
  return z
    .string({ error: `Enter ${what}: 0x followed by 40 hex digits.` })
    .overwrite((s) => {
      const t = s.trim();
      return isAddress(t, { strict: false }) ? getAddress(t) : t;
    })
    .superRefine((v, c) => {
      if (!isAddress(v, { strict: false }))
        c.addIssue({
          code: 'custom',
          message: `${cap(what)} is not a valid Ethereum address (0x followed by 40 hex digits; check the capital letters).`,
        });
      else if (v.toLowerCase() === zeroAddress)
        c.addIssue({ code: 'custom', message: `${cap(what)} cannot be the zero address.` });
    });
}

/** A sha-256 (0x + 64 hex digits), stored lowercase. All zeros is refused. */
export function sha256Field(what: string) {
  return z
    .string({ error: `Enter ${what}: 0x followed by 64 hex digits (its sha-256).` })
    .overwrite((s) => s.trim().toLowerCase())
    .superRefine((v, c) => {
      if (!/^0x[0-9a-f]{64}$/.test(v))
        c.addIssue({ code: 'custom', message: `${cap(what)} must be a sha-256: 0x followed by 64 hex digits.` });
      else if (/^0x0{64}$/.test(v)) c.addIssue({ code: 'custom', message: `${cap(what)} cannot be all zeros.` });
    });
}

/**
 * An unsigned integer too large for a JSON number (wei amounts, nonces), given as a decimal string (a safe
 * integer number is accepted too) and stored as a decimal string without leading zeros.
 */
export function bigUint(o: { what: string; max: bigint; min?: bigint; hint?: string }) {
  const min = o.min ?? 0n;
  const hint = o.hint ? ` ${o.hint}` : '';
  return z
    .union([z.string(), z.number()], {
      error: `Enter ${o.what} as a whole number in a string, like "1000000000000000000".${hint}`,
    })
    .transform((v, c) => {
      const s = typeof v === 'number' ? (Number.isSafeInteger(v) ? String(v) : '') : v.trim();
      if (!/^\d+$/.test(s)) {
        c.addIssue({
          code: 'custom',
          message: `${cap(o.what)} must be a whole number written with digits only (no decimals, signs or exponents).${hint}`,
        });
        return z.NEVER;
      }
      const n = BigInt(s);
      if (n < min || n > o.max) {
        c.addIssue({ code: 'custom', message: `${cap(o.what)} must be from ${min} to ${o.max}.${hint}` });
        return z.NEVER;
      }
      return n.toString();
    });
}

/** A calendar day "YYYY-MM-DD" (UTC), years 2000-2999. */
export function isoDay(what: string) {
  return z.string({ error: `Enter ${what} as YYYY-MM-DD.` }).superRefine((v, c) => {
    if (
      !/^2\d{3}-\d{2}-\d{2}$/.test(v) ||
      Number.isNaN(dayStartSeconds(v)) ||
      isoDate(dayStartSeconds(v)).slice(0, 10) !== v
    )
      c.addIssue({
        code: 'custom',
        message: `${cap(what)} must be a real calendar day written YYYY-MM-DD, like 2026-12-01.`,
      });
  });
}

/** Unix seconds at 00:00 UTC of a "YYYY-MM-DD" day; NaN when malformed. */
export function dayStartSeconds(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 1000;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Unix seconds as ISO 8601 UTC without milliseconds: "2030-01-01T00:00:00Z". */
export function isoDate(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A day in words, UTC: "Tuesday 1 January 2030". No locale involved. */
export function dayInWords(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A moment, ISO then words: "2030-01-01T00:00:00Z (Tuesday 1 January 2030, 00:00:00 UTC; unix time 1893456000)". */
export function momentInWords(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  return `${isoDate(unixSeconds)} (${dayInWords(unixSeconds)}, ${time} UTC; unix time ${unixSeconds})`;
}

/** A "YYYY-MM-DD" day, ISO then words: "2026-12-01 (Tuesday 1 December 2026)". */
export function dayIsoInWords(day: string): string {
  return `${day} (${dayInWords(dayStartSeconds(day))})`;
}

/** A wei amount (decimal string), exact: "3 ETH (3000000000000000000 wei)"; thousands grouped in the ETH part. */
export function ethInWords(wei: string): string {
  const [i, f] = formatEther(BigInt(wei)).split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${f ? `.${f}` : ''} ETH (${wei} wei)`;
}

/** "1 day", "3 days". */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
