/**
 * The registry of agreement templates: id → template. Add a template here and to `TemplateId` (types.ts).
 */
import { lawFirmRetainer } from './law-firm-retainer';
import { oracleEngagement } from './oracle-engagement';
import { prCampaignBrief } from './pr-campaign-brief';
import type { AgreementTemplate } from './template';
import type { TemplateId } from './types';

export const TEMPLATES = {
  'law-firm-retainer': lawFirmRetainer,
  'pr-campaign-brief': prCampaignBrief,
  'oracle-engagement': oracleEngagement,
} as const satisfies Record<TemplateId, AgreementTemplate<TemplateId, unknown, unknown>>;

/** Template ids in display order. */
export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

/** Whether `id` names a template. */
export function isTemplateId(id: unknown): id is TemplateId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, id);
}

/** The template with this id; undefined when there is none. */
export function getTemplate(id: string): AgreementTemplate<TemplateId, unknown, unknown> | undefined {
  return isTemplateId(id) ? (TEMPLATES[id] as unknown as AgreementTemplate<TemplateId, unknown, unknown>) : undefined;
}

/** Ids of a template's optional clauses that are confidential unless the maker publishes them (sorted). */
export function defaultConfidential(id: TemplateId): string[] {
  return TEMPLATES[id].optionalClauses
    .filter((c) => c.defaultVisibility === 'confidential')
    .map((c) => c.id)
    .sort();
}
