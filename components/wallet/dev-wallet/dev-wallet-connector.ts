import { createConnector } from '@wagmi/core';
import { getAddress, SwitchChainError, type Chain } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { defaultKeyStorage, getOrCreateBurnerKey, type KeyStorage } from './burner-key';
import { createDevWalletProvider, type DevWalletProvider } from './dev-wallet-provider';

/** Connector id of the dev wallet (also RainbowKit's wallet id). */
export const DEV_WALLET_ID = 'levetrageDevWallet';
const CONNECTED_FLAG = 'levetrage.devWallet.connected';

/** Parameters of `devWallet()`. */
export interface DevWalletParameters {
  /** The local anvil chain; the dev wallet works there only. */
  chain: Chain;
  /** Where the burner key is kept (default: localStorage in the browser). */
  storage?: KeyStorage;
}

/**
 * A wagmi connector over a burner key kept in the browser: a built-in wallet for the local anvil
 * chain, so a newcomer with no extension can click through every flow. Signs without asking
 * (the key and its funds are throwaway). Reconnects after a reload.
 */
export function devWallet({ chain, storage = defaultKeyStorage() }: DevWalletParameters) {
  let provider: DevWalletProvider | undefined;
  let providerKey: string | undefined;

  const currentProvider = () => {
    const key = getOrCreateBurnerKey(storage);
    if (!provider || providerKey !== key) {
      provider = createDevWalletProvider(privateKeyToAccount(key), chain);
      providerKey = key;
    }
    return provider;
  };

  return createConnector<DevWalletProvider>((config) => ({
    id: DEV_WALLET_ID,
    name: 'Dev wallet (local chain)',
    type: 'devWallet',
    async connect({ chainId } = {}) {
      if (chainId !== undefined && chainId !== chain.id) {
        throw new SwitchChainError(new Error(`The dev wallet only works on ${chain.name} (chain ${chain.id}).`));
      }
      const accounts = await this.getAccounts();
      storage.setItem(CONNECTED_FLAG, '1');
      return { accounts, chainId: chain.id };
    },
    async disconnect() {
      storage.removeItem(CONNECTED_FLAG);
    },
    async getAccounts() {
      const accounts = (await currentProvider().request({ method: 'eth_accounts' })) as string[];
      return accounts.map((a) => getAddress(a));
    },
    async getChainId() {
      return chain.id;
    },
    async getProvider() {
      return currentProvider();
    },
    async isAuthorized() {
      return storage.getItem(CONNECTED_FLAG) === '1';
    },
    async switchChain({ chainId }) {
      if (chainId === chain.id) return chain;
      throw new SwitchChainError(new Error(`The dev wallet only works on ${chain.name} (chain ${chain.id}).`));
    },
    onAccountsChanged(accounts) {
      if (accounts.length === 0) this.onDisconnect();
      else config.emitter.emit('change', { accounts: accounts.map((a) => getAddress(a)) });
    },
    onChainChanged(id) {
      config.emitter.emit('change', { chainId: Number(id) });
    },
    async onDisconnect() {
      storage.removeItem(CONNECTED_FLAG);
      config.emitter.emit('disconnect');
    },
  }));
}
