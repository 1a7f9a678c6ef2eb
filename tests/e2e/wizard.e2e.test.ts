// The threat maker's wizard (/create) in a real browser against a real anvil with the real contracts:
// Jane creates a commitment (one create: the registry burns the NASH fee, no approval) and gets the share link, an
// adversary without a wallet opens it; a probabilistic threat is created with "pick p for me" and the provider's
// engagement code; bad input in every step shows its messages; a rejected signature shows words. Screenshots of each
// step at phone and desktop widths. The provider's engagement code is signed here with the dev provider's key (what
// the provider's engage page does with its wallet).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { createPublicClient, http, type Address } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privateKeyToAccount } from 'viem/accounts';
import { levetrageAbi, nashTokenAbi } from '../../lib/contracts/abis.generated';
import { Status } from '../../lib/contracts/enums.generated';
import { encodeEngagementResponse } from '../../lib/engagements/link';
import { oneUseEngagement } from '../../lib/engagements/sign';
import { engagementTypedData } from '../../lib/engagements/typed-data';
import { MESSAGES } from '../../lib/wizard/schema';
import {
  anvilAccounts,
  installInjectedWallet,
  connectInjectedWallet,
  screenshot,
  startStack,
  stopStack,
  type InjectedWallet,
  type Stack,
} from './harness';

const ANVIL_PORT = Number(process.env.WIZARD_E2E_ANVIL_PORT ?? 8630);
const APP_PORT = Number(process.env.WIZARD_E2E_APP_PORT ?? 3030);

let stack: Stack;
const client = () => createPublicClient({ transport: http(stack.rpcUrl) });
let nonce = 100n;

/** The code a provider sends back after signing the engagement for `maker` and `agreementHash`. */
async function engagementCode(provider: keyof typeof anvilAccounts, maker: Address, agreementHash: `0x${string}`) {
  const key = anvilAccounts[provider].privateKey;
  const now = Number((await client().getBlock()).timestamp);
  const engagement = oneUseEngagement({
    provider: anvilAccounts[provider].address,
    maker,
    agreementHash,
    nonce: nonce++,
    now,
  });
  const signature = await privateKeyToAccount(key).signTypedData(
    engagementTypedData(31337, stack.deployment.levetrage, engagement),
  );
  return encodeEngagementResponse({
    v: 1,
    type: 'engagement-response',
    chainId: 31337,
    registry: stack.deployment.levetrage,
    engagement,
    signature,
  });
}

/** On the escalation step: pastes the provider's code for the agreement shown, and waits for the browser's check. */
async function pasteEngagement(page: Page, provider: keyof typeof anvilAccounts, maker: Address) {
  const hash = (await page.inputValue('#field-agreementHash')) as `0x${string}`;
  await page.fill('#field-engagementCode', await engagementCode(provider, maker, hash));
  await expect
    .poll(() => page.getByTestId('engagement-check').innerText(), { timeout: 30_000 })
    .toMatch(/accepted this engagement \(signature, checked in your browser\)/);
}

async function openWizard(
  account: Address,
): Promise<{ page: Page; wallet: InjectedWallet; scriptBytes: Promise<{ raw: number; gzip: number }> }> {
  const page = await stack.newPage();
  const wallet = await installInjectedWallet(page, { account, rpcUrl: stack.rpcUrl, connected: true });
  const bodies: Promise<Buffer | null>[] = [];
  const onResponse = (r: import('playwright-core').Response) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body().catch(() => null));
  };
  page.on('response', onResponse);
  await page.goto('/create');
  await page.waitForSelector('form[data-loaded="true"]');
  page.off('response', onResponse);
  const scriptBytes = Promise.all(bodies).then((bs) =>
    bs
      .filter((b): b is Buffer => b !== null)
      .reduce((a, b) => ({ raw: a.raw + b.length, gzip: a.gzip + gzipSync(b).length }), { raw: 0, gzip: 0 }),
  );
  return { page, wallet, scriptBytes };
}

async function next(page: Page, expectStep: string) {
  await page.click('[data-testid="next"]');
  await page.waitForSelector(`form[data-step="${expectStep}"]`);
  expect(new URL(page.url()).searchParams.get('step')).toBe(expectStep);
  // focus moved to the step's heading
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
}

