// The injected test wallet: connects, forwards real transactions to anvil, rejects with 4001 on demand,
// switches chain with events, and announces itself through EIP-6963.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anvilAccounts, installInjectedWallet, rpc, startStack, stopStack, type Stack } from './index';

type Eth = {
  request: (a: { method: string; params?: unknown[] }) => Promise<unknown>;
  on: (e: string, f: (x: unknown) => void) => void;
};

describe('injected test wallet', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seed: false });
  });
  afterAll(async () => {
    await stopStack();
  });

  it('connects, sends a real transaction through anvil, and rejects with 4001 when told', async () => {
    const page = await stack.newPage();
    const jane = anvilAccounts.jane.address;
    const oracle = anvilAccounts.oracle.address;
    const wallet = await installInjectedWallet(page, { account: jane, rpcUrl: stack.rpcUrl });
    await page.goto('/');

    const announced = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          window.addEventListener('eip6963:announceProvider', (e) => resolve((e as CustomEvent).detail.info.rdns), {
            once: true,
          });
          window.dispatchEvent(new Event('eip6963:requestProvider'));
        }),
    );
    expect(announced).toBe('org.levetrage.testwallet');

    expect(
      await page.evaluate(() => (window as unknown as { ethereum: Eth }).ethereum.request({ method: 'eth_accounts' })),
    ).toEqual([]);
    expect(
      await page.evaluate(() =>
        (window as unknown as { ethereum: Eth }).ethereum.request({ method: 'eth_requestAccounts' }),
      ),
    ).toEqual([jane]);

    const before = BigInt(await rpc<string>('eth_getBalance', [oracle, 'latest']));
    wallet.rejectNextRequest();
    const rejected = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { ethereum: Eth }).ethereum
          .request({ method: 'eth_sendTransaction', params: [{ from, to, value: '0x1' }] })
          .then(
            () => null,
            (e: { code: number }) => e.code,
          ),
      [jane, oracle],
    );
    expect(rejected).toBe(4001);
    expect(BigInt(await rpc<string>('eth_getBalance', [oracle, 'latest']))).toBe(before);

    const hash = await page.evaluate(
      ([from, to]) =>
        (window as unknown as { ethereum: Eth }).ethereum.request({
          method: 'eth_sendTransaction',
          params: [{ from, to, value: '0x3e8' }],
        }),
      [jane, oracle],
    );
    const receipt = await rpc<{ status: string; from: string }>('eth_getTransactionReceipt', [hash]);
    expect(receipt.status).toBe('0x1');
    expect(receipt.from.toLowerCase()).toBe(jane.toLowerCase());
    expect(BigInt(await rpc<string>('eth_getBalance', [oracle, 'latest']))).toBe(before + 1000n);
    expect(wallet.requests.filter((r) => r.method === 'eth_sendTransaction').map((r) => r.outcome)).toEqual([
      'rejected',
      'ok',
    ]);
  });

  it('switches chain with a chainChanged event and refuses unknown chains with 4902', async () => {
    const page = await stack.newPage();
    const wallet = await installInjectedWallet(page, {
      account: anvilAccounts.joe.address,
      rpcUrl: stack.rpcUrl,
      connected: true,
    });
    await page.goto('/');
    await page.evaluate(() => {
      const w = window as unknown as { ethereum: Eth; seen: unknown[] };
      w.seen = [];
      w.ethereum.on('chainChanged', (c) => w.seen.push(c));
    });
    await wallet.switchChain(1);
    expect(
      await page.evaluate(() => (window as unknown as { ethereum: Eth }).ethereum.request({ method: 'eth_chainId' })),
    ).toBe('0x1');
    const code = await page.evaluate(() =>
      (window as unknown as { ethereum: Eth }).ethereum
        .request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x5' }] })
        .then(
          () => null,
          (e: { code: number }) => e.code,
        ),
    );
    expect(code).toBe(4902);
    await page.evaluate(() =>
      (window as unknown as { ethereum: Eth }).ethereum.request({
        method: 'wallet_switchEthereumChain',
        params: [{ chainId: '0x7a69' }],
      }),
    );
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen))
      .toEqual(['0x1', '0x7a69']);
    expect(wallet.state()).toEqual({ account: anvilAccounts.joe.address, chainId: 31337, connected: true });
  });
});
