// Smoke test of the harness and the home page: the seeded white-paper threats are read from the chain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levetrageAbi } from '../../../lib/contracts/abis.generated';
import { publicClientFor } from '../../../scripts/lib/chain-clients';
import { screenshot, startStack, stopStack, type Stack } from './index';

describe('home page', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seed: true });
  });
  afterAll(async () => {
    await stopStack();
  });

  it('lists every seeded threat, as the chain has them', async () => {
    const client = await publicClientFor(stack.rpcUrl);
    const nextId = await client.readContract({
      address: stack.deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'nextId',
    });
    expect(stack.seeded.map((s) => s.key)).toEqual(['jane-refund', 'jane-law-firm', 'joe-pinata', 'mike-raise']);
    expect(nextId).toBe(BigInt(stack.seeded.length + 1));

    const page = await stack.newPage();
    await page.goto('/');
    const rows = page.getByTestId('threat-row');
    await expect.poll(() => rows.count()).toBe(stack.seeded.length);
    for (const s of stack.seeded) {
      const row = page.locator(`[data-testid="threat-row"][data-threat-id="${s.id}"]`);
      expect(await row.getAttribute('data-status')).toBe('live');
      expect(await row.locator(`a[href="/t/31337/${s.id}"]`).count()).toBe(1);
      const [threat] = await client.readContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'getThreat',
        args: [s.id],
      });
      expect(threat.beneficiary).toBe(s.maker);
    }
    await expect.poll(() => page.locator('[data-threat-id="3"]').innerText()).toContain('SLAPP');
    await expect.poll(() => page.locator('[data-threat-id="2"]').innerText()).toContain('5% escalation chance');
    for (const href of ['/create', '/calculator', '/provider', '/oracle', '/me']) {
      expect(await page.locator(`nav a[href="${href}"]`).count()).toBe(1);
    }
    await screenshot(page, 'home');
  });

  it('says the chain is down instead of crashing when anvil stops', async () => {
    await stack.stopChain();
    const page = await stack.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByTestId('chain-error').innerText()).toContain('not reachable');
    expect(await page.getByTestId('threat-row').count()).toBe(0);
  });
});
