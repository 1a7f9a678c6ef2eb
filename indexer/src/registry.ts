// Handlers of every registry event (ILevetrageEvents: core + extension, one address).
import { ponder, type Context } from 'ponder:registry';
import {
  acted,
  beacon,
  beaconTicket,
  decision,
  draw,
  drawRequest,
  engagement,
  escalation,
  evidence,
  fee,
  feeChange,
  forfeit,
  fulfilment,
  funder,
  fundingEvent,
  meta,
  nonceRevocation,
  resolverInfo,
  threat,
  withdrawal,
} from 'ponder:schema';
import { ACTIONS, MOVES, OUTCOMES, ROLES, enumName, type EndCause, type IndexedStatus } from '../../lib/indexer/enums';
import { resolverKindAbi, vrfBeaconAbi } from '../abis.generated';
import { settings } from '../deployment';
import { PREVRANDAO_HISTORY_WINDOW, pendingDueBlock, periodsTotal } from '../core/due';
import { ZERO_HASH, addrOrNull, lower, resolverKindOf } from '../core/rows';
import { bump, logEvent, updateThreat, when, type EventLike, type ThreatRecord } from './shared';

type Db = Context['db'];
const C = 'Levetrage';
const { deployment } = settings;

const sameAddress = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.toLowerCase() === b.toLowerCase();

function beaconKindOf(address: string): 'block' | 'vrf' | 'other' {
  if (sameAddress(address, deployment.prevrandaoBeacon)) return 'block';
  if (sameAddress(address, deployment.vrfBeacon)) return 'vrf';
  return 'other';
}

/** The resolver's kind: an account (no code, or an EIP-7702 delegation), else its IResolver.kind(). */
async function resolverKindFor(context: Context, address: `0x${string}`): Promise<string> {
  const known = await context.db.find(resolverInfo, { address });
  if (known) {
    await context.db.update(resolverInfo, { address }).set({ threats: known.threats + 1 });
    return known.kind;
  }
  let kind: string = 'account';
  // At the latest block, cached for good (`immutable`): a resolver's code and kind() do not change, and the
  // indexer then needs no archive node (no state at old blocks).
  const code = await context.client.getCode({ address, cache: 'immutable' });
  if (code && code !== '0x' && !code.toLowerCase().startsWith('0xef0100')) {
    try {
      kind = resolverKindOf(
        await context.client.readContract({ address, abi: resolverKindAbi, functionName: 'kind', cache: 'immutable' }),
      );
    } catch {
      kind = 'contract';
    }
  }
  await context.db.insert(resolverInfo).values({ address, kind: kind as never, threats: 1 });
  return kind;
}

const MAKER_OUTCOME = {
  fulfilled: 'makerFulfilled',
  escalated: 'makerEscalated',
  refunded: 'makerRefunded',
  forfeited: 'makerForfeited',
  cancelled: 'makerCancelled',
} as const;

/** Ends a threat: terminal status, outcome columns, and the maker's and resolver's aggregates. */
async function endThreat(
  db: Db,
  event: EventLike,
  id: bigint,
  status: keyof typeof MAKER_OUTCOME,
  cause: (row: ThreatRecord) => EndCause,
  extra: Partial<ThreatRecord> = {},
): Promise<ThreatRecord> {
  const w = when(event);
  const row = await updateThreat(db, id, w.blockNumber, (r) => ({
    status,
    endCause: cause(r),
    endedAt: w.timestamp,
    endedBlock: w.blockNumber,
    endTx: w.txHash,
    holdUntil: null,
    openClaimAt: null,
    ...extra,
  }));
  await bump(db, row.maker, w.timestamp, { [MAKER_OUTCOME[status]]: 1 });
  const silent = row.endCause === 'timeout' && row.holds === 0 && row.resolverEvidenceCount === 0;
  await bump(db, row.resolver, w.timestamp, { resolverEnded: 1, ...(silent ? { resolverSilentTimeouts: 1 } : {}) });
  return row;
}

