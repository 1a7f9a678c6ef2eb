import { indexerGet, type IndexerClient } from './client';
import type { DirectoryEntry, DirectoryRole, DirectorySort, Page } from './types';

/**
 * Providers or oracles ranked by their record (`GET /api/directory`). Providers: by escalations received
 * (default), acted-rate, speed (mean time to act) or threats; oracles: by threats judged (default),
 * fulfilments, speed (claim to decision) or silent (fewest silent timeouts).
 */
export function getDirectory(
  client: IndexerClient,
  params: { role: DirectoryRole; sort?: DirectorySort; limit?: number; cursor?: string | null },
): Promise<Page<DirectoryEntry>> {
  const q = new URLSearchParams({ role: params.role });
  if (params.sort) q.set('sort', params.sort);
  if (params.limit) q.set('limit', String(params.limit));
  if (params.cursor) q.set('cursor', params.cursor);
  return indexerGet<Page<DirectoryEntry>>(client, '/api/directory', q);
}
