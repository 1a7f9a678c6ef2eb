import { connectorsForWallets, type WalletList } from '@rainbow-me/rainbowkit';
import { injectedWallet, walletConnectWallet } from '@rainbow-me/rainbowkit/wallets';
import { createConfig, http, type Config } from 'wagmi';
import { localChain, supportedChains } from '@/lib/chains';
import { devWalletForRainbowKit } from './dev-wallet/dev-wallet-rainbowkit';
import { devWalletEnabled } from './dev-wallet/enabled';

export { devWalletEnabled };

/** The WalletConnect Cloud project id (`NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID`), or undefined when not set. */
export function walletConnectProjectId(): string | undefined {
  const id = process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID?.trim();
  return id ? id : undefined;
}

/**
 * The wallets of the connect dialog: injected wallets (MetaMask and any EIP-6963 wallet are discovered),
 * RainbowKit's WalletConnect wallet when a project id is configured (phones: scan a QR code or open the
 * wallet app), and, on the local chain, the built-in dev wallet.
 */
export function walletList(projectId = walletConnectProjectId(), devWallet = devWalletEnabled()): WalletList {
  const list: WalletList = [
    { groupName: 'Browser wallets', wallets: projectId ? [injectedWallet, walletConnectWallet] : [injectedWallet] },
  ];
  if (devWallet) list.push({ groupName: 'No wallet? (local chain)', wallets: [devWalletForRainbowKit(localChain)] });
  return list;
}

/**
 * The wagmi config of the app: every supported chain (local anvil + configured ones) and the wallets of
 * `walletList()`. Created in the browser only, by the wallet runtime (so `ssr: false`: wagmi restores the
 * previous connection from localStorage at once and `reconnect` picks it up).
 */
export function createWalletConfig(): Config {
  const projectId = walletConnectProjectId();
  // RainbowKit requires a projectId field; only WalletConnect uses it, and it is listed only with a real one.
  const connectors = connectorsForWallets(walletList(projectId), {
    appName: 'Levetrage',
    projectId: projectId ?? 'unused-no-walletconnect',
  });
  return createConfig({
    chains: supportedChains as unknown as readonly [typeof localChain, ...(typeof localChain)[]],
    connectors,
    transports: Object.fromEntries(supportedChains.map((c) => [c.id, http(c.rpcUrls.default.http[0])])),
    ssr: false,
    pollingInterval: 1_000,
  });
}