/** A resolver's decision on an open claim: records it with its delay. */
async function decide(
  db: Db,
  event: EventLike,
  row: ThreatRecord,
  resolver: `0x${string}`,
  kind: 'fulfilled' | 'broken' | 'released',
) {
  if (row.openClaimAt === null) return;
  const { timestamp } = when(event);
  const delay = timestamp - row.openClaimAt;
  await db
    .insert(decision)
    .values({ id: event.id, threatId: row.id, resolver, kind, claimedAt: row.openClaimAt, delay, timestamp });
  await bump(db, resolver, timestamp, { resolverDecisions: 1, resolverDecisionDelaySum: delay });
}

const isOpen = (s: IndexedStatus) => s === 'live' || s === 'claimed' || s === 'gathering';

/*//////////////////////////////////////////////////////////////
                              CREATION
//////////////////////////////////////////////////////////////*/

ponder.on('Levetrage:ThreatCreated', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const maker = lower(a.maker);
  const provider = addrOrNull(a.provider);
  const beneficiary = lower(a.beneficiary);
  const resolver = lower(a.resolver);
  const engagementId = a.engagementId === ZERO_HASH ? null : a.engagementId;
  const resolverKind = await resolverKindFor(context, resolver);
  const timeoutAction = enumName(ACTIONS, a.timeoutAction, 'Action');
  await db.insert(threat).values({
    id: a.id,
    kind: 'commitment',
    status: 'live',
    maker,
    provider,
    beneficiary,
    resolver,
    resolverKind: resolverKind as never,
    adversary: addrOrNull(a.adversary),
    makerStake: a.stake,
    stake: a.stake,
    backed: 0n,
    funders: 0,
    fee: a.fee,
    engagementId,
    agreementHash: a.agreementHash === ZERO_HASH ? null : a.agreementHash,
    deadline: Number(a.deadline),
    timeoutAction,
    flags: Number(a.flags),
    isPromise: (Number(a.flags) & 1) !== 0,
    terms: a.terms,
    start: w.timestamp,
    settledPeriods: 0,
    lapses: 0,
    drawRequests: 0,
    drawFailures: 0,
    holds: 0,
    claimsFailed: 0,
    evidenceCount: 0,
    resolverEvidenceCount: 0,
    actedCount: 0,
    nextDueAt: Number(a.deadline),
    createdAt: w.timestamp,
    createdBlock: w.blockNumber,
    createdTx: w.txHash,
    updatedBlock: w.blockNumber,
  });
  await db
    .insert(meta)
    .values({
      id: 'registry',
      threats: 1,
      nashSupply: 0n,
      nashBurned: 0n,
      nashDistributed: 0n,
      nashClaimed: 0n,
      nashHolders: 0,
    })
    .onConflictDoUpdate((row) => ({ threats: row.threats + 1 }));
  await bump(db, maker, w.timestamp, { makerThreats: 1, makerStake: a.stake });
  await bump(db, beneficiary, w.timestamp, { beneficiaryThreats: 1 });
  await bump(db, resolver, w.timestamp, { resolverThreats: 1 });
  if (provider) await bump(db, provider, w.timestamp, { providerThreats: 1 });
  if (engagementId && provider) {
    const known = await db.find(engagement, { id: engagementId });
    if (known) {
      await db
        .update(engagement, { id: engagementId })
        .set({ threats: known.threats + 1, firstUsedAt: known.firstUsedAt ?? w.timestamp });
    } else {
      // Signed off chain: first seen here (a signature's limits are in no event).
      await db.insert(engagement).values({
        id: engagementId,
        provider,
        maker,
        agreementHash: a.agreementHash,
        source: 'signature',
        threats: 1,
        escalations: 0,
        firstUsedAt: w.timestamp,
      });
      await bump(db, provider, w.timestamp, { providerEngagements: 1 });
    }
  }
  // The fee is booked as a commitment's; OddsSet (same transaction) moves it to the probabilistic move.
  await db
    .insert(fee)
    .values({ move: 'commitment', fee: 0n, burned: a.fee, burns: 1, updatedAt: w.timestamp })
    .onConflictDoUpdate((row) => ({ burned: row.burned + a.fee, burns: row.burns + 1 }));
  await logEvent(db, event, C, 'ThreatCreated', a.id);
});

