/**
 * Wording shared by the templates: the engagement's facts, the trigger (only an `Escalated` event from the
 * named registry for the named engagement, of at least the minimum stake), what is not a trigger,
 * confidentiality, the "not legal advice" notice (white paper sections 1 and 14.1), signatures and the colophon.
 * Changing any sentence here changes the bytes of every agreement: bump the templates' versions.
 */
import type { Clause, Fact, Signatory, Visibility } from './types';
import { chainLabel, kindsBits, kindsInWords, type EngagementTerms, type ResolverTerms } from './onchain';
import { ethInWords, momentInWords, plural } from './fields';

import { ENGAGEMENT_TYPE } from '../engagements/typed-data';

export { ENGAGEMENT_TYPE };

/** Builds a clause. */
export function clause(
  id: string,
  title: string,
  paragraphs: string[],
  opts: { visibility?: Visibility; fixed?: boolean; items?: string[] } = {},
): Clause {
  const fixed = opts.fixed ?? false;
  const out: Clause = { id, title, paragraphs, visibility: fixed ? 'public' : (opts.visibility ?? 'public'), fixed };
  if (opts.items && opts.items.length > 0) out.items = opts.items;
  return out;
}

/** How the parties are called in the clauses. */
export interface PartyNames {
  /** "Jane Doe" */
  clientName: string;
  /** "Law Firm Y" */
  providerName: string;
  /** "the Firm" / "the Oracle" */
  provider: string;
}

/** The facts table of a provider's engagement. */
export function engagementFacts(t: EngagementTerms, n: PartyNames): Fact[] {
  return [
    { label: 'Chain', value: chainLabel(t.chainId) },
    { label: 'Registry (Levetrage)', value: t.registry, mono: true },
    { label: `Provider: ${n.providerName}`, value: t.provider, mono: true },
    { label: `Maker: ${n.clientName}`, value: t.maker, mono: true },
    {
      label: 'Agreement hash',
      value: 'the sha-256 of this PDF file, byte for byte (a file cannot contain its own hash)',
    },
    { label: 'Minimum stake', value: ethInWords(t.minStake) },
    { label: 'Maximum stake', value: t.maxStake === '0' ? 'no cap (0)' : ethInWords(t.maxStake) },
    { label: 'Kinds of threat', value: `${kindsInWords(t.kinds)} (kinds bits ${kindsBits(t.kinds)})` },
    { label: 'Valid until', value: momentInWords(t.validUntil) },
    { label: 'Uses', value: `${plural(t.uses, 'threat')} at most` },
    { label: 'Nonce', value: t.nonce, mono: true },
  ];
}

/** Says how the engagement id is derived, since the document cannot print it (it depends on the hash). */
export function engagementNote(t: EngagementTerms): string {
  return (
    'These terms are the engagement. Its id, the engagementId of the registry’s events, is the EIP-712 digest of ' +
    `${ENGAGEMENT_TYPE} with the values above and agreementHash set to the sha-256 of this document, under the domain ` +
    `name "Levetrage", version "1", chainId ${t.chainId} and verifyingContract ${t.registry}; the registry’s ` +
    'engagementIdOf(engagement) returns it. The id cannot be printed here because it depends on the hash of this very file.'
  );
}

/** The facts table of an oracle's coverage. */
export function resolverFacts(t: ResolverTerms, n: PartyNames): Fact[] {
  return [
    { label: 'Chain', value: chainLabel(t.chainId) },
    { label: 'Registry (Levetrage)', value: t.registry, mono: true },
    { label: `Oracle (resolver): ${n.providerName}`, value: t.oracle, mono: true },
    { label: `Maker: ${n.clientName}`, value: t.maker, mono: true },
    { label: 'This agreement', value: 'identified by the sha-256 of this PDF file, byte for byte' },
    { label: 'Minimum stake', value: ethInWords(t.minStake) },
    { label: 'Kinds of threat', value: kindsInWords(t.kinds) },
    { label: 'Threats created until', value: momentInWords(t.validUntil) },
    { label: 'Threats covered', value: `${plural(t.uses, 'threat')} at most` },
  ];
}

/**
 * The trigger of a provider's service (white paper sections 10.2 and 10.4): only an `Escalated` event from the
 * named registry for the named engagement, of at least the minimum stake. `serviceRef` names the clause of the
 * service ("section 4").
 */
