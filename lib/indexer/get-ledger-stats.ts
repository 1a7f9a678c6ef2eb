import { indexerGet, type IndexerClient } from './client';
import type { StatsGroup } from './enums';
import { encodeLedgerQuery } from './query';
import type { LedgerFilter, LedgerStats, StatsRow, Wire } from './types';

const row = (r: Wire<StatsRow>): StatsRow => ({ ...r, stake: BigInt(r.stake) });

/**
 * Statistics for researchers over any ledger filter (`GET /api/stats`): fulfilment, escalation, refund and
 * forfeit rates, time to comply and draws before compliance, overall and grouped by kind, p, stake bucket,
 * period length, resolver kind or timeout action.
 */
export async function getLedgerStats(
  client: IndexerClient,
  params: { filter?: LedgerFilter; groupBy?: StatsGroup } = {},
): Promise<LedgerStats> {
  const query = encodeLedgerQuery(params.filter ?? {});
  query.set('groupBy', params.groupBy ?? 'kind');
  const s = await indexerGet<Wire<LedgerStats>>(client, '/api/stats', query);
  return { groupBy: s.groupBy, overall: row(s.overall), rows: s.rows.map(row) };
}
