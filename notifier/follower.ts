// Follows the indexer's event timeline (GET /api/events) from the cursor stored in the database. Each batch —
// the threat facts it learns, the notices it triggers, an outbox row per matching subscription, and the new
// cursor — is one transaction, so after a restart (or a crash) the notifier resumes at the first event it has
// not handled: no notice is enqueued twice (the outbox is unique per subscription and notice) and none is skipped.
// Deadline reminders run on the chain's clock (the indexed block time), so a warped dev chain triggers them.
import type { NotifierConfig } from './config';
import type { Db, Queryable } from './db';
import { matchesFilter } from './core/filter';
import { parseTarget } from './core/validate';
import {
  TERMINAL_EVENTS,
  infoFromCreated,
  noticesForEvent,
  remindersDue,
  type NoticeDraft,
  type ThreatInfo,
  type TriggerContext,
} from './core/triggers';
import { getIndexedThreat, getIndexerStatus, listEvents, type IndexerClient } from '../lib/indexer';
import type { EventLogRow, LedgerFilter, ThreatRow } from '../lib/indexer/types';
import type { SubscriptionRow } from './store';

export const CURSOR = 'events';

/** threat_info's columns as a ThreatInfo (bigint columns as JS numbers). */
const INFO = `id, maker, provider, beneficiary, resolver, adversary, deadline::float8 as deadline, engagement_id as "engagementId",
  agreement_hash as "agreementHash", terms, period::float8 as period, start::float8 as start, open`;

async function saveInfo(q: Queryable, i: ThreatInfo) {
  await q.query(
    `insert into threat_info (id, maker, provider, beneficiary, resolver, adversary, deadline, engagement_id, agreement_hash, terms, period, start, open)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (id) do update set period = excluded.period, start = excluded.start, open = excluded.open, deadline = excluded.deadline`,
    [
      i.id,
      i.maker,
      i.provider,
      i.beneficiary,
      i.resolver,
      i.adversary,
      i.deadline,
      i.engagementId,
      i.agreementHash,
      i.terms,
      i.period,
      i.start,
      i.open,
    ],
  );
}

export async function readCursor(q: Queryable): Promise<string> {
  const [row] = await q.query<{ value: string }>('select value from cursor where name = $1', [CURSOR]);
  return row?.value ?? '';
}

export interface FollowerStats {
  events: number;
  notices: number;
  enqueued: number;
}

