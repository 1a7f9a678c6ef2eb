import { indexerGet, type IndexerClient } from './client';
import { ENGAGEMENT_BIGINTS, fromWire } from './parse';
import { parseAddress } from './query';
import type { EngagementRow, Wire } from './types';

/** Engagements of a provider (signed ones as first used, on-chain accepted ones with their terms) or of a maker. */
export async function listEngagements(
  client: IndexerClient,
  params: { provider?: string; maker?: string },
): Promise<EngagementRow[]> {
  const q = new URLSearchParams();
  if (params.provider) q.set('provider', parseAddress(params.provider, 'provider'));
  if (params.maker) q.set('maker', parseAddress(params.maker, 'maker'));
  const rows = await indexerGet<Wire<EngagementRow>[]>(client, '/api/engagements', q);
  return rows.map((r) => fromWire<EngagementRow>(r, ENGAGEMENT_BIGINTS));
}
