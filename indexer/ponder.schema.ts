// The indexer's tables (Ponder onchain tables: every write is tied to a block, so reorgs are rolled back and a
// restart resumes). Conventions: addresses lower-case hex; wei amounts `bigint` (numeric 78); times unix seconds
// and block numbers `int8` as JS numbers; enums are short lower-case strings (see indexer/core/enums.ts).
// One indexer indexes one chain (the chain id is in /api/status), so threat ids are the primary keys.
import { index, onchainTable, primaryKey } from 'ponder';
import type {
  BeaconKind,
  EndCause,
  EvidenceRole,
  IndexedAction,
  IndexedKind,
  IndexedMove,
  IndexedOutcome,
  IndexedStatus,
  ResolverKind,
} from '../lib/indexer/enums';

/** One row per threat: its creation parameters, its current state, and what the keeper needs (next due). */
export const threat = onchainTable(
  'threat',
  (t) => ({
    id: t.bigint().primaryKey(),
    kind: t.text().$type<IndexedKind>().notNull(), // 'commitment' | 'probabilistic'
    status: t.text().$type<IndexedStatus>().notNull(), // 'gathering' | 'live' | 'claimed' | 'fulfilled' | 'refunded' | 'escalated' | 'forfeited' | 'cancelled'
    maker: t.hex().notNull(),
    provider: t.hex(), // null when the threat can never escalate
    beneficiary: t.hex().notNull(),
    resolver: t.hex().notNull(),
    resolverKind: t.text().$type<ResolverKind>().notNull(), // 'account' (an oracle) | 'panel' | 'reality' | 'uma' | 'contract' (IResolver.kind() or unknown)
    adversary: t.hex(), // null when the maker named none
    makerStake: t.bigint().notNull(), // msg.value of the create
    stake: t.bigint().notNull(), // current total stake (maker's + backers')
    backed: t.bigint().notNull(), // stake added by backers or pledgers
    funders: t.integer().notNull(), // backers or pledgers holding a share (maker not counted)
    fee: t.bigint().notNull(), // NASH burned by the create
    engagementId: t.hex(),
    agreementHash: t.hex(),
    deadline: t.int8({ mode: 'number' }).notNull(),
    timeoutAction: t.text().$type<IndexedAction>().notNull(), // 'refund' | 'forfeit' | 'escalate'
    flags: t.integer().notNull(),
    isPromise: t.boolean().notNull(),
    terms: t.text().notNull(),
    linkedTo: t.bigint(),
    // probabilistic (null for a commitment)
    beacon: t.hex(),
    beaconKind: t.text().$type<BeaconKind>(), // 'block' | 'vrf' | 'other'
    period: t.int8({ mode: 'number' }),
    pEscalate: t.integer(), // parts per 1e9
    pTerminate: t.integer(),
    periodsTotal: t.integer(), // periods up to the deadline counted from `start`
    start: t.int8({ mode: 'number' }).notNull(), // creation, or a pool's activation
    settledPeriods: t.integer().notNull(),
    pendingFrom: t.integer(), // pending draws pendingFrom..pendingThrough wait on `ticket`
    pendingThrough: t.integer(),
    ticket: t.int8({ mode: 'number' }),
    lapses: t.integer().notNull(), // consecutive lapses of the pending ticket
    drawRequests: t.integer().notNull(),
    drawFailures: t.integer().notNull(),
    // funding (null without FundingSet)
    fundingCap: t.bigint(),
    backersRoot: t.hex(),
    gatherUntil: t.int8({ mode: 'number' }),
    minPledgers: t.integer(),
    minTotal: t.bigint(),
    activatedAt: t.int8({ mode: 'number' }),
    // resolution
    holds: t.integer().notNull(), // FulfilmentClaimed events (holds started or extended)
    holdUntil: t.int8({ mode: 'number' }), // while Claimed
    firstClaimAt: t.int8({ mode: 'number' }), // first fulfilment claim: a resolver's hold, or evidence from a party with no role (the adversary)
    openClaimAt: t.int8({ mode: 'number' }), // the claim awaiting a decision (reset by the decision or the hold's end)
    decidedAt: t.int8({ mode: 'number' }), // Fulfilled or PromiseBroken
    claimsFailed: t.integer().notNull(), // holds ended without fulfilment (released or expired)
    evidenceCount: t.integer().notNull(),
    resolverEvidenceCount: t.integer().notNull(),
    // the keeper: settle is worth trying once now >= nextDueAt, or head block >= nextDueBlock (a pending draw)
    nextDueAt: t.int8({ mode: 'number' }),
    nextDueBlock: t.int8({ mode: 'number' }),
    // the end
    endedAt: t.int8({ mode: 'number' }),
    endedBlock: t.int8({ mode: 'number' }),
    endTx: t.hex(),
    endCause: t.text().$type<EndCause>(), // 'fulfilled' | 'timeout' | 'draw-escalate' | 'draw-terminate' | 'breach' | 'cancelled'
    escalatedAmount: t.bigint(),
    refundedAmount: t.bigint(),
    forfeitedAmount: t.bigint(),
    actedAt: t.int8({ mode: 'number' }), // first ProviderActed
    actedCount: t.integer().notNull(),
    // provenance
    createdAt: t.int8({ mode: 'number' }).notNull(),
    createdBlock: t.int8({ mode: 'number' }).notNull(),
    createdTx: t.hex().notNull(),
    updatedBlock: t.int8({ mode: 'number' }).notNull(),
  }),
  (table) => ({
    // (filter, createdAt, id): the desks, /me and the ledger filter by one of these and sort newest first
    // (the default sort), so a page is an index range read that stops at its limit, whatever the table's size.
    statusIdx: index().on(table.status, table.createdAt, table.id),
    makerIdx: index().on(table.maker, table.createdAt, table.id),
    providerIdx: index().on(table.provider, table.createdAt, table.id),
    resolverIdx: index().on(table.resolver, table.createdAt, table.id),
    beneficiaryIdx: index().on(table.beneficiary, table.createdAt, table.id),
    createdIdx: index().on(table.createdAt, table.id),
    stakeIdx: index().on(table.stake, table.id),
    deadlineIdx: index().on(table.deadline, table.id),
    dueAtIdx: index().on(table.nextDueAt),
    dueBlockIdx: index().on(table.nextDueBlock),
    kindIdx: index().on(table.kind, table.status),
  }),
);

