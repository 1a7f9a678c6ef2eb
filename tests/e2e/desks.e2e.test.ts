// Browser tests of the desks (/oracle, /provider, /me) and the wallet stack on the e2e harness: real anvil,
// contracts deployed by the forge script, `next start`, headless Chromium, the injected test wallet and the
// built-in dev wallet. Threats are created here with the anvil dev accounts (unlocked on anvil).
import type { Page } from 'playwright-core';
import { testPort } from '../../scripts/lib/tools.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPublicClient,
  createWalletClient,
  formatEther,
  http,
  keccak256,
  parseEther,
  toHex,
  zeroHash,
  type Address,
  type PublicClient,
} from 'viem';
import { levetrageAbi, nashTokenAbi } from '../../lib/contracts/abis.generated';
import { Status, type Action } from '../../lib/contracts/enums.generated';
import { createTestThreat } from '../../lib/threats/test-helpers';
import {
  anvilAccounts,
  chainTime,
  connectInjectedWallet,
  installInjectedWallet,
  mine,
  rpc,
  screenshot,
  startStack,
  stopStack,
  warp,
  type Stack,
} from './harness';

// its own ports, so this file can run while other e2e files use 8645/3100.
const ANVIL_PORT = testPort(8620);
const APP_PORT = testPort(3020);

let stack: Stack;
let client: PublicClient;
const ids: Record<'open' | 'race' | 'late' | 'escalated' | 'drawn' | 'forfeited' | 'bounced', bigint> = {
  open: 0n,
  race: 0n,
  late: 0n,
  escalated: 0n,
  drawn: 0n,
  forfeited: 0n,
  bounced: 0n,
};
/** A provider whose address refuses ETH when the stake escalates (code that always reverts), so the stake is credited. */
const BOUNCING_PROVIDER = '0x00000000000000000000000000000000b0b0cafe' as Address;
const { jane, oracle, lawFirm, xcorp } = anvilAccounts;

const text = async (page: Page, selector: string) =>
  ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

/** Sends a registry / NASH write from an unlocked anvil account and returns the receipt. */
async function send(
  from: Address,
  request: {
    address: Address;
    abi: typeof levetrageAbi | typeof nashTokenAbi;
    functionName: string;
    args?: unknown[];
    value?: bigint;
  },
) {
  const wallet = createWalletClient({ account: from, transport: http(stack.rpcUrl) });
  const hash = await wallet.writeContract({ ...request, chain: null } as never);
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success') throw new Error(`${request.functionName} reverted`);
  return receipt;
}

async function createCommitment(
  terms: string,
  deadline: number,
  timeoutAction: Action,
  stake: bigint,
  odds?: { period: number; pEscalate: number },
  provider: Address = lawFirm.address,
): Promise<bigint> {
  // The provider signs the engagement (anvil holds its key); a provider that is a contract accepts it on chain.
  return createTestThreat(client, stack.rpcUrl, stack.deployment, {
    maker: jane.address,
    provider,
    agreementHash: keccak256(toHex(`agreement: ${terms}`)),
    terminators: [oracle.address],
    duration: deadline - (await chainTime()),
    timeoutAction,
    terms,
    stake: formatEther(stake),
    odds: odds ? { ...odds, pTerminate: 0 } : undefined,
    acceptOnChain: provider === BOUNCING_PROVIDER,
  });
}

