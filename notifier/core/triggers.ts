// What each indexed event means for the people following a threat: the notices it triggers, each with the
// threat link and what to do next, and who it is addressed to. Pure (no I/O): the follower feeds it the
// indexer's event timeline and the threat facts it keeps (ThreatInfo), and stores what comes out.
import { drawOutcomeKey, roleKey } from '../../lib/contracts/enums.generated';
import { formatDate, formatDuration, formatEth, shortHash } from '../../lib/format';
import type { EventLogRow } from '../../lib/indexer/types';

/** The parts a threat names (the resolver is "oracle" here: an account or a resolver contract). */
export const PARTY_ROLES = ['maker', 'provider', 'oracle', 'beneficiary', 'adversary'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const NOTICE_KINDS = [
  'created',
  'engagement-accepted',
  'draw-requested',
  'draw-settled',
  'deadline-24h',
  'deadline-1h',
  'claim',
  'evidence',
  'escalated',
  'acted',
  'fulfilled',
  'broken',
  'refunded',
  'forfeited',
  'cancelled',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The facts about a threat the notifier keeps from its ThreatCreated / OddsSet (roles never change). */
export interface ThreatInfo {
  id: string;
  maker: string;
  provider: string | null;
  beneficiary: string;
  resolver: string;
  adversary: string | null;
  deadline: number;
  engagementId: string | null;
  agreementHash: string | null;
  terms: string;
  period: number | null;
  start: number | null;
  open: boolean;
}

export interface Party {
  address: string;
  role: PartyRole;
}

/** A notice as stored and sent: one per (event, kind), or per (threat, reminder window, deadline). */
export interface StoredNotice {
  key: string;
  threatId: string | null;
  kind: NoticeKind;
  title: string;
  body: string;
  nextStep: string;
  link: string;
  data: Record<string, unknown>;
  chainTime: number;
}

/** A notice before it is stored, with who it concerns. */
export interface NoticeDraft extends StoredNotice {
  /** Everyone the threat names (feeds per address, "everything naming 0x…" subscriptions). */
  parties: Party[];
  /** The roles the notice is for (an address followed in one role gets the notices for that role). */
  audience: PartyRole[];
}

export interface TriggerContext {
  appUrl: string;
  chainId: number;
}

const ZERO = '0x0000000000000000000000000000000000000000';
const ZERO_HASH = `0x${'0'.repeat(64)}`;
const orNull = (a: unknown) => (typeof a === 'string' && a !== ZERO && a !== ZERO_HASH ? a.toLowerCase() : null);

export const threatLink = (ctx: TriggerContext, id: string) =>
  `${ctx.appUrl.replace(/\/+$/, '')}/t/${ctx.chainId}/${id}`;

export function partiesOf(info: ThreatInfo): Party[] {
  const out: Party[] = [
    { address: info.maker, role: 'maker' },
    { address: info.resolver, role: 'oracle' },
    { address: info.beneficiary, role: 'beneficiary' },
  ];
  if (info.provider) out.push({ address: info.provider, role: 'provider' });
  if (info.adversary) out.push({ address: info.adversary, role: 'adversary' });
  return out;
}

/** The ThreatInfo a ThreatCreated event carries. */
export function infoFromCreated(e: EventLogRow): ThreatInfo {
  const a = e.args as Record<string, string>;
  return {
    id: String(a.id),
    maker: a.maker!.toLowerCase(),
    provider: orNull(a.provider),
    beneficiary: a.beneficiary!.toLowerCase(),
    resolver: a.resolver!.toLowerCase(),
    adversary: orNull(a.adversary),
    deadline: Number(a.deadline),
    engagementId: orNull(a.engagementId),
    agreementHash: orNull(a.agreementHash),
    terms: String(a.terms ?? ''),
    period: null,
    start: null,
    open: true,
  };
}

/** Events after which nothing more can happen to the threat (no more reminders). */
export const TERMINAL_EVENTS = new Set([
  'Fulfilled',
  'Escalated',
  'Refunded',
  'Forfeited',
  'Cancelled',
  'PromiseBroken',
]);

const ALL: PartyRole[] = [...PARTY_ROLES];
const wei = (v: unknown) => formatEth(BigInt(String(v ?? '0')));
const quote = (terms: string) => (terms.length > 140 ? `${terms.slice(0, 137)}…` : terms);

/**
 * The notices an indexed event triggers (none for events nobody acts on: fees, NASH transfers, beacons).
 * `info` is the threat's facts (null for events without a threat, or a threat created before the stream).
 */
export function noticesForEvent(e: EventLogRow, info: ThreatInfo | null, ctx: TriggerContext): NoticeDraft[] {
  const a = (e.args ?? {}) as Record<string, unknown>;
  const base = (
    kind: NoticeKind,
    audience: PartyRole[],
    title: string,
    body: string,
    nextStep: string,
    data: Record<string, unknown> = {},
    link?: string,
  ): NoticeDraft => ({
    key: `${e.id}:${kind}`,
    threatId: info?.id ?? (e.threatId === null ? null : String(e.threatId)),
    kind,
    title,
    body,
    nextStep,
    link: link ?? (info ? threatLink(ctx, info.id) : `${ctx.appUrl.replace(/\/+$/, '')}/ledger`),
    data: { event: e.name, block: e.blockNumber, tx: e.txHash, ...data },
    chainTime: e.timestamp,
    parties: info ? partiesOf(info) : [],
    audience,
  });

  if (e.name === 'EngagementAccepted') {
    const provider = String(a.provider ?? '').toLowerCase();
    const maker = String(a.maker ?? '').toLowerCase();
    const n = base(
      'engagement-accepted',
      ['provider', 'maker'],
      `Engagement accepted on chain by ${provider}`,
      `The provider ${provider} accepted an engagement for the maker ${maker} (engagement ${shortHash(String(a.engagementId))}).`,
      'The maker can now create a threat that names this provider; the provider is paid on escalation.',
      { engagementId: a.engagementId, provider, maker },
      `${ctx.appUrl.replace(/\/+$/, '')}/provider`,
    );
    return [
      {
        ...n,
        parties: [
          { address: provider, role: 'provider' },
          { address: maker, role: 'maker' },
        ],
      },
    ];
  }
  if (!info) return [];
  const id = info.id;
  const link = threatLink(ctx, id);
  switch (e.name) {
    case 'ThreatCreated': {
      const out = [
        base(
          'created',
          ALL,
          `Threat #${id} created: ${wei(a.stake)} at stake`,
          `“${quote(info.terms)}” Deadline ${formatDate(info.deadline)}.`,
          'Adversary: read the demand and how to comply on the threat page. Oracle: note the deadline; you decide whether the demand was met.',
          { stake: String(a.stake), deadline: info.deadline },
        ),
      ];
      return out;
    }
    case 'DrawRequested':
      return [
        base(
          'draw-requested',
          ['adversary', 'maker', 'beneficiary'],
          `Threat #${id}: a draw is requested (periods ${a.fromPeriod}–${a.throughPeriod})`,
          `The randomness for periods ${a.fromPeriod} to ${a.throughPeriod} is requested (ticket ${a.ticket}); the draw is settled once it arrives.`,
          'Adversary: comply now to stop further draws; the next settle decides whether the stake escalates.',
          { fromPeriod: a.fromPeriod, throughPeriod: a.throughPeriod, ticket: a.ticket },
        ),
      ];
    case 'DrawSettled': {
      const outcome = drawOutcomeKey(Number(a.outcome));
      const text = a.neutralized ? 'neutralized (counted as continue)' : outcome;
      return [
        base(
          'draw-settled',
          ['adversary', 'maker', 'beneficiary', 'provider'],
          `Threat #${id}: draw for period ${a.period} settled: ${text}`,
          `Period ${a.period} was drawn: ${text}. Verify the draw yourself on the threat page: ${link}#draws`,
          outcome === 'escalate'
            ? 'The stake escalates: the provider is paid and acts.'
            : outcome === 'terminate'
              ? 'The threat ended dovishly: the stake goes back.'
              : 'The threat continues; the next period draws again unless you comply.',
          { period: a.period, outcome, neutralized: Boolean(a.neutralized), value: a.value, verify: `${link}#draws` },
        ),
      ];
    }
    case 'FulfilmentClaimed':
      return [
        base(
          'claim',
          ['oracle', 'maker', 'adversary'],
          `Threat #${id}: fulfilment claimed, decision held until ${formatDate(Number(a.until))}`,
          `The resolver holds the threat until ${formatDate(Number(a.until))} while it checks the claim that the demand was met.`,
          'Oracle: check the evidence and decide (fulfil or release) before the hold ends.',
          { until: Number(a.until) },
        ),
      ];
    case 'Evidence': {
      const role = roleKey(Number(a.role));
      return [
        base(
          'evidence',
          ['oracle', 'maker', 'adversary'],
          `Threat #${id}: new evidence from the ${role === 'other' ? 'adversary or a third party' : role}`,
          `Evidence ${shortHash(String(a.evidenceHash))} was submitted by ${String(a.submitter)}: ${String(a.uri)}`,
          'Oracle: review the evidence and decide before the deadline; a silent oracle lets the timeout decide.',
          { submitter: a.submitter, role, evidenceHash: a.evidenceHash, uri: a.uri },
        ),
      ];
    }
    case 'Escalated':
      return [
        base(
          'escalated',
          ['provider', 'maker', 'beneficiary', 'adversary'],
          `Threat #${id} escalated: ${wei(a.amount)} to the provider`,
          `Engagement ${String(a.engagementId)} · amount ${wei(a.amount)}${a.paid ? '' : ' (credited to withdrawable: the transfer failed)'} · agreement hash ${info.agreementHash ?? 'none'}.`,
          'Provider: act under the agreement, then record it with “Record that you acted” on your desk.',
          {
            provider: a.provider,
            engagementId: a.engagementId,
            amount: String(a.amount),
            paid: Boolean(a.paid),
            agreementHash: info.agreementHash,
          },
        ),
      ];
    case 'ProviderActed':
      return [
        base(
          'acted',
          ['maker', 'adversary', 'beneficiary'],
          `Threat #${id}: the provider recorded that it acted`,
          `Evidence ${shortHash(String(a.evidenceHash))}: ${String(a.uri)}`,
          'Nothing to do; the record is public on the threat page.',
          { uri: a.uri, evidenceHash: a.evidenceHash },
        ),
      ];
    case 'Fulfilled':
      return [
        base(
          'fulfilled',
          ALL,
          `Threat #${id} fulfilled`,
          'The resolver marked the demand as met; the stake goes back to the beneficiary.',
          'Nothing to do: the threat is over.',
          { evidence: a.evidence },
        ),
      ];
    case 'PromiseBroken':
      return [
        base(
          'broken',
          ALL,
          `Threat #${id}: the promise was broken`,
          'The resolver recorded that the promise was broken; the timeout action applies.',
          'See the outcome on the threat page.',
          { evidence: a.evidence },
        ),
      ];
    case 'Refunded':
      return [
        base(
          'refunded',
          ALL,
          `Threat #${id} refunded: ${wei(a.amount)}`,
          `${wei(a.amount)} went back to the beneficiary${a.paid ? '' : ' (credited to withdrawable: the transfer failed)'}.`,
          'Backers and pledgers: reclaim your share on the threat page.',
          { amount: String(a.amount), paid: Boolean(a.paid) },
        ),
      ];
    case 'Forfeited':
      return [
        base(
          'forfeited',
          ALL,
          `Threat #${id} forfeited: ${wei(a.amount)} to NASH holders`,
          `The stake of ${wei(a.amount)} was distributed to NASH holders.`,
          'Nothing to do: the threat is over.',
          { amount: String(a.amount) },
        ),
      ];
    case 'Cancelled':
      return [
        base(
          'cancelled',
          ALL,
          `Threat #${id} cancelled`,
          'The pool missed its threshold and was cancelled.',
          'Backers and pledgers: reclaim your share on the threat page.',
        ),
      ];
    default:
      return [];
  }
}

export const REMINDER_WINDOWS = [
  { kind: 'deadline-24h' as const, seconds: 24 * 3600 },
  { kind: 'deadline-1h' as const, seconds: 3600 },
];

/**
 * The deadline reminders due at chain time `now` for an open threat: the 24 h one while more than 1 h is left
 * (a threat discovered 30 minutes before gets only the 1 h one), the 1 h one in the last hour.
 */
export function remindersDue(info: ThreatInfo, now: number, ctx: TriggerContext): NoticeDraft[] {
  if (!info.open || now >= info.deadline) return [];
  const left = info.deadline - now;
  const window = left <= 3600 ? REMINDER_WINDOWS[1]! : left <= 24 * 3600 ? REMINDER_WINDOWS[0]! : null;
  if (!window) return [];
  const link = threatLink(ctx, info.id);
  return [
    {
      key: `remind:${info.id}:${window.kind}:${info.deadline}`,
      threatId: info.id,
      kind: window.kind,
      title: `Threat #${info.id}: the deadline is in ${formatDuration(left, { parts: 2 })}`,
      body: `Deadline ${formatDate(info.deadline)} (chain time). “${quote(info.terms)}”`,
      nextStep:
        'Oracle: if the demand was met, decide (fulfil) before the deadline, or the timeout action applies and cannot be undone. Adversary: comply now.',
      link,
      data: { deadline: info.deadline, secondsLeft: left },
      chainTime: now,
      parties: partiesOf(info),
      audience: ['oracle', 'maker', 'adversary', 'beneficiary'],
    },
  ];
}
