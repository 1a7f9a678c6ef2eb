import { createIndexerClient, indexerUrlFromEnv, type IndexerClient } from './client';
import { isIndexerAvailable } from './is-indexer-available';
import type { IndexerStatus } from './types';

/** Blocks the indexer may lag behind the chain before the app reads the chain instead (INDEXER_MAX_LAG_BLOCKS). */
export const DEFAULT_MAX_LAG_BLOCKS = 30;

/**
 * Where a page reads its lists from: the indexer (fast, any size), or the chain directly (no indexer configured,
 * the indexer down, still backfilling, on another chain, or too far behind). `reason` is said to the reader.
 */
export type ReadSource =
  | { kind: 'indexer'; client: IndexerClient; status: IndexerStatus; lagBlocks: number }
  | { kind: 'chain'; reason: string; configured: boolean; behind?: { indexedBlock: number; headBlock: number | null } };

const cache = new Map<string, { at: number; value: Promise<ReadSource> }>();

/**
 * The read source for `chainId`, from the environment (NEXT_PUBLIC_INDEXER_URL or INDEXER_URL). The status check
 * is short (2 s at most, never a hang) and its answer is reused for `cacheMs` (default 2 s), so the parts of one
 * page ask once.
 */
export function readSource(params: {
  chainId: number;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  cacheMs?: number;
  fetch?: typeof fetch;
}): Promise<ReadSource> {
  const env = params.env ?? process.env;
  const url = indexerUrlFromEnv(env);
  if (!url) return Promise.resolve({ kind: 'chain', reason: 'no indexer is configured', configured: false });
  const key = `${url}|${params.chainId}`;
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < (params.cacheMs ?? 2000)) return hit.value;
  const value = decide(url, params.chainId, env, params.timeoutMs ?? 2000, params.fetch);
  cache.set(key, { at: now, value });
  return value;
}

async function decide(
  url: string,
  chainId: number,
  env: Record<string, string | undefined>,
  timeoutMs: number,
  fetchImpl: typeof fetch | undefined,
): Promise<ReadSource> {
  let client: IndexerClient;
  try {
    client = createIndexerClient({ url, timeoutMs: 10_000, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  } catch (e) {
    return { kind: 'chain', reason: `the indexer URL is malformed (${(e as Error).message})`, configured: true };
  }
  const a = await isIndexerAvailable(client, { chainId, timeoutMs });
  if (!a.available) return { kind: 'chain', reason: a.reason, configured: true };
  const maxLag = Number(env.INDEXER_MAX_LAG_BLOCKS ?? DEFAULT_MAX_LAG_BLOCKS);
  if (Number.isFinite(maxLag) && a.lagBlocks > maxLag) {
    return {
      kind: 'chain',
      reason: `the indexer is ${a.lagBlocks} blocks behind the chain (block ${a.status.indexedBlock} of ${a.status.headBlock ?? '?'})`,
      configured: true,
      behind: { indexedBlock: a.status.indexedBlock, headBlock: a.status.headBlock },
    };
  }
  return { kind: 'indexer', client, status: a.status, lagBlocks: a.lagBlocks };
}

/** Forgets the cached answers (tests). */
export function clearReadSourceCache(): void {
  cache.clear();
}
