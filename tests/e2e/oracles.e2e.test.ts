// Browser tests of issue #9's resolutions on the oracle desk and the public page, on the e2e harness: real anvil,
// the real Reality.eth v3 with its reference arbitrator and UMA's Optimistic Oracle V3 (deployed by the forge
// script from the npm packages), `next start`, headless Chromium and the injected test wallet (the one mock: a
// wallet extension cannot be installed in headless Chromium; anvil signs for the unlocked dev accounts).
import type { Page } from 'playwright-core';
import { testPort } from '../../scripts/lib/tools.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicClient, http, parseEther, type Address, type PublicClient } from 'viem';
import { levetrageAbi, realityEthV3_0Abi, realityResolverAbi } from '../../lib/contracts/abis.generated';
import { Action } from '../../lib/contracts/enums.generated';
import type { Resolution } from '../../lib/resolvers/resolution';
import { REALITY_YES } from '../../lib/resolvers/calls';
import { createTestThreat } from '../../lib/threats/test-helpers';
import { anvilAccounts, installInjectedWallet, screenshot, startStack, stopStack, warp, type Stack } from './harness';

const ANVIL_PORT = testPort(8690);
const APP_PORT = testPort(3090);
const { deployer, jane, joe, mike, oracle, prFirm, xcorp } = anvilAccounts;

let stack: Stack;
let client: PublicClient;

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

async function create(terms: string, resolution: Resolution, stake = '1'): Promise<bigint> {
  return createTestThreat(client, stack.rpcUrl, stack.deployment, {
    maker: jane.address,
    provider: jane.address,
    agreementHash: `0x${'0'.repeat(64)}`,
    terminators: [],
    resolution,
    duration: 7 * 86_400,
    timeoutAction: Action.Refund,
    terms,
    stake,
  });
}

/** Opens the oracle desk with `account`'s injected wallet, connected through RainbowKit's modal. */
async function desk(account: Address) {
  const page = await stack.newPage();
  const wallet = await installInjectedWallet(page, { account, rpcUrl: stack.rpcUrl });
  await page.goto(`/oracle?address=${account}`);
  await page
    .getByRole('button', { name: /connect wallet/i })
    .first()
    .click();
  await page
    .getByText(/Levetrage Test Wallet/)
    .first()
    .click();
  return { page, wallet };
}

/** Waits until action `testId` can be opened (the wallet is connected and the desk has read the chain). */
async function ready(page: Page, testId: string) {
  await page.getByTestId(testId).waitFor({ timeout: 60_000 });
  await expect.poll(() => page.getByTestId(testId).isEnabled(), { timeout: 30_000 }).toBe(true);
}

/** Opens action `testId`, checks the confirm box restates the demand and `amounts`, sends, and waits for success. */
async function confirm(page: Page, testId: string, restated: { terms: string; amounts: string[] }, success: string) {
  await ready(page, testId);
  await page.getByTestId(testId).click();
  const box = page.getByTestId(`${testId}-confirm`);
  await box.waitFor();
  const said = (await box.innerText()).replace(/\s+/g, ' ');
  expect(said).toContain(restated.terms);
  expect(said.toLowerCase()).toContain(jane.address.toLowerCase());
  for (const a of restated.amounts) expect(said).toContain(a);
  await page.getByTestId(`${testId}-go`).click();
  await page.waitForFunction(
    (msg) =>
      [...document.querySelectorAll('[data-testid="tx-status"][data-phase="success"]')].some((e) =>
        e.textContent?.includes(msg),
      ),
    success,
    { timeout: 60_000, polling: 100 },
  );
}

/**
 * Waits until the page's last transaction settles; returns its phase and words (a revert shows its decoded words).
 * Read in one step in the page: after a success the desk refreshes and the threat (with its status) may leave the
 * list, so a second look for the same element can find none.
 */
async function settled(page: Page): Promise<string> {
  const words = await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>(
        '[data-testid="tx-status"][data-phase="success"], [data-testid="tx-status"][data-phase="error"]',
      );
      return el ? `${el.getAttribute('data-phase')}: ${el.innerText.replace(/\s+/g, ' ')}` : null;
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await words.jsonValue()) as string;
}

async function refunded(id: bigint) {
  const logs = await client.getContractEvents({
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    eventName: 'Refunded',
    args: { id },
    fromBlock: 0n,
  });
  return logs.map((l) => ({ to: l.args.beneficiary?.toLowerCase(), amount: l.args.amount }));
}

beforeAll(async () => {
  stack = await startStack({ anvilPort: ANVIL_PORT, appPort: APP_PORT });
  client = createPublicClient({ transport: http(stack.rpcUrl) }) as PublicClient;
}, 20 * 60_000);

afterAll(async () => {
  await stopStack();
});

