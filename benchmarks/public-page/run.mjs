#!/usr/bin/env -S npx tsx
// Benchmark of the public threat page /t/[chainId]/[id] (a benchmark, not a test: no assertions).
//
//   npx tsx benchmarks/public-page/run.mjs [--runs 5] [--app-dir DIR]
//   (tsx: the script imports the TypeScript seed and keeper)
//
// 1. Makes sure a production build exists (`next build --webpack` of a snapshot of the working tree, shared
//    with the e2e harness and skipped when the sources did not change).
// 2. Starts anvil on 8610, deploys the contracts with the forge script, seeds the demo threats, settles a
//    few draws of a probabilistic threat so the page has draws to show.
// 3. Serves the build with `next start -p 3010` (server reads go to anvil 8610 through LOCAL_RPC_URL).
// 4. Loads the page in Chromium and records every script it loads before any interaction: bytes as served
//    (gzip, as next start compresses), raw bytes, and gzip -9 of the raw bytes. Chunks loaded only on click
//    (settle, verify) are measured separately.
// 5. Runs Lighthouse 12 (mobile preset: simulated slow 4G, 4x CPU slowdown) `--runs` times and keeps the median
//    (and the best, and the machine's load average before each run: on a shared 2-core machine the simulated
//    CPU cost of a run scales with what else is running).
// Writes benchmarks/public-page/report.json. Stops everything it started.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const ANVIL_PORT = 8610;
const APP_PORT = 3010;
const { CHROME_FLAGS, CHROME_PATH, arg, cleanup, cleanups, lighthouseRun, median, startNextApp } = await import(
  join(ROOT, 'benchmarks/lib/app.mjs')
);
const RUNS = Number(arg('runs') ?? 5);
/** `--app-dir DIR`: serve an existing production build in DIR (a copy of the repo) instead of building here. */
const APP_DIR = arg('app-dir') ?? ROOT;

const { ensureNextBuild } = await import(join(ROOT, 'scripts/lib/next-build.mjs'));
const { startAnvil, rpc } = await import(join(ROOT, 'scripts/lib/anvil.mjs'));
const { deployContracts } = await import(join(ROOT, 'scripts/lib/deploy.mjs'));
const { seedDemo } = await import(join(ROOT, 'scripts/seed.ts'));
const { settleDueOnce } = await import(join(ROOT, 'scripts/keeper.ts'));
const { createTestThreat } = await import(join(ROOT, 'lib/threats/test-helpers.ts'));
const { devAccount } = await import(join(ROOT, 'scripts/lib/dev-accounts.mjs'));
const { createPublicClient, http } = await import('viem');
const { chromium } = await import('playwright-core');

const log = (...a) => console.log('[bench]', ...a);