/** One row per settled draw (period) of a probabilistic threat. */
export const draw = onchainTable(
  'draw',
  (t) => ({
    threatId: t.bigint().notNull(),
    period: t.integer().notNull(),
    value: t.hex().notNull(),
    outcome: t.text().$type<IndexedOutcome>().notNull(), // 'continue' | 'escalate' | 'terminate'
    neutralized: t.boolean().notNull(),
    ticket: t.int8({ mode: 'number' }), // the ticket it was drawn with (null when neutralized without one)
    settledAt: t.int8({ mode: 'number' }).notNull(),
    settledBlock: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.threatId, table.period] }) }),
);

/** Every draw request, refusal and lapse (DrawRequested, DrawRequestFailed, DrawLapsed). */
export const drawRequest = onchainTable(
  'draw_request',
  (t) => ({
    id: t.text().primaryKey(), // the event id
    threatId: t.bigint().notNull(),
    kind: t.text().notNull(), // 'requested' | 'failed' | 'lapsed'
    fromPeriod: t.integer().notNull(),
    throughPeriod: t.integer().notNull(),
    ticket: t.int8({ mode: 'number' }),
    rerequested: t.boolean(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId) }),
);

/** Beacon tickets that pending draws wait on (to find the threat when a VRF answer arrives). */
export const beaconTicket = onchainTable(
  'beacon_ticket',
  (t) => ({
    beacon: t.hex().notNull(),
    ticket: t.int8({ mode: 'number' }).notNull(),
    threatId: t.bigint(),
    requestId: t.bigint(), // VRF
    requestedBlock: t.int8({ mode: 'number' }).notNull(),
    answeredBlock: t.int8({ mode: 'number' }),
    value: t.hex(),
    ignoredAnswers: t.integer().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.beacon, table.ticket] }), threatIdx: index().on(table.threatId) }),
);