describe('a Reality.eth-resolved threat', () => {
  it('answered yes with a bond, challenged no at double, arbitrated to yes: the refund lands', async () => {
    const d = stack.deployment;
    const terms = 'Publish the correction on page one';
    const id = await create(terms, {
      kind: 'reality',
      arbitrator: d.realityArbitrator!,
      timeout: 86_400,
      minBond: parseEther('0.01'),
    });

    // The public page says exactly who decides, quotes the question and names its bond and arbitrator.
    const pub = await stack.newPage();
    await pub.goto(`/t/31337/${id}`);
    const who = await text(pub, '[data-testid="comply-who"]');
    expect(who).toContain('Answer “yes” to the public Reality.eth question, with a bond of at least 0.01 ETH');
    expect(await text(pub, '[data-testid="comply-question"]')).toContain(terms);
    expect((await text(pub, '[data-testid="threat-terminators"]')).toLowerCase()).toContain(
      d.realityArbitrator!.toLowerCase(),
    );
    expect(await text(pub, '[data-testid="comply-steps"]')).not.toMatch(/show it to the oracle below/i);

    // 1. The adversary answers "yes" with the minimum bond.
    const adv = await desk(xcorp.address);
    await adv.page.getByTestId(`reality-${id}`).waitFor();
    expect(await text(adv.page, `[data-testid="reality-status-${id}"]`)).toContain('Unanswered');
    await confirm(
      adv.page,
      `reality-answer-yes-${id}`,
      { terms, amounts: ['Your bond', '0.01 ETH'] },
      'Answered “yes” with 0.01 ETH',
    );

    // 2. Someone challenges with "no": a bond below double is refused in words, double goes through.
    const challenger = await desk(joe.address);
    await ready(challenger.page, `reality-answer-no-${id}`);
    await challenger.page.getByTestId(`reality-answer-no-${id}`).click();
    const bond = challenger.page.locator(`#reality-bond-no-${id}`);
    expect(await bond.inputValue()).toBe('0.02');
    await bond.fill('0.015');
    expect(await text(challenger.page, `[data-testid="reality-answer-no-${id}-invalid"]`)).toBe(
      'The bond must be at least 0.02 ETH: double the last answer’s bond (0.01 ETH).',
    );
    expect(await challenger.page.getByTestId(`reality-answer-no-${id}-go`).isDisabled()).toBe(true);
    await bond.fill('0.02');
    await challenger.page.getByTestId(`reality-answer-no-${id}-go`).click();
    expect(await settled(challenger.page)).toMatch(/^success: Answered “no” with 0.02 ETH/);
    const q = await client.readContract({
      address: d.realityResolver!,
      abi: realityResolverAbi,
      functionName: 'describe',
      args: [id],
    });
    expect(q.bond).toBe(parseEther('0.02'));
    expect(q.bestAnswer).toBe(`0x${'0'.repeat(64)}`);

    // 3. The adversary asks the arbitrator (its fee restated).
    await adv.page.goto(`/oracle?address=${xcorp.address}`);
    await confirm(
      adv.page,
      `reality-arbitrate-${id}`,
      { terms, amounts: ['Arbitration fee', '0.01 ETH'] },
      'Arbitration requested',
    );

    // 4. The local arbitrator's owner (the deployer) rules "yes".
    const arb = await desk(deployer.address);
    await confirm(arb.page, `reality-rule-yes-${id}`, { terms, amounts: ['0.02 ETH'] }, 'Ruled “yes”');
    const final = await client.readContract({
      address: d.reality!,
      abi: realityEthV3_0Abi,
      functionName: 'resultFor',
      args: [q.questionId],
    });
    expect(final).toBe(REALITY_YES);

    // 5. Anyone applies the final "yes": the stake is refunded to the maker.
    const before = await client.getBalance({ address: jane.address });
    await arb.page.goto(`/oracle?address=${deployer.address}`);
    await confirm(arb.page, `reality-apply-${id}`, { terms, amounts: [] }, 'Fulfilled: 1 ETH refunded to the maker.');
    expect(await refunded(id)).toEqual([{ to: jane.address.toLowerCase(), amount: parseEther('1') }]);
    expect((await client.getBalance({ address: jane.address })) - before).toBe(parseEther('1'));
    await screenshot(arb.page, 'oracle-reality-fulfilled');

    // The public page's timeline shows the answers, their bonds and the decision.
    await pub.reload();
    const timeline = await text(pub, '[data-testid="evidence-timeline"]');
    expect(timeline).toContain('answered “yes” with a bond of 0.01 ETH');
    expect(timeline).toContain('answered “no” with a bond of 0.02 ETH');
    expect(timeline).toContain('The Reality.eth question finalized “yes”');
    expect(timeline).toContain('Decision: the demand was met');
  }, 600_000);
});

