// Track records, the directory, desks (escalations, shares), the keeper's due list and the indexer's status.
import { db, publicClients } from 'ponder:api';
import { account, decision, escalation, funder, nashHolder, resolverInfo, threat } from 'ponder:schema';
import { and, asc, desc, eq, gt, inArray, lte, or, sql } from 'ponder';

type SQL = ReturnType<typeof sql>;
import { OPEN_STATUSES, type ResolverKind } from '../../../lib/indexer/enums';
import { decodeCursor, encodeCursor } from '../../../lib/indexer/query';
import type {
  AccountRow,
  DirectoryEntry,
  DirectoryRole,
  DirectorySort,
  Distribution,
  DueThreat,
  EscalationWithThreat,
  FunderShare,
  IndexerStatus,
  Page,
  TrackRecord,
} from '../../../lib/indexer/types';
import { dueReason } from '../../core/due';
import { settings } from '../../deployment';

const rate = (n: number, d: number) => (d > 0 ? n / d : null);

async function distribution(column: SQL, from: SQL, where: SQL): Promise<Distribution> {
  const result = await db.execute(sql`
    select count(${column})::int as n, avg(${column})::text as mean,
      (percentile_cont(0.5) within group (order by ${column}))::text as median,
      (percentile_cont(0.9) within group (order by ${column}))::text as p90
    from ${from} where ${where} and ${column} is not null`);
  const r = result.rows[0] as { n: number; mean: string | null; median: string | null; p90: string | null } | undefined;
  const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return { n: Number(r?.n ?? 0), mean: num(r?.mean), median: num(r?.median), p90: num(r?.p90) };
}

/** The track record of `address` in every role. */
export async function trackRecord(address: `0x${string}`): Promise<TrackRecord> {
  const [row] = (await db.select().from(account).where(eq(account.address, address))) as AccountRow[];
  const [info] = await db.select().from(resolverInfo).where(eq(resolverInfo.address, address));
  const [holder] = await db.select().from(nashHolder).where(eq(nashHolder.address, address));
  const [decisionTime, timeToAct] = await Promise.all([
    distribution(sql`${decision.delay}`, sql`${decision}`, sql`${decision.resolver} = ${address}`),
    distribution(sql`${escalation.actedDelay}`, sql`${escalation}`, sql`${escalation.provider} = ${address}`),
  ]);
  const a = row ?? null;
  const z = (v: number | undefined) => v ?? 0;
  const makerEnded = a
    ? a.makerFulfilled + a.makerEscalated + a.makerRefunded + a.makerForfeited + a.makerCancelled
    : 0;
  return {
    address,
    account: a,
    asOracle: {
      kind: (info?.kind as ResolverKind | undefined) ?? null,
      threatsJudged: z(a?.resolverThreats),
      ended: z(a?.resolverEnded),
      fulfilments: z(a?.resolverFulfilled),
      promisesBroken: z(a?.resolverBroken),
      fulfilmentRate: rate(z(a?.resolverFulfilled), z(a?.resolverEnded)),
      claims: z(a?.resolverClaims),
      disputesLost: z(a?.resolverClaimsFailed),
      decisionTime,
      silentTimeouts: z(a?.resolverSilentTimeouts),
    },
    asProvider: {
      engagements: z(a?.providerEngagements),
      engagementsAccepted: z(a?.providerEngagementsAccepted),
      revocations: z(a?.providerRevocations),
      threats: z(a?.providerThreats),
      escalationsReceived: z(a?.providerEscalations),
      escalatedAmount: a?.providerEscalatedAmount ?? 0n,
      escalationsActedOn: z(a?.providerActed),
      actedRate: rate(z(a?.providerActed), z(a?.providerEscalations)),
      timeToAct,
    },
    asMaker: {
      threats: z(a?.makerThreats),
      stake: a?.makerStake ?? 0n,
      open: z(a?.makerThreats) - makerEnded,
      fulfilled: z(a?.makerFulfilled),
      escalated: z(a?.makerEscalated),
      refunded: z(a?.makerRefunded),
      forfeited: z(a?.makerForfeited),
      cancelled: z(a?.makerCancelled),
    },
    asBeneficiary: { threats: z(a?.beneficiaryThreats), refundsReceived: a?.refundsReceived ?? 0n },
    asFunder: { threats: z(a?.funderThreats), amount: a?.funderAmount ?? 0n, reclaimed: a?.funderReclaimed ?? 0n },
    nash: holder ?? null,
  };
}

