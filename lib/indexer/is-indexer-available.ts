import { IndexerError, indexerGet, type IndexerClient } from './client';
import type { IndexerStatus } from './types';

export type IndexerAvailability =
  | { available: true; status: IndexerStatus; /** Blocks behind the chain head (0 when unknown). */ lagBlocks: number }
  | { available: false; reason: string };

/**
 * Whether the indexer answers within `timeoutMs` (default 2 s, never a hang), with its status. The app calls it
 * before reading lists: when it is not available it falls back to chain reads and shows a banner with `reason`.
 * `chainId`: also require that the indexer indexes this chain.
 */
export async function isIndexerAvailable(
  client: IndexerClient | null,
  params: { timeoutMs?: number; chainId?: number } = {},
): Promise<IndexerAvailability> {
  if (!client) return { available: false, reason: 'no indexer configured' };
  try {
    const status = await indexerGet<IndexerStatus>(client, '/api/status', undefined, {
      timeoutMs: params.timeoutMs ?? 2000,
    });
    if (typeof status?.indexedBlock !== 'number')
      return { available: false, reason: 'the indexer answered something else than its status' };
    if (params.chainId !== undefined && status.chainId !== params.chainId) {
      return { available: false, reason: `the indexer indexes chain ${status.chainId}, not ${params.chainId}` };
    }
    if (!status.ready)
      return {
        available: false,
        reason: `the indexer is still catching up (block ${status.indexedBlock} of ${status.headBlock ?? '?'})`,
      };
    return { available: true, status, lagBlocks: status.lagBlocks ?? 0 };
  } catch (e) {
    return {
      available: false,
      reason: e instanceof IndexerError ? e.message : `indexer check failed: ${(e as Error).message}`,
    };
  }
}
