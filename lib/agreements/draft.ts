/**
 * Raw inputs for the wizard to start from: a template's story defaults merged with what the maker typed.
 * Validate the result with `parseAgreementInputs` before rendering.
 */
import { defaultConfidential, TEMPLATES } from './registry';
import { INPUTS_FORMAT, INPUTS_FORMAT_VERSION } from './template';
import type { TemplateId } from './types';

/** The raw (unvalidated) inputs of `template`: `fields` over the template's defaults, default confidential clauses. */
export function draftInputs(
  template: TemplateId,
  parts: { date: string; onchain: Record<string, unknown>; fields?: Record<string, unknown>; confidential?: string[] },
): Record<string, unknown> {
  const t = TEMPLATES[template];
  return {
    format: INPUTS_FORMAT,
    formatVersion: INPUTS_FORMAT_VERSION,
    template,
    templateVersion: t.version,
    date: parts.date,
    onchain: { ...parts.onchain },
    fields: { ...t.defaults, ...(parts.fields ?? {}) },
    confidential: parts.confidential ?? defaultConfidential(template),
  };
}
