/**
 * A plain viem client for a chain the app knows, for the checks the browser does itself (the wizard's engagement
 * check and UMA bond, the engage page, the oracle desk, the public page's acceptance): no wallet code, a short
 * timeout, one retry.
 */
import { createPublicClient, http, type PublicClient } from 'viem';
import { getChain } from './chains';

/** The client for `chainId`, or undefined when the app does not know the chain. */
export function readClientFor(chainId: number, timeoutMs = 8_000): PublicClient | undefined {
  const chain = getChain(chainId);
  return chain
    ? (createPublicClient({
        chain,
        transport: http(chain.rpcUrls.default.http[0], { timeout: timeoutMs, retryCount: 1 }),
      }) as PublicClient)
    : undefined;
}