ponder.on('Levetrage:OddsSet', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const beaconAddress = lower(a.beacon);
  const known = await db.find(beacon, { address: beaconAddress });
  const beaconKind = known?.kind ?? beaconKindOf(beaconAddress);
  const row = await updateThreat(db, a.id, w.blockNumber, (r) => ({
    kind: 'probabilistic',
    beacon: beaconAddress,
    beaconKind,
    period: Number(a.period),
    pEscalate: Number(a.pEscalate),
    pTerminate: Number(a.pTerminate),
    start: Number(a.start),
    periodsTotal: periodsTotal(Number(a.start), r.deadline, Number(a.period)),
  }));
  await db.update(fee, { move: 'commitment' }).set((f) => ({ burned: f.burned - row.fee, burns: f.burns - 1 }));
  await db
    .insert(fee)
    .values({ move: 'probabilistic', fee: 0n, burned: row.fee, burns: 1, updatedAt: w.timestamp })
    .onConflictDoUpdate((f) => ({ burned: f.burned + row.fee, burns: f.burns + 1 }));
  await logEvent(db, event, C, 'OddsSet', a.id);
});

ponder.on('Levetrage:FundingSet', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const gatherUntil = Number(a.gatherUntil);
  await updateThreat(context.db, a.id, w.blockNumber, () => ({
    fundingCap: a.cap,
    backersRoot: a.backersRoot === ZERO_HASH ? null : a.backersRoot,
    gatherUntil: gatherUntil === 0 ? null : gatherUntil,
    minPledgers: Number(a.minPledgers),
    minTotal: a.minTotal,
    ...(gatherUntil !== 0 ? { status: 'gathering' as const } : {}),
  }));
  await logEvent(context.db, event, C, 'FundingSet', a.id);
});

ponder.on('Levetrage:Linked', async ({ event, context }) => {
  const a = event.args;
  await updateThreat(context.db, a.id, when(event).blockNumber, () => ({ linkedTo: a.linkedTo }));
  await logEvent(context.db, event, C, 'Linked', a.id);
});

/*//////////////////////////////////////////////////////////////
                             ENGAGEMENTS
//////////////////////////////////////////////////////////////*/

ponder.on('Levetrage:EngagementAccepted', async ({ event, context }) => {
  const a = event.args;
  const e = a.engagement;
  const w = when(event);
  const db = context.db;
  const provider = lower(a.provider);
  const values = {
    provider,
    maker: lower(a.maker),
    agreementHash: e.agreementHash,
    source: 'onchain',
    minStake: e.minStake,
    maxStake: e.maxStake,
    kinds: Number(e.kinds),
    validUntil: Number(e.validUntil),
    uses: Number(e.uses),
    nonce: e.nonce,
    acceptedAt: w.timestamp,
  };
  const known = await db.find(engagement, { id: a.engagementId });
  if (known) await db.update(engagement, { id: a.engagementId }).set(values);
  else await db.insert(engagement).values({ id: a.engagementId, ...values, threats: 0, escalations: 0 });
  await bump(db, provider, w.timestamp, {
    providerEngagementsAccepted: 1,
    ...(known ? {} : { providerEngagements: 1 }),
  });
  await logEvent(db, event, C, 'EngagementAccepted', null);
});

