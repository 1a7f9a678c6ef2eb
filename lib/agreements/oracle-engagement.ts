/**
 * Template "oracle-engagement": the maker's instructions to the oracle that resolves her threat (white paper
 * section 7: Jane's refund). It says which threats it covers, what evidence counts as fulfilment (and what
 * does not), how fast the oracle must act, and that the oracle acts on evidence only, never on the maker's
 * say-so. The oracle is the threat's resolver, not a provider: the registry has no engagement for it, so the
 * maker attaches this document's sha-256 to the threat (an `Evidence` event from her account, or the hash
 * quoted in the threat's terms), and the adversary may read it (section 7: "hands them a copy").
 */
import { z } from 'zod';
import {
  clause,
  colophon,
  notLegalAdviceClause,
  paragraphs,
  resolverFacts,
  signatories,
  signingClause,
  stripPeriod,
  type PartyNames,
} from './clauses';
import { dayIsoInWords, ethInWords, int, momentInWords, plural, text, textList } from './fields';
import { chainLabel, kindsInWords, resolverTermsSchema, type ResolverTerms } from './onchain';
import { visibilityOf, type AgreementTemplate, type OptionalClause, type TemplateInputs } from './template';
import type { AgreementDocument, Clause, Section } from './types';

export const ORACLE_ENGAGEMENT_ID = 'oracle-engagement' as const;
export const ORACLE_ENGAGEMENT_VERSION = 1;

/** The registry's hold limit (LevetrageBase.MAX_HOLD): all holds of a threat together, in days. */
export const MAX_HOLD_DAYS = 30;

/** The template's own fields. */
export const oracleEngagementFieldsSchema = z.strictObject(
  {
    clientName: text({ what: 'the client’s name', min: 2, max: 120 }),
    oracleName: text({ what: 'the oracle’s name', min: 2, max: 120 }),
    adversaryName: text({ what: 'the adversary’s name', min: 2, max: 120 }),
    demand: text({ what: 'the demand', min: 10, max: 1000, multiline: true }),
    evidence: textList({
      what: 'the evidence that counts as fulfilment',
      item: 'each kind of evidence',
      max: 10,
      itemMax: 300,
    }),
    notEvidence: textList({
      what: 'what does not count',
      item: 'each thing that does not count',
      min: 0,
      max: 10,
      itemMax: 300,
    }),
    decideWithinHours: int({ what: 'the hours the oracle has to decide', min: 1, max: 720, unit: 'hours' }),
    maxHoldDays: int({ what: 'the longest hold', min: 1, max: MAX_HOLD_DAYS, unit: 'days' }),
    contact: text({ what: 'where evidence is sent (an e-mail or web address)', min: 5, max: 200 }),
    feeTerms: text({ what: 'the fee terms', max: 1000, multiline: true, optional: true }),
    governingLaw: text({ what: 'the governing law', max: 200, optional: true }),
  },
  { error: 'Give the template’s fields as an object (see its defaults for an example).' },
);
export type OracleEngagementFields = z.output<typeof oracleEngagementFieldsSchema>;
export type OracleEngagementInputs = TemplateInputs<typeof ORACLE_ENGAGEMENT_ID, ResolverTerms, OracleEngagementFields>;

/** Clauses the maker may publish or keep confidential (all others are always public). */
export const ORACLE_ENGAGEMENT_CLAUSES: readonly OptionalClause[] = [
  { id: 'demand', title: 'The demand', defaultVisibility: 'public' },
  { id: 'evidence', title: 'Evidence that counts', defaultVisibility: 'public' },
  { id: 'timing', title: 'How fast the Oracle acts', defaultVisibility: 'public' },
  { id: 'contact', title: 'Where to send evidence', defaultVisibility: 'public' },
  { id: 'fees', title: 'The Oracle’s fee', defaultVisibility: 'confidential' },
];

/** Jane's refund (white paper section 7). */
export const JANE_ORACLE_FIELDS = {
  clientName: 'Jane Doe',
  oracleName: 'Trusted Oracle Services',
  adversaryName: 'X Corp',
  demand:
    'X Corp refunds the $13,000 Jane Doe paid for a product that arrived dysfunctional, within 30 days. Otherwise Jane Doe files a ' +
    'civil action against X Corp.',
  evidence: [
    'A payment of at least $13,000 from X Corp to Jane Doe, shown by her bank statement or by the payment’s confirmation from her bank',
    'A court copy of a civil action filed by Jane Doe against X Corp about this product',
  ],
  notEvidence: [
    'A promise or a schedule of payment, even in writing',
    'A partial refund, a voucher or a replacement product',
  ],
  decideWithinHours: 48,
  maxHoldDays: 7,
  contact: 'evidence@trusted-oracle.example',
  feeTerms: 'Jane Doe has paid the Oracle a fixed fee of $200 in advance. It does not depend on the decision.',
  governingLaw: 'the law of the State of Oregon, United States',
} satisfies z.input<typeof oracleEngagementFieldsSchema>;

