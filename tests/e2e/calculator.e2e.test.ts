// Browser test of /calculator on the e2e harness (next start on 3100, headless Chromium). The
// calculator needs no chain, but the harness's stack is the one place that builds and serves the app.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startStack, stopStack, type Stack } from './harness';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stopStack();
});

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

/** Waits for the live update (client router.replace) or a form submit to settle on `selector`'s text. */
const waitForText = (page: Page, selector: string, expected: string) =>
  page.waitForFunction(
    ([sel, want]) => document.querySelector(sel)?.textContent?.trim() === want,
    [selector, expected] as const,
    { timeout: 30_000 },
  );

describe('/calculator', () => {
  it('loads Jane’s §8.1 threat from the presets tab: 100/day vs 5,000/day, with the escalation plot', async () => {
    const page = await stack.newPage();
    await page.goto('/calculator?tab=presets');
    await page.click('[data-preset="jane-threat"] a');
    await page.waitForURL(/tab=threat/);
    expect(await text(page, '[data-stat="cost-maker"] dd')).toBe('100');
    expect(await text(page, '[data-stat="cost-adversary"] dd')).toBe('5,000');
    expect(await text(page, '[data-stat="prob-deadline"] dd')).toBe('78.5%');

    const curve = page.locator('svg[data-chart="escalation-curve"]');
    expect(await curve.count()).toBe(1);
    expect(await curve.locator('circle[data-n]').count()).toBe(31); // day 0 … day 30
    expect(await curve.locator('[data-band] rect').count()).toBe(1); // useful range shaded
    expect(await curve.locator('title').textContent()).toBe('Probability of escalation by day');
    expect(await page.locator('svg[data-chart="cost-per-period"]').count()).toBe(1);
    expect(await page.locator('svg[data-chart="cumulative-cost"]').count()).toBe(1);
    await screenshot(page, 'calculator-threat-jane');
  });

  it('an invalid input shows a message next to the field instead of a plot, and fixing it brings the plot back', async () => {
    const page = await stack.newPage();
    await page.goto('/calculator?tab=presets');
    await page.click('[data-preset="jane-threat"] a');
    await page.waitForURL(/tab=threat/);
    await page.waitForLoadState('networkidle');

    await page.fill('#threat-pPercent', '150');
    await page.waitForSelector('[data-field-error="threat-pPercent"]', { timeout: 30_000 });
    expect(await text(page, '#threat-pPercent-error')).toBe(
      'Escalation probability per period (%) must be a number in (0, 100]',
    );
    expect(await page.getAttribute('#threat-pPercent', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#threat-pPercent', 'aria-describedby')).toContain('threat-pPercent-error');
    expect(await page.locator('svg[data-chart]').count()).toBe(0);
    expect(await page.locator('[data-fix-inputs]').count()).toBe(1);
    expect(await page.content()).not.toContain('NaN');
    expect(new URL(page.url()).searchParams.get('pPercent')).toBe('150'); // the URL follows the form
    await screenshot(page, 'calculator-threat-invalid');

    await page.fill('#threat-pPercent', '10');
    await waitForText(page, '[data-stat="cost-maker"] dd', '200');
    expect(await page.locator('svg[data-chart="escalation-curve"]').count()).toBe(1);
    expect(await page.locator('[data-field-error]').count()).toBe(0);
  });

  it('a shared URL reproduces the result in a fresh browser context', async () => {
    const page = await stack.newPage();
    await page.goto('/calculator'); // Mike, §6.1
    expect(await text(page, '[data-solution="nash"] [data-value="x1"]')).toBe('550,000');
    await page.waitForLoadState('networkidle');
    await page.fill('#split-d1', '200,000');
    await waitForText(page, '[data-solution="nash"] [data-value="x1"]', '600,000');
    const shared = page.url();
    expect(new URL(shared).searchParams.get('d1')).toBe('200,000');
    const pointsHere = await page
      .locator('svg[data-chart="utility-frontier"] [data-point]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-point')}:${e.getAttribute('transform')}`));

    const other = await stack.newPage();
    await other.goto(shared);
    expect(await text(other, '[data-solution="nash"] [data-value="x1"]')).toBe('600,000');
    expect(await text(other, '[data-solution="ks"] [data-value="x1"]')).toBe(
      await text(page, '[data-solution="ks"] [data-value="x1"]'),
    );
    expect(await text(other, '[data-solution="rubinstein"] [data-value="x1"]')).toBe(
      await text(page, '[data-solution="rubinstein"] [data-value="x1"]'),
    );
    const pointsThere = await other
      .locator('svg[data-chart="utility-frontier"] [data-point]')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-point')}:${e.getAttribute('transform')}`));
    expect(pointsThere).toEqual(pointsHere);
    expect(pointsThere.map((p) => p.split(':')[0])).toEqual(['disagreement', 'nash', 'ks', 'rubinstein']);
    await screenshot(other, 'calculator-split-shared');
  });

  it('works with JavaScript off: the GET form computes Jane’s refund and reports bad input on the field', async () => {
    const context = await stack.browser!.newContext({ javaScriptEnabled: false, baseURL: stack.appUrl });
    const page = await context.newPage();
    await page.goto('/calculator?tab=presets');
    await page.click('[data-preset="jane-refund"] a');
    await page.waitForURL(/mode=interval/);
    expect(await text(page, '[data-solution="nash"] [data-value="x"]')).toBe('13,000');
    expect(await text(page, '[data-solution="nash"] ul')).toContain('49,000');
    expect(await page.locator('svg[data-chart="utility-frontier"]').count()).toBe(1);

    await page.fill('#split-hi', '-5');
    await Promise.all([page.waitForURL(/hi=-5/), page.click('form#split button[type="submit"]')]);
    expect(await text(page, '#split-hi-error')).toBe('Interval end (hi) must be greater than its start (lo)');
    expect(await page.locator('svg[data-chart]').count()).toBe(0);
    await screenshot(page, 'calculator-split-nojs-invalid');
    await context.close();
  });

  it('tabs are links that keep the inputs', async () => {
    const page = await stack.newPage();
    await page.goto('/calculator?tab=threat&pPercent=2');
    await page.click('a[data-tab="split"]');
    await page.waitForURL(/tab=split/);
    expect(new URL(page.url()).searchParams.get('pPercent')).toBe('2');
    await page.click('a[data-tab="threat"]');
    await page.waitForURL(/tab=threat/);
    expect(await page.inputValue('#threat-pPercent')).toBe('2');
    expect(await page.getAttribute('a[data-tab="threat"]', 'aria-current')).toBe('page');
  });

  it('stays light: the JavaScript the page loads is under 150 kB gzipped (no wallet stack, no chart library)', async () => {
    const page = await stack.newPage();
    const sizes: Array<{ url: string; gzip: number }> = [];
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response
          .body()
          .then((body) => void sizes.push({ url: response.url(), gzip: gzipSync(body).length }))
          .catch(() => {}),
      );
    });
    await page.goto('/calculator?tab=threat', { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`/calculator first-load JS: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} kB gzipped`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(150 * 1024);
    expect(sizes.some((s) => /rainbow|wagmi|walletconnect/i.test(s.url))).toBe(false);
  });
});