/** Providers or oracles ranked by their record (offset pagination: the directory is small). */
export async function directory(
  role: DirectoryRole,
  sort: DirectorySort,
  limit: number,
  offset: number,
): Promise<Page<DirectoryEntry>> {
  const isProvider = role === 'provider';
  const where = isProvider ? gt(account.providerThreats, 0) : gt(account.resolverThreats, 0);
  const rateExpr = isProvider
    ? sql`(${account.providerActed}::float / nullif(${account.providerEscalations}, 0))`
    : sql`(${account.resolverFulfilled}::float / nullif(${account.resolverEnded}, 0))`;
  const meanExpr = isProvider
    ? sql`(${account.providerActedDelaySum}::float / nullif(${account.providerActed}, 0))`
    : sql`(${account.resolverDecisionDelaySum}::float / nullif(${account.resolverDecisions}, 0))`;
  const order: SQL[] = (() => {
    switch (sort) {
      case 'escalations':
        return [desc(account.providerEscalations), sql`${rateExpr} desc nulls last`];
      case 'acted-rate':
        return [sql`${rateExpr} desc nulls last`, desc(account.providerEscalations)];
      case 'speed':
        return [
          sql`${meanExpr} asc nulls last`,
          isProvider ? desc(account.providerActed) : desc(account.resolverDecisions),
        ];
      case 'threats':
        return [
          isProvider ? desc(account.providerThreats) : desc(account.resolverThreats),
          sql`${rateExpr} desc nulls last`,
        ];
      case 'fulfilments':
        return [desc(account.resolverFulfilled), sql`${rateExpr} desc nulls last`];
      case 'silent':
        return [asc(account.resolverSilentTimeouts), desc(account.resolverThreats)];
      default:
        return [desc(account.lastSeenAt)];
    }
  })();
  const rows = (await db
    .select()
    .from(account)
    .where(where)
    .orderBy(...order, asc(account.address))
    .limit(limit + 1)
    .offset(offset)) as AccountRow[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const kinds = page.length
    ? await db
        .select()
        .from(resolverInfo)
        .where(
          inArray(
            resolverInfo.address,
            page.map((r) => r.address),
          ),
        )
    : [];
  const kindOf = new Map(kinds.map((k) => [k.address, k.kind as ResolverKind]));
  const items = page.map((a, i): DirectoryEntry => {
    const decided = isProvider ? a.providerEscalations : a.resolverEnded;
    const positive = isProvider ? a.providerActed : a.resolverFulfilled;
    const meanSeconds = isProvider
      ? a.providerActed > 0
        ? a.providerActedDelaySum / a.providerActed
        : null
      : a.resolverDecisions > 0
        ? a.resolverDecisionDelaySum / a.resolverDecisions
        : null;
    return {
      rank: offset + i + 1,
      address: a.address,
      role,
      threats: isProvider ? a.providerThreats : a.resolverThreats,
      decided,
      positive,
      rate: rate(positive, decided),
      meanSeconds,
      negative: isProvider ? a.providerEscalations - a.providerActed : a.resolverSilentTimeouts,
      resolverKind: isProvider ? null : (kindOf.get(a.address) ?? null),
    };
  });
  return { items, nextCursor: more ? String(offset + limit) : null };
}

/** Threats with something to settle at time `now` and head block `block`, by id (keyset after `afterId`). */
export async function dueThreats(
  now: number,
  block: number,
  limit: number,
  afterId: bigint | null,
): Promise<Page<DueThreat>> {
  const rows = await db
    .select()
    .from(threat)
    .where(
      and(
        inArray(threat.status, [...OPEN_STATUSES]),
        or(lte(threat.nextDueAt, now), lte(threat.nextDueBlock, block)),
        afterId !== null ? gt(threat.id, afterId) : undefined,
      ),
    )
    .orderBy(asc(threat.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map((t): DueThreat => ({
    id: t.id,
    kind: t.kind,
    status: t.status,
    reason: dueReason(t, now, block),
    beacon: t.beacon,
    beaconKind: t.beaconKind,
    ticket: t.ticket,
    settledPeriods: t.settledPeriods,
    pendingThrough: t.pendingThrough,
    nextDueAt: t.nextDueAt,
    nextDueBlock: t.nextDueBlock,
    deadline: t.deadline,
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? String(last.id) : null };
}

/** A provider's escalations with the threats' terms (the provider desk), newest first. */
export async function escalationsOf(
  provider: `0x${string}`,
  limit: number,
  cursor: string | null,
): Promise<Page<EscalationWithThreat>> {
  const c = cursor ? decodeCursor(cursor) : null;
  const rows = await db
    .select({
      e: escalation,
      terms: threat.terms,
      agreementHash: threat.agreementHash,
      kind: threat.kind,
      stake: threat.stake,
      actedCount: threat.actedCount,
      endCause: threat.endCause,
    })
    .from(escalation)
    .innerJoin(threat, eq(threat.id, escalation.threatId))
    .where(
      and(
        eq(escalation.provider, provider),
        c ? sql`(${escalation.timestamp}, ${escalation.threatId}) < (${c.v}::numeric, ${c.id}::numeric)` : undefined,
      ),
    )
    .orderBy(desc(escalation.timestamp), desc(escalation.threatId))
    .limit(limit + 1);
  const more = rows.length > limit;
  const items = (more ? rows.slice(0, limit) : rows).map((r) => ({
    ...r.e,
    terms: r.terms,
    agreementHash: r.agreementHash,
    kind: r.kind,
    stake: r.stake,
    actedCount: r.actedCount,
    endCause: r.endCause,
  }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: more && last ? encodeCursor({ v: String(last.timestamp), id: String(last.threatId) }) : null,
  };
}

/** Every share `address` holds or held as a backer or pledger, newest first. */
export async function sharesOf(address: `0x${string}`): Promise<FunderShare[]> {
  const rows = await db
    .select({ f: funder, status: threat.status, kind: threat.kind, terms: threat.terms })
    .from(funder)
    .innerJoin(threat, eq(threat.id, funder.threatId))
    .where(eq(funder.account, address))
    .orderBy(desc(funder.updatedAt), desc(funder.threatId))
    .limit(1000);
  return rows.map((r) => ({
    ...r.f,
    status: r.status,
    kind: r.kind,
    terms: r.terms,
    reclaimable: r.f.share > 0n && (r.status === 'fulfilled' || r.status === 'refunded' || r.status === 'cancelled'),
  }));
}

let head: { at: number; block: number | null; timestamp: number | null } = { at: 0, block: null, timestamp: null };

/** How far the tables are behind the chain (the head is cached for a second). */
export async function indexerStatus(): Promise<IndexerStatus> {
  const result = await db.execute(sql`select latest_checkpoint from _ponder_checkpoint limit 1`);
  const meta = await db.execute(sql`select value from _ponder_meta where key = 'app'`);
  const checkpoint = String((result.rows[0] as { latest_checkpoint?: string } | undefined)?.latest_checkpoint ?? '');
  // Ponder's checkpoint: 10 digits block timestamp, 16 chain id, 16 block number, ...
  const indexedTimestamp = checkpoint ? Number(checkpoint.slice(0, 10)) : 0;
  const indexedBlock = checkpoint ? Number(checkpoint.slice(26, 42)) : 0;
  const value = (meta.rows[0] as { value?: { is_ready?: number } | string } | undefined)?.value;
  const app = typeof value === 'string' ? (JSON.parse(value) as { is_ready?: number }) : value;
  const now = Date.now();
  if (now - head.at > 1000) {
    try {
      const client = (publicClients as Record<string, (typeof publicClients)[keyof typeof publicClients]>).chain!;
      const block = await client.getBlock({ blockTag: 'latest' });
      head = { at: now, block: Number(block.number), timestamp: Number(block.timestamp) };
    } catch {
      head = { at: now, block: null, timestamp: null };
    }
  }
  return {
    chainId: settings.chainId,
    registry: settings.deployment.levetrage.toLowerCase(),
    indexedBlock,
    indexedTimestamp,
    headBlock: head.block,
    headTimestamp: head.timestamp,
    lagBlocks: head.block === null ? null : Math.max(0, head.block - indexedBlock),
    lagSeconds: head.timestamp === null ? null : Math.max(0, head.timestamp - indexedTimestamp),
    ready: app?.is_ready === 1,
    serverTime: Math.floor(now / 1000),
  };
}
