import { cache } from 'react';
import { getServerClient } from '@/lib/server-client';
import { getDeployment } from '@/lib/contracts/deployments';
import { parseThreatId, readThreat } from '@/lib/threats/read';
import type { ThreatView } from '@/lib/threats/types';
import { readDeploymentEthUsd, type EthUsdPrice } from '@/lib/prices/eth-usd';
import { chainFromSegment, type ReadableChain } from '../../known-chains';

/** What loading a threat page found. */
export type ThreatLoad =
  | { kind: 'ok'; chain: ReadableChain; threat: ThreatView; price: EthUsdPrice | null }
  | { kind: 'unknown-chain' }
  | { kind: 'unknown-id'; chain: ReadableChain }
  | { kind: 'unreachable'; chain: ReadableChain; message: string };

/**
 * Reads the threat named by the URL segments, once per request (shared by the page and its metadata).
 */
export const loadThreat = cache(async (chainSegment: string, idSegment: string): Promise<ThreatLoad> => {
  const chain = chainFromSegment(chainSegment);
  if (!chain) return { kind: 'unknown-chain' };
  const id = parseThreatId(idSegment);
  if (id === null) return { kind: 'unknown-id', chain };
  try {
    const client = getServerClient(chain.id);
    const deployment = getDeployment(chain.id)!;
    const [threat, price] = await Promise.all([
      readThreat(client, deployment, id),
      readDeploymentEthUsd(client, deployment), // dollars beside ETH; null (ETH only) when there is no feed
    ]);
    return threat ? { kind: 'ok', chain, threat, price } : { kind: 'unknown-id', chain };
  } catch (e) {
    const message = (e as { shortMessage?: string }).shortMessage ?? (e as Error).message ?? String(e);
    return { kind: 'unreachable', chain, message: message.split('\n')[0] };
  }
});
