import { indexerGet, type IndexerClient } from './client';
import { FUNDER_BIGINTS, fromWire } from './parse';
import { parseAddress } from './query';
import type { FunderShare, Wire } from './types';

/** An address's shares as a backer or pledger (`GET /api/accounts/:address/shares`), for /me's reclaim buttons. */
export async function listFunderShares(client: IndexerClient, params: { address: string }): Promise<FunderShare[]> {
  const rows = await indexerGet<Wire<FunderShare>[]>(client, `/api/accounts/${parseAddress(params.address)}/shares`);
  return rows.map((r) => fromWire<FunderShare>(r, FUNDER_BIGINTS));
}
