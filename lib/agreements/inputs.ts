/**
 * The canonical, versioned inputs of an agreement: one JSON object from which anyone re-renders the same PDF.
 *
 *   { "confidential": [...], "date": "YYYY-MM-DD", "fields": {...}, "format": "levetrage-agreement",
 *     "formatVersion": 1, "onchain": {...}, "template": "<id>", "templateVersion": <n> }
 *
 * `parseAgreementInputs` validates raw JSON against the template's schemas and normalizes it (trimmed NFC
 * text, checksummed addresses, lowercase hashes, wei and nonces as decimal strings, sorted sets, the default
 * confidential clauses filled in); the canonical JSON is that parsed value with keys sorted and no whitespace.
 * Links carry it as base64url (`encodeInputs`). Nothing confidential goes in: the PR brief holds only the
 * envelope's sha-256.
 */
import { sha256, stringToBytes } from 'viem';
import { canonicalJson, fromBase64Url, toBase64Url } from '../canonical';

export { canonicalJson } from '../canonical';
import { z } from 'zod';
import { dayStartSeconds, isoDay } from './fields';
import { defaultConfidential, getTemplate, TEMPLATE_IDS } from './registry';
import { INPUTS_FORMAT, INPUTS_FORMAT_VERSION, type AgreementTemplate } from './template';
import type { LawFirmRetainerInputs } from './law-firm-retainer';
import type { OracleEngagementInputs } from './oracle-engagement';
import type { PrCampaignBriefInputs } from './pr-campaign-brief';
import type { FieldProblem, TemplateId } from './types';

/** Parsed, normalized inputs of any template. */
export type AgreementInputs = LawFirmRetainerInputs | PrCampaignBriefInputs | OracleEngagementInputs;

/** Largest canonical inputs JSON accepted, in bytes (keeps GET links and the server cheap). */
export const MAX_INPUTS_BYTES = 12_000;

/** Thrown by `assertAgreementInputs` and `renderAgreementPdf` for invalid inputs; `problems` say what to fix. */
export class AgreementInputError extends Error {
  readonly problems: FieldProblem[];
  constructor(problems: FieldProblem[]) {
    super(
      `Invalid agreement inputs: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join(' ')}`,
    );
    this.name = 'AgreementInputError';
    this.problems = problems;
  }
}

export type ParseResult = { ok: true; inputs: AgreementInputs } | { ok: false; problems: FieldProblem[] };

const schemaCache = new Map<TemplateId, z.ZodType>();

/** The full inputs schema of one template. */
function inputsSchema(t: AgreementTemplate<TemplateId, unknown, unknown>): z.ZodType {
  const cached = schemaCache.get(t.id);
  if (cached) return cached;
  const optional = t.optionalClauses.map((c) => c.id);
  const defaults = defaultConfidential(t.id);
  const schema = z
    .strictObject({
      format: z.literal(INPUTS_FORMAT, {
        error: (iss) =>
          iss.input === undefined
            ? `Add "format": "${INPUTS_FORMAT}".`
            : `This is not a Levetrage agreement: "format" must be "${INPUTS_FORMAT}".`,
      }),
      formatVersion: z.literal(INPUTS_FORMAT_VERSION, {
        error: (iss) =>
          iss.input === undefined
            ? `Add "formatVersion": ${INPUTS_FORMAT_VERSION}.`
            : `This agreement uses another version of the inputs format; this code reads version ${INPUTS_FORMAT_VERSION}.`,
      }),
      template: z.literal(t.id),
      templateVersion: z.literal(t.version, {
        error: (iss) =>
          iss.input === undefined
            ? `Add "templateVersion": ${t.version} (the version of the "${t.id}" template this code renders).`
            : `This code renders version ${t.version} of the "${t.id}" template; an agreement of another version must be rendered by the code of that version.`,
      }),
      date: isoDay('the agreement’s date'),
      onchain: t.onchainSchema,
      fields: t.fieldsSchema,
      confidential: z
        .array(z.string({ error: 'Name each confidential clause by its id, as a string.' }), {
          error: 'List the ids of the clauses to keep confidential, e.g. ["fees"] (an empty list publishes them all).',
        })
        .optional()
        .transform((v) => v ?? defaults)
        .superRefine((list, c) => {
          for (const id of list)
            if (!optional.includes(id))
              c.addIssue({
                code: 'custom',
                message: `“${id}” is not a clause that can be kept confidential in this template; choose among ${optional.map((o) => `“${o}”`).join(', ')} (the trigger and the legal clauses are always public).`,
              });
        })
        .transform((list) => [...new Set(list)].sort()),
    })
    .superRefine((v, c) => {
      const until = (v.onchain as { validUntil?: unknown })?.validUntil;
      const start = dayStartSeconds(v.date);
      if (typeof until === 'number' && !Number.isNaN(start) && until < start)
        c.addIssue({
          code: 'custom',
          path: ['onchain', 'validUntil'],
          message: 'The validity date must not be before the agreement’s date.',
        });
    });
  schemaCache.set(t.id, schema);
  return schema;
}

