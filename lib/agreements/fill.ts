/**
 * Filling: parsed inputs → the structured document (`fillAgreement`), and its public part for the
 * adversary's page (`publicClauses`).
 */
import { inputsSha256, type AgreementInputs } from './inputs';
import { TEMPLATES } from './registry';
import type { AgreementTemplate } from './template';
import type { AgreementDocument, Section } from './types';

/** Fills the inputs' template. Pure and deterministic; `inputs` must come from `parseAgreementInputs`. */
export function fillAgreement(inputs: AgreementInputs): AgreementDocument {
  const template = TEMPLATES[inputs.template] as unknown as AgreementTemplate<
    AgreementInputs['template'],
    unknown,
    unknown
  >;
  return template.fill(inputs as never, { inputsSha256: inputsSha256(inputs) });
}

/**
 * The sections with only their public clauses (sections left empty are dropped): what the adversary's page
 * may show. The facts table (section 1) is public too: it is on chain anyway.
 */
export function publicClauses(doc: AgreementDocument): Section[] {
  return doc.sections
    .map((s) => ({ ...s, clauses: s.clauses.filter((c) => c.visibility === 'public') }))
    .filter((s) => s.clauses.length > 0);
}

/** Every clause id of a document, in order (for tests and the wizard's visibility list). */
export function clauseIds(doc: AgreementDocument): string[] {
  return doc.sections.flatMap((s) => s.clauses.map((c) => c.id));
}
