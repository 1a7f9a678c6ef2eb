// Browser test of notifications on the e2e harness (real anvil + contracts + the demo seed, next start, headless
// Chromium) plus the real indexer (Ponder on PGlite) and the real notifier with its local SMTP sink (what
// `npm run dev` runs): the adversary subscribes from the public page with no wallet, confirms from /dev/mail,
// receives a notice when evidence is submitted, and unsubscribes with the link in that message. The desks link
// to the same form for an address in a role.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createWalletClient, defineChain, http, keccak256, toBytes } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitEvidenceCall } from '../../lib/contracts/actions/evidence';
import { ROOT, testPort } from '../../scripts/lib/tools.mjs';
import { startIndexer, waitForIndexed, type IndexerProcess } from '../../indexer/test/harness/indexer-process';
import { startNotifierProcess, until, type NotifierProcess } from '../../notifier/test/harness';
import { anvilAccounts, startStack, stopStack, type Stack } from './harness';

const PORTS = { indexer: testPort(42369), notifier: testPort(42380), smtp: testPort(2725) };
// The app's server reaches the notifier here (read by app/api/notify and /dev/mail at request time).
process.env.NOTIFIER_URL = `http://127.0.0.1:${PORTS.notifier}`;

let stack: Stack;
let dir: string;
let indexer: IndexerProcess;
let notifier: NotifierProcess;

beforeAll(async () => {
  stack = await startStack({ seed: true });
  dir = mkdtempSync(join(tmpdir(), 'levetrage-notify-e2e-'));
  indexer = startIndexer({
    rpcUrl: stack.rpcUrl,
    deploymentsFile: join(ROOT, 'lib', 'contracts', 'deployments.json'),
    port: PORTS.indexer,
    pgliteDir: join(dir, 'indexer'),
    logFile: join(dir, 'indexer.log'),
  });
  const head = await (
    await fetch(stack.rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] }),
    })
  ).json();
  await waitForIndexed(indexer, BigInt(head.result), 600_000);
  notifier = await startNotifierProcess({
    NOTIFIER_PORT: String(PORTS.notifier),
    NOTIFIER_DEV: '1',
    NOTIFIER_DEV_SMTP_PORT: String(PORTS.smtp),
    NOTIFIER_PGLITE_DIR: join(dir, 'notifier'),
    NOTIFIER_APP_URL: stack.appUrl,
    NOTIFIER_PUBLIC_URL: `${stack.appUrl}/api/notify`,
    INDEXER_URL: indexer.url,
    NOTIFIER_POLL_MS: '200',
    SMTP_URL: '',
  });
});

afterAll(async () => {
  await notifier?.stop();
  await indexer?.stop();
  await stopStack();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

/** Reloads /dev/mail until a message whose heading contains `subject` shows up; returns its article. */
async function openMail(page: Page, subject: string) {
  await until(
    `an e-mail "${subject}" in /dev/mail`,
    async () => {
      await page.goto('/dev/mail');
      return (await page.locator('[data-testid="dev-mail-message"]', { hasText: subject }).count()) > 0;
    },
    60_000,
  );
  return page.locator('[data-testid="dev-mail-message"]', { hasText: subject }).first();
}

describe('notifications in the browser', () => {
  it('subscribe from the public page, confirm from /dev/mail, get a notice, unsubscribe with its link', async () => {
    const jane = stack.seeded.find((t) => t.key === 'jane-law-firm')!;
    const page = await stack.newPage();
    await page.goto(`/t/31337/${jane.id}`);
    const form = page.locator('[data-testid="subscribe"]');
    expect(await form.locator('h2').textContent()).toBe('Get told before the deadline');
    await form.getByLabel('Your e-mail address').fill('adversary@example.com');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await form.getByRole('status').waitFor();
    expect(await form.getByRole('status').textContent()).toContain('Check your inbox');
    // The same again: a clear message, not a second confirmation.
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('already asked to follow this');
    const feed = await form.getByRole('link', { name: 'Atom feed' }).getAttribute('href');
    expect((await fetch(`${stack.appUrl}${feed}`)).headers.get('content-type')).toContain('application/atom+xml');

    const confirmation = await openMail(page, `Confirm your Levetrage subscription: threat #${jane.id}`);
    expect(await page.locator('main').count()).toBe(1);
    await confirmation.getByRole('link', { name: /subscriptions\/confirm/ }).click();
    await page.waitForLoadState();
    expect(await text(page, 'h1')).toBe('Subscription confirmed');

    // Anyone may attach evidence (the adversary here): the subscriber is told, with the threat link.
    const chain = defineChain({
      id: 31337,
      name: 'anvil',
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [stack.rpcUrl] } },
    });
    const xcorp = createWalletClient({
      account: privateKeyToAccount(anvilAccounts.xcorp.privateKey),
      chain,
      transport: http(stack.rpcUrl),
    });
    const call = submitEvidenceCall({
      registry: stack.deployment.levetrage,
      id: BigInt(jane.id),
      evidenceHash: keccak256(toBytes('refund receipt')),
      uri: 'ipfs://refund-receipt',
    });
    await xcorp.writeContract({
      address: call.address,
      abi: call.abi,
      functionName: call.functionName,
      args: call.args,
    });
    const notice = await openMail(page, `Threat #${jane.id}: new evidence`);
    expect(await notice.textContent()).toContain(`${stack.appUrl}/t/31337/${jane.id}`);
    expect(await notice.textContent()).toContain('What to do next:');

    await notice.getByRole('link', { name: /subscriptions\/unsubscribe/ }).click();
    await page.waitForLoadState();
    expect(await text(page, 'h1')).toBe('Unsubscribe');
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.waitForLoadState();
    expect(await text(page, 'h1')).toBe('Unsubscribed');
    expect(await text(page, 'main')).toContain(`threat #${jane.id}`);
  });

  it('a desk links to a subscription for its address in its role', async () => {
    const oracle = anvilAccounts.oracle.address;
    const page = await stack.newPage();
    await page.goto(`/oracle?address=${oracle}`);
    await page.getByRole('link', { name: /Get notified about this oracle/ }).click();
    await page.waitForURL(/\/notify\?/);
    expect(await text(page, 'main')).toContain(`as oracle`);
    await page.getByRole('radio', { name: 'Webhook' }).check();
    await page.getByLabel('Webhook URL (HTTPS)').fill('https://hooks.example/levetrage');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/Signing secret \(shown once\): whsec_/);
  });
});
