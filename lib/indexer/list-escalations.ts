import { indexerGet, type IndexerClient } from './client';
import { ESCALATION_BIGINTS, fromWire } from './parse';
import { parseAddress } from './query';
import type { EscalationWithThreat, Page, Wire } from './types';

/** The provider desk (`GET /api/escalations`): escalations paid to `provider`, newest first, with terms and acted records. */
export async function listProviderEscalations(
  client: IndexerClient,
  params: { provider: string; limit?: number; cursor?: string | null },
): Promise<Page<EscalationWithThreat>> {
  const q = new URLSearchParams({ provider: parseAddress(params.provider, 'provider') });
  if (params.limit) q.set('limit', String(params.limit));
  if (params.cursor) q.set('cursor', params.cursor);
  const page = await indexerGet<Wire<Page<EscalationWithThreat>>>(client, '/api/escalations', q);
  return {
    ...page,
    items: page.items.map((e) => ({
      ...fromWire<EscalationWithThreat>(e, ESCALATION_BIGINTS),
      stake: BigInt(e.stake),
    })),
  };
}