ponder.on('Levetrage:EngagementRevoked', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const provider = lower(a.provider);
  const known = await db.find(engagement, { id: a.engagementId });
  if (known) await db.update(engagement, { id: a.engagementId }).set({ revokedAt: w.timestamp });
  await db
    .insert(nonceRevocation)
    .values({ provider, nonce: a.nonce, engagementId: a.engagementId, timestamp: w.timestamp, txHash: w.txHash })
    .onConflictDoNothing();
  await bump(db, provider, w.timestamp, { providerRevocations: 1 });
  await logEvent(db, event, C, 'EngagementRevoked', null);
});

ponder.on('Levetrage:NonceRevoked', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const provider = lower(a.provider);
  await context.db
    .insert(nonceRevocation)
    .values({ provider, nonce: a.nonce, timestamp: w.timestamp, txHash: w.txHash })
    .onConflictDoNothing();
  await bump(context.db, provider, w.timestamp, { providerRevocations: 1 });
  await logEvent(context.db, event, C, 'NonceRevoked', null);
});

/*//////////////////////////////////////////////////////////////
                          BACKERS AND POOLS
//////////////////////////////////////////////////////////////*/

async function fundingRow(
  db: Db,
  event: EventLike,
  id: bigint,
  kind: string,
  accountAddress: `0x${string}` | null,
  amount: bigint | null,
  stakeAfter: bigint | null,
) {
  const w = when(event);
  await db.insert(fundingEvent).values({
    id: event.id,
    threatId: id,
    kind,
    account: accountAddress,
    amount,
    stakeAfter,
    ...w,
  });
}

ponder.on('Levetrage:Joined', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const who = lower(a.funder);
  const known = await db.find(funder, { threatId: a.id, account: who });
  const newFunder = !known || known.share === 0n;
  if (known) {
    await db.update(funder, { threatId: a.id, account: who }).set({
      share: known.share + a.amount,
      joined: known.joined + a.amount,
      joins: known.joins + 1,
      updatedAt: w.timestamp,
    });
  } else {
    await db.insert(funder).values({
      threatId: a.id,
      account: who,
      share: a.amount,
      joined: a.amount,
      left: 0n,
      reclaimed: 0n,
      joins: 1,
      firstJoinedAt: w.timestamp,
      updatedAt: w.timestamp,
    });
  }
  await updateThreat(db, a.id, w.blockNumber, (r) => ({
    stake: a.stake,
    backed: r.backed + a.amount,
    funders: r.funders + (newFunder ? 1 : 0),
  }));
  await bump(db, who, w.timestamp, { funderAmount: a.amount, ...(known ? {} : { funderThreats: 1 }) });
  await fundingRow(db, event, a.id, 'joined', who, a.amount, a.stake);
  await logEvent(db, event, C, 'Joined', a.id);
});

ponder.on('Levetrage:Left', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const who = lower(a.funder);
  await db
    .update(funder, { threatId: a.id, account: who })
    .set((f) => ({ share: 0n, left: f.left + a.amount, updatedAt: w.timestamp }));
  await updateThreat(db, a.id, w.blockNumber, (r) => ({
    stake: a.stake,
    backed: r.backed - a.amount,
    funders: r.funders - 1,
  }));
  await fundingRow(db, event, a.id, 'left', who, a.amount, a.stake);
  await logEvent(db, event, C, 'Left', a.id);
});

ponder.on('Levetrage:Activated', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const start = Number(a.start);
  await updateThreat(context.db, a.id, w.blockNumber, (r) => ({
    status: 'live',
    start,
    activatedAt: start,
    stake: a.stake,
    periodsTotal: r.period === null ? null : periodsTotal(start, r.deadline, r.period),
  }));
  await fundingRow(context.db, event, a.id, 'activated', null, null, a.stake);
  await logEvent(context.db, event, C, 'Activated', a.id);
});

ponder.on('Levetrage:Cancelled', async ({ event, context }) => {
  const a = event.args;
  await endThreat(context.db, event, a.id, 'cancelled', () => 'cancelled');
  await fundingRow(context.db, event, a.id, 'cancelled', null, null, null);
  await logEvent(context.db, event, C, 'Cancelled', a.id);
});