export function createFollower(db: Db, cfg: NotifierConfig, indexer: IndexerClient) {
  const ctx: TriggerContext = { appUrl: cfg.appUrl, chainId: cfg.chainId };
  const rows = new Map<string, ThreatRow | null>();

  async function threatRow(id: string): Promise<ThreatRow | null> {
    if (!rows.has(id)) rows.set(id, (await getIndexedThreat(indexer, { id: BigInt(id) }))?.threat ?? null);
    return rows.get(id)!;
  }

  /** Stores a notice (once per key) and enqueues it for every active subscription it concerns. */
  async function publish(q: Queryable, n: NoticeDraft, now: number): Promise<number> {
    const inserted = await q.query(
      `insert into notice (key, threat_id, kind, title, body, next_step, link, data, chain_time, created_ms)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict (key) do nothing returning key`,
      [n.key, n.threatId, n.kind, n.title, n.body, n.nextStep, n.link, JSON.stringify(n.data), n.chainTime, now],
    );
    if (!inserted.length) return 0;
    for (const p of n.parties)
      await q.query('insert into notice_party (notice_key, address, role) values ($1, $2, $3) on conflict do nothing', [
        n.key,
        p.address,
        p.role,
      ]);
    const addresses = [...new Set(n.parties.map((p) => p.address))];
    const subs = await q.query<SubscriptionRow>(
      `select * from subscription where status = 'active' and ((target_type = 'threat' and target = $1) or (target_type = 'address' and target = any($2::text[])) or target_type = 'filter')`,
      [n.threatId ?? '', addresses],
    );
    let count = 0;
    for (const s of subs) {
      let match = false;
      if (s.target_type === 'threat') match = true;
      else if (s.target_type === 'address')
        match = n.parties.some(
          (p) => p.address === s.target && (s.role === 'any' || (s.role === p.role && n.audience.includes(p.role))),
        );
      else if (n.threatId) {
        const row = await threatRow(n.threatId);
        const target = parseTarget({ type: 'filter', query: s.target }) as { filter: LedgerFilter };
        match = row !== null && matchesFilter(row, target.filter);
      }
      if (!match) continue;
      const r = await q.query(
        `insert into outbox (subscription_id, kind, notice_key, status, next_attempt_ms, created_ms) values ($1, 'notice', $2, 'pending', $3, $3)
         on conflict do nothing returning id`,
        [s.id, n.key, now],
      );
      count += r.length;
    }
    return count;
  }

  async function handle(
    q: Queryable,
    e: EventLogRow,
    cache: Map<string, ThreatInfo | null>,
    stats: FollowerStats,
    now: number,
  ) {
    const tid = e.threatId === null ? null : String(e.threatId);
    let info: ThreatInfo | null = null;
    if (e.name === 'ThreatCreated') info = infoFromCreated(e);
    else if (tid) {
      if (!cache.has(tid)) {
        const [r] = await q.query<ThreatInfo>(`select ${INFO} from threat_info where id = $1`, [tid]);
        cache.set(tid, r ?? null);
      }
      info = cache.get(tid) ?? null;
    }
    const a = (e.args ?? {}) as Record<string, unknown>;
    if (info && e.name === 'OddsSet') info = { ...info, period: Number(a.period), start: Number(a.start) };
    if (info && e.name === 'Activated') info = { ...info, start: Number(a.start) };
    const drafts = noticesForEvent(e, info, ctx);
    if (info && TERMINAL_EVENTS.has(e.name)) info = { ...info, open: false };
    if (info && tid) {
      cache.set(tid, info);
      await saveInfo(q, info);
    }
    for (const d of drafts) {
      stats.notices++;
      stats.enqueued += await publish(q, d, now);
    }
  }

  /**
   * The indexer now indexes another chain or registry (a fresh local chain, a redeploy): the stored cursor and
   * notices belong to the old one (their event ids could repeat), so the stream starts over. Subscriptions stay.
   */
  async function checkChain(identity: string) {
    const [row] = await db.query<{ value: string }>(`select value from cursor where name = 'chain'`);
    if (row?.value === identity) return;
    await db.tx(async (q) => {
      if (row) {
        await q.query(`delete from cursor where name = $1`, [CURSOR]);
        await q.query('delete from threat_info');
        await q.query('delete from notice_party');
        await q.query('delete from notice');
        await q.query(
          `update outbox set status = 'dropped', last_error = 'the chain was replaced' where kind = 'notice' and status = 'pending'`,
        );
      }
      await q.query(
        `insert into cursor (name, value, updated_ms) values ('chain', $1, $2) on conflict (name) do update set value = excluded.value, updated_ms = excluded.updated_ms`,
        [identity, Date.now()],
      );
    });
  }

  /** Handles every event after the cursor, then the reminders due at the indexed chain time. */
  async function tick(): Promise<FollowerStats> {
    const stats: FollowerStats = { events: 0, notices: 0, enqueued: 0 };
    rows.clear();
    const status = await getIndexerStatus(indexer);
    await checkChain(`${status.chainId}:${status.registry}`);
    for (;;) {
      const after = await readCursor(db);
      const events = await listEvents(indexer, { after, limit: 200 });
      if (!events.length) break;
      await db.tx(async (q) => {
        // Re-read inside the transaction: another tick cannot have moved it (one follower per database).
        const cache = new Map<string, ThreatInfo | null>();
        const now = Date.now();
        for (const e of events) await handle(q, e, cache, stats, now);
        await q.query(
          `insert into cursor (name, value, updated_ms) values ($1, $2, $3) on conflict (name) do update set value = excluded.value, updated_ms = excluded.updated_ms`,
          [CURSOR, events[events.length - 1]!.id, now],
        );
      });
      stats.events += events.length;
      if (events.length < 200) break;
    }
    const chainNow = status.indexedTimestamp;
    if (chainNow > 0) {
      const open = await db.query<ThreatInfo>(
        `select ${INFO} from threat_info where open and deadline > $1 and deadline <= $2`,
        [chainNow, chainNow + 24 * 3600],
      );
      const due = open.flatMap((r) => remindersDue(r, chainNow, ctx));
      if (due.length)
        await db.tx(async (q) => {
          const now = Date.now();
          for (const d of due) {
            const r = await q.query('select 1 from notice where key = $1', [d.key]);
            if (r.length) continue;
            stats.notices++;
            stats.enqueued += await publish(q, d, now);
          }
        });
    }
    return stats;
  }

  return { tick };
}
