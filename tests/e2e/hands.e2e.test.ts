// Browser tests of issue #15 ("many hands") on the e2e harness: real anvil, the contracts deployed by the forge
// script, `next start`, headless Chromium. The only mock is the wallet extension (the harness's injected
// EIP-1193 wallet over anvil's unlocked dev accounts), because a real extension cannot run here.
// Pools reach or miss their threshold from several browser contexts; a backer adds to Jane's threat and takes
// its share back after fulfilment; a professional prepares a threat and the client funds it from a link; a
// promise is recorded kept and shows on the maker's record. Bad input gets words, never a stack trace.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPublicClient,
  http,
  parseEther,
  type Address,
  type GetContractEventsReturnType,
  type PublicClient,
} from 'viem';
import { testPort } from '../../scripts/lib/tools.mjs';
import { levetrageAbi } from '../../lib/contracts/abis.generated';
import { createThreat, threatParams, type FundingParams } from '../../lib/contracts/actions/create-threat';
import { fulfil } from '../../lib/contracts/actions/fulfil';
import { readFee } from '../../lib/contracts/actions/read-fee';
import { Action, Move, Status } from '../../lib/contracts/enums.generated';
import { NO_ENGAGEMENT } from '../../lib/engagements/typed-data';
import { unlockedWallet } from '../../lib/threats/test-helpers';
import {
  anvilAccounts,
  chainTime,
  connectInjectedWallet,
  installInjectedWallet,
  mine,
  screenshot,
  startStack,
  stopStack,
  warp,
  type Stack,
} from './harness';

const ANVIL_PORT = testPort(8690);
const APP_PORT = testPort(3090);
const { jane, joe, mike, oracle, spare, xcorp, prFirm } = anvilAccounts;

let stack: Stack;
let client: PublicClient;

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
const forbidden = /Error:|at \S+:\d+|0x[0-9a-f]{8,}\b(?!.*ETH)|Version: viem|ContractFunction/;

/** Creates a commitment (no provider: timeout Refund) with funding rules, a flag or a link, from an unlocked account. */
async function create(p: {
  maker: Address;
  terms: string;
  stake: bigint;
  duration?: number;
  funding?: Partial<FundingParams>;
  flags?: number;
  beneficiary?: Address;
  linkedTo?: bigint;
}): Promise<bigint> {
  const now = await chainTime();
  const fee = await readFee(client, { registry: stack.deployment.levetrage, move: Move.CreateCommitment });
  const params = threatParams({
    resolver: oracle.address,
    beneficiary: p.beneficiary ?? p.maker,
    deadline: now + (p.duration ?? 30 * 86_400),
    timeoutAction: Action.Refund,
    maxFee: fee,
    terms: p.terms,
    flags: p.flags ?? 0,
    linkedTo: p.linkedTo ?? 0n,
    funding: p.funding,
  });
  const { id } = await createThreat(
    unlockedWallet(stack.rpcUrl, p.maker),
    { registry: stack.deployment.levetrage, params, engagement: NO_ENGAGEMENT, signature: '0x', stake: p.stake },
    { publicClient: client },
  );
  return id;
}

async function status(id: bigint): Promise<number> {
  const [t] = await client.readContract({
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'getThreat',
    args: [id],
  });
  return t.status;
}

/** A fresh browser context with the injected wallet of `account`, on threat `id`'s public page. */
async function openThreat(account: Address, id: bigint): Promise<Page> {
  const page = await stack.newPage();
  await installInjectedWallet(page, { account, rpcUrl: stack.rpcUrl, connected: true });
  await page.goto(`/t/31337/${id}`);
  await page.getByTestId('funding-actions').waitFor();
  return page;
}

/** Waits for the funding island's result (success or the error in words) and returns its text. */
async function outcome(page: Page): Promise<{ ok: boolean; text: string }> {
  const ok = page.getByTestId('funding-result');
  const err = page.getByTestId('funding-error');
  await expect.poll(async () => (await ok.count()) + (await err.count()), { timeout: 60_000 }).toBeGreaterThan(0);
  if ((await ok.count()) > 0) return { ok: true, text: (await ok.innerText()).trim() };
  return { ok: false, text: (await err.innerText()).replace(/\s+/g, ' ').trim() };
}

async function joinFrom(page: Page, amount: string) {
  await page.fill('[data-testid="join-amount"]', amount);
  await page.click('[data-testid="join-button"]');
  return outcome(page);
}

