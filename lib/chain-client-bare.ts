/**
 * The transport half of `readClientFor` (lib/chain-client.ts): a client with no actions on it, for pages that call
 * a few tree-shaken actions (`readContract(client, …)` from `viem/actions`) and should not load all of them.
 */
import { createClient, http, type Chain, type Client, type HttpTransport } from 'viem';
import { getChain } from './chains';

/** The bare client for `chainId` (8 s timeout, one retry), or undefined when the app does not know the chain. */
export function bareClientFor(chainId: number, timeoutMs = 8_000): Client<HttpTransport, Chain> | undefined {
  const chain = getChain(chainId);
  return chain
    ? createClient({ chain, transport: http(chain.rpcUrls.default.http[0], { timeout: timeoutMs, retryCount: 1 }) })
    : undefined;
}