function problemsOf(error: z.ZodError, prefix: (string | number)[] = []): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  const push = (path: (string | number | symbol)[], message: string) => {
    const p = [...prefix, ...path].map(String).join('.');
    const key = `${p}\u0000${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path: p, message });
    }
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys)
        push([...issue.path, k], `Unknown field “${k}”: remove it (the inputs hold exactly the template’s fields).`);
    } else push(issue.path, issue.message);
  }
  return out;
}

/** Validates and normalizes raw inputs (a parsed JSON value). Never throws. */
export function parseAgreementInputs(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problems: [{ path: '', message: 'The agreement inputs must be a JSON object.' }] };
  const id = (raw as { template?: unknown }).template;
  const template = typeof id === 'string' ? getTemplate(id) : undefined;
  if (!template)
    return {
      ok: false,
      problems: [{ path: 'template', message: `Choose a template: ${TEMPLATE_IDS.map((t) => `"${t}"`).join(', ')}.` }],
    };
  const result = inputsSchema(template).safeParse(raw);
  if (!result.success) return { ok: false, problems: problemsOf(result.error) };
  const inputs = result.data as AgreementInputs;
  const size = stringToBytes(canonicalJson(inputs)).length;
  if (size > MAX_INPUTS_BYTES)
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `The inputs are too long (${size} bytes, at most ${MAX_INPUTS_BYTES}): shorten the longer texts.`,
        },
      ],
    };
  return { ok: true, inputs };
}

/** Like `parseAgreementInputs`, but throws an `AgreementInputError`. */
export function assertAgreementInputs(raw: unknown): AgreementInputs {
  const r = parseAgreementInputs(raw);
  if (!r.ok) throw new AgreementInputError(r.problems);
  return r.inputs;
}

/** Parses JSON text, then the inputs. */
export function parseInputsJson(json: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: [{ path: '', message: 'The agreement inputs are not valid JSON.' }] };
  }
  return parseAgreementInputs(raw);
}

/** sha-256 of the canonical inputs JSON (UTF-8), 0x hex. */
export function inputsSha256(inputs: AgreementInputs): `0x${string}` {
  return sha256(stringToBytes(canonicalJson(inputs)));
}

/** The canonical inputs as base64url (no padding), for a link's query or fragment. */
export function encodeInputs(inputs: AgreementInputs): string {
  return toBase64Url(stringToBytes(canonicalJson(inputs)));
}

/** Decodes `encodeInputs` output (or any base64url JSON) and parses the inputs. Never throws. */
export function decodeInputs(encoded: string): ParseResult {
  const tooLong = Math.ceil((MAX_INPUTS_BYTES * 4) / 3) + 4;
  if (encoded.length > tooLong)
    return {
      ok: false,
      problems: [{ path: '', message: `The encoded inputs are too long (at most ${MAX_INPUTS_BYTES} bytes of JSON).` }],
    };
  const bytes = fromBase64Url(encoded.trim());
  if (!bytes)
    return {
      ok: false,
      problems: [{ path: '', message: 'The encoded inputs are not base64url text; copy the whole link again.' }],
    };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [{ path: '', message: 'The encoded inputs are not UTF-8 text; copy the whole link again.' }],
    };
  }
  return parseInputsJson(json);
}
