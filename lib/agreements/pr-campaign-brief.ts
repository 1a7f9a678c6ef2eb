/**
 * Template "pr-campaign-brief": Joe's sealed envelope with PR firm A (white paper section 9), also Mike's
 * publicity threat (section 6.1). The envelope is confidential: the brief names only its sha-256 (Joe hands the
 * file to the firm off-band), so the brief itself renders from non-confidential inputs. On the trigger the firm
 * opens the envelope and spends the amount publicizing the story; without a trigger it destroys the envelope.
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
import { dayIsoInWords, int, plural, sha256Field, text, textList } from './fields';
import { engagementTermsSchema, type EngagementTerms } from './onchain';
import { visibilityOf, type AgreementTemplate, type OptionalClause, type TemplateInputs } from './template';
import type { AgreementDocument, Clause, Section } from './types';

export const PR_CAMPAIGN_BRIEF_ID = 'pr-campaign-brief' as const;
export const PR_CAMPAIGN_BRIEF_VERSION = 1;

/** The template's own fields. The envelope appears only as its sha-256, never its content. */
export const prCampaignBriefFieldsSchema = z.strictObject(
  {
    clientName: text({ what: 'the client’s name', min: 2, max: 120 }),
    firmName: text({ what: 'the PR firm’s name', min: 2, max: 120 }),
    adversaryName: text({ what: 'the adversary’s name', min: 2, max: 120 }),
    story: text({ what: 'the story the campaign tells', min: 20, max: 1500, multiline: true }),
    envelopeSha256: sha256Field('the envelope’s fingerprint'),
    envelopeDescription: text({
      what: 'the description of what the envelope holds',
      min: 10,
      max: 800,
      multiline: true,
    }),
    startWithinHours: int({ what: 'the hours the firm has to start the campaign', min: 1, max: 720, unit: 'hours' }),
    spendPercent: int({ what: 'the share of the amount spent on publicity', min: 1, max: 100, unit: 'percent' }),
    campaignDays: int({ what: 'the length of the campaign', min: 1, max: 365, unit: 'days' }),
    channels: textList({ what: 'the campaign’s channels', item: 'each channel', max: 10, itemMax: 300 }),
    reportWithinDays: int({ what: 'the days the firm has to record that it acted', min: 1, max: 365, unit: 'days' }),
    destroyWithinDays: int({ what: 'the days the firm has to destroy the envelope', min: 1, max: 90, unit: 'days' }),
    feeTerms: text({ what: 'the fee terms', max: 1000, multiline: true, optional: true }),
    governingLaw: text({ what: 'the governing law', max: 200, optional: true }),
  },
  { error: 'Give the template’s fields as an object (see its defaults for an example).' },
);
export type PrCampaignBriefFields = z.output<typeof prCampaignBriefFieldsSchema>;
export type PrCampaignBriefInputs = TemplateInputs<typeof PR_CAMPAIGN_BRIEF_ID, EngagementTerms, PrCampaignBriefFields>;

/** Clauses the maker may publish or keep confidential (all others are always public). */
export const PR_CAMPAIGN_BRIEF_CLAUSES: readonly OptionalClause[] = [
  { id: 'story', title: 'The story', defaultVisibility: 'public' },
  { id: 'envelope', title: 'The envelope’s fingerprint', defaultVisibility: 'public' },
  { id: 'envelope-contents', title: 'What the envelope holds', defaultVisibility: 'public' },
  { id: 'campaign', title: 'The campaign', defaultVisibility: 'public' },
  { id: 'channels', title: 'Channels', defaultVisibility: 'confidential' },
  { id: 'report', title: 'Recording the campaign', defaultVisibility: 'public' },
  { id: 'fees', title: 'Fees', defaultVisibility: 'confidential' },
];

/**
 * Joe's story (white paper section 9). `envelopeSha256` is the sha-256 of the demo envelope
 * `lib/agreements/demo/joe-envelope.txt` (fictional).
 */