beforeAll(async () => {
  stack = await startStack({ anvilPort: ANVIL_PORT, appPort: APP_PORT });
  client = createPublicClient({ transport: http(stack.rpcUrl) }) as PublicClient;
  const now = await chainTime();
  ids.open = await createCommitment('Refund my $13,000 deposit for order #1234', now + 7 * 86400, 0, parseEther('2'));
  ids.race = await createCommitment('Publish a correction on page one', now + 7 * 86400, 0, parseEther('1'));
  ids.late = await createCommitment('Answer my letter within ten minutes', now + 600, 0, parseEther('0.5'));
  ids.escalated = await createCommitment('Retract the defamatory article by Friday', now + 600, 2, parseEther('3'));
  ids.forfeited = await createCommitment('Pay the invoice of March', now + 600, 1, parseEther('4'));
  // The bouncing provider accepts its engagement on chain first (anvil lets the test send from its address), then
  // its address gets code that reverts on any payment.
  await rpc('anvil_impersonateAccount', [BOUNCING_PROVIDER]);
  await rpc('anvil_setBalance', [BOUNCING_PROVIDER, '0xde0b6b3a7640000']);
  ids.bounced = await createCommitment(
    'Delete the leaked photos',
    now + 600,
    2,
    parseEther('1.5'),
    undefined,
    BOUNCING_PROVIDER,
  );
  await rpc('anvil_setCode', [BOUNCING_PROVIDER, '0x60006000fd']); // PUSH1 0 PUSH1 0 REVERT
  // A probabilistic threat whose first draws get requested and whose randomness block is then mined:
  // fulfilling it now would pre-empt a known outcome (the registry would revert DrawDetermined).
  ids.drawn = await createCommitment(
    'Stop the SLAPP suit against the newspaper',
    now + 30 * 86400,
    0,
    parseEther('1'),
    { period: 60, pEscalate: 1 },
  );
  await warp(700);
  await send(xcorp.address, {
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'settle',
    args: [ids.escalated, '0x'],
  });
  await send(xcorp.address, {
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'settle',
    args: [ids.drawn, '0x'],
  });
  await send(xcorp.address, {
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'settle',
    args: [ids.forfeited, '0x'],
  });
  await send(xcorp.address, {
    address: stack.deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'settle',
    args: [ids.bounced, '0x'],
  });
  await mine(3);
  // A prankster's plain transfer to the provider: must never show as an escalation.
  const prank = createWalletClient({ account: xcorp.address, transport: http(stack.rpcUrl) });
  await client.waitForTransactionReceipt({
    hash: await prank.sendTransaction({ to: lawFirm.address, value: parseEther('0.777'), chain: null }),
  });
}, 15 * 60_000);

afterAll(async () => {
  await stopStack();
});

