import { indexerGet, type IndexerClient } from './client';
import type { DueThreat, Page, Wire } from './types';

/**
 * Threats the keeper should settle (`GET /api/due`): open threats whose next due time is <= `now` or whose
 * pending draw is resolvable at `block` (pass the latest block's timestamp and number). Ordered by id; follow
 * `nextCursor` when more than `limit` (default 500) are due. One indexed query, however many threats are live.
 */
export async function getDueThreats(
  client: IndexerClient,
  params: { now: number | bigint; block: number | bigint; limit?: number; cursor?: string | null },
): Promise<Page<DueThreat>> {
  const q = new URLSearchParams({ now: String(params.now), block: String(params.block) });
  if (params.limit) q.set('limit', String(params.limit));
  if (params.cursor) q.set('cursor', params.cursor);
  const page = await indexerGet<Wire<Page<DueThreat>>>(client, '/api/due', q);
  return { ...page, items: page.items.map((d) => ({ ...d, id: BigInt(d.id) })) };
}

/** Every due threat, following the pages. */
export async function getAllDueThreats(
  client: IndexerClient,
  params: { now: number | bigint; block: number | bigint; pageSize?: number },
): Promise<DueThreat[]> {
  const out: DueThreat[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<DueThreat> = await getDueThreats(client, {
      now: params.now,
      block: params.block,
      limit: params.pageSize,
      cursor,
    });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