/** The escalation of a threat (at most one): the authentic payment to the provider. */
export const escalation = onchainTable(
  'escalation',
  (t) => ({
    threatId: t.bigint().primaryKey(),
    provider: t.hex().notNull(),
    engagementId: t.hex().notNull(),
    amount: t.bigint().notNull(),
    paid: t.boolean().notNull(),
    cause: t.text().$type<EndCause>().notNull(), // 'timeout' | 'draw-escalate' | 'breach'
    maker: t.hex().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
    actedAt: t.int8({ mode: 'number' }), // first ProviderActed
    actedDelay: t.int8({ mode: 'number' }), // seconds from the escalation to the first act
  }),
  (table) => ({ providerIdx: index().on(table.provider, table.timestamp, table.threatId) }),
);

/** ProviderActed records: the provider's report that it acted on an escalation. */
export const acted = onchainTable(
  'acted',
  (t) => ({
    id: t.text().primaryKey(),
    threatId: t.bigint().notNull(),
    provider: t.hex().notNull(),
    evidenceHash: t.hex().notNull(),
    uri: t.text().notNull(),
    delay: t.int8({ mode: 'number' }), // seconds since the escalation
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId), providerIdx: index().on(table.provider) }),
);

/** The resolution trail: FulfilmentClaimed, ClaimReleased, Fulfilled, PromiseBroken. */
export const fulfilment = onchainTable(
  'fulfilment',
  (t) => ({
    id: t.text().primaryKey(),
    threatId: t.bigint().notNull(),
    kind: t.text().notNull(), // 'claimed' | 'released' | 'expired' | 'fulfilled' | 'broken'
    resolver: t.hex().notNull(),
    until: t.int8({ mode: 'number' }), // claimed: the hold's end
    evidence: t.hex(), // fulfilled / broken: the evidence hash relied on
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId), resolverIdx: index().on(table.resolver) }),
);

/** A resolver's decision on a fulfilment claim, with the time it took (for the oracle track record). */
export const decision = onchainTable(
  'decision',
  (t) => ({
    id: t.text().primaryKey(),
    threatId: t.bigint().notNull(),
    resolver: t.hex().notNull(),
    kind: t.text().$type<'fulfilled' | 'broken' | 'released'>().notNull(),
    claimedAt: t.int8({ mode: 'number' }).notNull(),
    delay: t.int8({ mode: 'number' }).notNull(), // seconds from the claim to the decision
    timestamp: t.int8({ mode: 'number' }).notNull(),
  }),
  (table) => ({ resolverIdx: index().on(table.resolver) }),
);

/** Evidence events (ERC-1497 style). */
export const evidence = onchainTable(
  'evidence',
  (t) => ({
    id: t.text().primaryKey(),
    threatId: t.bigint().notNull(),
    submitter: t.hex().notNull(),
    role: t.text().$type<EvidenceRole>().notNull(), // 'other' | 'maker' | 'provider' | 'resolver'
    evidenceHash: t.hex().notNull(),
    uri: t.text().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId), submitterIdx: index().on(table.submitter) }),
);

/** A backer's or pledger's share of a threat. */
export const funder = onchainTable(
  'funder',
  (t) => ({
    threatId: t.bigint().notNull(),
    account: t.hex().notNull(),
    share: t.bigint().notNull(), // what `shareOf` returns now
    joined: t.bigint().notNull(), // total added
    left: t.bigint().notNull(), // total taken back by `leave`
    reclaimed: t.bigint().notNull(),
    reclaimPaid: t.boolean(), // false: credited to withdrawable
    joins: t.integer().notNull(),
    firstJoinedAt: t.int8({ mode: 'number' }).notNull(),
    updatedAt: t.int8({ mode: 'number' }).notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.threatId, table.account] }), accountIdx: index().on(table.account) }),
);

/** Joined, Left, Activated, Cancelled, Reclaimed: a pool's and its backers' history. */
export const fundingEvent = onchainTable(
  'funding_event',
  (t) => ({
    id: t.text().primaryKey(),
    threatId: t.bigint().notNull(),
    kind: t.text().notNull(), // 'joined' | 'left' | 'activated' | 'cancelled' | 'reclaimed'
    account: t.hex(),
    amount: t.bigint(),
    stakeAfter: t.bigint(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId) }),
);

