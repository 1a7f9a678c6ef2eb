'use client';

import { useAccount } from '@/components/wallet/wallet-store';
import type { Address } from 'viem';
import { useAppChain } from '@/components/wallet/use-app-chain';

/** Whether the connected wallet may act for the desk's address, and if not, why (in words). */
export function useDeskActor(deskAddress: Address, chainId: number): { canAct: boolean; reason?: string } {
  const { address, isConnected } = useAccount();
  const { wrongNetwork, chainId: appChainId } = useAppChain();
  if (!isConnected || !address) return { canAct: false, reason: 'Connect the wallet of this address to act.' };
  if (wrongNetwork) return { canAct: false, reason: 'Switch your wallet to a supported network first.' };
  if (appChainId !== chainId)
    return { canAct: false, reason: `Your wallet is on network ${appChainId}; this desk shows network ${chainId}.` };
  if (address.toLowerCase() !== deskAddress.toLowerCase()) {
    return {
      canAct: false,
      reason: `Your wallet is ${address.slice(0, 6)}…${address.slice(-4)}, not this address; only its owner can act.`,
    };
  }
  return { canAct: true };
}