ponder.on('Levetrage:Reclaimed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const who = lower(a.funder);
  await db
    .update(funder, { threatId: a.id, account: who })
    .set((f) => ({ share: 0n, reclaimed: f.reclaimed + a.amount, reclaimPaid: a.paid, updatedAt: w.timestamp }));
  await bump(db, who, w.timestamp, { funderReclaimed: a.amount });
  await fundingRow(db, event, a.id, 'reclaimed', who, a.amount, null);
  await logEvent(db, event, C, 'Reclaimed', a.id);
});

/*//////////////////////////////////////////////////////////////
                             RESOLUTION
//////////////////////////////////////////////////////////////*/

async function fulfilmentRow(
  db: Db,
  event: EventLike,
  id: bigint,
  kind: string,
  resolver: `0x${string}`,
  fields: { until?: number; evidence?: `0x${string}` } = {},
) {
  const w = when(event);
  await db.insert(fulfilment).values({
    id: event.id,
    threatId: id,
    kind,
    resolver,
    until: fields.until ?? null,
    evidence: fields.evidence ?? null,
    ...w,
  });
}

ponder.on('Levetrage:FulfilmentClaimed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const resolver = lower(a.resolver);
  const wasClaimed = (await db.find(threat, { id: a.id }))?.status === 'claimed';
  await updateThreat(db, a.id, w.blockNumber, (r) => ({
    status: 'claimed',
    holdUntil: Number(a.until),
    holds: r.holds + 1,
    firstClaimAt: r.firstClaimAt ?? w.timestamp,
    openClaimAt: r.openClaimAt ?? w.timestamp,
  }));
  if (!wasClaimed) await bump(db, resolver, w.timestamp, { resolverClaims: 1 });
  await fulfilmentRow(db, event, a.id, 'claimed', resolver, { until: Number(a.until) });
  await logEvent(db, event, C, 'FulfilmentClaimed', a.id);
});

ponder.on('Levetrage:ClaimReleased', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const before = await db.find(threat, { id: a.id });
  if (before && !a.expired) await decide(db, event, before, before.resolver, 'released');
  const row = await updateThreat(db, a.id, w.blockNumber, (r) => ({
    status: 'live',
    holdUntil: null,
    openClaimAt: null,
    claimsFailed: r.claimsFailed + 1,
  }));
  await bump(db, row.resolver, w.timestamp, { resolverClaimsFailed: 1 });
  await fulfilmentRow(db, event, a.id, a.expired ? 'expired' : 'released', row.resolver);
  await logEvent(db, event, C, 'ClaimReleased', a.id);
});

ponder.on('Levetrage:Fulfilled', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const resolver = lower(a.resolver);
  const before = await db.find(threat, { id: a.id });
  if (before) await decide(db, event, before, resolver, 'fulfilled');
  await endThreat(db, event, a.id, 'fulfilled', () => 'fulfilled', { decidedAt: w.timestamp });
  await bump(db, resolver, w.timestamp, { resolverFulfilled: 1 });
  await fulfilmentRow(db, event, a.id, 'fulfilled', resolver, { evidence: a.evidence });
  await logEvent(db, event, C, 'Fulfilled', a.id);
});

ponder.on('Levetrage:PromiseBroken', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const resolver = lower(a.resolver);
  const before = await db.find(threat, { id: a.id });
  if (before) await decide(db, event, before, resolver, 'broken');
  // The timeout action follows in the same transaction (Escalated, Refunded or Forfeited) and ends the threat.
  await updateThreat(db, a.id, w.blockNumber, () => ({
    endCause: 'breach',
    decidedAt: w.timestamp,
    openClaimAt: null,
  }));
  await bump(db, resolver, w.timestamp, { resolverBroken: 1 });
  await fulfilmentRow(db, event, a.id, 'broken', resolver, { evidence: a.evidence });
  await logEvent(db, event, C, 'PromiseBroken', a.id);
});

