// axe-core (pinned in package.json) injected into a playwright-core page: the accessibility scan of every page
// in the e2e suite (issue #13 item 10). The rules are axe's defaults (WCAG 2.x A/AA and best practices).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeImpact = 'critical' | 'serious' | 'moderate' | 'minor';

/** One violated rule on the page: its id, impact, help text and the first offending elements. */
export interface AxeViolation {
  id: string;
  impact: AxeImpact | null;
  help: string;
  nodes: number;
  targets: string[];
}

/** The scan of one page: violations and their count per impact. */
export interface AxeReport {
  url: string;
  violations: AxeViolation[];
  counts: Record<AxeImpact, number>;
}

/** Runs axe on the page as it is now (inject once per document). */
export async function axeScan(page: Page): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Result = { id: string; impact: AxeImpact | null; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Result[] }> } })
      .axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const counts: Record<AxeImpact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) if (v.impact) counts[v.impact] += 1;
  return { url: page.url(), violations, counts };
}

/** The serious, critical and moderate violations, readable in a failed assertion. */
export function blocking(report: AxeReport): string[] {
  return report.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious' || v.impact === 'moderate')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes}×: ${v.targets.join(' | ')})`);
}
