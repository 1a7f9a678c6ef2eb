import { describe, expect, it } from 'vitest';
import { LOCAL_CHAIN_ID, chainFromConfig, getChain, localRpcUrl, parseChainsConfig } from './chains';
import { getServerClient } from './server-client';

describe('parseChainsConfig (NEXT_PUBLIC_CHAINS)', () => {
  it('reads chains, with or without an explorer', () => {
    const chains = parseChainsConfig(
      '[{"id":11155111,"name":"Sepolia","rpcUrl":"https://rpc.example","explorer":"https://sepolia.etherscan.io"},{"id":8453,"name":"Base","rpcUrl":"wss://base.example"}]',
    );
    expect(chains).toEqual([
      { id: 11155111, name: 'Sepolia', rpcUrl: 'https://rpc.example', explorer: 'https://sepolia.etherscan.io' },
      { id: 8453, name: 'Base', rpcUrl: 'wss://base.example', explorer: undefined },
    ]);
  });

  it('treats unset or blank as no extra chains', () => {
    expect(parseChainsConfig(undefined)).toEqual([]);
    expect(parseChainsConfig('  ')).toEqual([]);
  });

  it('names the bad entry and field', () => {
    expect(() => parseChainsConfig('{')).toThrow(/not valid JSON/);
    expect(() => parseChainsConfig('{"id":1}')).toThrow(/must be a JSON array/);
    expect(() => parseChainsConfig('[{"id":0,"name":"x","rpcUrl":"https://a"}]')).toThrow(/\[0\]\.id/);
    expect(() => parseChainsConfig('[{"id":1,"name":"","rpcUrl":"https://a"}]')).toThrow(/\[0\]\.name/);
    expect(() =>
      parseChainsConfig('[{"id":1,"name":"a","rpcUrl":"https://a"},{"id":2,"name":"b","rpcUrl":"ftp://b"}]'),
    ).toThrow(/\[1\]\.rpcUrl/);
    expect(() => parseChainsConfig('[{"id":1,"name":"a","rpcUrl":"https://a","explorer":"nope"}]')).toThrow(
      /\[0\]\.explorer/,
    );
  });
});

describe('chains', () => {
  it('knows the local anvil chain with its RPC', () => {
    const local = getChain(LOCAL_CHAIN_ID);
    expect(local?.id).toBe(31337);
    expect(local?.rpcUrls.default.http[0]).toBe(localRpcUrl());
    expect(getChain(987654321)).toBeUndefined();
  });

  it('builds a viem chain with the explorer when given', () => {
    const c = chainFromConfig({ id: 5, name: 'G', rpcUrl: 'https://g', explorer: 'https://scan.g' });
    expect(c.blockExplorers?.default.url).toBe('https://scan.g');
    expect(c.nativeCurrency.decimals).toBe(18);
  });

  it('caches one server client per chain and refuses unknown chains', () => {
    expect(getServerClient(31337)).toBe(getServerClient(31337));
    expect(getServerClient(31337).chain?.id).toBe(31337);
    expect(() => getServerClient(987654321)).toThrow(/Unknown chain 987654321/);
  });
});

describe('deployedChains: the one list of chains with a deployment', () => {
  it('is the supported chains that have a recorded deployment, local first', async () => {
    const { deployedChains, defaultChainId, getDeployedChain } = await import('./chains');
    const { getDeployment } = await import('./contracts/deployments');
    const ids = deployedChains().map((c) => c.id);
    expect(ids[0]).toBe(31337);
    expect(ids.every((id) => getDeployment(id) !== null)).toBe(true);
    expect(defaultChainId()).toBe(31337);
    expect(getDeployedChain(31337)?.name).toBe('Anvil (local)');
    expect(getDeployedChain(987654321)).toBeUndefined();
  });
});
