'use client';

import '@rainbow-me/rainbowkit/styles.css';
import { RainbowKitProvider, lightTheme } from '@rainbow-me/rainbowkit';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { WagmiProvider } from 'wagmi';
import { localChain } from '@/lib/chains';
import { createWalletConfig } from './wagmi-config';

// The Connect button's colour: indigo-700 gives its white text 7.9:1 (axe colour-contrast; RainbowKit's default
// blue gives 4.2:1, below the 4.5:1 WCAG AA asks).
const theme = lightTheme({ borderRadius: 'medium', accentColor: '#4338ca' });

/**
 * wagmi 2 + TanStack Query + RainbowKit 2, for the routes under `app/(wallet)` only
 * (the root layout stays provider-free so the public page and the calculator stay light).
 */
export function WalletProviders({ children }: { children: ReactNode }) {
  const [config] = useState(createWalletConfig);
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 2_000, retry: 1 } } }),
  );
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <RainbowKitProvider initialChain={localChain} theme={theme} modalSize="compact">
          {children}
        </RainbowKitProvider>
      </QueryClientProvider>
    </WagmiProvider>
  );
}