try {
  let build = { built: false, ms: 0, dir: APP_DIR };
  if (APP_DIR === ROOT) {
    log('next build (skipped when unchanged) ...');
    build = await ensureNextBuild({ log });
    log(build.built ? `built in ${build.ms} ms in ${build.dir}` : `build up to date in ${build.dir}`);
  }

  const anvil = await startAnvil({ port: ANVIL_PORT });
  cleanups.push(() => anvil.stop());
  await deployContracts({ rpcUrl: anvil.rpcUrl });
  const seeded = await seedDemo(anvil.rpcUrl);
  const target = seeded.find((s) => s.key === 'jane-law-firm');
  // A second threat whose draws always come out neutral (p = 1e-9), so a draw is surely due when the lazy
  // "trigger draws" chunk is measured, whatever Jane's random draws did.
  const deployment = { ...(await import(join(ROOT, 'lib/contracts/deployments.ts'))).getDeployment(31337) };
  const quiet = await createTestThreat(
    createPublicClient({ transport: http(anvil.rpcUrl) }),
    anvil.rpcUrl,
    deployment,
    {
      maker: devAccount('joe').address,
      provider: devAccount('prFirm').address,
      agreementHash: `0x${'ab'.repeat(32)}`,
      terminators: [devAccount('oracle').address],
      duration: 3 * 3600,
      timeoutAction: 0,
      terms: 'Benchmark threat (neutral draws).',
      stake: '1',
      odds: { period: 180, pEscalate: 1, pTerminate: 0 },
    },
  );
  // Three periods of 3 minutes pass; the keeper requests, the beacon block is mined, the keeper settles.
  await rpc(anvil.rpcUrl, 'evm_increaseTime', [3 * 180 + 1]);
  await rpc(anvil.rpcUrl, 'anvil_mine', ['0x1']);
  await settleDueOnce(anvil.rpcUrl);
  await rpc(anvil.rpcUrl, 'anvil_mine', ['0x3']);
  await settleDueOnce(anvil.rpcUrl);
  // One more period passes, so the page offers "Trigger due draws" (its lazy chunk is measured on click).
  await rpc(anvil.rpcUrl, 'evm_increaseTime', [181]);
  await rpc(anvil.rpcUrl, 'anvil_mine', ['0x1']);
  const path = `/t/31337/${target.id}`;
  log(`page ${path}`);

  await startNextApp({ dir: build.dir, port: APP_PORT, rpcUrl: anvil.rpcUrl, waitPath: path });
  const url = `http://127.0.0.1:${APP_PORT}${path}`;
  await fetch(url); // warm the server

  // Scripts the page loads, in Chromium (phone viewport).
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS, headless: true });
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const scripts = new Map();
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script') return;
    const body = await res.body().catch(() => null);
    if (!body) return;
    const sizes = await res
      .request()
      .sizes()
      .catch(() => null);
    scripts.set(res.url(), {
      url: res.url().replace(`http://127.0.0.1:${APP_PORT}`, ''),
      raw: body.length,
      gzip9: gzipSync(body, { level: 9 }).length,
      transferred: sizes ? sizes.responseBodySize : null,
      encoding: (await res.allHeaders())['content-encoding'] ?? 'identity',
    });
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'networkidle' });
  const loadMs = Date.now() - t0;
  const initial = [...scripts.values()];
  scripts.clear();
  // Lazy chunks: the draw verifier and the settle code (click verify; settle fails fast without a wallet).
  await page.click('[data-testid^="verify-draw-"]');
  await page.waitForSelector('[data-testid^="verify-result-"]');
  await page.waitForLoadState('networkidle');
  const lazyVerify = [...scripts.values()];
  scripts.clear();
  // The settle code: a threat with a due draw; without a wallet the click fails fast with a message.
  await page.goto(`http://127.0.0.1:${APP_PORT}/t/31337/${quiet}`, { waitUntil: 'networkidle' });
  scripts.clear();
  await page.click('[data-testid="settle-button"]');
  await page.waitForSelector('[data-testid="settle-error"]');
  await page.waitForLoadState('networkidle');
  const lazySettle = [...scripts.values()];
  const lazy = [...lazyVerify, ...lazySettle];
  const sum = (xs, k) => xs.reduce((a, x) => a + (x[k] ?? 0), 0);
  const js = {
    initialScripts: initial.length,
    initialTransferredBytes: sum(initial, 'transferred'),
    initialGzip9Bytes: sum(initial, 'gzip9'),
    initialRawBytes: sum(initial, 'raw'),
    served: [...new Set(initial.map((s) => s.encoding))],
    lazyOnClickGzip9Bytes: sum(lazy, 'gzip9'),
    lazyOnClickScripts: lazy.length,
    lazyVerifyDrawGzip9Bytes: sum(lazyVerify, 'gzip9'),
    lazyTriggerDrawsGzip9Bytes: sum(lazySettle, 'gzip9'),
    files: initial.sort((a, b) => b.gzip9 - a.gzip9),
    lazyFiles: lazy.sort((a, b) => b.gzip9 - a.gzip9),
  };
  const html = Buffer.from(await (await fetch(url)).arrayBuffer());
  log(
    `initial JS: ${initial.length} scripts, ${(js.initialGzip9Bytes / 1024).toFixed(1)} kB gzip -9, ${(js.initialTransferredBytes / 1024).toFixed(1)} kB transferred`,
  );

  // Lighthouse, mobile preset.
  const lhRuns = [];
  for (let i = 0; i < RUNS; i++) {
    lhRuns.push(await lighthouseRun(url));
    log(`lighthouse run ${i + 1}: performance ${lhRuns.at(-1).score}`);
  }

  const report = {
    page: '/t/[chainId]/[id]',
    measuredAt: new Date().toISOString(),
    url: path,
    machine: {
      node: process.version,
      cpus: cpus().length,
      loadAvg1mAtEnd: Number(loadavg()[0].toFixed(2)),
      chromium: await browser.version(),
    },
    build: {
      command: 'next build --webpack',
      rebuilt: build.built,
      buildMs: build.ms,
      from: APP_DIR === ROOT ? 'snapshot of the working tree (scripts/lib/next-build.mjs)' : APP_DIR,
    },
    htmlBytes: html.byteLength,
    htmlGzip9Bytes: gzipSync(html, { level: 9 }).length,
    firstLoadJs: js,
    budgetGzipBytes: 150 * 1024,
    withinBudget: js.initialGzip9Bytes < 150 * 1024,
    pageLoadMs: loadMs,
    lighthouse: {
      version: '12',
      preset: 'mobile (default config)',
      runs: lhRuns,
      medianScore: median(lhRuns.map((r) => r.score)),
      bestScore: Math.max(...lhRuns.map((r) => r.score)),
      medianLcpMs: median(lhRuns.map((r) => r.lcpMs)),
      medianTbtMs: median(lhRuns.map((r) => r.tbtMs)),
    },
  };
  writeFileSync(join(HERE, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  log(
    `lighthouse median performance ${report.lighthouse.medianScore}; report written to benchmarks/public-page/report.json`,
  );
} catch (e) {
  console.error('[bench] failed:', e?.stack ?? e);
  process.exitCode = 1;
} finally {
  await cleanup();
}
