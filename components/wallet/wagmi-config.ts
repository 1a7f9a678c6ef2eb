import { connectorsForWallets, type WalletList } from '@rainbow-me/rainbowkit';
import { injectedWallet } from '@rainbow-me/rainbowkit/wallets';
import { createConfig, http, type Config } from 'wagmi';
import { LOCAL_CHAIN_ID, localChain, supportedChains } from '@/lib/chains';
import { getDeployment } from '@/lib/contracts/deployments';
import { devWalletForRainbowKit } from './dev-wallet/dev-wallet-rainbowkit';

/**
 * Whether the built-in dev wallet is offered: only when the local anvil chain has a deployment, and
 * not when `NEXT_PUBLIC_DEV_WALLET=off` (e.g. a public deployment).
 */
export function devWalletEnabled(): boolean {
  return process.env.NEXT_PUBLIC_DEV_WALLET !== 'off' && getDeployment(LOCAL_CHAIN_ID) !== null;
}

/**
 * The wagmi config of the app: every supported chain (local anvil + configured ones), injected
 * wallets (MetaMask and any EIP-6963 wallet are discovered; no WalletConnect, no project id) and,
 * on the local chain, the built-in dev wallet.
 */
export function createWalletConfig(): Config {
  const walletList: WalletList = [{ groupName: 'Browser wallets', wallets: [injectedWallet] }];
  if (devWalletEnabled())
    walletList.push({ groupName: 'No wallet? (local chain)', wallets: [devWalletForRainbowKit(localChain)] });
  // RainbowKit requires a projectId field; it is only used by WalletConnect wallets, which we do not list.
  const connectors = connectorsForWallets(walletList, { appName: 'Levetrage', projectId: 'unused-no-walletconnect' });
  return createConfig({
    chains: supportedChains as unknown as readonly [typeof localChain, ...(typeof localChain)[]],
    connectors,
    transports: Object.fromEntries(supportedChains.map((c) => [c.id, http(c.rpcUrls.default.http[0])])),
    ssr: true,
    pollingInterval: 1_000,
  });
}
