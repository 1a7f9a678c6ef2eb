import { createPublicClient, http, type PublicClient } from 'viem';
import { getChain } from './chains';

// Apart from lib/chains.ts: a module that creates a client pulls in all of viem's public actions, and lib/chains.ts
// is imported by the browser's components too.

const clients = new Map<string, PublicClient>();

/**
 * A viem PublicClient for server-side reads on `chainId`, cached per chain and transport settings (default: 10 s
 * per request, one retry; a probe that must answer fast passes a short timeout and no retry).
 * Throws when the chain is unknown (callers show "unknown chain").
 * @param chainId EVM chain id.
 */
export function getServerClient(
  chainId: number,
  { timeoutMs = 10_000, retryCount = 1 }: { timeoutMs?: number; retryCount?: number } = {},
): PublicClient {
  const key = `${chainId}:${timeoutMs}:${retryCount}`;
  const cached = clients.get(key);
  if (cached) return cached;
  const chain = getChain(chainId);
  if (!chain) throw new Error(`Unknown chain ${chainId}: configure it in NEXT_PUBLIC_CHAINS`);
  const client = createPublicClient({
    chain,
    transport: http(chain.rpcUrls.default.http[0], { timeout: timeoutMs, retryCount }),
  }) as PublicClient;
  clients.set(key, client);
  return client;
}
