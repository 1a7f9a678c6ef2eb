import { createConnector } from '@wagmi/core';
import { getAddress, SwitchChainError, type Chain } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { DEV_WALLET_CONNECTED_KEY as CONNECTED_FLAG } from '../wallet-store';
import { currentIdentity, defaultKeyStorage, type KeyStorage } from './burner-key';
import { createDevWalletProvider, type DevWalletProvider } from './dev-wallet-provider';
import { DEV_WALLET_ID } from './enabled';

export { DEV_WALLET_ID };

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
 * (the key and its funds are throwaway). Reconnects after a reload. Can also act as one of the README's
 * anvil dev accounts (the oracle, a provider, the adversary of the demo data): anvil signs for those.
 */
export function devWallet({ chain, storage = defaultKeyStorage() }: DevWalletParameters) {
  let provider: DevWalletProvider | undefined;
  let providerKey: string | undefined;

  // The identity (a burner key, or a dev account anvil signs for) is read on every use: switching
  // accounts in the dev wallet panel takes effect at once.
  const currentProvider = () => {
    const who = currentIdentity(storage);
    const id = who.kind === 'burner' ? who.key : `dev:${who.address}`;
    if (!provider || providerKey !== id) {
      provider = createDevWalletProvider(
        who.kind === 'burner' ? privateKeyToAccount(who.key) : { address: who.address, type: 'unlocked' },
        chain,
      );
      providerKey = id;
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
      // wagmi ≥ 2.17 types `accounts` by `withCapabilities`; the dev wallet has no capabilities (plain addresses).
      return { accounts: accounts as never, chainId: chain.id };
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