/** A provider's engagement: accepted on chain (EngagementAccepted) or first seen signed in a ThreatCreated. */
export const engagement = onchainTable(
  'engagement',
  (t) => ({
    id: t.hex().primaryKey(), // the EIP-712 digest
    provider: t.hex().notNull(),
    maker: t.hex().notNull(),
    agreementHash: t.hex().notNull(),
    source: t.text().notNull(), // 'onchain' | 'signature'
    minStake: t.bigint(), // on-chain accepted engagements only (a signature's terms are not in any event)
    maxStake: t.bigint(),
    kinds: t.integer(),
    validUntil: t.int8({ mode: 'number' }),
    uses: t.integer(),
    nonce: t.bigint(),
    acceptedAt: t.int8({ mode: 'number' }),
    revokedAt: t.int8({ mode: 'number' }),
    threats: t.integer().notNull(), // threats it backs
    escalations: t.integer().notNull(),
    firstUsedAt: t.int8({ mode: 'number' }),
  }),
  (table) => ({ providerIdx: index().on(table.provider), makerIdx: index().on(table.maker) }),
);

/** NonceRevoked and EngagementRevoked nonces. */
export const nonceRevocation = onchainTable(
  'nonce_revocation',
  (t) => ({
    provider: t.hex().notNull(),
    nonce: t.bigint().notNull(),
    engagementId: t.hex(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.provider, table.nonce] }) }),
);

/** The NASH fee of each move now, a scheduled increase, and what it burned. */
export const fee = onchainTable('fee', (t) => ({
  move: t.text().$type<IndexedMove>().primaryKey(), // 'commitment' | 'probabilistic'
  fee: t.bigint().notNull(),
  pendingFee: t.bigint(),
  pendingEffectiveAt: t.int8({ mode: 'number' }),
  burned: t.bigint().notNull(),
  burns: t.integer().notNull(),
  updatedAt: t.int8({ mode: 'number' }).notNull(),
}));

/** FeeSet and FeeIncreaseScheduled history. */
export const feeChange = onchainTable('fee_change', (t) => ({
  id: t.text().primaryKey(),
  move: t.text().$type<IndexedMove>().notNull(),
  kind: t.text().$type<'set' | 'scheduled'>().notNull(), // 'set' | 'scheduled'
  fee: t.bigint().notNull(),
  effectiveAt: t.int8({ mode: 'number' }),
  timestamp: t.int8({ mode: 'number' }).notNull(),
  txHash: t.hex().notNull(),
}));

/** Stakes distributed to NASH holders (Forfeited), with the NASH Distributed of the same transaction. */
export const forfeit = onchainTable('forfeit', (t) => ({
  threatId: t.bigint().primaryKey(),
  amount: t.bigint().notNull(),
  maker: t.hex().notNull(),
  timestamp: t.int8({ mode: 'number' }).notNull(),
  blockNumber: t.int8({ mode: 'number' }).notNull(),
  txHash: t.hex().notNull(),
}));

/** Withdrawn: balances left by failed transfers, taken out. */
export const withdrawal = onchainTable(
  'withdrawal',
  (t) => ({
    id: t.text().primaryKey(),
    account: t.hex().notNull(),
    amount: t.bigint().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ accountIdx: index().on(table.account) }),
);

/** Beacons the registry allowed (BeaconAllowed), with what the keeper needs to know of each. */
export const beacon = onchainTable('beacon', (t) => ({
  address: t.hex().primaryKey(),
  kind: t.text().$type<BeaconKind>().notNull(), // 'block' | 'vrf' | 'other'
  allowed: t.boolean().notNull(),
  lapseBlocks: t.int8({ mode: 'number' }), // blocks after which an unanswered ticket lapses
  updatedAt: t.int8({ mode: 'number' }).notNull(),
}));

/** Resolver addresses seen in threats: an account (an oracle) or a contract, with its IResolver.kind(). */
export const resolverInfo = onchainTable('resolver_info', (t) => ({
  address: t.hex().primaryKey(),
  kind: t.text().$type<ResolverKind>().notNull(),
  threats: t.integer().notNull(),
}));

/** Singletons of the registry and of NASH (id 'registry' / 'nash'). */
export const meta = onchainTable('meta', (t) => ({
  id: t.text().primaryKey(),
  feeController: t.hex(),
  excluder: t.hex(),
  threats: t.integer().notNull(),
  nashSupply: t.bigint().notNull(),
  nashBurned: t.bigint().notNull(),
  nashDistributed: t.bigint().notNull(),
  nashClaimed: t.bigint().notNull(),
  nashHolders: t.integer().notNull(),
}));

