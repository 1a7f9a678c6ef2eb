/**
 * What the indexer's read API returns, typed. Rows are the indexer's tables (indexer/ponder.schema.ts, the one
 * source of truth: a type-only import, nothing of Ponder reaches the app's bundle). On the wire every bigint is
 * a decimal string (`Wire<T>`); the helpers in this folder turn them back into bigint.
 * Times are unix seconds, block numbers plain numbers, wei amounts bigint, probabilities parts per 1e9.
 */
import type {
  acted,
  account,
  beacon,
  draw,
  drawRequest,
  engagement,
  escalation,
  eventLog,
  evidence,
  fee,
  fulfilment,
  funder,
  fundingEvent,
  meta,
  nashHolder,
  panel,
  panelApproval,
  realityAnswer,
  realityQuestion,
  threat,
  umaAssertion,
  umaConfig,
} from '../../indexer/ponder.schema';
import type { EndCause, IndexedAction, IndexedKind, IndexedStatus, ResolverKind, StatsGroup } from './enums';

/** The JSON form of T: bigint as a decimal string. */
export type Wire<T> = T extends bigint
  ? string
  : T extends Array<infer U>
    ? Wire<U>[]
    : T extends readonly (infer U)[]
      ? readonly Wire<U>[]
      : T extends object
        ? { [K in keyof T]: Wire<T[K]> }
        : T;

/** One threat: creation parameters, current state, next due time, outcome (table `threat`). */
export type ThreatRow = typeof threat.$inferSelect;
export type DrawRow = typeof draw.$inferSelect;
export type DrawRequestRow = typeof drawRequest.$inferSelect;
export type EscalationRow = typeof escalation.$inferSelect;
export type ActedRow = typeof acted.$inferSelect;
export type FulfilmentRow = typeof fulfilment.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect;
export type FunderRow = typeof funder.$inferSelect;
export type FundingEventRow = typeof fundingEvent.$inferSelect;
export type EngagementRow = typeof engagement.$inferSelect;
export type AccountRow = typeof account.$inferSelect;
export type EventLogRow = typeof eventLog.$inferSelect;
export type FeeRow = typeof fee.$inferSelect;
export type BeaconRow = typeof beacon.$inferSelect;
export type MetaRow = typeof meta.$inferSelect;
export type NashHolderRow = typeof nashHolder.$inferSelect;
export type PanelRow = typeof panel.$inferSelect;
export type PanelApprovalRow = typeof panelApproval.$inferSelect;
export type RealityQuestionRow = typeof realityQuestion.$inferSelect;
export type RealityAnswerRow = typeof realityAnswer.$inferSelect;
export type UmaConfigRow = typeof umaConfig.$inferSelect;
export type UmaAssertionRow = typeof umaAssertion.$inferSelect;

/** What a resolver contract recorded about a threat (empty for an oracle account). */
export interface ResolverRecord {
  panel: PanelRow | null;
  panelApprovals: PanelApprovalRow[];
  realityQuestions: RealityQuestionRow[];
  realityAnswers: RealityAnswerRow[];
  umaConfig: UmaConfigRow | null;
  umaAssertions: UmaAssertionRow[];
}

/** Everything the indexer knows about one threat (`GET /api/threats/:id`). */
export interface ThreatDetail {
  threat: ThreatRow;
  draws: DrawRow[];
  drawRequests: DrawRequestRow[];
  fulfilments: FulfilmentRow[];
  evidence: EvidenceRow[];
  funders: FunderRow[];
  fundingEvents: FundingEventRow[];
  escalation: EscalationRow | null;
  acted: ActedRow[];
  /** Every event of the threat (registry, VRF beacon, resolver contract), in chain order. */
  events: EventLogRow[];
  resolver: ResolverRecord;
}

/** A page of a keyset-paginated list: pass `nextCursor` back as `cursor` for the next page (null: last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** Rows matching the filter, when asked for (`count: true`). */
  total?: number;
}

/** The `/ledger` filters (all optional; all given must match). Addresses are matched case-insensitively. */
export interface LedgerFilter {
  status?: IndexedStatus[];
  kind?: IndexedKind;
  maker?: string;
  provider?: string;
  /** The resolver: an oracle account or a resolver contract. */
  resolver?: string;
  beneficiary?: string;
  /** Any role: maker, provider, resolver or beneficiary. */
  party?: string;
  resolverKind?: ResolverKind[];
  timeoutAction?: IndexedAction[];
  /** Stake range in wei, inclusive. */
  minStake?: bigint;
  maxStake?: bigint;
  /** Escalation probability per period, parts per 1e9, inclusive (commitments never match a p filter). */
  minP?: number;
  maxP?: number;
  /** Period length in seconds, inclusive (commitments never match a period filter). */
  minPeriod?: number;
  maxPeriod?: number;
  /** Creation time range (unix seconds, inclusive). */
  createdFrom?: number;
  createdTo?: number;
  /** End time range (unix seconds, inclusive; only ended threats match). */
  endedFrom?: number;
  endedTo?: number;
  /** Text contained in the terms (case-insensitive). */
  q?: string;
}

