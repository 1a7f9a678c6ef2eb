import { indexerGet, type IndexerClient } from './client';
import { EVENT_LOG_BIGINTS, fromWire } from './parse';
import type { EventLogRow, Wire } from './types';

/**
 * The event timeline in checkpoint order (`GET /api/events`): up to `limit` events after the event id `after`
 * ('' or omitted: from the first). A follower stores the last id it handled and asks again from there.
 */
export async function listEvents(
  client: IndexerClient,
  params: { after?: string; limit?: number } = {},
): Promise<EventLogRow[]> {
  const q = new URLSearchParams();
  if (params.after) q.set('after', params.after);
  if (params.limit) q.set('limit', String(params.limit));
  const rows = await indexerGet<Wire<EventLogRow>[]>(client, '/api/events', q);
  return rows.map((r) => fromWire<EventLogRow>(r, EVENT_LOG_BIGINTS));
}
