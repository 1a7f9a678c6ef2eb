'use client';

import dynamic from 'next/dynamic';
import { requestConnect, useWallet } from './wallet-store';

/** The light stand-in of the connect button, shown until RainbowKit's has loaded. */
function LightConnectButton({ label = 'Connect wallet' }: { label?: string }) {
  const { status, isReconnecting, error } = useWallet();
  const busy = status === 'loading' || isReconnecting;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        data-testid="connect-wallet"
        onClick={requestConnect}
        disabled={busy}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-70"
      >
        {isReconnecting ? 'Reconnecting…' : status === 'loading' ? 'Loading wallet…' : label}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}

const ConnectButtonIsland = dynamic(() => import('./islands/ConnectButtonIsland'), {
  ssr: false,
  loading: () => <LightConnectButton />,
});

/**
 * The header's wallet control. Before the wallet code is needed it is a plain button (no wagmi, no
 * RainbowKit in the page's JavaScript); a click loads the wallet code and opens RainbowKit's dialog. Once
 * loaded (a click, the sign step, or a wallet connected before the reload) it is RainbowKit's button.
 */
export function ConnectControl() {
  const { status } = useWallet();
  return status === 'ready' ? <ConnectButtonIsland /> : <LightConnectButton />;
}

/** A "Connect wallet" button for the page body (e.g. the wizard's sign step): opens the same dialog. */
export function ConnectWalletButton({ label }: { label?: string }) {
  return <LightConnectButton label={label} />;
}
