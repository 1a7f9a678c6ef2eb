// What a newcomer hit with wallets (issue #13), in a real browser against a real anvil, the real contracts and a
// production build: the same draft signed twice (item 1), "New burner" destroying the dev wallet's account
// (item 5), no way to act as the demo's oracle (item 7), and wallet code at first load (reconnect on reload
// must keep working once it is loaded on demand).
// The only mock is the browser wallet extension (MetaMask & co. cannot be installed in headless Chromium):
// tests/e2e/harness/wallet.ts injects an EIP-1193/EIP-6963 provider whose requests anvil answers and signs.
// The built-in dev wallet is the app's own code, not a mock.
import type { Page } from 'playwright-core';
import { createPublicClient, http } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levetrageAbi } from '../../lib/contracts/abis.generated';
import { Status } from '../../lib/contracts/enums.generated';
import { testPort } from '../../scripts/lib/tools.mjs';
import {
  anvilAccounts,
  connectInjectedWallet,
  installInjectedWallet,
  screenshot,
  startStack,
  stopStack,
  type Stack,
} from './harness';

let stack: Stack;
const client = () => createPublicClient({ transport: http(stack.rpcUrl) });

/** Every ThreatCreated on the registry so far. */
async function createdIds(): Promise<bigint[]> {
  const logs = await client().getContractEvents({
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    eventName: 'ThreatCreated',
    fromBlock: 0n,
  });
  return logs.map((l) => (l.args as { id: bigint }).id);
}

async function next(page: Page, step: string) {
  await page.click('[data-testid="next"]');
  await page.waitForSelector(`form[data-step="${step}"]`);
}

/** Whether the wallet code (wagmi, RainbowKit) is loaded: the header's light button is gone then. */
const walletCodeLoaded = (page: Page) => page.locator('[data-testid="connect-wallet"]').first().isHidden();

/** Connects the injected test wallet (the wallet code loads on the click: a first visit allows it a minute). */
const connectInjected = (page: Page) => connectInjectedWallet(page, 60_000);

/** Connects the built-in dev wallet (one click) and returns its address. */
async function connectDevWallet(page: Page): Promise<`0x${string}`> {
  await page.getByTestId('dev-wallet-connect').click();
  const panel = page.getByTestId('dev-wallet-panel');
  await panel.waitFor({ timeout: 60_000 });
  return (await panel.getAttribute('data-address')) as `0x${string}`;
}

const panelAddress = (page: Page) => page.getByTestId('dev-wallet-panel').getAttribute('data-address');

