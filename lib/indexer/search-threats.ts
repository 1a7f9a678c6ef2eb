import { indexerGet, type IndexerClient } from './client';
import { THREAT_BIGINTS, fromWire } from './parse';
import { encodeLedgerQuery } from './query';
import type { LedgerQuery, Page, ThreatRow, Wire } from './types';

/**
 * The ledger (`GET /api/threats`): every filter of LedgerQuery, a sort, keyset pages. Pass the returned
 * `nextCursor` as `cursor` for the next page.
 */
export async function searchThreats(client: IndexerClient, params: LedgerQuery = {}): Promise<Page<ThreatRow>> {
  const page = await indexerGet<Wire<Page<ThreatRow>>>(client, '/api/threats', encodeLedgerQuery(params));
  return { ...page, items: page.items.map((t) => fromWire<ThreatRow>(t, THREAT_BIGINTS)) };
}