async function events<const name extends 'Reclaimed' | 'Refunded' | 'Joined' | 'Activated'>(
  eventName: name,
  id: bigint,
): Promise<GetContractEventsReturnType<typeof levetrageAbi, name>> {
  const logs = await client.getContractEvents({
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    eventName,
    // every one of these events has `id` as its first indexed argument
    args: { id } as never,
    fromBlock: 0n,
  });
  return logs as GetContractEventsReturnType<typeof levetrageAbi, name>; // viem widens a generic event name
}

const connect = (page: Page) => connectInjectedWallet(page);

beforeAll(async () => {
  stack = await startStack({ anvilPort: ANVIL_PORT, appPort: APP_PORT });
  client = createPublicClient({ transport: http(stack.rpcUrl) }) as PublicClient;
}, 15 * 60_000);

afterAll(async () => {
  await stopStack();
});

describe('pledge pools', () => {
  it('a pool reaches its threshold from three browser contexts and goes live; a pledge cannot leave after that', async () => {
    const now = await chainTime();
    const id = await create({
      maker: jane.address,
      terms: 'Consumers of Acme: restore the warranty on model 7 (a pledge pool)',
      stake: parseEther('1'),
      funding: { cap: parseEther('5'), gatherUntil: now + 3 * 86_400, minPledgers: 4 },
    });
    expect(await status(id)).toBe(Status.Gathering);
    const pages = await Promise.all([joe, mike, spare].map((a) => openThreat(a.address, id)));
    expect(await text(pages[0]!, '[data-testid="funding-organiser"]')).toBe(jane.address);
    expect(await text(pages[0]!, '[data-testid="pool-progress"]')).toContain('1 pledger of 4');
    expect(await pages[0]!.getByTestId('activate-button').isDisabled()).toBe(true);
    expect(await text(pages[0]!, '[data-testid="activate-reason"]')).toBe(
      'The threshold (4 pledgers) is not reached yet.',
    );
    // Above the cap: refused in words before the wallet is asked.
    await pages[0]!.fill('[data-testid="join-amount"]', '4.5');
    await pages[0]!.click('[data-testid="join-button"]');
    expect(await text(pages[0]!, '[data-testid="join-error"]')).toBe(
      `Threat #${id} takes at most 5 ETH in all and holds 1 ETH: you can add at most 4 ETH.`,
    );

    for (const [i, page] of pages.entries()) {
      const r = await joinFrom(page, '0.5');
      expect(r, `pledger ${i}`).toEqual({ ok: true, text: 'Your pledge is in.' });
    }
    const last = pages[2]!;
    await expect
      .poll(() => text(last, '[data-testid="pool-progress"]'), { timeout: 30_000 })
      .toContain('4 pledgers of 4, 2.5 ETH');
    expect(await last.getAttribute('[data-testid="pool-phase"]', 'data-phase')).toBe('ready');
    await screenshot(last, 'hands-pool-ready');
    await last.click('[data-testid="activate-button"]');
    expect(await outcome(last)).toEqual({ ok: true, text: 'The threat is live.' });
    expect(await status(id)).toBe(Status.Live);
    const activated = await events('Activated', id);
    expect(activated).toHaveLength(1);
    expect(activated[0]!.args.stake).toBe(parseEther('2.5'));
    expect(activated[0]!.args.funders).toBe(4);
    await expect.poll(() => text(last, 'h1'), { timeout: 30_000 }).toBe('2.5 ETH is staked against you.');

    // Joe's page still shows the leave button from before activation: the registry refuses, in words.
    await pages[0]!.click('[data-testid="leave-button"]');
    const refused = await outcome(pages[0]!);
    expect(refused.ok).toBe(false);
    expect(refused.text).toContain('Not gathering');
    expect(refused.text).toContain('a pledge can be taken back only before it goes live');
    expect(refused.text).not.toMatch(forbidden);
  });

  it('another pool misses its threshold; joining late is refused and every pledger takes back their pledge', async () => {
    const now = await chainTime();
    const id = await create({
      maker: jane.address,
      terms: 'Tenants of Block C: fix the heating (a pledge pool)',
      stake: parseEther('1'),
      funding: { cap: parseEther('10'), gatherUntil: now + 3600, minPledgers: 5 },
    });
    const [joePage, mikePage] = await Promise.all([openThreat(joe.address, id), openThreat(mike.address, id)]);
    expect((await joinFrom(joePage, '0.7')).ok).toBe(true);
    expect((await joinFrom(mikePage, '0.4')).ok).toBe(true);
    await warp(3700);
    await mine(1);

    // Xcorp's page after the date: joining is closed, and a stale attempt is refused by the registry in words.
    const late = await openThreat(xcorp.address, id);
    expect(await late.getAttribute('[data-testid="pool-phase"]', 'data-phase')).toBe('failed');
    const stale = joePage; // loaded before the date: it still offers the join button
    const lateJoin = await joinFrom(stale, '0.1');
    expect(lateJoin.ok).toBe(false);
    expect(lateJoin.text).toContain('Gathering is over');
    expect(lateJoin.text).toContain('it is too late to join or activate it');

    // Every pledger takes their pledge back: the first cancels the pool (settle) and reclaims, the second reclaims.
    for (const account of [joe.address, mike.address]) {
      const page = await openThreat(account, id);
      await page.click('[data-testid="reclaim-button"]');
      expect(await outcome(page)).toEqual({ ok: true, text: 'Your share was sent back to you.' });
    }
    expect(await status(id)).toBe(Status.Cancelled);
    const reclaimed = await events('Reclaimed', id);
    expect(reclaimed.map((e) => [e.args.funder, e.args.amount, e.args.paid])).toEqual([
      [joe.address, parseEther('0.7'), true],
      [mike.address, parseEther('0.4'), true],
    ]);
    const refunded = await events('Refunded', id);
    expect(refunded.map((e) => [e.args.beneficiary, e.args.amount])).toEqual([[jane.address, parseEther('1')]]);
    const page = await openThreat(joe.address, id);
    expect(await page.getAttribute('[data-testid="pool-phase"]', 'data-phase')).toBe('cancelled');
    await screenshot(page, 'hands-pool-cancelled');
  });
});

