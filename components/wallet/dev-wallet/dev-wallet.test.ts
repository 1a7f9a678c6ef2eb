import { describe, expect, it } from 'vitest';
import { defineChain, recoverMessageAddress, recoverTypedDataAddress, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import {
  ACTABLE_DEV_ACCOUNTS,
  actAsDevAccount,
  BURNER_KEY_STORAGE,
  currentIdentity,
  getOrCreateBurnerKey,
  listBurnerKeys,
  newBurnerKey,
  selectBurner,
  type KeyStorage,
} from './burner-key';
import { createDevWalletProvider, ProviderRpcError } from './dev-wallet-provider';
import { devWallet } from './dev-wallet-connector';
import { createConfig, http } from '@wagmi/core';

function memoryStorage(): KeyStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

// No RPC is contacted in this file: only methods the wallet answers itself.
const chain = defineChain({
  id: 31337,
  name: 'Anvil (local)',
  nativeCurrency: { name: 'E', symbol: 'E', decimals: 18 },
  rpcUrls: { default: { http: ['http://127.0.0.1:1'] } },
});

describe('burner key', () => {
  it('creates one random key, stores it, and returns the same key afterwards', () => {
    const s = memoryStorage();
    const k1 = getOrCreateBurnerKey(s);
    expect(k1).toMatch(/^0x[0-9a-f]{64}$/);
    expect(s.map.get(BURNER_KEY_STORAGE)).toBe(k1);
    expect(getOrCreateBurnerKey(s)).toBe(k1);
    expect(getOrCreateBurnerKey(memoryStorage())).not.toBe(k1);
  });

  it('replaces a malformed stored key and can start a new burner', () => {
    const s = memoryStorage();
    s.setItem(BURNER_KEY_STORAGE, 'not-a-key');
    const k = getOrCreateBurnerKey(s);
    expect(k).toMatch(/^0x[0-9a-f]{64}$/);
    const k2 = newBurnerKey(s);
    expect(k2).not.toBe(k);
    expect(getOrCreateBurnerKey(s)).toBe(k2);
  });

  it('keeps every earlier burner selectable after "new burner" (also a browser with only the old single key)', () => {
    const s = memoryStorage();
    const legacy = '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d';
    s.setItem(BURNER_KEY_STORAGE, legacy); // stored by the previous version: one key, no list
    const k2 = newBurnerKey(s);
    const k3 = newBurnerKey(s);
    expect(listBurnerKeys(s)).toEqual([legacy, k2, k3]);
    selectBurner(legacy, s);
    expect(currentIdentity(s)).toEqual({
      kind: 'burner',
      key: legacy,
      address: privateKeyToAccount(legacy).address,
    });
    expect(listBurnerKeys(s)).toHaveLength(3);
    expect(() => selectBurner(`0x${'11'.repeat(32)}`, s)).toThrow(/not created in this browser/);
  });

  it('acts as a README dev account until a burner is chosen again', () => {
    const s = memoryStorage();
    const burner = getOrCreateBurnerKey(s);
    const oracle = actAsDevAccount('oracle', s);
    expect(oracle.address).toBe('0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65');
    expect(currentIdentity(s)).toMatchObject({ kind: 'dev', role: 'oracle', address: oracle.address });
    expect(ACTABLE_DEV_ACCOUNTS.map((a) => a.role)).toEqual(expect.arrayContaining(['oracle', 'lawFirm', 'xcorp']));
    expect(ACTABLE_DEV_ACCOUNTS.map((a) => a.role)).not.toContain('deployer');
    expect(() => actAsDevAccount('nobody', s)).toThrow(/No dev account/);
    selectBurner(burner, s);
    expect(currentIdentity(s)).toMatchObject({ kind: 'burner', key: burner });
  });
});

describe('dev wallet EIP-1193 provider', () => {
  const account = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
  const provider = createDevWalletProvider(account, chain);

  it('reports its account and the local chain', async () => {
    expect(await provider.request({ method: 'eth_chainId' })).toBe('0x7a69');
    expect(await provider.request({ method: 'eth_requestAccounts' })).toEqual([account.address]);
  });

  it('refuses other chains with 4902 and signing for other accounts with 4100', async () => {
    await expect(
      provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x1' }] } as never),
    ).rejects.toMatchObject({ code: 4902 });
    expect(
      await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x7a69' }] } as never),
    ).toBeNull();
    await expect(
      provider.request({
        method: 'eth_sendTransaction',
        params: [{ from: '0x0000000000000000000000000000000000000001', to: account.address }],
      } as never),
    ).rejects.toBeInstanceOf(ProviderRpcError);
  });

  it('signs messages and typed data with the burner key', async () => {
    const sig = (await provider.request({
      method: 'personal_sign',
      params: [toHex('hello'), account.address],
    } as never)) as `0x${string}`;
    expect(await recoverMessageAddress({ message: 'hello', signature: sig })).toBe(account.address);
    const typed = {
      domain: {
        name: 'NASH',
        version: '1',
        chainId: 31337,
        verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
      },
      types: {
        EIP712Domain: [
          { name: 'name', type: 'string' },
          { name: 'version', type: 'string' },
          { name: 'chainId', type: 'uint256' },
          { name: 'verifyingContract', type: 'address' },
        ],
        Permit: [
          { name: 'owner', type: 'address' },
          { name: 'value', type: 'uint256' },
        ],
      },
      primaryType: 'Permit',
      message: { owner: account.address, value: '10' },
    } as const;
    const tsig = (await provider.request({
      method: 'eth_signTypedData_v4',
      params: [account.address, JSON.stringify(typed)],
    } as never)) as `0x${string}`;
    const { EIP712Domain: _d, ...types } = typed.types;
    expect(
      await recoverTypedDataAddress({
        domain: typed.domain,
        types,
        primaryType: 'Permit',
        message: { owner: account.address, value: 10n },
        signature: tsig,
      }),
    ).toBe(account.address);
  });
});

describe('dev wallet wagmi connector', () => {
  it('connects on the local chain, is remembered for reconnect, and forgets on disconnect', async () => {
    const storage = memoryStorage();
    const config = createConfig({
      chains: [chain],
      connectors: [devWallet({ chain, storage })],
      transports: { [chain.id]: http() },
    });
    const c = config.connectors[0];
    expect(await c.isAuthorized()).toBe(false);
    const { accounts, chainId } = await c.connect();
    expect(chainId).toBe(31337);
    expect(accounts[0]).toBe(privateKeyToAccount(getOrCreateBurnerKey(storage)).address);
    expect(await c.isAuthorized()).toBe(true);
    await expect(c.connect({ chainId: 1 })).rejects.toThrow(/only works on Anvil \(local\)/);
    await c.disconnect();
    expect(await c.isAuthorized()).toBe(false);
  });
});
