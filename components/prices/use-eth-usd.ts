'use client';

import { useEffect, useState } from 'react';
import { getChain } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';
import { readDeploymentEthUsd, type EthUsdPrice } from '@/lib/prices/eth-usd';

/**
 * The ETH/USD price of `chainId`'s feed (deployments.json `ethUsdFeed`), read once in the browser; null while
 * loading, when the chain has no feed, or when it does not answer (then pages show ETH alone).
 */
export function useEthUsd(chainId: number | undefined): EthUsdPrice | null {
  const [price, setPrice] = useState<EthUsdPrice | null>(null);
  useEffect(() => {
    const chain = chainId === undefined ? undefined : getChain(chainId);
    const deployment = chainId === undefined ? null : getDeployment(chainId);
    if (!chain || !deployment?.ethUsdFeed) return;
    let live = true;
    void import('@/lib/chain-client').then(async ({ readClientFor }) => {
      const p = await readDeploymentEthUsd(readClientFor(chain.id)!, deployment);
      if (live) setPrice(p);
    });
    return () => {
      live = false;
    };
  }, [chainId]);
  return price;
}