export function triggerClauses(t: EngagementTerms, n: PartyNames, serviceRef: string): Clause[] {
  const P = cap(n.provider);
  return [
    clause(
      'trigger',
      'The only trigger',
      [
        `${P}’s obligations in ${serviceRef} are triggered only by an event Escalated(id, provider, engagementId, amount, paid) ` +
          `emitted by the Levetrage registry at ${t.registry} on ${chainLabel(t.chainId)}, in which provider is ${t.provider}, ` +
          `engagementId is the id of the engagement of section 1 (made by the maker ${t.maker} with the provider’s nonce ${t.nonce}) ` +
          `and amount is at least the minimum stake of ${ethInWords(t.minStake)}. That event is the trigger; the threat it names by its id is “the threat”.`,
        `The registry emits it only when a threat created by the maker ${t.maker} with this engagement escalates by its own rules ` +
          '(a hawkish draw, or a deadline whose timeout action is to escalate). The amount is then paid to the provider, or, if the ' +
          'transfer fails (paid is false), credited to its withdrawable balance in the registry: either way it is a trigger.',
      ],
      { fixed: true },
    ),
    clause(
      'not-a-trigger',
      'What is not a trigger',
      [
        `Nothing else triggers ${n.provider}’s obligations, in particular: a plain transfer of ETH or of any token to the provider, ` +
          `from ${n.clientName} or from anyone else; an Escalated event of any other contract, of any other chain, or for any other ` +
          'engagement or provider, even one that quotes this document’s hash; an escalation of less than the minimum stake; and any ' +
          'message, screenshot or statement that an escalation happened. Nobody but the maker can create a threat with this engagement, ' +
          'so nobody else can trigger it (white paper section 10.4).',
      ],
      { fixed: true },
    ),
    clause(
      'checking',
      'Checking the trigger',
      [
        `Before acting, ${n.provider} reads the Escalated event from the chain itself (its own node or a source it trusts) and ` +
          'checks that engagementIdOf applied to the terms of section 1, with the sha-256 of this document, gives the event’s ' +
          'engagementId. Periods in this agreement run from the time of the block that contains the event, once that block is final.',
      ],
      { fixed: true },
    ),
  ];
}

/** When no trigger ever comes. `after` is what the provider then does with what it holds (may be empty). */
export function noTriggerClause(n: PartyNames, after: string): Clause {
  return clause(
    'no-trigger',
    'If no trigger occurs',
    [
      `If no trigger occurs, neither party owes the other anything under this agreement. It ends once every threat created with the ` +
        'engagement has ended without an escalation (the registry records each ending: fulfilled, refunded, forfeited or cancelled), ' +
        `or at the validity date of section 1 if no threat was created by then.${after ? ` ${after}` : ''}`,
    ],
    { fixed: true },
  );
}

/** Confidentiality: which clauses may be published, and what the provider keeps to itself. */
export function confidentialityClause(n: PartyNames): Clause {
  return clause(
    'confidentiality',
    'Confidentiality',
    [
      'Each clause of this document is marked [public] or [confidential]. Clauses marked [public] may be published by ' +
        `${n.clientName}, for example on the threat’s public page for the adversary to read; clauses marked [confidential] stay ` +
        'between the parties. The on-chain terms of section 1 and every event of the registry are public by nature.',
      `${cap(n.provider)} keeps confidential the clauses marked [confidential] and everything ${n.clientName} gives it for this ` +
        'matter, except what it must use or disclose to perform this agreement after a trigger, or what the law requires it to disclose. ' +
        'Publishing the [public] clauses does not publish anything else.',
    ],
    { fixed: true },
  );
}

/** Not legal advice (white paper sections 1 and 14.1). */
export function notLegalAdviceClause(): Clause {
  return clause(
    'not-legal-advice',
    'Not legal advice',
    [
      'This document was generated from a Levetrage template from the parties’ own inputs. It is not legal advice. The templates ' +
        'have not been vetted by anyone with legal qualifications (white paper, sections 1 and 14.1), and whether an agreement like ' +
        'this is valid and enforceable depends on the law that governs it. Each party should have it reviewed by a lawyer qualified ' +
        'where it applies before signing. Levetrage, its authors and the NASH holders are not parties to this agreement.',
    ],
    { fixed: true },
  );
}

/** The signature clause; `onchainConsent` says how the counterparty may consent on chain, if it can. */
export function signingClause(n: PartyNames, onchainConsent: string): Clause {
  return clause(
    'signing',
    'Signing',
    [
      `The parties sign this document below. ${onchainConsent}`.trim(),
      'A copy of this document is genuine only if its sha-256 is the agreement hash the parties agreed; re-rendering the same inputs ' +
        'gives the same bytes (see the last page).',
    ],
    { fixed: true },
  );
}

/** The closing note: how to re-render and verify. */
export function colophon(templateId: string, version: number, inputsSha256: string): string[] {
  return [
    `This PDF is rendered from its inputs alone by the Levetrage template "${templateId}", version ${version}: the same inputs give ` +
      'the same bytes, so anyone holding them can render it again and compare its sha-256 with the agreement hash on chain.',
    `sha-256 of the canonical inputs (JSON, keys sorted): ${inputsSha256}.`,
    'To re-render without any server: npx tsx scripts/render-agreement.ts inputs.json agreement.pdf (in the Levetrage repository), ' +
      'which prints the sha-256 of the PDF.',
  ];
}

/** Signature blocks: the maker and the counterparty. */
export function signatories(
  n: PartyNames,
  makerAccount: string,
  counterpartyRole: string,
  counterpartyAccount: string,
): Signatory[] {
  return [
    { role: 'The Client (maker)', name: n.clientName, account: makerAccount },
    { role: counterpartyRole, name: n.providerName, account: counterpartyAccount },
  ];
}

/** Splits multi-line text into paragraphs (blank lines separate them; single line breaks are kept as spaces). */
export function paragraphs(s: string): string[] {
  return s
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\n/g, ' ').trim())
    .filter(Boolean);
}

/** Drops one trailing period, so a phrase can be embedded in a sentence. */
export function stripPeriod(s: string): string {
  return s.replace(/\.\s*$/, '');
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