/** NASH balances and dividends per holder. */
export const nashHolder = onchainTable(
  'nash_holder',
  (t) => ({
    address: t.hex().primaryKey(),
    balance: t.bigint().notNull(),
    burned: t.bigint().notNull(), // fees burned from this account
    dividendsClaimed: t.bigint().notNull(),
    excluded: t.boolean().notNull(),
    excludedEarned: t.bigint(),
    updatedAt: t.int8({ mode: 'number' }).notNull(),
  }),
  (table) => ({ balanceIdx: index().on(table.balance) }),
);

/** NASH Transfer events (mints, transfers and fee burns: `to` is the zero address). */
export const nashTransfer = onchainTable(
  'nash_transfer',
  (t) => ({
    id: t.text().primaryKey(),
    from: t.hex().notNull(),
    to: t.hex().notNull(),
    value: t.bigint().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ fromIdx: index().on(table.from), toIdx: index().on(table.to) }),
);

/** NASH Distributed and DividendClaimed events. */
export const dividend = onchainTable(
  'dividend',
  (t) => ({
    id: t.text().primaryKey(),
    kind: t.text().notNull(), // 'distributed' | 'claimed' | 'excluded'
    account: t.hex().notNull(), // the distributor, the claiming holder or the excluded account
    amount: t.bigint().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ accountIdx: index().on(table.account) }),
);

/**
 * Per-address aggregates by role (the track records and the directory). Rates and averages are derived by
 * the API from these sums: e.g. the provider's mean time to act = providerActedDelaySum / providerActed.
 */
export const account = onchainTable(
  'account',
  (t) => ({
    address: t.hex().primaryKey(),
    // as a maker
    makerThreats: t.integer().notNull(),
    makerStake: t.bigint().notNull(),
    makerFulfilled: t.integer().notNull(),
    makerEscalated: t.integer().notNull(),
    makerRefunded: t.integer().notNull(),
    makerForfeited: t.integer().notNull(),
    makerCancelled: t.integer().notNull(),
    // as a beneficiary
    beneficiaryThreats: t.integer().notNull(),
    refundsReceived: t.bigint().notNull(),
    // as a provider
    providerThreats: t.integer().notNull(), // threats naming it
    providerEngagements: t.integer().notNull(), // engagements signed (seen in a create) or accepted on chain
    providerEngagementsAccepted: t.integer().notNull(), // accepted on chain
    providerRevocations: t.integer().notNull(),
    providerEscalations: t.integer().notNull(), // escalations received
    providerEscalatedAmount: t.bigint().notNull(),
    providerActed: t.integer().notNull(), // escalations it recorded acting on
    providerActedDelaySum: t.int8({ mode: 'number' }).notNull(), // seconds, first act of each
    // as a resolver (an oracle account or a resolver contract)
    resolverThreats: t.integer().notNull(), // threats it judges
    resolverEnded: t.integer().notNull(), // of those, ended
    resolverFulfilled: t.integer().notNull(),
    resolverBroken: t.integer().notNull(),
    resolverClaims: t.integer().notNull(), // holds it started
    resolverClaimsFailed: t.integer().notNull(), // holds ended without fulfilment ("disputes lost")
    resolverDecisions: t.integer().notNull(), // decisions after a claim (fulfilled, broken or released)
    resolverDecisionDelaySum: t.int8({ mode: 'number' }).notNull(), // seconds from the first claim to the decision
    resolverSilentTimeouts: t.integer().notNull(), // timed out with no hold and no evidence from it
    // as a funder (backer or pledger)
    funderThreats: t.integer().notNull(),
    funderAmount: t.bigint().notNull(),
    funderReclaimed: t.bigint().notNull(),
    // anyone
    evidenceSubmitted: t.integer().notNull(),
    withdrawn: t.bigint().notNull(),
    firstSeenAt: t.int8({ mode: 'number' }).notNull(),
    lastSeenAt: t.int8({ mode: 'number' }).notNull(),
  }),
  (table) => ({
    providerRank: index().on(table.providerEscalations),
    resolverRank: index().on(table.resolverThreats),
    makerRank: index().on(table.makerThreats),
  }),
);