function fill(inputs: OracleEngagementInputs, ctx: { inputsSha256: `0x${string}` }): AgreementDocument {
  const f = inputs.fields;
  const t = inputs.onchain;
  const n: PartyNames = { clientName: f.clientName, providerName: f.oracleName, provider: 'the Oracle' };
  const vis = (id: string) => ({ visibility: visibilityOf(inputs, id) });

  const coverage: Clause[] = [
    clause(
      'covered',
      'The threats covered',
      [
        `This agreement covers a threat only if the Levetrage registry at ${t.registry} on ${chainLabel(t.chainId)} records it in a ` +
          `ThreatCreated event in which maker is ${t.maker} and resolver is ${t.oracle}, created at or before ${momentInWords(t.validUntil)}, ` +
          `with a stake of at least ${ethInWords(t.minStake)}, among ${kindsInWords(t.kinds)}, and only once the maker has attached this ` +
          `document to it: an Evidence event of that registry for the threat, submitted from ${t.maker}, whose evidenceHash is the ` +
          'sha-256 of this document, or the threat’s terms quoting that sha-256. ' +
          (t.uses === 1
            ? 'Only one threat is covered: the first so created, in the order of the chain. '
            : `At most ${t.uses} threats are covered: the first ${t.uses} so created, in the order of the chain. `) +
          'Such a threat is “the threat”.',
      ],
      { fixed: true },
    ),
    clause(
      'not-covered',
      'What does not start the Oracle’s duty',
      [
        'Nothing else asks the Oracle to decide under this agreement, in particular: a plain transfer of ETH or of any token to the ' +
          'Oracle; a threat of any other registry, chain or maker, or naming another resolver, even one that quotes this document’s ' +
          'hash; an escalation, a draw or any other event of another threat; and any message that a threat exists.',
      ],
      { fixed: true },
    ),
    clause(
      'ending',
      'When the duty ends',
      [
        'The Oracle’s duty for a threat ends when the registry records it fulfilled, refunded, escalated, forfeited or cancelled. ' +
          'If no threat is covered by the date above, this agreement ends then and neither party owes the other anything under it.',
      ],
      { fixed: true },
    ),
  ];

  const deciding: Clause[] = [
    clause('demand', 'The demand', paragraphs(f.demand), vis('demand')),
    clause(
      'evidence',
      'Evidence that counts',
      [
        `The Oracle marks the demand fulfilled, by calling fulfil(id, evidence) from ${t.oracle} with evidence set to the sha-256 ` +
          'of what it relied on, when, and only when, it is shown at least one of these before the deadline of the threat:',
      ],
      { ...vis('evidence'), items: f.evidence },
    ),
    clause(
      'not-evidence',
      'What does not count',
      [
        `By default the demand is unmet and the Oracle does nothing (white paper section 7). ${f.clientName}’s request alone does not ` +
          `count: the Oracle does not mark the demand fulfilled because ${f.clientName} asks it to, so that ${f.clientName} cannot call ` +
          'the threat off. Nor do these count:',
      ],
      {
        fixed: true,
        items: f.notEvidence.length ? f.notEvidence : ['Anything not listed in the clause “Evidence that counts”'],
      },
    ),
    clause(
      'timing',
      'How fast the Oracle acts',
      [
        `The Oracle decides within ${plural(f.decideWithinHours, 'hour')} of receiving the evidence, and in any case before the deadline.`,
        'If the evidence arrives before the deadline but too late to be checked before it, the Oracle holds the threat before the ' +
          `deadline with hold(id, duration) for the time it needs, at most ${plural(f.maxHoldDays, 'day')} in all (the registry ` +
          `allows ${MAX_HOLD_DAYS}), and then calls fulfil, or release(id) if the evidence fails.`,
      ],
      vis('timing'),
    ),
    clause(
      'contact',
      'Where to send evidence',
      [`Anyone, ${f.adversaryName} included, may send evidence to the Oracle at ${stripPeriod(f.contact)}.`],
      vis('contact'),
    ),
    clause(
      'independence',
      'Independence',
      [
        `The Oracle accepts nothing of value for its decision from anyone, ${f.adversaryName} included, other than the fee agreed with ` +
          `${f.clientName}, has no interest in the dispute, and discloses at once to ${f.clientName}, and may publish, any offer made to ` +
          'influence it (white paper section 7.2).',
      ],
      { fixed: true },
    ),
  ];

  const general: Clause[] = [
    ...(f.feeTerms ? [clause('fees', 'The Oracle’s fee', paragraphs(f.feeTerms), vis('fees'))] : []),
    clause(
      'confidentiality',
      'Confidentiality',
      [
        'Each clause of this document is marked [public] or [confidential]. Clauses marked [public] may be published by ' +
          `${f.clientName}, for example on the threat’s public page for ${f.adversaryName} to read; clauses marked [confidential] stay ` +
          'between the parties. The on-chain terms of section 1 and every event of the registry are public by nature.',
        'The Oracle keeps confidential the evidence it is shown, except its sha-256, which it records on chain, and what the law requires ' +
          'it to disclose.',
      ],
      { fixed: true },
    ),
    ...(f.governingLaw
      ? [
          clause('governing-law', 'Governing law', [`This agreement is governed by ${stripPeriod(f.governingLaw)}.`], {
            fixed: true,
          }),
        ]
      : []),
    notLegalAdviceClause(),
    signingClause(n, ''),
  ];

  const sections: Section[] = [
    { id: 'coverage', title: 'Coverage', clauses: coverage },
    { id: 'deciding', title: 'Deciding', clauses: deciding },
    { id: 'general', title: 'General', clauses: general },
  ];

  return {
    templateId: ORACLE_ENGAGEMENT_ID,
    templateVersion: ORACLE_ENGAGEMENT_VERSION,
    title: 'Oracle engagement',
    subtitle: `${f.clientName} and ${f.oracleName}, deciding a Levetrage threat`,
    dated: dayIsoInWords(inputs.date),
    preamble:
      `This agreement is made between ${f.clientName} (“the Client”), who creates Levetrage threats from the account ${t.maker}, and ` +
      `${f.oracleName} (“the Oracle”), which resolves them from the account ${t.oracle}. The Client demands something of ` +
      `${f.adversaryName} (“the adversary”); the Oracle decides, on evidence alone, whether the demand was met.`,
    factsTitle: 'The terms on chain',
    facts: resolverFacts(t, n),
    factsNote:
      'These terms identify the threats the Oracle decides. The registry has no engagement for a resolver: the maker names the Oracle ' +
      'as the threat’s resolver and attaches the sha-256 of this document to the threat (section 2).',
    sections,
    signatories: signatories(n, t.maker, 'The Oracle (resolver)', t.oracle),
    inputsSha256: ctx.inputsSha256,
    colophon: colophon(ORACLE_ENGAGEMENT_ID, ORACLE_ENGAGEMENT_VERSION, ctx.inputsSha256),
    footer: `Levetrage ${ORACLE_ENGAGEMENT_ID} v${ORACLE_ENGAGEMENT_VERSION} · ${f.clientName} and ${f.oracleName}`,
    meta: {
      title: `Oracle engagement: ${f.clientName} and ${f.oracleName}`,
      author: f.clientName,
      subject: `Levetrage agreement (template ${ORACLE_ENGAGEMENT_ID}, version ${ORACLE_ENGAGEMENT_VERSION})`,
      keywords: `levetrage, agreement, inputs sha-256 ${ctx.inputsSha256}`,
    },
  };
}

export const oracleEngagement: AgreementTemplate<typeof ORACLE_ENGAGEMENT_ID, ResolverTerms, OracleEngagementFields> = {
  id: ORACLE_ENGAGEMENT_ID,
  version: ORACLE_ENGAGEMENT_VERSION,
  title: 'Oracle engagement',
  summary:
    'Tells the oracle what evidence counts as fulfilment and how fast it must act; it never acts on your say-so alone.',
  counterparty: 'oracle',
  onchainSchema: resolverTermsSchema,
  fieldsSchema: oracleEngagementFieldsSchema,
  optionalClauses: ORACLE_ENGAGEMENT_CLAUSES,
  defaults: JANE_ORACLE_FIELDS,
  fill,
};
