/**
 * Agreement templates (white paper section 10.2), no React: the templates and their registry, the canonical
 * inputs, filling into a structured document, the engagement struct, and links. The PDF renderer is
 * server-only: import it from `lib/agreements/pdf/render`.
 */
export * from './types';
export { TEMPLATES, TEMPLATE_IDS, getTemplate, isTemplateId, defaultConfidential } from './registry';
export {
  INPUTS_FORMAT,
  INPUTS_FORMAT_VERSION,
  visibilityOf,
  type AgreementTemplate,
  type OptionalClause,
  type TemplateInputs,
} from './template';
export {
  AgreementInputError,
  MAX_INPUTS_BYTES,
  assertAgreementInputs,
  canonicalJson,
  decodeInputs,
  encodeInputs,
  inputsSha256,
  parseAgreementInputs,
  parseInputsJson,
  type AgreementInputs,
  type ParseResult,
} from './inputs';
export { fillAgreement, publicClauses, clauseIds } from './fill';
export { draftInputs } from './draft';
export {
  agreementEngagementId,
  agreementEngagementTypedData,
  engagementOf,
  isProviderAgreement,
  type ProviderAgreementInputs,
} from './engagement';
export { RENDER_PATH, renderLink } from './link';
export { KINDS, kindsBits, chainLabel, type EngagementTerms, type ResolverTerms, type ThreatKindName } from './onchain';
export {
  lawFirmRetainer,
  JANE_RETAINER_FIELDS,
  type LawFirmRetainerFields,
  type LawFirmRetainerInputs,
} from './law-firm-retainer';
export {
  prCampaignBrief,
  JOE_BRIEF_FIELDS,
  type PrCampaignBriefFields,
  type PrCampaignBriefInputs,
} from './pr-campaign-brief';
export {
  oracleEngagement,
  JANE_ORACLE_FIELDS,
  type OracleEngagementFields,
  type OracleEngagementInputs,
} from './oracle-engagement';
