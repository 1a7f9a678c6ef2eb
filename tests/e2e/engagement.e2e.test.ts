// The maker <-> provider handshake (issue #8 part 3) in a real browser against a real anvil with the real contracts
// and `next start`: Jane fills the law-firm retainer template in the wizard and renders its PDF (its sha-256, computed
// in her browser, is the agreement hash) and gets the engagement request link; Law firm Y, in a second browser
// context, opens the link, the page re-renders the PDF and checks its hash, and the firm signs the EIP-712
// engagement with its wallet and gets a code; Jane pastes the code (checked in her browser) and creates the threat;
// the adversary's page re-checks the acceptance in its own browser; the threat escalates at its deadline, the
// escalation shows on the provider desk as the firm's own, and the firm records that it acted. A tampered link, an
// expired engagement and a PDF whose hash differs each show their message. The wallet extension is the harness's
// injected test wallet (a stand-in: extensions cannot be installed in headless Chromium); anvil signs for real.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { createPublicClient, createWalletClient, http, type Hex, type PublicClient } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPort } from '../../scripts/lib/tools.mjs';
import { demoAgreementInputs } from '../../lib/agreements/demo';
import { engagementOf, isProviderAgreement } from '../../lib/agreements/engagement';
import { levetrageAbi } from '../../lib/contracts/abis.generated';
import { Status } from '../../lib/contracts/enums.generated';
import { encodeEngagementRequest, type EngagementRequest } from '../../lib/engagements/link';
import { oneUseEngagement } from '../../lib/engagements/sign';
import {
  anvilAccounts,
  chainTime,
  installInjectedWallet,
  connectInjectedWallet,
  screenshot,
  startStack,
  stopStack,
  warp,
  type Stack,
} from './harness';

const ANVIL_PORT = testPort(8660);
const APP_PORT = testPort(3060);
const { jane, lawFirm, xcorp } = anvilAccounts;

let stack: Stack;
let client: PublicClient;

const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().innerText()) ?? '').replace(/\s+/g, ' ').trim();

/** Connects the injected test wallet (tests/e2e/harness/wallet.ts). */
const connect = (page: Page) => connectInjectedWallet(page);

async function next(page: Page, step: string) {
  await page.click('[data-testid="next"]');
  await page.waitForSelector(`form[data-step="${step}"]`);
}

/** The registry's view of threat `id`. */
async function getThreat(id: bigint) {
  const [threat] = await client.readContract({
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'getThreat',
    args: [id],
  });
  return threat;
}

/** A request link for the engage page, made here as the wizard makes it (to test what the page refuses). */
const linkOf = (request: EngagementRequest) => `${stack.appUrl}/engage#${encodeEngagementRequest(request)}`;

beforeAll(async () => {
  stack = await startStack({ anvilPort: ANVIL_PORT, appPort: APP_PORT });
  client = createPublicClient({ transport: http(stack.rpcUrl) }) as PublicClient;
}, 15 * 60_000);

afterAll(async () => {
  await stopStack();
});

