/**
 * Template "law-firm-retainer": Jane's retainer with Law firm Y (white paper section 8.1). On the trigger (an
 * escalation of the engagement) the firm treats the amount as a non-refundable retainer, starts the civil action
 * against the adversary at once and delivers the agreed billed hours.
 */
import { z } from 'zod';
import {
  clause,
  colophon,
  confidentialityClause,
  engagementFacts,
  engagementNote,
  noTriggerClause,
  notLegalAdviceClause,
  paragraphs,
  signatories,
  signingClause,
  stripPeriod,
  triggerClauses,
  type PartyNames,
} from './clauses';
import { dayIsoInWords, int, plural, text } from './fields';
import { engagementTermsSchema, type EngagementTerms } from './onchain';
import { visibilityOf, type AgreementTemplate, type OptionalClause, type TemplateInputs } from './template';
import type { AgreementDocument, Clause, Section } from './types';

export const LAW_FIRM_RETAINER_ID = 'law-firm-retainer' as const;
export const LAW_FIRM_RETAINER_VERSION = 1;

/** The template's own fields. */
export const lawFirmRetainerFieldsSchema = z.strictObject(
  {
    clientName: text({ what: 'the client’s name', min: 2, max: 120 }),
    firmName: text({ what: 'the law firm’s name', min: 2, max: 120 }),
    adversaryName: text({ what: 'the adversary’s name', min: 2, max: 120 }),
    matter: text({ what: 'the description of the dispute', min: 20, max: 1500, multiline: true }),
    service: text({ what: 'what the firm does on the trigger', min: 10, max: 800, multiline: true }),
    startWithinDays: int({ what: 'the days the firm has to start', min: 1, max: 90, unit: 'days' }),
    billedHours: int({ what: 'the billed hours the firm delivers', min: 1, max: 10_000, unit: 'hours' }),
    reportWithinDays: int({ what: 'the days the firm has to record that it acted', min: 1, max: 365, unit: 'days' }),
    feeTerms: text({ what: 'the fee terms', max: 1000, multiline: true, optional: true }),
    instructions: text({ what: 'the further instructions', max: 2000, multiline: true, optional: true }),
    governingLaw: text({ what: 'the governing law', max: 200, optional: true }),
  },
  { error: 'Give the template’s fields as an object (see its defaults for an example).' },
);
export type LawFirmRetainerFields = z.output<typeof lawFirmRetainerFieldsSchema>;
export type LawFirmRetainerInputs = TemplateInputs<typeof LAW_FIRM_RETAINER_ID, EngagementTerms, LawFirmRetainerFields>;

/** Clauses the maker may publish or keep confidential (all others are always public). */
export const LAW_FIRM_RETAINER_CLAUSES: readonly OptionalClause[] = [
  { id: 'matter', title: 'The matter', defaultVisibility: 'public' },
  { id: 'service', title: 'The service', defaultVisibility: 'public' },
  { id: 'retainer', title: 'The retainer', defaultVisibility: 'public' },
  { id: 'report', title: 'Recording the work', defaultVisibility: 'public' },
  { id: 'fees', title: 'Fees and further work', defaultVisibility: 'confidential' },
  { id: 'instructions', title: 'Further instructions', defaultVisibility: 'confidential' },
];

/** Jane's story (white paper sections 6.1 and 8.1). */
export const JANE_RETAINER_FIELDS = {
  clientName: 'Jane Doe',
  firmName: 'Law Firm Y',
  adversaryName: 'X Corp',
  matter:
    'Jane Doe paid X Corp $13,000 for a product that arrived dysfunctional. She asked for a refund and X Corp refused. ' +
    'A lawsuit would most likely end with her being refunded, at a cost to X Corp of about $100,000 in fees, damages and lost sales.',
  service:
    'begin preparing and filing a civil action against X Corp for the refund of the $13,000 and the damages and costs the law allows',
  startWithinDays: 1,
  billedHours: 40,
  reportWithinDays: 30,
  feeTerms:
    'The amount received pays for the 40 hours. Work beyond them is billed at the Firm’s usual hourly rate, only with Jane Doe’s ' +
    'written approval; any costs awarded against X Corp are paid over to Jane Doe.',
  instructions: '',
  governingLaw: 'the law of the State of Oregon, United States',
} satisfies z.input<typeof lawFirmRetainerFieldsSchema>;