describe('backers', () => {
  it('a backer adds to Jane’s threat (the exposure grows), and takes its share back after fulfilment', async () => {
    const id = await create({
      maker: jane.address,
      terms: 'Refund my $13,000 deposit for order #1234 (backers welcome)',
      stake: parseEther('2'),
      funding: { cap: parseEther('5') },
    });
    const page = await openThreat(joe.address, id);
    expect(await text(page, 'h1')).toBe('2 ETH is staked against you.');
    expect(await text(page, '[data-testid="funders-none"]')).toBe('None yet.');
    const r = await joinFrom(page, '1.5');
    expect(r).toEqual({ ok: true, text: 'Your backing is in: the stake against the adversary grew.' });
    await expect.poll(() => text(page, 'h1'), { timeout: 30_000 }).toBe('3.5 ETH is staked against you.');
    expect(await text(page, '[data-testid="funding-total"]')).toBe(
      '3.5 ETH: 2 ETH from the maker and 1.5 ETH from 1 backer',
    );
    expect(await text(page, `[data-testid="funder-${joe.address.toLowerCase()}"]`)).toBe(`${joe.address}: 1.5 ETH`);
    await screenshot(page, 'hands-backed');

    // Mike's page was loaded with room for 1.5 ETH; Xcorp takes 1 ETH of it first: the registry refuses Mike's 1.5.
    const mikePage = await openThreat(mike.address, id);
    const xPage = await openThreat(xcorp.address, id);
    expect((await joinFrom(xPage, '1')).ok).toBe(true);
    const over = await joinFrom(mikePage, '1.5');
    expect(over.ok).toBe(false);
    expect(over.text).toContain('Above the cap');
    expect(over.text).toContain(`Threat #${id} takes at most 5 ETH in all; with this it would hold 6 ETH.`);

    // The oracle marks it fulfilled: Jane's own 2 ETH come back at once; each backer takes its exact share back.
    await fulfil(
      unlockedWallet(stack.rpcUrl, oracle.address),
      { registry: stack.deployment.levetrage, id },
      { publicClient: client },
    );
    // A stale page trying to back the closed threat gets words.
    const closed = await joinFrom(mikePage, '0.1');
    expect(closed.ok).toBe(false);
    expect(closed.text).toContain('Threat already closed');
    const before = await client.getBalance({ address: joe.address });
    const joePage = await openThreat(joe.address, id);
    await joePage.click('[data-testid="reclaim-button"]');
    expect(await outcome(joePage)).toEqual({ ok: true, text: 'Your share was sent back to you.' });
    const reclaimed = await events('Reclaimed', id);
    expect(reclaimed.map((e) => [e.args.funder, e.args.amount])).toEqual([[joe.address, parseEther('1.5')]]);
    expect((await client.getBalance({ address: joe.address })) - before).toBeGreaterThan(parseEther('1.49'));
    const refunded = await events('Refunded', id);
    expect(refunded.map((e) => [e.args.beneficiary, e.args.amount])).toEqual([[jane.address, parseEther('2')]]);
    // Reclaiming twice: nothing left, in words.
    await joePage.reload();
    await joePage.click('[data-testid="reclaim-button"]');
    const twice = await outcome(joePage);
    expect(twice).toEqual({ ok: false, text: 'Not possible This wallet has no share here to take back.' });
  });
});

