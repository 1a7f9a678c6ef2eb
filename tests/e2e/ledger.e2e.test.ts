// Browser tests of the public ledger, the track records and the indexer-backed reads, on the e2e harness with the
// real indexer (Ponder on PGlite): real anvil, contracts deployed by the forge script, `next start`, headless
// Chromium. Threats are made here with the anvil dev accounts (anvil signs for them; no wallet UI is involved).
// Order matters at the end: the indexer is stopped (the banner and the chain fallback), then the chain (a desk
// whose RPC refuses connections answers with a message).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPublicClient,
  formatEther,
  http,
  keccak256,
  parseEther,
  toHex,
  zeroHash,
  type Address,
  type PublicClient,
} from 'viem';
import { levetrageAbi } from '../../lib/contracts/abis.generated';
import type { Action } from '../../lib/contracts/enums.generated';
import { createTestThreat, sendAs } from '../../lib/threats/test-helpers';
import { settleDueOnce } from '../../scripts/keeper';
import { testPort } from '../../scripts/lib/tools.mjs';
import { anvilAccounts, chainTime, mine, startStack, stopStack, warp, type Stack } from './harness';

let stack: Stack;
let client: PublicClient;
const ids = { fulfilled: 0n, escalated: 0n, open: 0n };
const { jane, oracle, lawFirm, xcorp } = anvilAccounts;

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();
const rowIds = async (page: Page) =>
  page.$$eval('[data-testid="ledger-row"]', (rows) => rows.map((r) => r.getAttribute('data-threat-id')));
const fact = async (page: Page, section: string, name: string) =>
  text(page, `[data-testid="record-${section}"] [data-fact="${name}"] dd`);

async function create(terms: string, seconds: number, timeoutAction: Action, stake: string): Promise<bigint> {
  return createTestThreat(client, stack.rpcUrl, stack.deployment, {
    maker: jane.address,
    provider: lawFirm.address,
    agreementHash: keccak256(toHex(`agreement: ${terms}`)),
    terminators: [oracle.address],
    duration: seconds,
    timeoutAction,
    terms,
    stake: formatEther(parseEther(stake)),
  });
}

const registryWrite = (from: Address, functionName: 'fulfil' | 'settle' | 'recordActed', args: readonly unknown[]) =>
  sendAs(client, stack.rpcUrl, from, (w) =>
    w.writeContract({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      functionName,
      args,
      chain: w.chain,
      account: from,
    } as never),
  );

beforeAll(async () => {
  stack = await startStack({
    indexer: true,
    anvilPort: testPort(8630),
    appPort: testPort(3030),
    indexerPort: testPort(42170),
  });
  client = createPublicClient({ transport: http(stack.rpcUrl) }) as PublicClient;
  ids.fulfilled = await create('Refund my $13,000 deposit for order #1234', 7 * 86400, 0, '2');
  ids.escalated = await create('Retract the defamatory article by Friday', 600, 2, '3');
  ids.open = await create('Publish a correction on page one', 7 * 86400, 0, '1');
  // The oracle marks the first demand fulfilled (the maker is refunded).
  await registryWrite(oracle.address, 'fulfil', [ids.fulfilled, zeroHash]);
  // The second one's deadline passes: anyone settles it and the stake escalates to the law firm, which then
  // records that it acted on it.
  await warp(700);
  await registryWrite(xcorp.address, 'settle', [ids.escalated, '0x']);
  await registryWrite(lawFirm.address, 'recordActed', [
    ids.escalated,
    keccak256(toHex('letter sent')),
    'https://example.org/letter',
  ]);
  await mine(2);
  await stack.waitForIndexer();
  expect(await chainTime()).toBeGreaterThan(0);
}, 25 * 60_000);

afterAll(async () => {
  await stopStack();
});

