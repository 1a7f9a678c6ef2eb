/**
 * A plain viem client with every public action, for the checks the browser does itself (the wizard's engagement
 * check and UMA bond, the oracle desk, the ETH/USD price): no wallet code, a short timeout, one retry. Pages that
 * call a few actions (the engage page, the public page's acceptance) take the bare client of
 * lib/chain-client-bare.ts and import those actions one by one.
 */
import { publicActions, type PublicClient } from 'viem';
import { bareClientFor } from './chain-client-bare';

/** The client for `chainId` with every public action on it, or undefined when the app does not know the chain. */
export function readClientFor(chainId: number, timeoutMs = 8_000): PublicClient | undefined {
  return bareClientFor(chainId, timeoutMs)?.extend(publicActions) as PublicClient | undefined;
}