describe('oracle desk', () => {
  it('the oracle confirms the restated demand, fulfils, and the refund lands with the maker', async () => {
    const page = await stack.newPage();
    await installInjectedWallet(page, { account: oracle.address, rpcUrl: stack.rpcUrl });
    await page.goto('/oracle');
    expect(await text(page, '[data-testid="desk-empty"]')).toContain('Connect your wallet');
    await connectInjectedWallet(page);
    await page.waitForURL(/address=0x/i, { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('address')?.toLowerCase()).toBe(oracle.address.toLowerCase());

    const card = page.getByTestId(`threat-${ids.open}`);
    await card.waitFor();
    // The late threat's deadline passed: its button is disabled with the reason.
    expect(await page.getByTestId(`fulfil-${ids.late}`).isDisabled()).toBe(true);
    expect(await text(page, `[data-testid="fulfil-reason-${ids.late}"]`)).toMatch(
      /^The deadline passed on .+ UTC; the demand can no longer be marked fulfilled\.$/,
    );

    // The probabilistic threat's pending draw is determined: disabled, with the reason.
    expect(await page.getByTestId(`fulfil-${ids.drawn}`).isDisabled()).toBe(true);
    expect(await text(page, `[data-testid="fulfil-reason-${ids.drawn}"]`)).toBe(
      'The randomness of draw 1 is already fixed, so fulfilling now could pre-empt a known outcome. Settle the draw on the threat page first.',
    );
    expect(await text(page, `[data-testid="odds-${ids.drawn}"]`)).toContain('every 1 minute');

    await page.getByTestId(`fulfil-${ids.open}`).click();
    const confirm = page.getByTestId(`fulfil-confirm-${ids.open}`);
    await confirm.waitFor();
    const restated = (await confirm.innerText()).replace(/\s+/g, ' ');
    expect(restated).toContain('Refund my $13,000 deposit for order #1234');
    expect(restated.toLowerCase()).toContain(jane.address.toLowerCase());
    expect(restated).toContain('2 ETH');
    expect(restated).toMatch(/Deadline \d+ \w+ \d{4}, \d\d:\d\d UTC/);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
    await screenshot(page, 'desk-oracle-confirm');

    const before = await client.getBalance({ address: jane.address });
    await page.getByTestId(`fulfil-confirm-button-${ids.open}`).click();
    // The success message is read in the same poll that sees it: the desk refreshes right after success and
    // the fulfilled threat moves to the closed list (checked below), unmounting the message.
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="tx-status"][data-phase="success"]')
          ?.textContent?.includes('Marked fulfilled: 2 ETH refunded to the maker.'),
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const after = await client.getBalance({ address: jane.address });
    expect(after - before).toBe(parseEther('2'));
    const refunded = await client.getContractEvents({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      eventName: 'Refunded',
      args: { id: ids.open },
      fromBlock: 0n,
    });
    expect(refunded).toHaveLength(1);
    expect(refunded[0].args.beneficiary?.toLowerCase()).toBe(jane.address.toLowerCase());
    expect(refunded[0].args.amount).toBe(parseEther('2'));
    expect(refunded[0].args.paid).toBe(true);
    // After the refresh, the threat is listed as closed.
    await expect
      .poll(async () => (await page.getByTestId(`threat-${ids.open}`).innerText()).includes('Fulfilled'), {
        timeout: 30_000,
      })
      .toBe(true);
  });

  it('a rejected signature and a revert show words, not a stack trace', async () => {
    const page = await stack.newPage();
    const wallet = await installInjectedWallet(page, { account: oracle.address, rpcUrl: stack.rpcUrl });
    await page.goto(`/oracle?address=${oracle.address}`);
    await connectInjectedWallet(page);
    await page.getByTestId(`fulfil-${ids.race}`).waitFor();
    await expect.poll(() => page.getByTestId(`fulfil-${ids.race}`).isEnabled(), { timeout: 30_000 }).toBe(true);

    // 1. The user rejects in the wallet.
    await page.getByTestId(`fulfil-${ids.race}`).click();
    wallet.rejectNextRequest();
    await page.getByTestId(`fulfil-confirm-button-${ids.race}`).click();
    const rejected = page.locator('[data-testid="tx-status"][data-phase="error"]');
    await rejected.waitFor({ timeout: 30_000 });
    expect(await rejected.getAttribute('data-kind')).toBe('rejected');
    const rejectedText = (await rejected.innerText()).replace(/\s+/g, ' ');
    expect(rejectedText).toContain('You rejected the request in your wallet. Nothing was sent and nothing was spent.');
    expect(rejectedText).not.toMatch(/Error:|at \S+:\d+|0x[0-9a-f]{8,}|Version: viem/);
    expect(wallet.requests.some((r) => r.method === 'eth_sendTransaction' && r.outcome === 'rejected')).toBe(true);
    expect(
      await client
        .readContract({
          address: stack.deployment.levetrage,
          abi: levetrageAbi,
          functionName: 'getThreat',
          args: [ids.race],
        })
        .then(([t]) => t.status),
    ).toBe(Status.Live);

    // 2. Meanwhile the threat is fulfilled elsewhere; the stale page's attempt reverts in simulation.
    await send(oracle.address, {
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'fulfil',
      args: [ids.race, zeroHash],
    });
    const sentBefore = wallet.requests.filter((r) => r.method === 'eth_sendTransaction').length;
    await page.getByTestId(`fulfil-confirm-button-${ids.race}`).click();
    const reverted = page.locator('[data-testid="tx-status"][data-phase="error"][data-kind="revert"]');
    await reverted.waitFor({ timeout: 30_000 });
    const revertedText = (await reverted.innerText()).replace(/\s+/g, ' ');
    expect(revertedText).toContain('Threat already closed');
    expect(revertedText).toContain(`Threat #${ids.race} is no longer live: it has been fulfilled.`);
    expect(revertedText).not.toMatch(/Error:|at \S+:\d+|0x[0-9a-f]{8,}|Version: viem|ContractFunction/);
    // The simulation caught it: the wallet was never asked to sign.
    expect(wallet.requests.filter((r) => r.method === 'eth_sendTransaction').length).toBe(sentBefore);
    await screenshot(page, 'desk-oracle-revert');
  });
});

