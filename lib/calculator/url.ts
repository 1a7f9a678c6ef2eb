import type { z } from 'zod';
import { fieldErrors } from './number-field';
import {
  SPLIT_DEFAULTS,
  SPLIT_FIELDS,
  SPLIT_MODES,
  splitIntervalSchema,
  splitSurplusSchema,
  type SplitIntervalInput,
  type SplitMode,
  type SplitSurplusInput,
} from './split-schema';
import { THREAT_DEFAULTS, THREAT_FIELDS, threatSchema, type ThreatInput } from './threat-schema';

/**
 * The calculator's state lives in the URL: `?tab=split&mode=surplus&surplus=1000000&d1=…`.
 * `parseCalculatorParams` reads it (absent fields take defaults, present-but-bad fields get a
 * message); the `serialise*` functions write typed values back, so a calculation is a link.
 */

/** Base path of the calculator page. */
export const CALCULATOR_PATH = '/calculator';

export const TABS = ['split', 'threat', 'presets'] as const;
export type Tab = (typeof TABS)[number];

/** Search params as Next passes them to a page, or a URLSearchParams. */
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** One form's parsed state: the raw strings to re-display, the typed value if valid, and per-field messages. */
export interface FormState<T> {
  raw: Record<string, string>;
  value: T | null;
  errors: Record<string, string>;
}

/** The split tab's state, discriminated by mode. */
export type SplitState =
  { mode: 'surplus'; form: FormState<SplitSurplusInput> } | { mode: 'interval'; form: FormState<SplitIntervalInput> };

/** Everything the page needs from the URL. */
export interface CalculatorState {
  tab: Tab;
  split: SplitState;
  threat: FormState<ThreatInput>;
}

/** First value of a search param, or undefined when absent. */
export function getParam(params: SearchParamsInput, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const v = params[name];
  return Array.isArray(v) ? v[0] : v;
}

function readForm<S extends z.ZodType>(
  params: SearchParamsInput,
  fields: readonly string[],
  defaults: Record<string, string>,
  schema: S,
): FormState<z.output<S>> {
  const raw: Record<string, string> = {};
  for (const f of fields) raw[f] = getParam(params, f) ?? defaults[f];
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { raw, value: parsed.data, errors: {} }
    : { raw, value: null, errors: fieldErrors(parsed.error) };
}

/** Parses the calculator URL. Unknown tab / mode values fall back to `split` / `surplus`. */
export function parseCalculatorParams(params: SearchParamsInput): CalculatorState {
  const tabParam = getParam(params, 'tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'split';
  const modeParam = getParam(params, 'mode');
  const mode: SplitMode = (SPLIT_MODES as readonly string[]).includes(modeParam ?? '')
    ? (modeParam as SplitMode)
    : 'surplus';
  const split: SplitState =
    mode === 'surplus'
      ? { mode, form: readForm(params, SPLIT_FIELDS.surplus, SPLIT_DEFAULTS.surplus, splitSurplusSchema) }
      : { mode, form: readForm(params, SPLIT_FIELDS.interval, SPLIT_DEFAULTS.interval, splitIntervalSchema) };
  const threat = readForm(params, THREAT_FIELDS, THREAT_DEFAULTS, threatSchema);
  return { tab, split, threat };
}

function toParams(entries: Array<[string, string]>): URLSearchParams {
  return new URLSearchParams(entries);
}

/** Typed split inputs → search params (`tab=split&mode=…&field=…`), in form order. */
export function serialiseSplit(
  input: { mode: 'surplus'; value: SplitSurplusInput } | { mode: 'interval'; value: SplitIntervalInput },
): URLSearchParams {
  const value = input.value as unknown as Record<string, string | number>;
  return toParams([
    ['tab', 'split'],
    ['mode', input.mode],
    ...SPLIT_FIELDS[input.mode].map((f) => [f, String(value[f])] as [string, string]),
  ]);
}

/** Typed threat inputs → search params (`tab=threat&pPercent=…`), in form order. */
export function serialiseThreat(value: ThreatInput): URLSearchParams {
  const v = value as unknown as Record<string, string | number>;
  return toParams([['tab', 'threat'], ...THREAT_FIELDS.map((f) => [f, String(v[f])] as [string, string])]);
}

/** `/calculator?…` for the given params. */
export function calculatorHref(params: URLSearchParams | Record<string, string>): string {
  const qs = (params instanceof URLSearchParams ? params : new URLSearchParams(params)).toString();
  return qs ? `${CALCULATOR_PATH}?${qs}` : CALCULATOR_PATH;
}

/** The current query with some params replaced (undefined removes one): for tab links that keep inputs. */
export function withParams(params: SearchParamsInput, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  if (params instanceof URLSearchParams) params.forEach((v, k) => next.append(k, v));
  else
    for (const [k, v] of Object.entries(params)) {
      if (Array.isArray(v)) v.forEach((x) => next.append(k, x));
      else if (v !== undefined) next.append(k, v);
    }
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) next.delete(k);
    else next.set(k, v);
  }
  return calculatorHref(next);
}
