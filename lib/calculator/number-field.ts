import { z } from 'zod';
import { parseNumberInput } from '../number-input';

/**
 * Zod building blocks for calculator inputs. Inputs arrive as strings (URL search params, form
 * fields); each schema turns one into a number or explains, naming the field, what is allowed.
 */

/** Numeric range rule: inclusive/exclusive bounds and an optional integer requirement. */
export interface NumberRule {
  min?: number;
  max?: number;
  /** When true, `min` itself is not allowed. */
  minExclusive?: boolean;
  /** When true, `max` itself is not allowed. */
  maxExclusive?: boolean;
  integer?: boolean;
}

/** A bound for messages: plain below a million, with thousands separators and a real minus sign above. */
function bound(n: number): string {
  const abs = Math.abs(n);
  const text = abs >= 1e6 ? abs.toLocaleString('en-US') : String(abs);
  return n < 0 ? `−${text}` : text;
}

/** Largest money amount accepted (beyond it products of payoffs lose precision); inputs are ± this. */
export const MONEY_LIMIT = 1e12;

/** Human-readable allowed range, e.g. "a number in (0, 1]" or "a whole number ≥ 1". */
export function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const min = rule.min === undefined ? undefined : bound(rule.min);
  const max = rule.max === undefined ? undefined : bound(rule.max);
  if (min !== undefined && max !== undefined) {
    return `${kind} in ${rule.minExclusive ? '(' : '['}${min}, ${max}${rule.maxExclusive ? ')' : ']'}`;
  }
  if (min !== undefined) return `${kind} ${rule.minExclusive ? '>' : '≥'} ${min}`;
  if (max !== undefined) return `${kind} ${rule.maxExclusive ? '<' : '≤'} ${max}`;
  return kind;
}

/**
 * Text → number with lib/number-input (the wizard's parser too): thousands separators ("1,000,000",
 * "1 000 000", "1_000"), signs, exponents and a trailing "%" ("5%" is 5); `undefined` for an empty string
 * (reported as "required") and NaN for garbage.
 */
export function parseNumberText(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  return parseNumberInput(input, { percent: true, signed: true, exponent: true });
}

/** A required numeric input named `label`, constrained by `rule`, with messages naming the field. */
export function numberField(label: string, rule: NumberRule = {}) {
  const allowed = describeRule(rule);
  return z.preprocess(
    parseNumberText,
    z
      .number({
        error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be ${allowed}`),
      })
      .refine(
        (n) =>
          (rule.min === undefined || (rule.minExclusive ? n > rule.min : n >= rule.min)) &&
          (rule.max === undefined || (rule.maxExclusive ? n < rule.max : n <= rule.max)) &&
          (!rule.integer || Number.isInteger(n)),
        { error: `${label} must be ${allowed}` },
      ),
  );
}

/** A short display name (1–24 characters) for a party, e.g. "Mike". */
export function nameField(label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(24, { error: `${label} must be at most 24 characters` });
}

/** Flattens a zod error into one message per top-level field (the first issue wins). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
