// Browser test of the public threat page /t/[chainId]/[id] on the e2e harness (real anvil, contracts deployed
// by the forge script, the demo seed, next start, headless Chromium). The adversary has no wallet; a
// probabilistic threat's draws are triggered from the page with an injected wallet and verified in the browser.
import type { Page } from 'playwright-core';
import { createPublicClient, http, type PublicClient } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAgreementInputs } from '../../lib/agreements/demo';
import { renderAgreementPdf } from '../../lib/agreements/pdf/render';
import { createTestThreat } from '../../lib/threats/test-helpers';
import { DEMO_THREATS } from '../../scripts/seed';
import {
  anvilAccounts,
  installInjectedWallet,
  mine,
  screenshot,
  startStack,
  stopStack,
  warp,
  type Stack,
} from './harness';

let stack: Stack;
let client: PublicClient;

beforeAll(async () => {
  stack = await startStack({ seed: true });
  client = createPublicClient({ transport: http(stack.rpcUrl) }) as PublicClient;
});

afterAll(async () => {
  await stopStack();
});

const seeded = (key: (typeof DEMO_THREATS)[number]['key']) => {
  const s = stack.seeded.find((t) => t.key === key);
  if (!s) throw new Error(`seed has no ${key}`);
  return s;
};
const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

describe('public threat page', () => {
  it('shows the adversary, with no wallet, the demand, odds, expected cost and how to comply', async () => {
    const jane = seeded('jane-law-firm');
    const page = await stack.newPage();
    const res = await page.goto(`/t/31337/${jane.id}`);
    expect(res?.status()).toBe(200);
    expect(await page.evaluate(() => 'ethereum' in window)).toBe(false);

    expect(await text(page, '[data-testid="threat-status"]')).toBe('Live');
    expect(await text(page, '[data-testid="threat-terms"]')).toContain("X Corp: refund Jane's $13,000.");
    expect(await text(page, '[data-testid="odds-escalate"]')).toBe('5% every 3 minutes');
    // no loss is assumed (issue #13 item 11): the share of the reader's loss, and dollars beside ETH
    expect(await text(page, '[data-testid="cost-per-period"]')).toBe(
      '5% × your loss (enter your loss below to see it in ETH and USD)',
    );
    expect(await text(page, '[data-testid="threat-stake"]')).toBe('3 ETH (≈ $9,000)');
    expect(await text(page, '[data-testid="comply-steps"]')).toMatch(
      /Do what is demanded above, before \d+ \w+ \d{4}, \d\d:\d\d UTC/,
    );
    expect((await text(page, '[data-testid="threat-terminators"]')).toLowerCase()).toContain(
      anvilAccounts.oracle.address.toLowerCase(),
    );
    expect((await text(page, '[data-testid="threat-provider"]')).toLowerCase()).toContain(
      anvilAccounts.lawFirm.address.toLowerCase(),
    );
    expect(await page.locator('[data-testid="escalation-curve"] svg[data-chart="escalation-curve"]').count()).toBe(1);
    expect(await text(page, '[data-testid="nothing-due"]')).toContain('the next draw is not due yet');
    const title = await page.title();
    expect(title).toContain(`Threat #${jane.id}`);
    const ogImage = await page.getAttribute('meta[property="og:image"]', 'content');
    expect(ogImage).toMatch(new RegExp(`/t/31337/${jane.id}/opengraph-image`));
    const og = await page.request.get(`/t/31337/${jane.id}/opengraph-image`);
    expect(og.status()).toBe(200);
    expect(og.headers()['content-type']).toBe('image/png');
    expect((await og.body()).length).toBeGreaterThan(10_000);

    // The reader's own loss: a plain GET form, the URL keeps it.
    await page.fill('#loss', '100');
    await Promise.all([page.waitForURL(/loss=100/), page.click('#odds form button[type="submit"]')]);
    expect(await text(page, '[data-testid="cost-per-period"]')).toBe('5 ETH (≈ $15,000) = 5% × your loss');
    await page.fill('#loss', 'a lot');
    await Promise.all([page.waitForURL(/loss=a\+lot/), page.click('#odds form button[type="submit"]')]);
    expect(await text(page, '[data-testid="loss-error"]')).toContain('is not an amount');
    expect(await page.getAttribute('#loss', 'aria-invalid')).toBe('true');

    // Verify an agreement: the right file matches, another one does not; nothing is uploaded.
    await page.goto(`/t/31337/${jane.id}`);
    const uploads: string[] = [];
    page.on('request', (r) => {
      // JSON-RPC reads of the chain (the engagement check) are not uploads; anything else sent would be
      if (r.method() !== 'GET' && !(r.postData() ?? '').includes('"jsonrpc"')) uploads.push(r.url());
    });
    // The seed's agreement is the rendered PDF of its template inputs (scripts/seed.ts): the same bytes match.
    const render = (key: 'jane-law-firm' | 'joe-pinata') =>
      renderAgreementPdf(demoAgreementInputs(key, { chainId: 31337, registry: stack.deployment.levetrage }));
    const pdf = (name: string, bytes: Uint8Array) => ({
      name,
      mimeType: 'application/pdf',
      buffer: Buffer.from(bytes),
    });
    await page.setInputFiles('[data-testid="agreement-file"]', pdf('retainer.pdf', await render('jane-law-firm')));
    await page.waitForSelector('[data-testid="agreement-result"]');
    expect(await page.getAttribute('[data-testid="agreement-result"]', 'data-match')).toBe('true');
    await page.setInputFiles('[data-testid="agreement-file"]', pdf('brief.pdf', await render('joe-pinata')));
    await page.waitForSelector('[data-testid="agreement-result"][data-match="false"]');
    expect(uploads).toEqual([]);
    await screenshot(page, 'public-page-jane-law-firm');
  });

  it('is readable with JavaScript off', async () => {
    const mike = seeded('mike-raise');
    const context = await stack.browser!.newContext({ javaScriptEnabled: false, baseURL: stack.appUrl });
    try {
      const page = await context.newPage();
      await page.goto(`/t/31337/${mike.id}`);
      expect(await text(page, '[data-testid="threat-terms"]')).toContain(
        'Sign a raise to $550,000 a year within 60 days',
      );
      expect(await text(page, '[data-testid="threat-timeout-action"]')).toContain('Escalate');
      expect(await text(page, '[data-testid="cost-by-deadline"]')).toContain(
        'The provider acts against you for certain (100%).',
      );
      expect(await text(page, '[data-testid="deadline-countdown"]')).toMatch(/^in 5\d days|^in 60 days|^in 59 days/);
      expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('answers an unknown id or chain with a 404 that says which, listing the known chains', async () => {
    const page = await stack.newPage();
    const unknownId = await page.goto('/t/31337/999999');
    expect(unknownId?.status()).toBe(404);
    expect(await text(page, '[data-testid="not-found-title"]')).toBe('No such threat');
    expect(await text(page, '[data-testid="chain-name"]')).toContain('31337');
    const notAnId = await page.goto('/t/31337/abc');
    expect(notAnId?.status()).toBe(404);
    expect(await text(page, '[data-testid="not-found-title"]')).toBe('No such threat');
    const unknownChain = await page.goto('/t/424242/1');
    expect(unknownChain?.status()).toBe(404);
    expect(await text(page, '[data-testid="not-found-title"]')).toBe('Unknown chain');
    expect(await text(page, '[data-testid="known-chains"]')).toContain('chain id 31337');
    await screenshot(page, 'public-page-unknown-chain');
  });

  it('lets anyone trigger due draws from the page, shows them, and verifies them in the browser', async () => {
    const id = await createTestThreat(client, stack.rpcUrl, stack.deployment, {
      maker: anvilAccounts.joe.address,
      provider: anvilAccounts.prFirm.address,
      agreementHash: `0x${'ab'.repeat(32)}`,
      terminators: [anvilAccounts.oracle.address],
      duration: 3600,
      timeoutAction: 0,
      terms: 'Stop the campaign against Joe.',
      stake: '1',
      odds: { period: 60, pEscalate: 1, pTerminate: 0 }, // one in a billion: the draws come out neutral
    });
    await warp(2 * 60 + 1);
    const page = await stack.newPage();
    const wallet = await installInjectedWallet(page, { account: anvilAccounts.xcorp.address, rpcUrl: stack.rpcUrl });
    await page.goto(`/t/31337/${id}`);
    // 59 or 60 periods: the deadline counts from the block before the creation block
    expect(await text(page, '[data-testid="draw-progress"]')).toMatch(
      /^0 settled of (59|60) before the deadline; 2 due now$/,
    );
    expect(await text(page, '[data-testid="no-draws"]')).toBe('No draws yet.');

    // A rejected signature shows words, not a stack trace.
    wallet.rejectNextRequest();
    await page.click('[data-testid="settle-button"]');
    await page.waitForSelector('[data-testid="settle-error"]');
    expect(await text(page, '[data-testid="settle-error"]')).not.toMatch(/at .*\(|0x[0-9a-f]{16,}/i);

    // 1st click: the draws of periods 1-2 are requested from the beacon.
    await page.click('[data-testid="settle-button"]');
    await page.waitForSelector('[data-testid="settle-result"]');
    expect(await text(page, '[data-testid="settle-result"]')).toContain('Requested the draw of periods 1–2');
    await page.waitForSelector('[data-testid="pending-draws"]');
    expect(await text(page, '[data-testid="pending-draws"]')).toContain(
      'Periods 1–2 wait for the random value of block',
    );

    // The beacon block is mined; 2nd click settles both draws with the block-header proof.
    await mine(3);
    await page.reload();
    await page.click('[data-testid="settle-button"]');
    await page.waitForSelector('[data-testid="draw-2"]', { timeout: 30_000 });
    expect(await text(page, '[data-testid="settle-result"]')).toContain('Drew periods 1–2: continue, continue');
    expect(await page.getAttribute('[data-testid="draw-1"]', 'data-outcome')).toBe('continue');
    expect(await text(page, '[data-testid="draw-progress"]')).toMatch(/^2 settled of (59|60) before the deadline$/);

    for (const period of [1, 2]) {
      await page.click(`[data-testid="verify-draw-${period}"]`);
      await page.waitForSelector(`[data-testid="verify-result-${period}"]`);
      expect(await page.getAttribute(`[data-testid="verify-result-${period}"]`, 'data-ok')).toBe('true');
      // the value checked against the beacon's block, in words (issue #13 item 9; tests/e2e/newcomer.e2e.test.ts)
      expect(await text(page, `[data-testid="verify-result-${period}"]`)).toMatch(
        /^✓ Fair: this draw came from block \d+, which nobody could know when the draw was requested/,
      );
    }
    const sent = wallet.requests.filter((r) => r.method === 'eth_sendTransaction' && r.outcome === 'ok');
    expect(sent).toHaveLength(2);
    await screenshot(page, 'public-page-draws-verified');
  });
});
