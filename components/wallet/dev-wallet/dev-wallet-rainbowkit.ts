import type { Wallet, WalletDetailsParams } from '@rainbow-me/rainbowkit';
import { createConnector } from '@wagmi/core';
import type { Chain } from 'viem';
import { devWallet, DEV_WALLET_ID } from './dev-wallet-connector';

const ICON =
  'data:image/svg+xml;utf8,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#0f172a"/><path d="M7 9h14v10H7z" fill="none" stroke="#fbbf24" stroke-width="2"/><circle cx="18" cy="14" r="1.8" fill="#fbbf24"/></svg>',
  );

/**
 * The dev wallet as a RainbowKit wallet entry (shown in the connect modal on the local chain only).
 * @param chain The local anvil chain.
 */
export function devWalletForRainbowKit(chain: Chain) {
  return (): Wallet => ({
    id: DEV_WALLET_ID,
    name: 'Dev wallet (local chain)',
    shortName: 'Dev wallet',
    iconUrl: ICON,
    iconBackground: '#0f172a',
    installed: true,
    createConnector: (walletDetails: WalletDetailsParams) =>
      createConnector((config) => ({ ...devWallet({ chain })(config), ...walletDetails })),
  });
}
