'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { DEV_WALLET_ID, devWalletEnabled } from './dev-wallet/enabled';
import { loadWallet, useWallet } from './wallet-store';

const DevWalletIsland = dynamic(() => import('./islands/DevWalletIsland'), {
  ssr: false,
  loading: () => (
    <div className="rounded-md bg-slate-900 px-3 py-2 text-xs text-slate-100" data-testid="dev-wallet-loading">
      Dev wallet: loading…
    </div>
  ),
});

/**
 * The built-in dev wallet's controls (local chain only). Light until used: the one-click "use the dev
 * wallet" link needs no wallet code; once the dev wallet is connected, the panel (balances, fund, accounts:
 * burners and the README's dev accounts, export) loads with the wallet code.
 */
export function DevWalletPanel() {
  const w = useWallet();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!devWalletEnabled()) return null;
  if (w.isConnected && w.connectorId === DEV_WALLET_ID) return <DevWalletIsland />;
  if (w.isConnected || w.isReconnecting) return null;
  return (
    <div className="text-xs text-slate-700">
      No wallet extension?{' '}
      <button
        type="button"
        data-testid="dev-wallet-connect"
        disabled={busy}
        className="font-semibold text-slate-900 underline"
        onClick={async () => {
          setMessage(null);
          setBusy(true);
          try {
            await (await loadWallet()).connectDevWallet();
          } catch (e) {
            setMessage((e as Error).message.split('\n')[0]);
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? 'Starting the dev wallet…' : 'Use the built-in dev wallet'}
      </button>{' '}
      (local chain only: a burner account, or act as one of the README&apos;s dev accounts).
      {message && <span className="ml-2 text-red-700">{message}</span>}
    </div>
  );
}
