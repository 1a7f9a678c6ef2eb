'use client';

import { useEffect } from 'react';
import { loadWallet, wasConnected } from './wallet-store';

/**
 * Reconnect on reload without a click: when this browser ended its last visit with a wallet connected,
 * load the wallet code at once (wagmi then reconnects it). A first visit loads no wallet code at all.
 */
export function WalletAutoConnect() {
  useEffect(() => {
    if (wasConnected()) void loadWallet().catch(() => {});
  }, []);
  return null;
}
