import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go (gitignored; CI keeps them as artifacts). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/**
 * Saves full-page screenshots of `page` at phone (390x844) and desktop (1280x800) sizes as
 * test-results/screenshots/<name>-phone.png and <name>-desktop.png, then restores the viewport.
 * @returns the two file paths
 */
export async function screenshot(page: Page, name: string): Promise<{ phone: string; desktop: string }> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be letters, digits, ".", "-" or "_": ${name}`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const before = page.viewportSize();
  const phone = join(SCREENSHOT_DIR, `${name}-phone.png`);
  const desktop = join(SCREENSHOT_DIR, `${name}-desktop.png`);
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: phone, fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: desktop, fullPage: true });
  if (before) await page.setViewportSize(before);
  return { phone, desktop };
}
