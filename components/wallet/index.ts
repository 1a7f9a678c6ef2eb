export { WalletProviders } from './WalletProviders';
export { WalletHeader } from './WalletHeader';
export { NetworkBanner } from './NetworkBanner';
export { DevWalletPanel } from './DevWalletPanel';
export { useAppChain, type AppChain } from './use-app-chain';
export { createWalletConfig, devWalletEnabled } from './wagmi-config';
