// The e2e harness: import everything from 'tests/e2e/harness'.
export { startStack, stopStack, CHROMIUM_ARGS, CHROMIUM_PATH, type Stack, type StackOptions } from './stack';
export {
  installInjectedWallet,
  connectInjectedWallet,
  type InjectedWallet,
  type InjectedWalletOptions,
  type WalletRequest,
} from './wallet';
export { rpc, mine, warp, chainTime, snapshot, revertTo } from './chain';
export { screenshot, SCREENSHOT_DIR, PHONE, DESKTOP } from './screenshot';
export { anvilAccounts, anvilAccountList, type AnvilAccount } from './accounts';
export { settleDue } from './keeper';
export { axeScan, blocking, type AxeReport, type AxeViolation } from './axe';