describe('ledger (through the indexer)', () => {
  it('filters by the text of the terms from the form, keeping the state in the URL', async () => {
    const page = await stack.newPage();
    await page.goto('/ledger');
    expect(await page.getAttribute('[data-testid="read-source"]', 'data-source')).toBe('indexer');
    expect((await rowIds(page)).sort()).toEqual([ids.fulfilled, ids.escalated, ids.open].map(String).sort());
    await page.getByLabel('Text in the terms').fill('deposit');
    await page.getByTestId('ledger-apply').click();
    await page.waitForURL(/q=deposit/);
    expect(await rowIds(page)).toEqual([String(ids.fulfilled)]);
    expect(await text(page, '[data-testid="ledger-total"]')).toBe('1 threat match.');

    // The URL alone reproduces a view: escalated threats of this provider.
    await page.goto(`/ledger?status=escalated&provider=${lawFirm.address}`);
    expect(await rowIds(page)).toEqual([String(ids.escalated)]);
    expect(await page.getByLabel('Provider (0x…)').inputValue()).toBe(lawFirm.address);

    // The view can be followed: /notify gets the same filter (no paging or order).
    await page.goto(`/ledger?status=escalated&provider=${lawFirm.address}&sort=stake`);
    await page.getByTestId('notify-filter').click();
    await page.waitForURL(/\/notify\?filter=/);
    expect(new URL(page.url()).searchParams.get('filter')).toBe(`?status=escalated&provider=${lawFirm.address}`);
    expect(await page.textContent('main')).toContain('New activity on threats matching the ledger filter');
    await page.goto('/ledger');
    expect(await page.$('[data-testid="notify-filter"]')).toBeNull(); // no filter: nothing to follow
  });

  it('says what is wrong with a malformed filter, and gives a clear empty state for 0 rows', async () => {
    const page = await stack.newPage();
    await page.goto('/ledger?maker=0x1234&minStake=lots');
    const errors = await text(page, '[data-testid="ledger-errors"]');
    expect(errors).toContain('Maker “0x1234” is not an Ethereum address');
    expect(errors).toContain('Minimum stake: “lots” is not an amount');
    await page.goto('/ledger?q=no-such-demand-anywhere');
    expect(await text(page, '[data-testid="ledger-empty"]')).toContain(
      'No threat matches these filters, so there is nothing to list or download',
    );
    expect(await page.$('[data-testid="export-csv"]')).toBeNull();
  });

  it('exports the filtered view as CSV and JSON', async () => {
    const page = await stack.newPage();
    await page.goto('/ledger?status=fulfilled,escalated');
    const csvHref = await page.getAttribute('[data-testid="export-csv"]', 'href');
    const jsonHref = await page.getAttribute('[data-testid="export-json"]', 'href');
    expect(csvHref).toContain('status=fulfilled%2Cescalated');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="levetrage-threats.csv"/);
    const lines = (await csv.text()).trim().split('\n');
    const header = lines[0].split(',');
    expect(lines).toHaveLength(3);
    const idCol = header.indexOf('id');
    const statusCol = header.indexOf('status');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[idCol])
        .sort(),
    ).toEqual([ids.fulfilled, ids.escalated].map(String).sort());
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[statusCol])
        .sort(),
    ).toEqual(['escalated', 'fulfilled']);
    const json = (await (await page.request.get(jsonHref!)).json()) as { id: string; status: string; terms: string }[];
    expect(json.map((r) => r.status).sort()).toEqual(['escalated', 'fulfilled']);
    expect(json.find((r) => r.status === 'fulfilled')?.terms).toBe('Refund my $13,000 deposit for order #1234');
    const bad = await page.request.get('/ledger/export?format=csv&maker=nobody');
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain('is not an Ethereum address');
  });

  it('plots the outcome rates of the view on the server', async () => {
    const page = await stack.newPage();
    await page.goto('/ledger?group=kind');
    const chart = page.locator('svg[data-chart="ledger-rates"]');
    expect(await chart.getAttribute('role')).toBe('img');
    // Two of the three ended: one fulfilled, one escalated.
    expect(await chart.locator('desc').textContent()).toMatch(
      /commitment \(2 ended\): fulfilled 50%, escalated 50%, refunded 0%/,
    );
  });
});

