// Planner statistics for the embedded database. Postgres's autovacuum runs ANALYZE as tables grow; PGlite (the
// embedded default) has no background workers, so its planner never learns the tables' sizes. Measured on a copy
// of the 10,000-threat benchmark's database: with default statistics the planner estimates 67 rows where a
// resolver has 482 and 134 where 15,065 threats are live, and picks bitmap scans plus a sort (the oracle desk
// 5.9 ms, the ledger filter 20.8 ms of execution); after ANALYZE it walks the (resolver, createdAt, id) index
// backwards and stops at the page's end (1.6 ms and 6.9 ms).
//
// So the API keeps statistics itself, with autovacuum's own rule: ANALYZE once the threat table has changed by
// 50 rows + 10% since the last one. It runs on a timer, never in a request's path. On Postgres it runs too
// (harmless beside autovacuum); a connection that refuses ANALYZE turns it off for the process.
import { db } from 'ponder:api';
import { acted, draw, engagement, escalation, eventLog, fulfilment, funder, threat } from 'ponder:schema';
import { sql } from 'ponder';
import { needsAnalyze } from '../../core/statistics';

/** How often the API checks whether the statistics are stale. */
export const STATISTICS_CHECK_MS = 30_000;
/** Tables the API's reads filter and sort (each read's plan depends on their statistics). */
const TABLES = [threat, escalation, acted, draw, fulfilment, funder, eventLog, engagement];

let analyzedAt: number | null = null;
let disabled = false;

async function check(): Promise<void> {
  if (disabled) return;
  const rows = await db.execute(sql`select count(*)::int as n from ${threat}`);
  const n = Number((rows as unknown as { rows: { n: number }[] }).rows?.[0]?.n ?? 0);
  if (!needsAnalyze(n, analyzedAt)) return;
  try {
    for (const t of TABLES) await db.execute(sql`ANALYZE ${t}`);
    analyzedAt = n;
    console.log(`[indexer api] planner statistics updated: ANALYZE at ${n} threats`);
  } catch (e) {
    disabled = true; // a connection that may not ANALYZE (Postgres's autovacuum keeps the statistics there)
    console.log(`[indexer api] planner statistics are left to the database (${(e as Error).message.split('\n')[0]})`);
  }
}

/** Starts the periodic check (once per process). */
export function keepPlannerStatistics(): void {
  const timer = setInterval(() => void check().catch(() => {}), STATISTICS_CHECK_MS);
  timer.unref?.();
  setTimeout(() => void check().catch(() => {}), 5_000).unref?.();
}