ponder.on('Levetrage:Evidence', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const role = enumName(ROLES, a.role, 'Role');
  const submitter = lower(a.submitter);
  await db.insert(evidence).values({
    id: event.id,
    threatId: a.id,
    submitter,
    role,
    evidenceHash: a.evidenceHash,
    uri: a.uri,
    ...w,
  });
  await updateThreat(db, a.id, w.blockNumber, (r) => {
    // Evidence from a party with no role (the adversary) is a claim of compliance awaiting the resolver.
    const claim = role === 'other' && isOpen(r.status) && r.openClaimAt === null;
    return {
      evidenceCount: r.evidenceCount + 1,
      resolverEvidenceCount: r.resolverEvidenceCount + (role === 'resolver' ? 1 : 0),
      ...(claim ? { openClaimAt: w.timestamp, firstClaimAt: r.firstClaimAt ?? w.timestamp } : {}),
    };
  });
  await bump(db, submitter, w.timestamp, { evidenceSubmitted: 1 });
  await logEvent(db, event, C, 'Evidence', a.id);
});

/*//////////////////////////////////////////////////////////////
                                DRAWS
//////////////////////////////////////////////////////////////*/

async function requestRow(
  db: Db,
  event: EventLike,
  id: bigint,
  kind: string,
  from: number,
  through: number,
  ticket: number | null,
  rerequested: boolean | null,
) {
  const w = when(event);
  await db.insert(drawRequest).values({
    id: event.id,
    threatId: id,
    kind,
    fromPeriod: from,
    throughPeriod: through,
    ticket,
    rerequested,
    ...w,
  });
}

ponder.on('Levetrage:DrawRequested', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const ticket = Number(a.ticket);
  const current = await db.find(threat, { id: a.id });
  const kind = current?.beaconKind ?? 'other';
  let dueBlock: number;
  if (kind === 'vrf' && current?.beacon) {
    // The VRF beacon's Requested came first in this transaction; an answer brings the due block forward.
    const t = await db.find(beaconTicket, { beacon: current.beacon, ticket });
    const b = await db.find(beacon, { address: current.beacon });
    if (t) await db.update(beaconTicket, { beacon: current.beacon, ticket }).set({ threatId: a.id });
    dueBlock = t?.answeredBlock ?? pendingDueBlock('vrf', ticket, w.blockNumber, b?.lapseBlocks ?? null);
  } else {
    dueBlock = pendingDueBlock(kind, ticket, w.blockNumber, null);
  }
  await updateThreat(db, a.id, w.blockNumber, (r) => ({
    pendingFrom: Number(a.fromPeriod),
    pendingThrough: Number(a.throughPeriod),
    ticket,
    nextDueBlock: dueBlock,
    drawRequests: r.drawRequests + 1,
  }));
  await requestRow(db, event, a.id, 'requested', Number(a.fromPeriod), Number(a.throughPeriod), ticket, null);
  await logEvent(db, event, C, 'DrawRequested', a.id);
});

ponder.on('Levetrage:DrawRequestFailed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  // The draws stay due (the next settle asks again).
  await updateThreat(context.db, a.id, w.blockNumber, (r) => ({
    pendingFrom: null,
    pendingThrough: null,
    ticket: null,
    nextDueBlock: null,
    lapses: 0,
    drawFailures: r.drawFailures + 1,
  }));
  await requestRow(context.db, event, a.id, 'failed', Number(a.fromPeriod), Number(a.throughPeriod), null, null);
  await logEvent(context.db, event, C, 'DrawRequestFailed', a.id);
});

