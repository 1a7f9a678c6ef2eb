'use client';

import { useAccount } from './wallet-store';
import { defaultChainId, getDeployedChain } from '@/lib/chains';
import { getDeployment, type Deployment } from '@/lib/contracts/deployments';

/** The wallet's chain as the app sees it. */
export interface AppChain {
  /** The connected wallet's chain id (undefined when not connected). */
  walletChainId?: number;
  /** True when a wallet is connected to a chain without a Levetrage deployment (or not configured). */
  wrongNetwork: boolean;
  /** The chain the app works on: the wallet's when usable, else the first deployed chain. */
  chainId: number;
  deployment: Deployment | null;
}

/** Which chain to read and write: the wallet's when it has a deployment, else the first deployed chain. */
export function useAppChain(): AppChain {
  const { chainId: walletChainId, isConnected } = useAccount();
  const usable = walletChainId !== undefined && getDeployedChain(walletChainId) !== undefined;
  const fallback = defaultChainId();
  const chainId = usable ? walletChainId! : fallback;
  return { walletChainId, wrongNetwork: isConnected && !usable, chainId, deployment: getDeployment(chainId) };
}
