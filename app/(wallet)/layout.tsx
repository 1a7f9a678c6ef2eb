import type { ReactNode } from 'react';
import { WalletProviders } from '@/components/wallet/WalletProviders';
import { WalletHeader } from '@/components/wallet/WalletHeader';

/**
 * Layout of the routes that need a wallet (/create, /provider, /oracle, /me): wagmi + RainbowKit
 * providers and the header with the connect button. RainbowKit's CSS and JS load only here.
 */
export default function WalletLayout({ children }: { children: ReactNode }) {
  return (
    <WalletProviders>
      <WalletHeader />
      <div className="mx-auto max-w-5xl px-4 py-6">{children}</div>
    </WalletProviders>
  );
}