export const JOE_BRIEF_FIELDS = {
  clientName: 'Joe Roe',
  firmName: 'PR Firm A',
  adversaryName: 'X Corp',
  story:
    'What Joe Roe witnessed while employed at X Corp, and how X Corp answered his accurate account of it: a defamation suit ' +
    '(a SLAPP) and an offer to drop it if he pays $10,000 and signs a non-disclosure agreement.',
  envelopeSha256: '0x4ff15b7efc522ecfbcf824507b4c8f914d7b9c13cf7cee7c997b14c8c0bf0a89',
  envelopeDescription:
    'Documents, a list of corroborating witnesses, Joe Roe’s own account of the events, and a copy of X Corp’s complaint against him.',
  startWithinHours: 24,
  spendPercent: 100,
  campaignDays: 30,
  channels: [
    'Pitches and the documents to journalists who cover X Corp and its industry',
    'Paid social media and search advertising pointing to the story',
    'A public web page with the account and the documents that may lawfully be published',
  ],
  reportWithinDays: 45,
  destroyWithinDays: 7,
  feeTerms:
    'The Firm’s fee for preparing this brief has been paid. The amount of the trigger is spent on the campaign in full.',
  governingLaw: 'the law of the State of Oregon, United States',
} satisfies z.input<typeof prCampaignBriefFieldsSchema>;

