export { WalletHeader } from './WalletHeader';
export { NetworkBanner } from './NetworkBanner';
export { DevWalletPanel } from './DevWalletPanel';
export { ConnectControl, ConnectWalletButton } from './ConnectControl';
export { WalletAutoConnect } from './WalletAutoConnect';
export { useAppChain, type AppChain } from './use-app-chain';
export { useWallet, useAccount, loadWallet, requestConnect, wasConnected, type WalletSnapshot } from './wallet-store';
export { devWalletEnabled, DEV_WALLET_ID } from './dev-wallet/enabled';
