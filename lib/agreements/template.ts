/**
 * What every agreement template module exports (`law-firm-retainer.ts`, `pr-campaign-brief.ts`,
 * `oracle-engagement.ts`): its id and version, the zod schemas of its on-chain terms and of its own fields,
 * the clauses the maker may keep confidential, the white paper's story as defaults, and `fill`.
 */
import type { z } from 'zod';
import type { AgreementDocument, TemplateId, Visibility } from './types';

/** The inputs format's name and version (`inputs.ts`); bump the version for an incompatible change of the envelope. */
export const INPUTS_FORMAT = 'levetrage-agreement';
export const INPUTS_FORMAT_VERSION = 1;

/** A clause the maker may publish or keep confidential, with its default. */
export interface OptionalClause {
  id: string;
  title: string;
  defaultVisibility: Visibility;
}

/** Parsed (normalized) inputs of one template. */
export interface TemplateInputs<Id extends TemplateId = TemplateId, T = unknown, F = unknown> {
  format: typeof INPUTS_FORMAT;
  formatVersion: typeof INPUTS_FORMAT_VERSION;
  template: Id;
  templateVersion: number;
  /** The agreement's date, "YYYY-MM-DD" (UTC); also the PDF's creation date. */
  date: string;
  /** The on-chain terms: an engagement (providers) or the threats covered (oracles). */
  onchain: T;
  /** The template's own fields. */
  fields: F;
  /** Ids of the optional clauses kept confidential (sorted); every other clause is public. */
  confidential: string[];
}

/** Values the fill step gets besides the inputs. */
export interface FillContext {
  /** sha-256 of the canonical inputs JSON, printed in the colophon. */
  inputsSha256: `0x${string}`;
}

/** One template. `T` and `F` are the parsed on-chain terms and fields. */
export interface AgreementTemplate<Id extends TemplateId = TemplateId, T = unknown, F = unknown> {
  id: Id;
  /** Bump when any output byte changes for the same inputs (wording, layout, renderer). */
  version: number;
  /** "Law-firm retainer" */
  title: string;
  /** One sentence for the wizard. */
  summary: string;
  /** Who the counterparty is on chain: the engagement's provider, or the threats' resolver. */
  counterparty: 'provider' | 'oracle';
  onchainSchema: z.ZodType<T>;
  fieldsSchema: z.ZodType<F>;
  optionalClauses: readonly OptionalClause[];
  /** The white paper's story for this template, as raw fields (what the wizard pre-fills). */
  defaults: Record<string, unknown>;
  /** Fills the template: pure, deterministic. */
  fill(inputs: TemplateInputs<Id, T, F>, ctx: FillContext): AgreementDocument;
}

/** Visibility of an optional clause under the maker's choice. */
export function visibilityOf(inputs: { confidential: readonly string[] }, id: string): Visibility {
  return inputs.confidential.includes(id) ? 'confidential' : 'public';
}