ponder.on('Levetrage:DrawLapsed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  // Re-requested: a DrawRequested (or DrawRequestFailed) follows; else neutral DrawSettled events follow.
  await updateThreat(context.db, a.id, w.blockNumber, (r) => ({ lapses: r.lapses + 1 }));
  await requestRow(
    context.db,
    event,
    a.id,
    'lapsed',
    Number(a.fromPeriod),
    Number(a.throughPeriod),
    Number(a.ticket),
    a.rerequested,
  );
  await logEvent(context.db, event, C, 'DrawLapsed', a.id);
});

ponder.on('Levetrage:DrawSettled', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const period = Number(a.period);
  const outcome = enumName(OUTCOMES, a.outcome, 'DrawOutcome');
  const row = await updateThreat(db, a.id, w.blockNumber, (r) => {
    const done = r.pendingThrough === null || period >= r.pendingThrough;
    return {
      settledPeriods: period,
      ...(done ? { pendingFrom: null, pendingThrough: null, nextDueBlock: null, lapses: 0 } : {}),
      // The payment follows in this transaction (Escalated / Refunded) and ends the threat.
      ...(outcome === 'escalate'
        ? { endCause: 'draw-escalate' as const }
        : outcome === 'terminate'
          ? { endCause: 'draw-terminate' as const }
          : {}),
    };
  });
  await db.insert(draw).values({
    threatId: a.id,
    period,
    value: a.value,
    outcome,
    neutralized: a.neutralized,
    ticket: a.neutralized && a.value === ZERO_HASH ? null : row.ticket,
    settledAt: w.timestamp,
    settledBlock: w.blockNumber,
    txHash: w.txHash,
  });
  await logEvent(db, event, C, 'DrawSettled', a.id);
});

/*//////////////////////////////////////////////////////////////
                              PAYMENTS
//////////////////////////////////////////////////////////////*/

ponder.on('Levetrage:Escalated', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const provider = lower(a.provider);
  const row = await endThreat(db, event, a.id, 'escalated', (r) => r.endCause ?? 'timeout', {
    escalatedAmount: a.amount,
  });
  await db.insert(escalation).values({
    threatId: a.id,
    provider,
    engagementId: a.engagementId,
    amount: a.amount,
    paid: a.paid,
    cause: row.endCause ?? 'timeout',
    maker: row.maker,
    ...w,
  });
  await bump(db, provider, w.timestamp, { providerEscalations: 1, providerEscalatedAmount: a.amount });
  const e = await db.find(engagement, { id: a.engagementId });
  if (e) await db.update(engagement, { id: a.engagementId }).set({ escalations: e.escalations + 1 });
  await logEvent(db, event, C, 'Escalated', a.id);
});

ponder.on('Levetrage:ProviderActed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const provider = lower(a.provider);
  const esc = await db.find(escalation, { threatId: a.id });
  const delay = esc ? w.timestamp - esc.timestamp : null;
  await db.insert(acted).values({
    id: event.id,
    threatId: a.id,
    provider,
    evidenceHash: a.evidenceHash,
    uri: a.uri,
    delay,
    ...w,
  });
  await updateThreat(db, a.id, w.blockNumber, (r) => ({
    actedCount: r.actedCount + 1,
    actedAt: r.actedAt ?? w.timestamp,
  }));
  if (esc && esc.actedAt === null) {
    await db.update(escalation, { threatId: a.id }).set({ actedAt: w.timestamp, actedDelay: delay });
    await bump(db, provider, w.timestamp, { providerActed: 1, providerActedDelaySum: delay ?? 0 });
  }
  await logEvent(db, event, C, 'ProviderActed', a.id);
});

ponder.on('Levetrage:Refunded', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const current = await db.find(threat, { id: a.id });
  if (current && (current.status === 'live' || current.status === 'claimed')) {
    // A refund timeout, a dovish draw, a breach with timeout Refund, or a forfeit nobody could receive.
    await endThreat(db, event, a.id, 'refunded', (r) => r.endCause ?? 'timeout', { refundedAmount: a.amount });
  } else {
    // After Fulfilled or Cancelled (same transaction): the beneficiary's own share.
    await updateThreat(db, a.id, w.blockNumber, () => ({ refundedAmount: a.amount }));
  }
  await bump(db, lower(a.beneficiary), w.timestamp, { refundsReceived: a.amount });
  await logEvent(db, event, C, 'Refunded', a.id);
});

