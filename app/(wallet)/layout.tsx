import type { ReactNode } from 'react';
import { WalletAutoConnect } from '@/components/wallet/WalletAutoConnect';
import { WalletHeader } from '@/components/wallet/WalletHeader';

/**
 * Layout of the routes that can use a wallet (/create, /provider, /oracle, /me): the header with the
 * connect button. No wallet code at first load: wagmi, RainbowKit and the connectors are loaded on
 * demand (a "Connect" click, the wizard's sign step, or a wallet connected before: WalletAutoConnect),
 * see components/wallet/wallet-store.ts. The desks read by typed address without them.
 */
export default function WalletLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <WalletAutoConnect />
      <WalletHeader />
      <div className="mx-auto max-w-5xl px-4 py-6">{children}</div>
    </>
  );
}