/** Clicks Next expecting to stay on the step with these messages in the summary and on the fields. */
async function expectProblems(page: Page, step: string, messages: string[]) {
  await page.click('[data-testid="next"]');
  const summary = page.getByTestId('error-summary');
  await summary.waitFor();
  for (const m of messages) {
    await expect.poll(() => summary.innerText()).toContain(m);
    expect(await page.locator('[data-field-error]', { hasText: m }).count(), m).toBeGreaterThan(0);
  }
  expect(new URL(page.url()).searchParams.get('step') ?? 'kind').toBe(step);
}

/** Connects the injected test wallet (tests/e2e/harness/wallet.ts). */
const connect = (page: Page) => connectInjectedWallet(page);

/** On the review step: connected, with the sign button showing. */
async function ensureConnected(page: Page) {
  await page.getByTestId('sign-panel').waitFor();
  if (
    await page
      .getByTestId('sign-button')
      .isVisible()
      .catch(() => false)
  )
    return;
  await connect(page);
  await page.getByTestId('sign-button').waitFor({ timeout: 30_000 });
}

async function readThreat(id: bigint) {
  const [threat, odds] = await client().readContract({
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'getThreat',
    args: [id],
  });
  return { threat, odds };
}

describe('wizard (/create)', () => {
  beforeAll(async () => {
    stack = await startStack({ anvilPort: ANVIL_PORT, appPort: APP_PORT });
  });
  afterAll(async () => {
    await stopStack();
  });

  it('the server renders the step in the URL: the first step paints before any JavaScript, a deep link shows its step', async () => {
    // the painted HTML, without the scripts (the React payload names the Suspense fallback too)
    const painted = async (path: string) =>
      (await (await fetch(`${stack.appUrl}${path}`)).text()).replace(/<script[\s\S]*?<\/script>/g, '');
    const html = await painted('/create');
    expect(html).toContain('data-step="kind"');
    expect(html).toContain('What kind of threat?');
    expect(html).not.toContain('Loading the wizard');
    expect(await painted('/create?step=demand')).toContain('data-step="demand"');
    // the same page hydrates with no mismatch between the server's and the browser's first render
    const page = await stack.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${stack.appUrl}/create?step=demand`);
    await page.waitForSelector('form[data-loaded="true"][data-step="demand"]');
    await page.getByLabel('What must the adversary do?').waitFor();
    expect(problems.filter((p) => /hydrat|did not match|Minified React error/i.test(p))).toEqual([]);
    await page.close();
  });

  it('Jane creates a commitment (one create, no approval), gets the share link, and the adversary opens it without a wallet', async () => {
    const jane = anvilAccounts.jane.address;
    const { page, wallet, scriptBytes } = await openWizard(jane);
    // what a maker downloads to open the wizard (wallet libraries included); measured, with a loose budget
    const js = await scriptBytes;
    console.log(
      `[wizard] /create first-load JavaScript: ${(js.raw / 1024).toFixed(0)} kB raw, ${(js.gzip / 1024).toFixed(0)} kB gzipped`,
    );
    expect(js.gzip).toBeGreaterThan(0);
    expect(js.gzip).toBeLessThan(1024 * 1024);
    await screenshot(page, 'wizard-1-kind');
    await page.click('[data-preset="jane-commitment"]');
    await expect.poll(() => page.getByTestId('preset-notice').innerText()).toMatch(/Filled every step/);

    await next(page, 'demand');
    await screenshot(page, 'wizard-2-demand');
    await next(page, 'escalation');
    // a forfeit commitment never pays a provider: the step says so and may stay empty
    await page.getByTestId('escalation-optional').waitFor();
    // dropping an agreement anyway: hashed in the browser, only the hash is kept
    const agreement = Buffer.from('Retainer agreement between Jane and law firm Y — signed 2026-11-25');
    const expectedHash = `0x${createHash('sha256').update(agreement).digest('hex')}`;
    const requestsBefore: string[] = [];
    page.on('request', (r) => requestsBefore.push(r.method() + ' ' + r.url()));
    await page.setInputFiles('[data-testid="agreement-file"]', {
      name: 'retainer.pdf',
      mimeType: 'application/pdf',
      buffer: agreement,
    });
    await expect.poll(() => page.inputValue('#field-agreementHash')).toBe(expectedHash);
    expect(
      requestsBefore.filter((r) => r.startsWith('POST') && !r.includes(':' + ANVIL_PORT) && !r.includes(':8645')),
    ).toEqual([]);
    await screenshot(page, 'wizard-3-escalation');
    await next(page, 'resolution');
    await screenshot(page, 'wizard-4-resolution');
    await next(page, 'stakes');
    await screenshot(page, 'wizard-6-stakes-commitment');
    await next(page, 'funding'); // step 7: backers, pool and client (none here)
    await next(page, 'review');
    await ensureConnected(page);

    const fee = await client().readContract({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'feeOf',
      args: [0],
    });
    expect(fee).toBeGreaterThan(0n);
    await expect.poll(() => page.getByTestId('nash-fee').innerText()).toBe(`${Number(fee / 10n ** 18n)} NASH`);
    expect(await page.getByTestId('total').innerText()).toMatch(/3 ETH.*NASH/);
    await screenshot(page, 'wizard-7-review');

    const nashBefore = await client().readContract({
      address: stack.deployment.nash,
      abi: nashTokenAbi,
      functionName: 'balanceOf',
      args: [jane],
    });
    await page.getByTestId('sign-button').click();
    const share = page.getByTestId('share-result');
    await share.waitFor({ timeout: 60_000 });
    await screenshot(page, 'wizard-8-created');
    const url = await page.getByTestId('share-url').inputValue();
    const m = /\/t\/31337\/(\d+)$/.exec(url);
    expect(m, url).not.toBeNull();
    const id = BigInt(m![1]);
    expect(await page.getByTestId('share-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);

    // the wallet signed exactly one transaction: the create (the fee is burned by the registry, no approval)
    const sent = wallet.requests.filter((r) => r.method === 'eth_sendTransaction');
    expect(sent.map((r) => r.outcome)).toEqual(['ok']);

    // on chain: the threat as typed, the fee burned; a forfeit commitment names no provider and no engagement
    const { threat } = await readThreat(id);
    expect(threat.beneficiary).toBe(jane);
    expect(threat.stake).toBe(3n * 10n ** 18n);
    expect(threat.provider).toBe('0x0000000000000000000000000000000000000000');
    expect(threat.engagementId).toBe(`0x${'00'.repeat(32)}`);
    expect(threat.resolver).toBe(anvilAccounts.oracle.address);
    expect(threat.status).toBe(Status.Live);
    expect(threat.timeoutAction).toBe(1); // Forfeit
    const nashAfter = await client().readContract({
      address: stack.deployment.nash,
      abi: nashTokenAbi,
      functionName: 'balanceOf',
      args: [jane],
    });
    expect(nashBefore - nashAfter).toBe(fee);

    // the adversary (no wallet) opens the share link
    const adversary = await stack.newPage();
    const res = await adversary.goto(new URL(url).pathname);
    expect(res?.status()).toBe(200);
    await expect.poll(() => adversary.locator('body').innerText()).toContain('Refund the $13,000');
    await screenshot(adversary, 'wizard-9-adversary-opens-link');
  });

  it('creates a probabilistic threat with “pick p for me” from a target', async () => {
    const joe = anvilAccounts.joe.address;
    const { page } = await openWizard(joe);
    await page.click('[data-preset="jane-probabilistic"]');
    await next(page, 'demand');
    await next(page, 'escalation');
    // Law firm Y signs the engagement for Joe and the preset's agreement; Joe pastes its code
    await expectProblems(page, 'escalation', [MESSAGES.engagementMissing]);
    await pasteEngagement(page, 'lawFirm', joe);
    await next(page, 'resolution');
    await next(page, 'odds');
    await page.check('input[name="oddsMode"][value="target"]');
    await page.fill('#field-targetPct', '50');
    await page.fill('#field-targetDays', '30');
    await page.getByRole('button', { name: 'Pick p for me' }).click();
    await expect
      .poll(() => page.getByTestId('pick-note').innerText())
      .toMatch(/50% chance of escalation within 30 periods/);
    const pct = Number(await page.inputValue('#field-pEscalatePct'));
    expect(pct / 100).toBeCloseTo(1 - 0.5 ** (1 / 30), 8);
    await screenshot(page, 'wizard-5-odds');
    await next(page, 'stakes');
    await page.getByTestId('math-panel').waitFor();
    expect(await page.locator('[data-chart="escalation-curve"], svg').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'wizard-6-stakes-probabilistic');
    await next(page, 'funding'); // step 7: backers, pool and client (none here)
    await next(page, 'review');
    await ensureConnected(page);
    const fee = await client().readContract({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'feeOf',
      args: [1],
    });
    await expect.poll(() => page.getByTestId('nash-fee').innerText()).toBe(`${Number(fee / 10n ** 18n)} NASH`);
    await page.getByTestId('sign-button').click();
    await page.getByTestId('share-result').waitFor({ timeout: 60_000 });
    const id = BigInt(/\/(\d+)$/.exec(await page.getByTestId('share-url').inputValue())![1]);
    const { threat, odds } = await readThreat(id);
    expect(threat.beneficiary).toBe(joe);
    expect(threat.provider).toBe(anvilAccounts.lawFirm.address);
    expect(threat.engagementId).not.toBe(`0x${'00'.repeat(32)}`);
    expect(odds.beacon).toBe(stack.deployment.prevrandaoBeacon);
    expect(odds.period).toBe(86_400);
    expect(odds.pEscalate).toBe(Math.round((pct / 100) * 1e9));
    expect(odds.pTerminate).toBe(0);
  });

  it('bad input in every step shows its message, linked from the summary; nothing typed is lost', async () => {
    const { page } = await openWizard(anvilAccounts.mike.address);
    await expectProblems(page, 'kind', [MESSAGES.kind]);
    await screenshot(page, 'wizard-errors-1-kind');
    await page.check('input[name="kind"][value="probabilistic"]');
    await next(page, 'demand');

    await page.fill('#field-terms', 'Pay');
    await page.fill('#field-adversaryAddress', '0x123');
    await expectProblems(page, 'demand', [MESSAGES.termsShort, MESSAGES.deadlineMissing, MESSAGES.adversaryAddress]);
    // a summary link moves focus to its field
    await page.getByTestId('error-summary').getByRole('link', { name: MESSAGES.termsShort }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-terms');
    expect(await page.inputValue('#field-terms')).toBe('Pay');
    await screenshot(page, 'wizard-errors-2-demand');
    await page.fill('#field-terms', 'Raise Mike’s salary to $550,000 a year, in writing.');
    await page.fill('#field-adversaryAddress', '');
    const past = new Date(Date.now() - 86_400_000);
    const local = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.fill('#field-deadline', local(past));
    await expectProblems(page, 'demand', [MESSAGES.deadlinePast]);
    await page.fill('#field-deadline', local(new Date(Date.now() + 10 * 86_400_000)));
    await next(page, 'escalation');

    await page.fill('#field-provider', 'law firm');
    await expectProblems(page, 'escalation', [
      MESSAGES.providerInvalid,
      MESSAGES.providerActionShort,
      MESSAGES.agreementMissing,
      MESSAGES.engagementMissing,
    ]);
    await screenshot(page, 'wizard-errors-3-escalation');
    await page.fill('#field-provider', anvilAccounts.prFirm.address);
    await page.fill('#field-providerAction', 'Publishes Mike’s account.');
    await page.setInputFiles('[data-testid="agreement-file"]', {
      name: 'pr.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('PR agreement'),
    });
    await expect.poll(() => page.inputValue('#field-agreementHash')).toMatch(/^0x[0-9a-f]{64}$/);
    // an engagement for another agreement is refused in words, then PR firm A's real one is accepted
    await page.fill(
      '#field-engagementCode',
      await engagementCode('prFirm', anvilAccounts.mike.address, `0x${'cd'.repeat(32)}`),
    );
    await expectProblems(page, 'escalation', [MESSAGES.engagementOtherAgreement]);
    await pasteEngagement(page, 'prFirm', anvilAccounts.mike.address);
    await next(page, 'resolution');

    await page.fill('#field-terminators-0-address', '0x0000000000000000000000000000000000000000');
    await page.getByRole('button', { name: 'Add a terminator' }).click();
    await page.fill('#field-terminators-1-address', anvilAccounts.oracle.address);
    await page.getByRole('button', { name: 'Add a terminator' }).click();
    await page.fill('#field-terminators-2-address', anvilAccounts.oracle.address.toLowerCase());
    await expectProblems(page, 'resolution', [
      MESSAGES.terminatorZero,
      'Terminator 3 repeats terminator 2; each address may appear once.',
      MESSAGES.timeoutAction,
    ]);
    await screenshot(page, 'wizard-errors-4-resolution');
    // naming yourself warns that it weakens the threat
    await connect(page);
    await page.getByRole('button', { name: 'Add myself as a terminator' }).click();
    await page.getByTestId('self-terminator-warning').waitFor();
    await page.getByRole('button', { name: 'Remove terminator 4' }).click();
    await page.getByRole('button', { name: 'Remove terminator 3' }).click();
    await page.getByRole('button', { name: 'Remove terminator 1' }).click();
    await page.check('input[name="timeoutAction"][value="refund"]');
    await next(page, 'odds');

    await page.fill('#field-pEscalatePct', '0');
    await page.fill('#field-pTerminatePct', '');
    await page.fill('#field-periodValue', '30');
    await page.selectOption('#field-periodUnit', 'days');
    await expectProblems(page, 'odds', [MESSAGES.pEscalateRange, MESSAGES.periodLong]);
    await page.fill('#field-pEscalatePct', '60');
    await page.fill('#field-pTerminatePct', '50');
    await page.fill('#field-periodValue', '0.5');
    await page.selectOption('#field-periodUnit', 'minutes');
    await expectProblems(page, 'odds', [MESSAGES.oddsSum, MESSAGES.periodShort]);
    await screenshot(page, 'wizard-errors-5-odds');
    await page.fill('#field-pEscalatePct', '2');
    await page.fill('#field-pTerminatePct', '0');
    await page.fill('#field-periodValue', '1');
    await page.selectOption('#field-periodUnit', 'days');
    await next(page, 'stakes');

    await page.fill('#field-stakeEth', '0');
    await page.fill('#field-makerLoss', '20,00'); // "20,000" is accepted (lib/number-input); "20,00" is not
    await expectProblems(page, 'stakes', [MESSAGES.stakeZero, MESSAGES.amountInvalid]);
    await screenshot(page, 'wizard-errors-6-stakes');
    await page.fill('#field-stakeEth', '1');
    await page.fill('#field-disputedAmount', '450000');
    await page.fill('#field-makerLoss', '20000');
    await page.fill('#field-adversaryLoss', '900000');
    await next(page, 'funding'); // step 7: backers, pool and client (none here)
    await next(page, 'review');

    // the draft survives a reload, and Back returns to the previous step
    await page.reload();
    await page.waitForSelector('form[data-loaded="true"][data-step="review"]');
    expect(await page.getByText('Raise Mike’s salary to $550,000 a year, in writing.').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.waitForSelector('form[data-step="funding"]');
    await page.goBack();
    await page.waitForSelector('form[data-step="stakes"]');
    expect(await page.inputValue('#field-stakeEth')).toBe('1');
  });

  it('a rejected signature shows words, not a stack trace, and creates nothing', async () => {
    const { page, wallet } = await openWizard(anvilAccounts.joe.address);
    await page.click('[data-preset="joe"]');
    await next(page, 'demand');
    await next(page, 'escalation');
    await pasteEngagement(page, 'prFirm', anvilAccounts.joe.address);
    for (const s of ['resolution', 'odds', 'stakes', 'funding', 'review']) await next(page, s);
    await ensureConnected(page);
    const before = await client().readContract({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'nextId',
    });
    // the create is the only request (no approval): reject it
    wallet.rejectNextRequest();
    await page.getByTestId('sign-button').click();
    await expect
      .poll(() => page.getByTestId('sign-panel').innerText(), { timeout: 30_000 })
      .toMatch(/You rejected the request in your wallet/);
    const text = await page.getByTestId('sign-panel').innerText();
    expect(text).not.toMatch(/at .*\.js|Error:|0x[0-9a-f]{8}/);
    await screenshot(page, 'wizard-7-rejected');
    expect(
      await client().readContract({ address: stack.deployment.levetrage, abi: levetrageAbi, functionName: 'nextId' }),
    ).toBe(before);
    expect(wallet.requests.filter((r) => r.method === 'eth_sendTransaction').map((r) => r.outcome)).toEqual([
      'rejected',
    ]);
  });
});