describe('track records', () => {
  it('shows the oracle’s fulfilment and the provider’s escalation and its act, linked from the ledger', async () => {
    const page = await stack.newPage();
    await page.goto(`/ledger?status=fulfilled`);
    // The row links its maker and its oracle (a commitment that refunds names no provider).
    await page.locator(`[data-testid="ledger-row"] a[href="/a/${oracle.address.toLowerCase()}"]`).click();
    await page.waitForURL(new RegExp(`/a/${oracle.address.toLowerCase()}`));
    expect(await fact(page, 'oracle', 'Threats judged')).toBe('3');
    expect(await fact(page, 'oracle', 'Fulfilments')).toMatch(/^1 \(50%\)$/);

    await page.goto(`/a/${lawFirm.address}`);
    expect(await fact(page, 'provider', 'Escalations received')).toBe('1 (3 ETH)');
    expect(await fact(page, 'provider', 'Recorded acting on')).toMatch(/^1 \(100%\)$/);
    expect(await fact(page, 'provider', 'Threats naming it')).toBe('1'); // only the escalating one names it

    await page.goto(`/a/${jane.address}`);
    expect(await fact(page, 'maker', 'Fulfilled')).toBe('1');
    expect(await fact(page, 'maker', 'Escalated')).toBe('1');
    expect(await fact(page, 'maker', 'Open')).toBe('1');
  });

  it('shows the record of the provider and of an oracle right where the wizard picks them', async () => {
    const page = await stack.newPage();
    await page.goto('/create');
    await page.waitForSelector('form[data-loaded="true"]');
    await page.click('[data-preset="jane-commitment"]');
    for (const step of ['demand', 'escalation']) {
      await page.click('[data-testid="next"]');
      await page.waitForSelector(`form[data-step="${step}"]`);
    }
    await page.fill('#field-provider', lawFirm.address);
    await expect
      .poll(() => page.getByTestId('record-hint-provider').textContent(), { timeout: 20_000 })
      .toMatch(/^As a provider: named by 1 threat; .*1 escalation received \(3 ETH\); recorded acting on 1 \(100%\)/);
    await page.fill('#field-provider', '0x000000000000000000000000000000000000dEaD');
    await expect
      .poll(() => page.getByTestId('record-hint-provider').textContent(), { timeout: 20_000 })
      .toMatch(/^No record yet as a provider/);
    // The same answer for an oracle, from the route the hint reads.
    const res = await page.request.get(`/api/record?address=${oracle.address}&role=oracle`);
    expect(res.status()).toBe(200);
    expect((await res.json()).line).toMatch(/^As an oracle: judges 3 threats \(2 ended\); 1 fulfilment \(50%\)/);
    const bad = await page.request.get('/api/record?address=0x12&role=oracle');
    expect(bad.status()).toBe(400);
    expect((await bad.json()).message).toMatch(/is not an address/);
  });

  it('ranks the provider in the directory, and is clear about unknown and malformed addresses', async () => {
    const page = await stack.newPage();
    await page.goto('/directory?role=provider');
    expect(await page.getAttribute('[data-testid="directory-row"]', 'data-address')).toBe(
      lawFirm.address.toLowerCase(),
    );
    await page.goto('/a/0x000000000000000000000000000000000000dEaD');
    expect(await text(page, '[data-testid="record-empty"]')).toContain('This address has no record yet');
    await page.goto('/a/not-an-address');
    expect(await text(page, '[data-testid="record-bad-address"]')).toContain('is not an Ethereum address');
  });
});

describe('keeper', () => {
  it('asks the indexer what is due and settles only that', async () => {
    const id = await create('Answer my letter within ten minutes', 600, 0, '0.5');
    await warp(700);
    await mine(1);
    await stack.waitForIndexer();
    const tick = await settleDueOnce(stack.rpcUrl, undefined, stack.indexerUrl);
    expect(tick.source.kind).toBe('indexer');
    expect(tick.checked).toBe(1); // the one due threat, not every id
    expect(tick.actions.map((a) => [a.id, a.reason, a.status])).toEqual([[id, 'timeout', 'refunded']]);
    expect(tick.skipped).toEqual([]);
  });
});

describe('when the indexer is down, then the chain', () => {
  it('shows the banner and reads the chain instead: the ledger, the home page and a desk still list the threats', async () => {
    await stack.stopIndexer();
    await new Promise((r) => setTimeout(r, 2500)); // the app's status answer is reused for 2 s
    const page = await stack.newPage();
    await page.goto('/ledger?q=deposit');
    expect(await text(page, '[data-testid="indexer-banner"]')).toMatch(/The indexer is not available: .*unreachable/);
    expect(await rowIds(page)).toEqual([String(ids.fulfilled)]);
    expect(await page.$('[data-testid="export-csv"]')).toBeNull();
    await page.goto('/');
    expect(await page.isVisible('[data-testid="indexer-banner"]')).toBe(true);
    expect(await page.$$eval('[data-testid="threat-row"]', (r) => r.length)).toBe(4);
    await page.goto(`/oracle?address=${oracle.address}`);
    expect(await page.isVisible('[data-testid="indexer-banner"]')).toBe(true);
    await page.getByTestId(`threat-${ids.open}`).waitFor(); // the open threat it judges, read from the chain
    // The keeper, told of an indexer that is down, reads the chain instead.
    const tick = await settleDueOnce(stack.rpcUrl, undefined, stack.indexerUrl);
    expect(tick.source).toMatchObject({ kind: 'chain', reason: expect.stringContaining('unreachable') });
    expect(tick.actions).toEqual([]);
  });

  it('a desk whose RPC refuses connections answers with a message and a retry button', async () => {
    await stack.stopChain();
    const page = await stack.newPage();
    await page.goto(`/provider?address=${lawFirm.address}`);
    const message = await text(page, '[data-testid="desk-read-error"]');
    expect(message).toMatch(/Could not read the chain: the chain is not reachable/);
    expect(message).toMatch(/did not answer within 3 s/);
    expect(await page.getByTestId('retry').isVisible()).toBe(true);
  });
});
