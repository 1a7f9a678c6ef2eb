import { indexerGet, type IndexerClient } from './client';
import type { IndexerStatus } from './types';

/** How far the indexer is behind the chain (`GET /api/status`): for the "N blocks behind" line of the app. */
export function getIndexerStatus(client: IndexerClient, params: { timeoutMs?: number } = {}): Promise<IndexerStatus> {
  return indexerGet<IndexerStatus>(client, '/api/status', undefined, params);
}