/** Every indexed event in one timeline (name + decoded args, bigints as decimal strings): a threat's history. */
export const eventLog = onchainTable(
  'event_log',
  (t) => ({
    id: t.text().primaryKey(), // Ponder's event id (checkpoint order)
    contract: t.text().notNull(), // 'Levetrage' | 'Nash' | 'VrfBeacon'
    name: t.text().notNull(),
    threatId: t.bigint(),
    args: t.json().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    blockNumber: t.int8({ mode: 'number' }).notNull(),
    logIndex: t.integer().notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId), nameIdx: index().on(table.name) }),
);

/*//////////////////////////////////////////////////////////////
      RESOLVER CONTRACTS (indexed when the deployment has them)
//////////////////////////////////////////////////////////////*/

/** A k-of-n panel deciding a threat (PanelResolver). */
export const panel = onchainTable('panel', (t) => ({
  threatId: t.bigint().primaryKey(),
  resolver: t.hex().notNull(),
  members: t.json().$type<string[]>().notNull(),
  k: t.integer().notNull(),
  n: t.integer().notNull(),
  grace: t.int8({ mode: 'number' }).notNull(),
  approvals: t.integer().notNull(),
  heldUntil: t.int8({ mode: 'number' }),
  decidedAt: t.int8({ mode: 'number' }),
  evidence: t.hex(),
}));

/** One panel member's approval. */
export const panelApproval = onchainTable(
  'panel_approval',
  (t) => ({
    id: t.text().primaryKey(),
    threatId: t.bigint().notNull(),
    member: t.hex().notNull(),
    evidence: t.hex().notNull(),
    count: t.integer().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId), memberIdx: index().on(table.member) }),
);

/** A Reality.eth question asked for a threat (RealityResolver; one per round). */
export const realityQuestion = onchainTable(
  'reality_question',
  (t) => ({
    questionId: t.hex().primaryKey(),
    threatId: t.bigint().notNull(),
    resolver: t.hex().notNull(),
    round: t.integer().notNull(),
    arbitrator: t.hex().notNull(),
    timeout: t.int8({ mode: 'number' }).notNull(),
    minBond: t.bigint().notNull(),
    answers: t.integer().notNull(),
    lastAnswerYes: t.boolean(),
    lastBond: t.bigint(),
    claimedAt: t.int8({ mode: 'number' }),
    heldUntil: t.int8({ mode: 'number' }),
    resolvedYes: t.boolean(), // null while open
    resolvedAt: t.int8({ mode: 'number' }),
    askedAt: t.int8({ mode: 'number' }).notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId) }),
);

/** Answers given through the RealityResolver. */
export const realityAnswer = onchainTable(
  'reality_answer',
  (t) => ({
    id: t.text().primaryKey(),
    threatId: t.bigint().notNull(),
    questionId: t.hex().notNull(),
    answerer: t.hex().notNull(),
    yes: t.boolean().notNull(),
    bond: t.bigint().notNull(),
    timestamp: t.int8({ mode: 'number' }).notNull(),
    txHash: t.hex().notNull(),
  }),
  (table) => ({ questionIdx: index().on(table.questionId), answererIdx: index().on(table.answerer) }),
);

/** An UMA assertion of a threat's fulfilment (UmaResolver), with its dispute and resolution. */
export const umaAssertion = onchainTable(
  'uma_assertion',
  (t) => ({
    assertionId: t.hex().primaryKey(),
    threatId: t.bigint().notNull(),
    resolver: t.hex().notNull(),
    asserter: t.hex().notNull(),
    bond: t.bigint().notNull(),
    expiration: t.int8({ mode: 'number' }).notNull(),
    heldUntil: t.int8({ mode: 'number' }),
    disputedAt: t.int8({ mode: 'number' }),
    truthful: t.boolean(), // null until resolved
    resolvedAt: t.int8({ mode: 'number' }),
    applied: t.boolean(), // OutcomeApplied: true = fulfilled, false = hold released; null until applied
    assertedAt: t.int8({ mode: 'number' }).notNull(),
  }),
  (table) => ({ threatIdx: index().on(table.threatId), asserterIdx: index().on(table.asserter) }),
);

/** A threat's UMA claim (UmaConfigured). */
export const umaConfig = onchainTable('uma_config', (t) => ({
  threatId: t.bigint().primaryKey(),
  resolver: t.hex().notNull(),
  bond: t.bigint().notNull(),
  liveness: t.int8({ mode: 'number' }).notNull(),
  claimHash: t.hex().notNull(),
  claim: t.text().notNull(),
}));