describe('provider desk', () => {
  it('lists the authentic escalation (Escalated event) but not a plain transfer to the same address', async () => {
    const page = await stack.newPage();
    await page.goto(`/provider?address=${lawFirm.address}`);
    const list = page.getByTestId('escalations');
    await list.waitFor();
    expect(await list.locator('li').count()).toBe(1);
    const item = (await page.getByTestId(`escalation-${ids.escalated}`).innerText()).replace(/\s+/g, ' ');
    expect(item).toContain(`Threat #${ids.escalated} escalated: 3 ETH paid to you`);
    expect(item).toContain('Retract the defamatory article by Friday');
    expect(item).toContain(keccak256(toHex('agreement: Retract the defamatory article by Friday')));
    expect(item).toMatch(/When \d+ \w+ \d{4}, \d\d:\d\d UTC/);
    expect(item).toMatch(/Transaction 0x[0-9a-f]{64}/);
    // The 0.777 ETH prank transfer exists on chain but is nowhere on the page.
    expect(await client.getBalance({ address: lawFirm.address })).toBeGreaterThan(parseEther('0.777'));
    expect(await page.locator('body').innerText()).not.toContain('0.777');
    // Live threats naming the provider are listed with their status; the withdraw button is idle.
    expect(await text(page, '[data-testid="withdrawable"]')).toContain('Nothing waiting');
    expect(await page.getByTestId('withdraw').isDisabled()).toBe(true);
    await screenshot(page, 'desk-provider');
  });

  it('a provider whose address refused the escalation sees it credited and withdraws it', async () => {
    expect(
      await client.readContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'withdrawable',
        args: [BOUNCING_PROVIDER],
      }),
    ).toBe(parseEther('1.5'));
    // The provider fixes its receiving address (here: the reverting code is removed) and withdraws from the desk.
    await rpc('anvil_setCode', [BOUNCING_PROVIDER, '0x']);
    await rpc('anvil_setBalance', [BOUNCING_PROVIDER, '0xde0b6b3a7640000']); // 1 ETH for gas
    const page = await stack.newPage();
    await installInjectedWallet(page, { account: BOUNCING_PROVIDER, rpcUrl: stack.rpcUrl });
    await page.goto(`/provider?address=${BOUNCING_PROVIDER}`);
    const item = (await page.getByTestId(`escalation-${ids.bounced}`).innerText()).replace(/\s+/g, ' ');
    expect(item).toContain(
      `Threat #${ids.bounced} escalated: 1.5 ETH credited to your fallback balance (withdraw above)`,
    );
    expect(await text(page, '[data-testid="withdrawable"]')).toBe(
      '1.5 ETH from escalations whose transfer failed is waiting for you.',
    );
    await connectInjectedWallet(page);
    await expect.poll(() => page.getByTestId('withdraw').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.getByTestId('withdraw').click();
    await page.locator('[data-testid="tx-status"][data-phase="success"]').waitFor({ timeout: 60_000 });
    const withdrawn = await client.getContractEvents({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      eventName: 'Withdrawn',
      args: { account: BOUNCING_PROVIDER },
      fromBlock: 0n,
    });
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].args.amount).toBe(parseEther('1.5'));
    await expect
      .poll(() => text(page, '[data-testid="withdrawable"]'), { timeout: 30_000 })
      .toContain('Nothing waiting');
  });

  it('explains a malformed typed address instead of failing', async () => {
    const page = await stack.newPage();
    const res = await page.goto('/provider?address=0x1234');
    expect(res?.status()).toBe(200);
    expect(await text(page, '#desk-query-error')).toBe(
      '“0x1234” is not an Ethereum address: it must be 0x followed by 40 hexadecimal characters.',
    );
  });
});