function fill(inputs: PrCampaignBriefInputs, ctx: { inputsSha256: `0x${string}` }): AgreementDocument {
  const f = inputs.fields;
  const t = inputs.onchain;
  const n: PartyNames = { clientName: f.clientName, providerName: f.firmName, provider: 'the Firm' };
  const vis = (id: string) => ({ visibility: visibilityOf(inputs, id) });

  const envelope: Clause[] = [
    clause(
      'envelope',
      'The envelope’s fingerprint',
      [
        `${f.clientName} has handed the Firm, outside this document, a file (“the envelope”) whose sha-256 is ${f.envelopeSha256}. ` +
          'The Firm confirms that it holds a file with exactly that sha-256. The envelope’s contents are not part of this document, ' +
          'and nothing in this document publishes them.',
      ],
      vis('envelope'),
    ),
    clause('envelope-contents', 'What the envelope holds', paragraphs(f.envelopeDescription), vis('envelope-contents')),
    clause(
      'sealed',
      'Sealed until the trigger',
      [
        'Until a trigger occurs the Firm keeps the envelope sealed: it does not open, read or disclose it, keeps no copy but one for ' +
          'safe keeping, and protects it from loss and from access by anyone else.',
      ],
      { fixed: true },
    ),
  ];

  const campaign: Clause[] = [
    clause(
      'campaign',
      'The campaign',
      [
        `Within ${plural(f.startWithinHours, 'hour')} of the trigger the Firm opens the envelope and begins a publicity campaign ` +
          `telling the story of the section “The story” (“the campaign”), and within ${plural(f.campaignDays, 'day')} of the trigger it ` +
          `spends at least ${f.spendPercent}% of the amount of the trigger on it.`,
        `The amount is paid on behalf of ${f.clientName}, whoever funded the threat (backers included), and is not refundable once the ` +
          'campaign has begun.',
      ],
      vis('campaign'),
    ),
    clause('channels', 'Channels', ['The campaign uses at least these channels:'], {
      ...vis('channels'),
      items: f.channels,
    }),
    clause(
      'lawful-content',
      'Lawful content',
      [
        'The Firm publishes only what it may lawfully publish. It may leave out any part of the envelope it reasonably believes ' +
          `unlawful to publish (for example private data of third parties), and then tells ${f.clientName} what it left out and why. ` +
          `${f.clientName} states that, to the best of their knowledge, the account in the envelope is true.`,
      ],
      { fixed: true },
    ),
    clause(
      'report',
      'Recording the campaign',
      [
        `Within ${plural(f.reportWithinDays, 'day')} of the trigger the Firm records that it acted, with the registry’s ` +
          'recordActed(id, evidenceHash, uri) from its provider account, where uri points at a report of the campaign and ' +
          'evidenceHash is its sha-256 (white paper section 11.4).',
      ],
      vis('report'),
    ),
  ];

  const general: Clause[] = [
    noTriggerClause(
      n,
      `The Firm then destroys the envelope and every copy of it, unopened, within ${plural(f.destroyWithinDays, 'day')}, and ` +
        `confirms the destruction to ${f.clientName} in writing.`,
    ),
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
    {
      id: 'trigger',
      title: 'The trigger',
      clauses: triggerClauses(t, n, 'the sections “The envelope” and “The campaign”'),
    },
    {
      id: 'story',
      title: 'The story',
      clauses: [clause('story', `${f.clientName} and ${f.adversaryName}`, paragraphs(f.story), vis('story'))],
    },
    { id: 'envelope', title: 'The envelope', clauses: envelope },
    { id: 'campaign', title: 'The campaign', clauses: campaign },
    ...(f.feeTerms
      ? [{ id: 'fees', title: 'Fees', clauses: [clause('fees', 'Fees', paragraphs(f.feeTerms), vis('fees'))] }]
      : []),
    { id: 'general', title: 'General', clauses: general },
  ];

  return {
    templateId: PR_CAMPAIGN_BRIEF_ID,
    templateVersion: PR_CAMPAIGN_BRIEF_VERSION,
    title: 'Publicity campaign brief',
    subtitle: `${f.clientName} and ${f.firmName}, on a Levetrage escalation`,
    dated: dayIsoInWords(inputs.date),
    preamble:
      `This agreement is made between ${f.clientName} (“the Client”), who creates Levetrage threats from the account ${t.maker}, and ` +
      `${f.firmName} (“the Firm”), which receives their escalations at the account ${t.provider}. The Client is in a dispute with ` +
      `${f.adversaryName} (“the adversary”). The Firm will publicize the Client’s story when, and only when, the trigger of section 2 occurs.`,
    factsTitle: 'The engagement',
    facts: engagementFacts(t, n),
    factsNote: engagementNote(t),
    sections,
    signatories: signatories(n, t.maker, 'The Firm (provider)', t.provider),
    inputsSha256: ctx.inputsSha256,
    colophon: colophon(PR_CAMPAIGN_BRIEF_ID, PR_CAMPAIGN_BRIEF_VERSION, ctx.inputsSha256),
    footer: `Levetrage ${PR_CAMPAIGN_BRIEF_ID} v${PR_CAMPAIGN_BRIEF_VERSION} · ${f.clientName} and ${f.firmName}`,
    meta: {
      title: `Publicity campaign brief: ${f.clientName} and ${f.firmName}`,
      author: f.clientName,
      subject: `Levetrage agreement (template ${PR_CAMPAIGN_BRIEF_ID}, version ${PR_CAMPAIGN_BRIEF_VERSION})`,
      keywords: `levetrage, agreement, inputs sha-256 ${ctx.inputsSha256}`,
    },
  };
}

export const prCampaignBrief: AgreementTemplate<typeof PR_CAMPAIGN_BRIEF_ID, EngagementTerms, PrCampaignBriefFields> = {
  id: PR_CAMPAIGN_BRIEF_ID,
  version: PR_CAMPAIGN_BRIEF_VERSION,
  title: 'PR campaign brief',
  summary:
    'A PR firm opens your sealed envelope and publicizes the story when, and only when, the threat escalates to it.',
  counterparty: 'provider',
  onchainSchema: engagementTermsSchema,
  fieldsSchema: prCampaignBriefFieldsSchema,
  optionalClauses: PR_CAMPAIGN_BRIEF_CLAUSES,
  defaults: JOE_BRIEF_FIELDS,
  fill,
};