describe('an UMA-resolved threat', () => {
  it('asserted with a bond, undisputed through the liveness, settled: the refund lands', async () => {
    const terms = 'Take the defamatory video down';
    const id = await create(terms, { kind: 'uma', bond: parseEther('0.01'), liveness: 7200 }, '0.5');
    const adv = await desk(xcorp.address);
    await adv.page.getByTestId(`uma-${id}`).waitFor();
    await confirm(
      adv.page,
      `uma-assert-${id}`,
      { terms, amounts: ['Your bond', '0.01 ETH'] },
      'Asserted: the liveness runs now.',
    );
    await adv.page.goto(`/oracle?address=${xcorp.address}`);
    expect(await text(adv.page, `[data-testid="uma-status-${id}"]`)).toMatch(
      /true unless disputed within (2 hours|1 hour 59 minutes)/,
    );
    // Nobody disputes; the liveness passes.
    await warp(7201);
    await adv.page.goto(`/oracle?address=${xcorp.address}`);
    const before = await client.getBalance({ address: jane.address });
    await confirm(
      adv.page,
      `uma-settle-${id}`,
      { terms, amounts: ['Bond returned to the asserter', '0.01 ETH'] },
      'Settled: the demand is fulfilled and 0.5 ETH refunded to the maker.',
    );
    expect(await refunded(id)).toEqual([{ to: jane.address.toLowerCase(), amount: parseEther('0.5') }]);
    expect((await client.getBalance({ address: jane.address })) - before).toBe(parseEther('0.5'));
  }, 600_000);
});

describe('a 2-of-3 panel', () => {
  it('a member attaches evidence and approves, another signs, the signature is submitted: fulfilled, relying on it', async () => {
    const terms = 'Return the borrowed camera';
    const members = [oracle.address, mike.address, prFirm.address];
    const id = await create(terms, { kind: 'panel', members, k: 2, grace: 86_400 }, '0.3');

    // xcorp is not on the panel: the desk lists no panel card for it.
    const adv = await desk(xcorp.address);
    await adv.page.locator('#oracle-resolvers-h').waitFor({ timeout: 60_000 });
    expect(await adv.page.getByTestId(`panel-${id}`).count()).toBe(0);

    // The first member attaches evidence (a link; its hash is the link's), then approves relying on it.
    const first = await desk(oracle.address);
    await ready(first.page, `evidence-attach-${id}`);
    await first.page.getByTestId(`evidence-attach-${id}`).click();
    await first.page.getByTestId(`evidence-uri-${id}`).fill('https://example.org/camera-receipt.pdf');
    await first.page.getByTestId(`evidence-attach-${id}-go`).click();
    expect(await settled(first.page)).toMatch(/^success: Evidence attached/);
    await first.page.goto(`/oracle?address=${oracle.address}`);
    expect(await text(first.page, `[data-testid="timeline-${id}"]`)).toContain(
      'https://example.org/camera-receipt.pdf',
    );
    expect(await text(first.page, `[data-testid="panel-status-${id}"]`)).toContain('0 of 2 approvals needed');
    await confirm(first.page, `panel-approve-${id}`, { terms, amounts: [] }, 'Approved.');

    // The second member signs (EIP-712, no transaction) and hands the text over.
    const second = await desk(mike.address);
    await ready(second.page, `panel-sign-${id}`);
    await second.page.getByTestId(`panel-sign-${id}`).click();
    const signed = second.page.getByTestId(`panel-signed-${id}`);
    await signed.waitFor({ timeout: 30_000 });
    const approval = await signed.inputValue();
    expect(approval).toMatch(new RegExp(`^levetrage-approval:${id}:0x[0-9a-fA-F]{40}:0x[0-9a-f]{130}$`));
    expect(second.wallet.requests.some((r) => r.method === 'eth_signTypedData_v4' && r.outcome === 'ok')).toBe(true);

    // The first member submits it: the second approval fulfils.
    await first.page.goto(`/oracle?address=${oracle.address}`);
    expect(await text(first.page, `[data-testid="panel-status-${id}"]`)).toContain('1 of 2 approvals needed');
    await ready(first.page, `panel-submit-${id}`);
    await first.page.getByTestId(`panel-submit-${id}`).click();
    await first.page.getByTestId(`panel-submit-input-${id}`).fill(approval);
    await first.page.getByTestId(`panel-submit-${id}-go`).click();
    expect(await settled(first.page)).toMatch(/^success: The signed approvals are recorded/);
    expect(await refunded(id)).toEqual([{ to: jane.address.toLowerCase(), amount: parseEther('0.3') }]);

    const pub = await stack.newPage();
    await pub.goto(`/t/31337/${id}`);
    const timeline = await text(pub, '[data-testid="evidence-timeline"]');
    expect(timeline).toMatch(/Panel member 0x\w+…\w+ approved \(1 so far\)/);
    expect(timeline).toMatch(/approved \(2 so far\)/);
    expect(timeline).toContain('Decision: the demand was met');
    expect(timeline).toContain('The decision relied on it.');
  }, 600_000);
});