describe('newcomer: wallets, the dev wallet and a signed draft', () => {
  beforeAll(async () => {
    stack = await startStack({ seed: true, anvilPort: testPort(8670), appPort: testPort(3070) });
  });
  afterAll(async () => {
    await stopStack();
  });

  it('loads no wallet code at first visit; Connect loads it; a reload reconnects without a click', async () => {
    const page = await stack.newPage();
    await installInjectedWallet(page, { account: anvilAccounts.mike.address, rpcUrl: stack.rpcUrl });
    const scripts: string[] = [];
    page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/provider');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    // first visit, no wallet connected before: the header's plain button, no wallet code
    expect(await walletCodeLoaded(page)).toBe(false);
    const before = new Set(scripts);
    await connectInjected(page);
    expect(scripts.filter((s) => !before.has(s)).length, 'Connect loads the wallet chunks').toBeGreaterThan(0);
    // the desk follows the connected wallet
    await expect.poll(() => new URL(page.url()).searchParams.get('address')).toBe(anvilAccounts.mike.address);

    await page.reload();
    // reconnected without any click: RainbowKit's button shows the account, the desk still shows it
    await expect
      .poll(() => page.locator('header').innerText(), { timeout: 60_000 })
      .toMatch(new RegExp(anvilAccounts.mike.address.slice(0, 4)));
    expect(await page.getByRole('button', { name: /connect wallet/i }).count()).toBe(0);
    await screenshot(page, 'newcomer-reconnected');
  });

  it('a signed draft is closed: Change, Back, a reload and Next never offer a second Sign (double create prevented)', async () => {
    const jane = anvilAccounts.jane.address;
    const page = await stack.newPage();
    const wallet = await installInjectedWallet(page, { account: jane, rpcUrl: stack.rpcUrl });
    await page.goto('/create');
    await page.waitForSelector('form[data-loaded="true"]');
    expect(await walletCodeLoaded(page), 'the wizard loads no wallet code before the sign step').toBe(false);
    await page.click('[data-preset="jane-commitment"]');
    for (const s of ['demand', 'escalation', 'resolution', 'stakes', 'funding', 'review']) await next(page, s);
    await page.getByTestId('sign-panel').waitFor({ timeout: 60_000 });
    await connectInjected(page);
    const ids0 = await createdIds();
    await page.getByTestId('sign-button').click();
    await page.getByTestId('share-result').waitFor({ timeout: 60_000 });
    const ids1 = await createdIds();
    expect(ids1.length).toBe(ids0.length + 1);
    const id = ids1.at(-1)!;
    await expect.poll(() => page.getByTestId('share-result').innerText()).toContain(`Threat #${id} is live`);

    // The newcomer's path to threat #7: "Change" on a review row, then Next … back to the review step.
    await page.getByRole('button', { name: 'Change The demand' }).click();
    await page.waitForSelector('form[data-step="demand"]');
    await expect.poll(() => page.getByTestId('draft-closed').innerText()).toContain(`created threat #${id}`);
    for (const s of ['escalation', 'resolution', 'stakes', 'funding', 'review']) await next(page, s);
    await page.getByTestId('share-result').waitFor();
    expect(await page.getByTestId('sign-button').count(), 'no second Sign of the same draft').toBe(0);
    await screenshot(page, 'newcomer-draft-closed');
    // the browser's Back, and a reload: still closed
    await page.goBack();
    await page.waitForSelector('form[data-step="funding"]'); // step 7 (backers, pool and client) comes before review
    await page.getByTestId('draft-closed').waitFor();
    await page.reload();
    await page.waitForSelector('form[data-loaded="true"]');
    await page.getByTestId('draft-closed').waitFor();
    await next(page, 'review');
    await page.getByTestId('share-result').waitFor();
    expect(await page.getByTestId('sign-button').count()).toBe(0);
    expect(await createdIds()).toEqual(ids1);
    expect(wallet.requests.filter((r) => r.method === 'eth_sendTransaction')).toHaveLength(1);

    // "Start a new threat": a copy of the draft, said so, and only then a Sign (knowingly: a second threat)
    await page.getByTestId('copy-draft').click();
    await page.waitForSelector('form[data-step="kind"]');
    await expect.poll(() => page.getByTestId('preset-notice').innerText()).toMatch(/copied from the draft of threat/);
    expect(await page.getByTestId('draft-closed').count()).toBe(0);
    for (const s of ['demand', 'escalation', 'resolution', 'stakes', 'funding', 'review']) await next(page, s);
    await page.getByTestId('sign-button').waitFor({ timeout: 60_000 });
    expect(await createdIds()).toEqual(ids1);
  });

  it('"New burner" asks first, offers the key, and keeps the earlier burner selectable with its funds', async () => {
    const page = await stack.newPage();
    await page.goto('/me');
    const first = await connectDevWallet(page);
    await page.getByTestId('dev-wallet-fund').click();
    await expect.poll(() => page.getByTestId('dev-wallet-eth').innerText(), { timeout: 60_000 }).toMatch(/^100 ETH/);

    // export: the key shown is the account's
    await page.getByTestId('dev-wallet-export-toggle').click();
    const key = (await page.getByTestId('dev-wallet-export-key').inputValue()) as `0x${string}`;
    expect(privateKeyToAccount(key).address).toBe(first);
    const download = page.getByRole('link', { name: 'Download the key as a file' });
    expect(decodeURIComponent((await download.getAttribute('href'))!)).toContain(key);

    // one click no longer destroys anything: it asks
    await page.getByTestId('dev-wallet-new').click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.innerText()).toMatch(/is kept: it stays in the account list/);
    expect(await panelAddress(page)).toBe(first);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await panelAddress(page)).toBe(first);
    await page.getByTestId('dev-wallet-new').click();
    await screenshot(page, 'newcomer-new-burner-confirm');
    await page.getByTestId('dev-wallet-new-confirm').click();
    await expect.poll(() => panelAddress(page)).not.toBe(first);
    const second = await panelAddress(page);
    await expect.poll(() => page.getByTestId('dev-wallet-eth').innerText()).toMatch(/^0 ETH/);

    // the first burner is still there, with its 100 ETH; and it survives a reload (reconnects, no click)
    await page.getByTestId('dev-wallet-account').selectOption(`burner:${first}`);
    await expect.poll(() => panelAddress(page)).toBe(first);
    await expect.poll(() => page.getByTestId('dev-wallet-eth').innerText(), { timeout: 30_000 }).toMatch(/^100 ETH/);
    await page.reload();
    await expect.poll(() => panelAddress(page), { timeout: 60_000 }).toBe(first);
    const options = await page.getByTestId('dev-wallet-account').locator('option').allTextContents();
    expect(options.filter((o) => o.startsWith('Burner'))).toHaveLength(2);
    expect(options.join('\n')).toContain(second!.slice(0, 6));
  });

  it('the dev wallet acts as the README oracle and marks a seeded threat fulfilled (anvil signs)', async () => {
    const oracle = anvilAccounts.oracle.address;
    const target = stack.seeded.find((s) => s.key === 'jane-refund')!;
    const page = await stack.newPage();
    await page.goto('/oracle');
    await connectDevWallet(page);
    await page.getByTestId('dev-wallet-account').selectOption('dev:oracle');
    await expect.poll(() => panelAddress(page)).toBe(oracle);
    await expect.poll(() => page.getByTestId('dev-wallet-message').innerText()).toMatch(/Acting as Oracle/);
    // the desk with no typed address follows the wallet (reconnected on load, still acting as the oracle):
    // the oracle's threats, with "Mark fulfilled" enabled
    await page.goto('/oracle');
    await expect.poll(() => new URL(page.url()).searchParams.get('address'), { timeout: 30_000 }).toBe(oracle);
    const button = page.getByTestId(`fulfil-${target.id}`);
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);
    await screenshot(page, 'newcomer-act-as-oracle');
    await button.click();
    await page.getByTestId(`fulfil-confirm-button-${target.id}`).click();
    await expect
      .poll(
        async () =>
          (
            await client().readContract({
              address: stack.deployment.levetrage,
              abi: levetrageAbi,
              functionName: 'getThreat',
              args: [target.id],
            })
          )[0].status,
        { timeout: 60_000 },
      )
      .toBe(Status.Fulfilled);
  });
});