describe('wallet stack', () => {
  it('shows the wrong-network prompt and switches in one click', async () => {
    const page = await stack.newPage();
    const wallet = await installInjectedWallet(page, { account: jane.address, rpcUrl: stack.rpcUrl });
    await page.goto(`/me?address=${jane.address}`);
    await connectInjectedWallet(page);
    await page.getByTestId('withdraw').waitFor();
    // The user moves the wallet to Ethereum mainnet, where Levetrage is not deployed.
    await wallet.switchChain(1);
    const banner = page.getByTestId('network-banner');
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.innerText()).toContain(
      'Wrong network: your wallet is on network 1, where Levetrage is not available.',
    );
    await screenshot(page, 'desk-wrong-network');
    await banner.getByRole('button', { name: 'Switch to Anvil (local)' }).click();
    await banner.waitFor({ state: 'detached', timeout: 30_000 });
    expect(wallet.state().chainId).toBe(31337);
    expect(wallet.requests.some((r) => r.method === 'wallet_switchEthereumChain' && r.outcome === 'ok')).toBe(true);
  });

  it('the built-in dev wallet connects without an extension, funds itself with ETH and NASH, and shows its desk', async () => {
    const page = await stack.newPage();
    await page.goto('/me');
    expect(await page.evaluate(() => 'ethereum' in window)).toBe(false);
    await page.getByTestId('dev-wallet-connect').click();
    const panel = page.getByTestId('dev-wallet-panel');
    await panel.waitFor({ timeout: 30_000 });
    await page.waitForURL(/address=0x/i, { timeout: 30_000 });
    const burner = new URL(page.url()).searchParams.get('address') as Address;
    expect(await client.getBalance({ address: burner })).toBe(0n);
    await page.getByTestId('dev-wallet-fund').click();
    await expect.poll(() => text(page, '[data-testid="dev-wallet-nash"]'), { timeout: 60_000 }).toBe('1,000 NASH');
    expect(await text(page, '[data-testid="dev-wallet-eth"]')).toBe('100 ETH');
    expect(await client.getBalance({ address: burner })).toBe(parseEther('100'));
    expect(
      await client.readContract({
        address: stack.deployment.nash,
        abi: nashTokenAbi,
        functionName: 'balanceOf',
        args: [burner],
      }),
    ).toBe(parseEther('1000'));
    // The key survives a reload (localStorage) and the wallet reconnects to the same address.
    await page.reload();
    await page.getByTestId('dev-wallet-panel').waitFor({ timeout: 30_000 });
    expect((await page.getByTestId('dev-wallet-panel').innerText()).toLowerCase()).toContain(
      burner.slice(0, 6).toLowerCase(),
    );
    await page.goto(`/me?address=${burner}`);
    expect(await text(page, '[data-testid="nash-balance"]')).toBe('1,000 NASH');
    expect(await text(page, '[data-testid="me-none"]')).toContain('No threats made by this address yet');
    await screenshot(page, 'desk-me-dev-wallet');
  });

  it("shows the maker's threats with status on /me, and she claims her NASH forfeit dividends", async () => {
    const page = await stack.newPage();
    await installInjectedWallet(page, { account: jane.address, rpcUrl: stack.rpcUrl });
    await page.goto(`/me?address=${jane.address}`);
    for (const id of Object.values(ids)) await page.getByTestId(`threat-${id}`).waitFor();
    expect(await page.getByTestId(`threat-${ids.open}`).innerText()).toContain('Fulfilled');
    expect(await page.getByTestId(`threat-${ids.escalated}`).innerText()).toContain('Escalated');
    expect(await page.getByTestId(`threat-${ids.forfeited}`).innerText()).toContain('Forfeited');
    expect(await page.getByTestId(`threat-${ids.late}`).innerText()).toContain('Live');

    // The 4 ETH forfeit went to NASH holders; Jane holds NASH, so part of it is hers to claim.
    const claimable = await client.readContract({
      address: stack.deployment.nash,
      abi: nashTokenAbi,
      functionName: 'claimableOf',
      args: [jane.address],
    });
    expect(claimable).toBeGreaterThan(0n);
    expect(await text(page, '[data-testid="claimable"]')).not.toBe('0 ETH');
    expect(await page.getByTestId('claim').isDisabled()).toBe(true); // not connected yet
    await connectInjectedWallet(page);
    await expect.poll(() => page.getByTestId('claim').isEnabled(), { timeout: 30_000 }).toBe(true);
    await page.getByTestId('claim').click();
    await page.locator('[data-testid="tx-status"][data-phase="success"]').waitFor({ timeout: 60_000 });
    const claimed = await client.getContractEvents({
      address: stack.deployment.nash,
      abi: nashTokenAbi,
      eventName: 'DividendClaimed',
      args: { holder: jane.address },
      fromBlock: 0n,
    });
    expect(claimed).toHaveLength(1);
    expect(claimed[0].args.amount).toBe(claimable);
    await expect.poll(() => text(page, '[data-testid="claimable"]'), { timeout: 30_000 }).toBe('0 ETH');
    await screenshot(page, 'desk-me');
  });
});
