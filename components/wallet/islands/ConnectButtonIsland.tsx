'use client';

import '@rainbow-me/rainbowkit/styles.css';
import { ConnectButton, RainbowKitProvider, lightTheme, useConnectModal } from '@rainbow-me/rainbowkit';
import { useEffect } from 'react';
import { localChain } from '@/lib/chains';
import { WalletScope } from '../wallet-runtime';
import { takeConnectRequest, useWallet } from '../wallet-store';

// The Connect button's colour: indigo-700 gives its white text 7.9:1 (axe colour-contrast; RainbowKit's default
// blue gives 4.2:1, below the 4.5:1 WCAG AA asks).
const theme = lightTheme({ borderRadius: 'medium', accentColor: '#4338ca' });

/** Opens RainbowKit's connect dialog when the user asked to connect before the wallet code was loaded. */
function OpenWhenAsked() {
  const { openConnectModal } = useConnectModal();
  const { isConnected, connectRequest } = useWallet();
  useEffect(() => {
    if (openConnectModal && !isConnected && takeConnectRequest()) openConnectModal();
  }, [openConnectModal, isConnected, connectRequest]);
  return null;
}

/**
 * RainbowKit's connect button and dialog (loaded on demand: the header shows a light "Connect wallet"
 * button until the user connects or was connected before).
 */
export default function ConnectButtonIsland() {
  return (
    <WalletScope>
      <RainbowKitProvider initialChain={localChain} theme={theme} modalSize="compact">
        <OpenWhenAsked />
        <ConnectButton chainStatus="icon" accountStatus="address" showBalance={false} />
      </RainbowKitProvider>
    </WalletScope>
  );
}
