export { devWallet, DEV_WALLET_ID, type DevWalletParameters } from './dev-wallet-connector';
export { createDevWalletProvider, ProviderRpcError, type DevWalletProvider } from './dev-wallet-provider';
export {
  getOrCreateBurnerKey,
  newBurnerKey,
  selectBurner,
  listBurnerKeys,
  actAsDevAccount,
  currentIdentity,
  ACTABLE_DEV_ACCOUNTS,
  defaultKeyStorage,
  BURNER_KEY_STORAGE,
  type KeyStorage,
} from './burner-key';
export { fundDevWallet, DEFAULT_FUNDING, type FundParams, type FundResult } from './fund-dev-wallet';