function fill(inputs: LawFirmRetainerInputs, ctx: { inputsSha256: `0x${string}` }): AgreementDocument {
  const f = inputs.fields;
  const t = inputs.onchain;
  const n: PartyNames = { clientName: f.clientName, providerName: f.firmName, provider: 'the Firm' };
  const vis = (id: string) => ({ visibility: visibilityOf(inputs, id) });

  const trigger: Section = {
    id: 'trigger',
    title: 'The trigger',
    clauses: triggerClauses(t, n, 'the section “The service”'),
  };

  const service: Clause[] = [
    clause(
      'service',
      'What the Firm does',
      [
        `Within ${plural(f.startWithinDays, 'day')} of the trigger the Firm will ${stripPeriod(f.service)}, acting for ${f.clientName}, ` +
          `and deliver at least ${plural(f.billedHours, 'hour')} of billed work for ${f.clientName} on this matter.`,
      ],
      vis('service'),
    ),
    clause(
      'retainer',
      'The retainer',
      [
        `The amount of the trigger is a non-refundable retainer paid on behalf of ${f.clientName}, whoever funded the threat ` +
          '(backers included), and the Firm accepts it as payment for the work above. The Firm does not act for anyone who funded the ' +
          `threat other than ${f.clientName}.`,
      ],
      vis('retainer'),
    ),
    clause(
      'report',
      'Recording the work',
      [
        `Within ${plural(f.reportWithinDays, 'day')} of the trigger the Firm records that it acted, with the registry’s ` +
          'recordActed(id, evidenceHash, uri) from its provider account, where evidenceHash is the sha-256 of the court filing or of ' +
          'another proof of the work. This builds the Firm’s public track record (white paper section 11.4).',
      ],
      vis('report'),
    ),
  ];

  const terms: Clause[] = [];
  if (f.feeTerms) terms.push(clause('fees', 'Fees and further work', paragraphs(f.feeTerms), vis('fees')));
  if (f.instructions)
    terms.push(clause('instructions', 'Further instructions', paragraphs(f.instructions), vis('instructions')));

  const general: Clause[] = [
    noTriggerClause(n, ''),
    confidentialityClause(n),
    ...(f.governingLaw
      ? [
          clause('governing-law', 'Governing law', [`This agreement is governed by ${stripPeriod(f.governingLaw)}.`], {
            fixed: true,
          }),
        ]
      : []),
    notLegalAdviceClause(),
    signingClause(
      n,
      `The Firm may also consent from its provider account ${t.provider}: signing the engagement of section 1 (EIP-712), or ` +
        'accepting it on chain with acceptEngagement, is its acceptance of this document, since the engagement contains its sha-256.',
    ),
  ];

  const sections: Section[] = [
    trigger,
    {
      id: 'matter',
      title: 'The matter',
      clauses: [clause('matter', `${f.clientName} and ${f.adversaryName}`, paragraphs(f.matter), vis('matter'))],
    },
    { id: 'service', title: 'The service', clauses: service },
    ...(terms.length ? [{ id: 'terms', title: 'Fees and instructions', clauses: terms }] : []),
    { id: 'general', title: 'General', clauses: general },
  ];

  return {
    templateId: LAW_FIRM_RETAINER_ID,
    templateVersion: LAW_FIRM_RETAINER_VERSION,
    title: 'Retainer agreement',
    subtitle: `${f.clientName} and ${f.firmName}, on a Levetrage escalation`,
    dated: dayIsoInWords(inputs.date),
    preamble:
      `This agreement is made between ${f.clientName} (“the Client”), who creates Levetrage threats from the account ${t.maker}, and ` +
      `${f.firmName} (“the Firm”), which receives their escalations at the account ${t.provider}. The Client is in a dispute with ` +
      `${f.adversaryName} (“the adversary”). The Firm will act for the Client when, and only when, the trigger of section 2 occurs.`,
    factsTitle: 'The engagement',
    facts: engagementFacts(t, n),
    factsNote: engagementNote(t),
    sections,
    signatories: signatories(n, t.maker, 'The Firm (provider)', t.provider),
    inputsSha256: ctx.inputsSha256,
    colophon: colophon(LAW_FIRM_RETAINER_ID, LAW_FIRM_RETAINER_VERSION, ctx.inputsSha256),
    footer: `Levetrage ${LAW_FIRM_RETAINER_ID} v${LAW_FIRM_RETAINER_VERSION} · ${f.clientName} and ${f.firmName}`,
    meta: {
      title: `Retainer agreement: ${f.clientName} and ${f.firmName}`,
      author: f.clientName,
      subject: `Levetrage agreement (template ${LAW_FIRM_RETAINER_ID}, version ${LAW_FIRM_RETAINER_VERSION})`,
      keywords: `levetrage, agreement, inputs sha-256 ${ctx.inputsSha256}`,
    },
  };
}

export const lawFirmRetainer: AgreementTemplate<typeof LAW_FIRM_RETAINER_ID, EngagementTerms, LawFirmRetainerFields> = {
  id: LAW_FIRM_RETAINER_ID,
  version: LAW_FIRM_RETAINER_VERSION,
  title: 'Law-firm retainer',
  summary:
    'A law firm files the civil action and delivers billed hours when, and only when, the threat escalates to it.',
  counterparty: 'provider',
  onchainSchema: engagementTermsSchema,
  fieldsSchema: lawFirmRetainerFieldsSchema,
  optionalClauses: LAW_FIRM_RETAINER_CLAUSES,
  defaults: JANE_RETAINER_FIELDS,
  fill,
};