export const LEDGER_SORTS = ['created', 'id', 'stake', 'deadline', 'p', 'period', 'ended'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** A ledger query: filters + sort + keyset pagination. */
export interface LedgerQuery extends LedgerFilter {
  sort?: LedgerSort;
  order?: SortOrder;
  /** Page size, 1..500 (default 50). */
  limit?: number;
  cursor?: string | null;
  /** Also count every matching row (one more query). */
  count?: boolean;
}

/** Mean / median / 90th percentile of a duration or count (null when nothing to measure). */
export interface Distribution {
  n: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

/** One group of the researcher statistics (`GET /api/stats`). Rates are shares of the ended threats. */
export interface StatsRow {
  group: StatsGroup | 'all';
  /** Bucket key (e.g. "1-5" for p in 1–5%, "probabilistic" for kind, "none" for a commitment's p). */
  bucket: string;
  label: string;
  total: number;
  open: number;
  ended: number;
  fulfilled: number;
  refunded: number;
  escalated: number;
  forfeited: number;
  cancelled: number;
  fulfilmentRate: number | null;
  escalationRate: number | null;
  refundRate: number | null;
  forfeitRate: number | null;
  /** Seconds from the start (creation or a pool's activation) to fulfilment. */
  timeToComply: Distribution;
  /** Draws settled before a probabilistic threat was fulfilled. */
  drawsBeforeCompliance: Distribution;
  stake: bigint;
}

export interface LedgerStats {
  groupBy: StatsGroup;
  overall: StatsRow;
  rows: StatsRow[];
}

/** A track record (`GET /api/accounts/:address`), derived from the per-address aggregates. */
export interface TrackRecord {
  address: string;
  /** Null when the address never appeared in an indexed event. */
  account: AccountRow | null;
  asOracle: {
    kind: ResolverKind | null;
    threatsJudged: number;
    ended: number;
    fulfilments: number;
    promisesBroken: number;
    fulfilmentRate: number | null;
    claims: number;
    /** Claims (holds) that ended without fulfilment: released or expired. */
    disputesLost: number;
    /** Seconds from a fulfilment claim to the decision on it. */
    decisionTime: Distribution;
    /** Threats that timed out while it never held them nor submitted evidence. */
    silentTimeouts: number;
  };
  asProvider: {
    engagements: number;
    engagementsAccepted: number;
    revocations: number;
    threats: number;
    escalationsReceived: number;
    escalatedAmount: bigint;
    escalationsActedOn: number;
    actedRate: number | null;
    /** Seconds from the escalation to the first ProviderActed. */
    timeToAct: Distribution;
  };
  asMaker: {
    threats: number;
    stake: bigint;
    open: number;
    fulfilled: number;
    escalated: number;
    refunded: number;
    forfeited: number;
    cancelled: number;
  };
  asBeneficiary: { threats: number; refundsReceived: bigint };
  asFunder: { threats: number; amount: bigint; reclaimed: bigint };
  nash: NashHolderRow | null;
}

export const DIRECTORY_ROLES = ['provider', 'oracle'] as const;
export type DirectoryRole = (typeof DIRECTORY_ROLES)[number];
export const DIRECTORY_SORTS = {
  provider: ['escalations', 'acted-rate', 'speed', 'threats'],
  oracle: ['threats', 'fulfilments', 'speed', 'silent'],
} as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[DirectoryRole][number];

/** One ranked provider or oracle (`GET /api/directory`). */
export interface DirectoryEntry {
  rank: number;
  address: string;
  role: DirectoryRole;
  threats: number;
  /** Provider: escalations received; oracle: threats ended. */
  decided: number;
  /** Provider: escalations acted on; oracle: fulfilments. */
  positive: number;
  /** positive / decided. */
  rate: number | null;
  /** Provider: mean seconds to act; oracle: mean seconds from claim to decision. */
  meanSeconds: number | null;
  /** Provider: escalations never acted on; oracle: silent timeouts. */
  negative: number;
  resolverKind: ResolverKind | null;
}

/** Why the keeper should settle a threat now. */
export type DueReason = 'gathering-over' | 'draws-due' | 'draws-ready' | 'hold-over' | 'deadline';

/** A threat with something to settle (`GET /api/due`). */
export interface DueThreat {
  id: bigint;
  kind: IndexedKind;
  status: IndexedStatus;
  reason: DueReason;
  beacon: string | null;
  beaconKind: string | null;
  ticket: number | null;
  settledPeriods: number;
  pendingThrough: number | null;
  nextDueAt: number | null;
  nextDueBlock: number | null;
  deadline: number;
}

/** How far the indexer is behind the chain (`GET /api/status`). */
export interface IndexerStatus {
  chainId: number;
  registry: string;
  /** Last block whose events are in the tables. */
  indexedBlock: number;
  indexedTimestamp: number;
  /** The chain's latest block as the indexer's RPC sees it (null when the RPC did not answer). */
  headBlock: number | null;
  headTimestamp: number | null;
  lagBlocks: number | null;
  lagSeconds: number | null;
  /** Historical backfill done: the tables are complete up to indexedBlock. */
  ready: boolean;
  /** The server's clock when it answered (unix seconds). */
  serverTime: number;
}

/** An escalation with its threat's terms (`GET /api/escalations`): the provider desk. */
export interface EscalationWithThreat extends EscalationRow {
  terms: string;
  agreementHash: string | null;
  kind: IndexedKind;
  stake: bigint;
  actedCount: number;
  endCause: EndCause | null;
}

/** A funder's share with its threat's status (`GET /api/accounts/:address/shares`), for reclaiming. */
export interface FunderShare extends FunderRow {
  status: IndexedStatus;
  kind: IndexedKind;
  terms: string;
  /** The share can be reclaimed now (fulfilled, refunded or cancelled, share > 0). */
  reclaimable: boolean;
}
