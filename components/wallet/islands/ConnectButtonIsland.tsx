'use client';

import '@rainbow-me/rainbowkit/styles.css';
import { ConnectButton, RainbowKitProvider, lightTheme, useConnectModal } from '@rainbow-me/rainbowkit';
import { useEffect } from 'react';
import { localChain } from '@/lib/chains';
import { WalletScope } from '../wallet-runtime';
import { takeConnectRequest, useWallet } from '../wallet-store';

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
      <RainbowKitProvider initialChain={localChain} theme={lightTheme({ borderRadius: 'medium' })} modalSize="compact">
        <OpenWhenAsked />
        <ConnectButton chainStatus="icon" accountStatus="address" showBalance={false} />
      </RainbowKitProvider>
    </WalletScope>
  );
}