ponder.on('Levetrage:Forfeited', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const row = await endThreat(context.db, event, a.id, 'forfeited', (r) => r.endCause ?? 'timeout', {
    forfeitedAmount: a.amount,
  });
  await context.db.insert(forfeit).values({
    threatId: a.id,
    amount: a.amount,
    maker: row.maker,
    ...w,
  });
  await logEvent(context.db, event, C, 'Forfeited', a.id);
});

ponder.on('Levetrage:Withdrawn', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const who = lower(a.account);
  await context.db
    .insert(withdrawal)
    .values({ id: event.id, account: who, amount: a.amount, timestamp: w.timestamp, txHash: w.txHash });
  await bump(context.db, who, w.timestamp, { withdrawn: a.amount });
  await logEvent(context.db, event, C, 'Withdrawn', null);
});

/*//////////////////////////////////////////////////////////////
                                ADMIN
//////////////////////////////////////////////////////////////*/

ponder.on('Levetrage:FeeSet', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const move = enumName(MOVES, a.move, 'Move');
  await context.db
    .insert(fee)
    .values({ move, fee: a.fee, burned: 0n, burns: 0, updatedAt: w.timestamp })
    .onConflictDoUpdate({ fee: a.fee, pendingFee: null, pendingEffectiveAt: null, updatedAt: w.timestamp });
  await context.db
    .insert(feeChange)
    .values({ id: event.id, move, kind: 'set', fee: a.fee, timestamp: w.timestamp, txHash: w.txHash });
  await logEvent(context.db, event, C, 'FeeSet', null);
});

ponder.on('Levetrage:FeeIncreaseScheduled', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const move = enumName(MOVES, a.move, 'Move');
  const effectiveAt = Number(a.effectiveAt);
  await context.db
    .update(fee, { move })
    .set({ pendingFee: a.fee, pendingEffectiveAt: effectiveAt, updatedAt: w.timestamp });
  await context.db.insert(feeChange).values({
    id: event.id,
    move,
    kind: 'scheduled',
    fee: a.fee,
    effectiveAt,
    timestamp: w.timestamp,
    txHash: w.txHash,
  });
  await logEvent(context.db, event, C, 'FeeIncreaseScheduled', null);
});

ponder.on('Levetrage:BeaconAllowed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const address = lower(a.beacon);
  const kind = beaconKindOf(address);
  let lapseBlocks: number | null = kind === 'block' ? PREVRANDAO_HISTORY_WINDOW : null;
  if (kind === 'vrf') {
    try {
      lapseBlocks = Number(
        await context.client.readContract({
          address,
          abi: vrfBeaconAbi,
          functionName: 'lapseBlocks',
          cache: 'immutable',
        }),
      );
    } catch {
      lapseBlocks = null;
    }
  }
  await context.db
    .insert(beacon)
    .values({ address, kind, allowed: a.allowed, lapseBlocks, updatedAt: w.timestamp })
    .onConflictDoUpdate({ allowed: a.allowed, updatedAt: w.timestamp });
  await logEvent(context.db, event, C, 'BeaconAllowed', null);
});

ponder.on('Levetrage:FeeControllerChanged', async ({ event, context }) => {
  const a = event.args;
  await context.db
    .insert(meta)
    .values({
      id: 'registry',
      feeController: lower(a.next),
      threats: 0,
      nashSupply: 0n,
      nashBurned: 0n,
      nashDistributed: 0n,
      nashClaimed: 0n,
      nashHolders: 0,
    })
    .onConflictDoUpdate({ feeController: lower(a.next) });
  await logEvent(context.db, event, C, 'FeeControllerChanged', null);
});
