// The notifier's database: embedded PGlite by default (one directory, one process), Postgres when DATABASE_URL
// is set (schema NOTIFIER_DB_SCHEMA, default "levetrage_notifier", beside the indexer's). Subscriptions,
// the stream cursor, notices, the outbox and the delivery log live here; every change of a batch is one
// transaction, so a restart resumes exactly where the last committed batch ended.
import { mkdirSync } from 'node:fs';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

export const MIGRATIONS: string[] = [
  `create table if not exists subscription (
    id text primary key,
    channel text not null,
    email text,
    url text,
    secret text,
    target_type text not null,
    target text not null,
    role text not null default 'any',
    status text not null,
    confirm_token text unique,
    manage_token text not null unique,
    failures integer not null default 0,
    disabled_reason text,
    created_ms bigint not null,
    confirmed_ms bigint
  )`,
  `create unique index if not exists subscription_live_uniq on subscription
    (channel, coalesce(email, url), target_type, target, role) where status in ('pending', 'active')`,
  `create index if not exists subscription_target_idx on subscription (target_type, target) where status = 'active'`,
  `create table if not exists cursor (name text primary key, value text not null, updated_ms bigint not null)`,
  `create table if not exists threat_info (
    id text primary key,
    maker text not null,
    provider text,
    beneficiary text not null,
    resolver text not null,
    adversary text,
    deadline bigint not null,
    engagement_id text,
    agreement_hash text,
    terms text not null,
    period bigint,
    start bigint,
    open boolean not null
  )`,
  `create index if not exists threat_info_open_idx on threat_info (deadline) where open`,
  `create table if not exists notice (
    key text primary key,
    seq bigserial,
    threat_id text,
    kind text not null,
    title text not null,
    body text not null,
    next_step text not null,
    link text not null,
    data jsonb not null,
    chain_time bigint not null,
    event_ms bigint,
    created_ms bigint not null
  )`,
  `create index if not exists notice_threat_idx on notice (threat_id, seq)`,
  `create table if not exists notice_party (notice_key text not null, address text not null, role text not null, primary key (notice_key, address, role))`,
  `create index if not exists notice_party_address_idx on notice_party (address)`,
  `create table if not exists outbox (
    id bigserial primary key,
    subscription_id text not null,
    kind text not null,
    notice_key text not null,
    status text not null,
    attempts integer not null default 0,
    next_attempt_ms bigint not null,
    last_error text,
    created_ms bigint not null,
    sent_ms bigint,
    unique (subscription_id, kind, notice_key)
  )`,
  `create index if not exists outbox_due_idx on outbox (next_attempt_ms) where status = 'pending'`,
  `create table if not exists delivery_log (
    id bigserial primary key,
    subscription_id text not null,
    outbox_id bigint,
    attempt integer not null,
    at_ms bigint not null,
    ok boolean not null,
    status_code integer,
    error text,
    duration_ms integer
  )`,
  `create index if not exists delivery_log_sub_idx on delivery_log (subscription_id, id)`,
  `create table if not exists rate_event (key text not null, at_ms bigint not null)`,
  `create index if not exists rate_event_idx on rate_event (key, at_ms)`,
];

async function migrate(db: Db) {
  await db.tx(async (q) => {
    for (const m of MIGRATIONS) await q.query(m);
  });
}

/** PGlite in `dir` (created if missing). */
export async function openPglite(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = new PGlite(dir);
  await pg.waitReady;
  const db: Db = {
    kind: 'pglite',
    query: async (sql, params) => (await pg.query(sql, params)).rows as never,
    tx: async (fn) =>
      (await pg.transaction((tx) =>
        fn({ query: async (sql, params) => (await tx.query(sql, params)).rows as never }),
      )) as Awaited<ReturnType<typeof fn>>,
    close: () => pg.close(),
  };
  await migrate(db);
  return db;
}

/** Postgres at `url`, in `schema` (created if missing). */
export async function openPostgres(url: string, schema = 'levetrage_notifier'): Promise<Db> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`NOTIFIER_DB_SCHEMA must be a lower-case SQL identifier, got "${schema}"`);
  const pgModule = await import('pg');
  const Pool = pgModule.default?.Pool ?? pgModule.Pool;
  const setup = new Pool({ connectionString: url, max: 1 });
  await setup.query(`create schema if not exists ${schema}`);
  await setup.end();
  const pool = new Pool({ connectionString: url, max: 5, options: `-c search_path=${schema}` });
  const db: Db = {
    kind: 'postgres',
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows as never,
    tx: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({
          query: async (sql, params) => (await client.query(sql, params as unknown[])).rows as never,
        });
        await client.query('commit');
        return result;
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  await migrate(db);
  return db;
}
