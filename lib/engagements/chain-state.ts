/**
 * What the engage page reads from the chain about a request, with no wallet: the chain's clock (the registry's:
 * anvil may be ahead of the wall clock) and whether the provider's nonce is already used. A bare client and two
 * tree-shaken actions, so the page does not load all of viem's actions (lib/chain-client-bare.ts).
 */
import type { Chain, Client, HttpTransport } from 'viem';
import { getBlock, readContract } from 'viem/actions';
import { levetrageAbi } from '../contracts/abis.generated';
import { bareClientFor } from '../chain-client-bare';
import type { EngagementRequest } from './link';

export interface RequestChainState {
  /** The client used, for the signature check of a contract provider (ERC-1271); undefined on an unknown chain. */
  client?: Client<HttpTransport, Chain>;
  /** The later of the wall clock and the latest block's time, in unix seconds. */
  now: number;
  /** Whether the nonce is used (accepted or revoked); null when the chain could not say. */
  nonceUsed: boolean | null;
}

/** Reads the chain's clock and the nonce of `req`; a chain that does not answer leaves the wall clock and null. */
export async function readRequestChainState(req: EngagementRequest, wallNow: number): Promise<RequestChainState> {
  const client = bareClientFor(req.chainId);
  if (!client) return { now: wallNow, nonceUsed: null };
  const [block, nonceUsed] = await Promise.all([
    getBlock(client).catch(() => null),
    readContract(client, {
      address: req.registry,
      abi: levetrageAbi,
      functionName: 'isNonceUsed',
      args: [req.engagement.provider, req.engagement.nonce],
    }).catch(() => null),
  ]);
  return { client, now: Math.max(wallNow, Number(block?.timestamp ?? 0)), nonceUsed };
}
