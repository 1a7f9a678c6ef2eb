import { indexerUrl, type IndexerClient } from './client';
import { encodeLedgerQuery } from './query';
import type { LedgerQuery } from './types';

export type ExportFormat = 'csv' | 'json' | 'ndjson';

/**
 * The download URL of a filtered ledger view (`GET /api/export`): every matching threat, streamed by the
 * indexer page by page (100k rows never sit in memory on either side). Use it as a link's href; paging
 * fields (limit, cursor, count) are ignored.
 */
export function exportUrl(
  client: IndexerClient,
  params: { format: ExportFormat; query?: Omit<LedgerQuery, 'limit' | 'cursor' | 'count'> },
): string {
  const query = encodeLedgerQuery(params.query ?? {});
  query.set('format', params.format);
  return indexerUrl(client, '/api/export', query);
}
