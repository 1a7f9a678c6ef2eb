/**
 * Plain viem clients for a chain the app knows, for the checks the browser does itself (the wizard's engagement
 * check and UMA bond, the engage page, the oracle desk, the public page's acceptance): no wallet code, a short
 * timeout, one retry.
 */
import { publicActions, type PublicClient } from 'viem';
import { bareClientFor } from './chain-client-bare';

/** The client for `chainId` with every public action on it, or undefined when the app does not know the chain. */
export function readClientFor(chainId: number, timeoutMs = 8_000): PublicClient | undefined {
  return bareClientFor(chainId, timeoutMs)?.extend(publicActions) as PublicClient | undefined;
}