describe('the maker ↔ provider handshake', () => {
  it('template → provider checks the hash and signs → threat → verified on the public page → escalation → “we acted”', async () => {
    // --- Jane, the maker: the retainer template, filled from the wizard
    const maker = await stack.newPage();
    await installInjectedWallet(maker, { account: jane.address, rpcUrl: stack.rpcUrl, connected: true });
    await maker.goto('/create');
    await maker.waitForSelector('form[data-loaded="true"]');
    await connect(maker);
    await maker.click('[data-preset="jane-commitment"]');
    await next(maker, 'demand');
    await next(maker, 'escalation');
    await maker.fill('#field-provider', lawFirm.address);
    await maker.fill('#field-providerAction', 'Law firm Y files a civil action against X Corp for the refund.');
    await maker.getByTestId('agreement-mode-template').check();
    await maker.getByTestId('agreement-template').waitFor();
    expect(await maker.inputValue('#agreement-field-adversaryName')).toBe('X Corp');
    await maker.fill('#agreement-field-billedHours', '45');
    // A bad field gets the render route's message at the field.
    await maker.fill('#agreement-field-clientName', 'J');
    await maker.getByTestId('agreement-render').click();
    await expect.poll(() => text(maker, 'agreement-render-error')).toMatch(/not valid/);
    await maker
      .getByText(/client’s name/)
      .first()
      .waitFor();
    await maker.fill('#agreement-field-clientName', 'Jane Doe');
    await maker.getByTestId('agreement-render').click();
    await maker.getByTestId('agreement-rendered').waitFor({ timeout: 60_000 });
    const agreementHash = (await maker.inputValue('#field-agreementHash')) as Hex;
    expect(agreementHash).toMatch(/^0x[0-9a-f]{64}$/);
    // The downloaded PDF is the one whose hash is the agreement hash.
    const [download] = await Promise.all([
      maker.waitForEvent('download'),
      maker.getByTestId('agreement-download').click(),
    ]);
    const pdf = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(`0x${createHash('sha256').update(pdf).digest('hex')}`).toBe(agreementHash);
    // Editing the template after rendering asks for a new render.
    await maker.fill('#agreement-field-billedHours', '46');
    await maker.getByTestId('agreement-stale').waitFor();
    await maker.fill('#agreement-field-billedHours', '45');
    await maker.getByTestId('agreement-rendered').waitFor();
    const link = await maker.getByTestId('engagement-request-link').inputValue();
    expect(link.startsWith(`${stack.appUrl}/engage#`)).toBe(true);
    await screenshot(maker, 'engage-1-wizard-template');

    // --- Law firm Y, in its own browser context: reads without a wallet, checks the PDF, signs
    const firm = await stack.newPage();
    await installInjectedWallet(firm, { account: lawFirm.address, rpcUrl: stack.rpcUrl, connected: true });
    await firm.goto(link);
    await expect
      .poll(() => text(firm, 'engage-hash'), { timeout: 60_000 })
      .toMatch(/^✓ Re-rendered from this link, the PDF has exactly this sha-256/);
    expect(await text(firm, 'engage-terms')).toContain('Refund the $13,000');
    expect(await text(firm, 'engage-engagement')).toContain(jane.address);
    await firm.getByTestId('engage-sign').waitFor();
    await connect(firm);
    await expect.poll(() => firm.getByTestId('engage-sign').isEnabled()).toBe(true);
    await screenshot(firm, 'engage-2-provider');
    await firm.getByTestId('engage-sign').click();
    const code = await firm.getByTestId('engagement-response-code').inputValue({ timeout: 30_000 });
    expect(code.length).toBeGreaterThan(100);

    // --- Jane pastes the code: checked in her browser; then the timeout Escalate, and she creates the threat
    await maker.fill('#field-engagementCode', code);
    await expect
      .poll(() => text(maker, 'engagement-check'), { timeout: 30_000 })
      .toMatch(
        /accepted this engagement \(signature, checked in your browser\), valid until .+, for a stake of at least 3/,
      );
    await next(maker, 'resolution');
    await maker.check('input[name="timeoutAction"][value="escalate"]');
    await next(maker, 'stakes');
    await next(maker, 'funding'); // step 7: backers, pool and client (none here)
    await next(maker, 'review');
    await connect(maker);
    await maker.getByTestId('sign-button').click();
    await maker.getByTestId('share-result').waitFor({ timeout: 60_000 });
    const id = BigInt(/\/(\d+)$/.exec(await maker.getByTestId('share-url').inputValue())![1]);
    const threat = await getThreat(id);
    expect(threat.provider).toBe(lawFirm.address);
    // The registry recorded the engagement for exactly this agreement.
    const created = await client.getContractEvents({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      eventName: 'ThreatCreated',
      args: { id },
      fromBlock: 0n,
    });
    expect(created[0].args.agreementHash).toBe(agreementHash);
    expect(created[0].args.engagementId).toBe(threat.engagementId);

    // --- The adversary: no wallet; the acceptance is re-checked in its browser
    const adversary = await stack.newPage();
    await adversary.goto(`/t/31337/${id}`);
    const acceptance = adversary.getByTestId('engagement-acceptance');
    await expect.poll(() => acceptance.getAttribute('data-ok'), { timeout: 30_000 }).toBe('true');
    expect(await text(adversary, 'engagement-acceptance')).toMatch(
      new RegExp(
        `^✓ Law firm Y \\(${lawFirm.address}\\) accepted this engagement on .+: signature checked in your browser\\.`,
      ),
    );
    await screenshot(adversary, 'engage-3-public-page');

    // --- The deadline passes; anyone settles: the stake escalates to the firm
    const t = await getThreat(id);
    await warp(Number(t.deadline) - (await chainTime()) + 60);
    const keeper = createWalletClient({ account: xcorp.address, transport: http(stack.rpcUrl) });
    await client.waitForTransactionReceipt({
      hash: await keeper.writeContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'settle',
        args: [id, '0x'],
        chain: null,
      }),
    });
    const after = await getThreat(id);
    expect(after.status).toBe(Status.Escalated);

    // --- The provider desk: the escalation is of the firm's own engagement; it records that it acted
    await firm.goto(`/provider?address=${lawFirm.address}`);
    const row = firm.getByTestId(`escalation-${id}`);
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-trust')).toBe('trusted');
    expect(await text(firm, `escalation-trust-${id}`)).toMatch(/^authentic: an escalation of your engagement$/i);
    expect(await text(firm, `engagement-threat-${id}`)).toContain(`Threat #${id}`);
    await connect(firm);
    await firm.getByTestId(`record-acted-${id}`).click();
    const evidence = Buffer.from('Complaint filed: Jane Doe v. X Corp, Multnomah County Circuit Court');
    await firm.setInputFiles(`[data-testid="record-acted-file-${id}"]`, {
      name: 'complaint.pdf',
      mimeType: 'application/pdf',
      buffer: evidence,
    });
    const evidenceHash = `0x${createHash('sha256').update(evidence).digest('hex')}`;
    await expect.poll(() => firm.inputValue(`[data-testid="record-acted-hash-${id}"]`)).toBe(evidenceHash);
    await firm.fill(`[data-testid="record-acted-uri-${id}"]`, 'https://lawfirm-y.example/filings/123');
    await firm.getByTestId(`record-acted-submit-${id}`).click();
    await expect.poll(() => text(firm, `acted-${id}`).catch(() => ''), { timeout: 30_000 }).toContain(evidenceHash);
    await screenshot(firm, 'engage-4-provider-desk');
  });

  it('a tampered link, an expired engagement and a PDF whose hash differs each get their message', async () => {
    const now = await chainTime();
    const base: EngagementRequest = {
      v: 1,
      type: 'engagement-request',
      chainId: 31337,
      registry: stack.deployment.levetrage,
      engagement: oneUseEngagement({
        provider: lawFirm.address,
        maker: jane.address,
        agreementHash: `0x${'ab'.repeat(32)}`,
        nonce: 777n,
        now,
      }),
      threat: {
        kind: 'commitment',
        terms: 'Refund Jane',
        stakeWei: '1000000000000000000',
        deadline: now + 86_400,
        timeoutAction: 'escalate',
      },
      agreement: { kind: 'file', name: 'retainer.pdf' },
    };
    const page = await stack.newPage();

    // Tampered: the smallest stake lowered in the link after the maker made it (its checksum no longer matches).
    const [payload, sum] = encodeEngagementRequest(base).split('.');
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    json.engagement.minStake = '1';
    await page.goto(`${stack.appUrl}/engage#${Buffer.from(JSON.stringify(json)).toString('base64url')}.${sum}`);
    expect(await text(page, 'engage-error')).toMatch(/changed or damaged after it was made/);

    // Expired: its validity ended before now (chain time).
    await page.goto('/');
    await page.goto(linkOf({ ...base, engagement: { ...base.engagement, validUntil: now - 60 } }));
    await expect
      .poll(() => text(page, 'engage-problems'))
      .toMatch(/This engagement expired on .+: it can no longer back a threat/);
    expect(await page.getByTestId('engage-sign').count()).toBe(0);

    // A template whose re-rendered PDF is not the agreement the engagement names.
    const inputs = demoAgreementInputs('jane-law-firm', { registry: stack.deployment.levetrage });
    if (!isProviderAgreement(inputs)) throw new Error('the retainer is a provider agreement');
    const wrong = engagementOf(inputs, `0x${'cd'.repeat(32)}`);
    await page.goto('/');
    await page.goto(linkOf({ ...base, engagement: wrong, agreement: { kind: 'template', inputs } }));
    await expect
      .poll(() => text(page, 'engage-hash'), { timeout: 60_000 })
      .toMatch(
        /The agreement’s hash does not match: the engagement names 0xcdcd.*Someone changed the agreement or the link: do not sign it\./,
      );
    expect(await page.getByTestId('engage-sign').count()).toBe(0);
    await screenshot(page, 'engage-5-hash-mismatch');
  });
});
