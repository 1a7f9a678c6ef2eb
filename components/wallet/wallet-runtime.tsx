'use client';

import { connect, disconnect, getAccount, reconnect, switchChain, watchAccount, type Config } from '@wagmi/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { WagmiContext } from 'wagmi';
import { LOCAL_CHAIN_ID } from '@/lib/chains';
import { DEV_WALLET_ID } from './dev-wallet/dev-wallet-connector';
import { createWalletConfig } from './wagmi-config';
import { publishWallet } from './wallet-store';

/**
 * The wallet code: wagmi, TanStack Query, the connectors (and RainbowKit, through the config's wallet
 * list). Never imported statically by a page: `loadWallet()` (wallet-store.ts) and the wallet islands
 * import it on demand. One config and one query client per page, shared by every island.
 */
export interface WalletRuntime {
  config: Config;
  queryClient: QueryClient;
  /** Asks the wallet to switch to `chainId`. */
  switchChain(chainId: number): Promise<void>;
  /** Connects the built-in dev wallet (local chain only). */
  connectDevWallet(): Promise<void>;
  disconnect(): Promise<void>;
}

let runtime: WalletRuntime | null = null;

/** Creates the config once, publishes the account to the light store, reconnects a previous wallet. */
export function startWalletRuntime(): WalletRuntime {
  if (runtime) return runtime;
  const config = createWalletConfig();
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 2_000, retry: 1 } } });
  const publish = () => {
    const a = getAccount(config);
    publishWallet({
      status: 'ready',
      address: a.address,
      chainId: a.chainId,
      isConnected: a.isConnected,
      isReconnecting: a.isReconnecting,
      connectorId: a.connector?.id,
    });
  };
  watchAccount(config, { onChange: publish });
  publish();
  void reconnect(config).finally(publish);
  runtime = {
    config,
    queryClient,
    switchChain: async (chainId) => {
      await switchChain(config, { chainId });
    },
    connectDevWallet: async () => {
      const connector = config.connectors.find((c) => c.id === DEV_WALLET_ID);
      if (!connector) throw new Error('The dev wallet is not available (no local deployment).');
      await connect(config, { connector, chainId: LOCAL_CHAIN_ID });
    },
    disconnect: async () => {
      await disconnect(config);
    },
  };
  return runtime;
}

/**
 * The providers a wallet island renders under (wagmi hooks, TanStack Query). Every island shares the one
 * config, so they all see the same account. Only the runtime reconnects: the islands use wagmi's context
 * directly, not `WagmiProvider`, whose hydration (with `reconnectOnMount={false}`) empties the connections
 * of the shared config each time an island mounts.
 */
export function WalletScope({ children }: { children: ReactNode }) {
  const { config, queryClient } = startWalletRuntime();
  return (
    <WagmiContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </WagmiContext.Provider>
  );
}