describe('a professional acting for a client', () => {
  it('the professional prepares a threat in the wizard; the client funds it from the link; the desk lists it', async () => {
    const pro = prFirm.address;
    const page = await stack.newPage();
    await installInjectedWallet(page, { account: pro, rpcUrl: stack.rpcUrl, connected: true });
    await page.goto('/create');
    await page.waitForSelector('form[data-loaded="true"]');
    await page.click('[data-preset="jane-commitment"]');
    for (const step of ['demand', 'escalation', 'resolution', 'stakes', 'funding']) {
      await page.click('[data-testid="next"]');
      await page.waitForSelector(`form[data-step="${step}"]`);
    }
    // A zero beneficiary is refused in words.
    await page.fill('#field-beneficiary', '0x0000000000000000000000000000000000000000');
    await page.click('[data-testid="next"]');
    await expect
      .poll(() => page.getByTestId('error-summary').innerText())
      .toContain('The beneficiary cannot be the zero address: refunds sent there are lost for good.');
    await page.fill('#field-beneficiary', jane.address);
    await page.check('[data-testid="for-client-link"]');
    await page.click('[data-testid="next"]');
    await page.waitForSelector('form[data-step="review"]');
    expect(await page.getByTestId('sign-panel').count()).toBe(0);
    await page.getByTestId('fund-link-panel').waitFor();
    await connect(page);
    await page.click('[data-testid="fund-link-button"]');
    const url = await page.getByTestId('fund-link-url').inputValue();
    expect(url).toMatch(/\/fund#[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    await screenshot(page, 'hands-fund-link');

    // The client opens the link in her own browser, reviews and signs with her own wallet.
    const clientPage = await stack.newPage();
    const wallet = await installInjectedWallet(clientPage, {
      account: jane.address,
      rpcUrl: stack.rpcUrl,
      connected: true,
    });
    await clientPage.goto(new URL(url).pathname + new URL(url).hash);
    await clientPage.getByTestId('fund-prepared-by').waitFor();
    expect(await text(clientPage, '[data-testid="fund-prepared-by"]')).toContain(pro);
    await clientPage.getByTestId('sign-panel').waitFor(); // the review loads once the link is read
    expect(await clientPage.locator('main').innerText()).toContain('Refund the $13,000 Jane paid');
    await connect(clientPage);
    await clientPage.getByTestId('sign-button').waitFor({ timeout: 30_000 });
    await clientPage.click('[data-testid="sign-button"]');
    await clientPage.getByTestId('share-result').waitFor({ timeout: 60_000 });
    const id = BigInt(/\/(\d+)$/.exec(await clientPage.getByTestId('share-url').inputValue())![1]!);
    expect(wallet.requests.filter((r) => r.method === 'eth_sendTransaction').map((r) => r.outcome)).toEqual(['ok']);
    const [created] = await client.getContractEvents({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      eventName: 'ThreatCreated',
      args: { id },
      fromBlock: 0n,
    });
    expect(created!.args.maker).toBe(jane.address);
    expect(created!.args.beneficiary).toBe(jane.address);
    expect(created!.args.terms).toContain(`Prepared for the client by: ${pro}`);
    await screenshot(clientPage, 'hands-client-funded');

    // The professional's desk lists the threat it set up for its client.
    const desk = await stack.newPage();
    await desk.goto(`/me?address=${pro}`);
    const list = desk.getByTestId('me-client-threats');
    await list.waitFor();
    await list.getByTestId(`threat-${id}`).waitFor();
    expect(await text(desk, '#me-clients-h')).toBe('Threats you set up for clients (1)');
  });
});

describe('public promises', () => {
  it('a promise is recorded kept on the oracle desk and shows on the maker’s record; recording it twice is refused', async () => {
    const id = await create({
      maker: mike.address,
      terms: 'If the vote passes, I will move to Canada within a year.',
      stake: 0n,
      flags: 1,
    });
    const page = await stack.newPage();
    await installInjectedWallet(page, { account: oracle.address, rpcUrl: stack.rpcUrl, connected: true });
    await page.goto(`/oracle?address=${oracle.address}`);
    await connect(page);
    const stale = await stack.newPage();
    await installInjectedWallet(stale, { account: oracle.address, rpcUrl: stack.rpcUrl, connected: true });
    await stale.goto(`/oracle?address=${oracle.address}`);
    await connect(stale);
    await expect.poll(() => page.getByTestId(`promise-kept-${id}`).isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.click(`[data-testid="promise-kept-${id}"]`);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="tx-status"][data-phase="success"]')
          ?.textContent?.includes('Recorded: the maker’s public record of promises is updated.'),
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    expect(await status(id)).toBe(Status.Fulfilled);

    // The second verdict, from a page that still shows the promise open, is refused in words.
    await expect.poll(() => stale.getByTestId(`promise-broken-${id}`).isEnabled(), { timeout: 30_000 }).toBe(true);
    await stale.click(`[data-testid="promise-broken-${id}"]`);
    const err = stale.locator('[data-testid="tx-status"][data-phase="error"]');
    await err.waitFor({ timeout: 30_000 });
    const errText = (await err.innerText()).replace(/\s+/g, ' ');
    expect(errText).toContain('Threat already closed');
    expect(errText).toContain(`Threat #${id} is no longer live: it has been fulfilled.`);

    // The public page shows the maker's record.
    const pub = await stack.newPage();
    await pub.goto(`/t/31337/${id}`);
    expect(await text(pub, '[data-testid="promise-record"]')).toBe('1 promise: 1 kept, 0 broken.');
    expect(await pub.getAttribute(`[data-testid="promise-${id}"]`, 'data-outcome')).toBe('kept');
    await screenshot(pub, 'hands-promise-kept');
  });
});

describe('counter-commitments and the anonymity guide', () => {
  it('a counter-commitment links both pages; the maker’s desk tells her; the guide carries the warning', async () => {
    const original = await create({
      maker: jane.address,
      terms: 'Pay the $13,000 refund by Friday',
      stake: parseEther('1'),
    });
    const pub = await stack.newPage();
    await pub.goto(`/t/31337/${original}`);
    expect(await text(pub, '[data-testid="counter-none"]')).toBe('No counter-commitment answers this threat yet.');
    const respond = await pub.getAttribute('[data-testid="respond-link"]', 'href');
    expect(respond).toBe(`/create?step=kind&linkedTo=${original}&adversary=${jane.address}`);
    // The wizard opened from the link is prefilled with the threat it answers and its maker as the adversary.
    const wiz = await stack.newPage();
    await wiz.goto(respond!);
    await wiz.waitForSelector('form[data-loaded="true"]');
    await wiz.check('input[value="commitment"]'); // any change saves the draft
    await expect
      .poll(() => wiz.evaluate(() => JSON.parse(sessionStorage.getItem('levetrage.wizard.draft.v1') ?? '{}')))
      .toMatchObject({
        linkedTo: String(original),
        adversaryAddress: jane.address,
        terms: `In answer to threat #${original}: I will not comply unless `,
      });

    const counter = await create({
      maker: xcorp.address,
      terms: `In answer to threat #${original}: I will not pay unless 5,000 is deposited`,
      stake: parseEther('3'),
      linkedTo: original,
    });
    await pub.reload();
    expect(await text(pub, '[data-testid="counter-moves"]')).toContain(`Threat #${counter}`);
    const counterPage = await stack.newPage();
    await counterPage.goto(`/t/31337/${counter}`);
    expect(await text(counterPage, '[data-testid="answers-threat"]')).toBe(
      `This is a counter-commitment: it answers threat #${original}.`,
    );
    const desk = await stack.newPage();
    await desk.goto(`/me?address=${jane.address}`);
    const moves = desk.getByTestId('me-counter-moves');
    await moves.waitFor();
    expect(await text(desk, `[data-testid="counter-move-${counter}"] p`)).toBe(
      `Threat #${counter} answers your threat #${original}:`,
    );
    // The calculator models the game with both commitments (white paper §7 numbers by default).
    const calc = await stack.newPage();
    await calc.goto('/calculator');
    expect(await text(calc, '[data-testid="counter-result"] p')).toBe(
      'Your best move: make the deposit. The adversary then pays: you end with 8,000, it with −8,000.',
    );
    await screenshot(desk, 'hands-counter-desk');

    const guide = await stack.newPage();
    const res = await guide.goto('/guide/anonymity');
    expect(res?.status()).toBe(200);
    expect(await text(guide, '[data-testid="legal-warning"]')).toContain(
      'if the activity is criminal in nature, it is not legally permitted to use this as leverage',
    );
    expect(await guide.locator('main').innerText()).toContain('Levetrage has no mixer and no relayer');
  });
});
