#!/usr/bin/env -S npx tsx
// Benchmark of the JavaScript every route loads at first visit, and Lighthouse mobile performance of the
// pages newcomers land on (a benchmark, not a test: no assertions).
//
//   npx tsx benchmarks/bundle/run.mjs [--label after] [--runs 3] [--lh-routes /,/create,/provider,/oracle,/me]
//                                     [--app-dir DIR]  (serve a build made elsewhere, e.g. of the code before)
//
// 1. Makes sure a production build exists (`next build --webpack` of a snapshot of the working tree, shared
//    with the e2e harness, skipped when the sources did not change).
// 2. Starts anvil (8660 + TEST_PORT_OFFSET), deploys the contracts, seeds the white paper's threats.
// 3. Serves the build with `next start` (3060 + TEST_PORT_OFFSET).
// 4. For every route: a fresh Chromium context (390x844, empty storage = a first visit, no wallet), loads the
//    page and records every script loaded until the network is idle and 1.5 s more (this includes what
//    Next.js prefetches for the links in view), by gzip -9 of the raw bytes. Scripts named in the HTML
//    document are counted separately ("document").
// 5. Lighthouse 12, default mobile preset (simulated slow 4G, 4x CPU), `--runs` times per Lighthouse route, each
//    run repeated with the CPU slowdown calibrated to the benchmarkIndex it measured (see below).
// Writes benchmarks/bundle/report-<label>.json. Stops everything it started.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const { CHROME_FLAGS, CHROME_PATH, arg, cleanup, cleanups, lighthouseRun, median, startNextApp } = await import(
  join(ROOT, 'benchmarks/lib/app.mjs')
);
const LABEL = arg('label', 'after');
const RUNS = Number(arg('runs', 3));
const LH_ROUTES = arg('lh-routes', '/,/create,/provider,/oracle,/me').split(',').filter(Boolean);
const BUDGET = 200 * 1024;
/** `--app-dir DIR`: serve an existing production build in DIR (e.g. an export of the code before a change). */
const APP_DIR = arg('app-dir');

const { testPort } = await import(join(ROOT, 'scripts/lib/tools.mjs'));
const { ensureNextBuild } = await import(join(ROOT, 'scripts/lib/next-build.mjs'));
const { startAnvil } = await import(join(ROOT, 'scripts/lib/anvil.mjs'));
const { deployContracts } = await import(join(ROOT, 'scripts/lib/deploy.mjs'));
const { seedDemo } = await import(join(ROOT, 'scripts/seed.ts'));
const { devAccount } = await import(join(ROOT, 'scripts/lib/dev-accounts.mjs'));
const { encodeEngagementRequest } = await import(join(ROOT, 'lib/engagements/link.ts'));
const { fileEngagementRequest } = await import(join(ROOT, 'lib/engagements/test-helpers.ts'));
const { encodeFundLink } = await import(join(ROOT, 'lib/funding/fund-link.ts'));
const { PRESETS, presetValues } = await import(join(ROOT, 'lib/wizard/presets.ts'));
const { chromium } = await import('playwright-core');

const ANVIL_PORT = testPort(8660);
const APP_PORT = testPort(3060);
const ORIGIN = `http://127.0.0.1:${APP_PORT}`;
const log = (...a) => console.log('[bundle]', ...a);
const kib = (b) => Number((b / 1024).toFixed(1));

/** Scripts one route loads at a first visit (no storage, no wallet), by gzip -9 bytes. */
async function measureRoute(browser, route) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const scripts = new Map();
  const pending = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      res
        .body()
        .then((body) => {
          const url = res.url().replace(ORIGIN, '');
          if (!scripts.has(url))
            scripts.set(url, { url, raw: body.length, gzip9: gzipSync(body, { level: 9 }).length });
        })
        .catch(() => {}),
    );
  });
  const res = await page.goto(ORIGIN + route, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const html = await res.text();
  // The largest contentful paint of this unthrottled load: which element, and when (a hint for Lighthouse's LCP).
  const lcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().at(-1);
          resolve({
            ms: Math.round(e.startTime),
            element: e.element?.tagName?.toLowerCase() ?? null,
            text: (e.element?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(null), 1000);
      }),
  );
  const inDocument = (u) => html.includes(u.split('?')[0]);
  const files = [...scripts.values()].sort((a, b) => b.gzip9 - a.gzip9);
  const sum = (xs) => xs.reduce((a, x) => a + x.gzip9, 0);
  const doc = files.filter((f) => inDocument(f.url));
  await context.close();
  return {
    // a link's fragment is long and says nothing about the size: the route is named by what it opens
    route: route.replace(/#.*/, route.startsWith('/engage') ? '#<engagement request>' : '#<fund link>'),
    status: res.status(),
    scripts: files.length,
    gzip9Bytes: sum(files),
    documentGzip9Bytes: sum(doc),
    kib: kib(sum(files)),
    documentKib: kib(sum(doc)),
    withinBudget: sum(files) <= BUDGET,
    lcp,
    files,
  };
}

try {
  let build = { dir: APP_DIR, built: false, ms: 0 };
  if (!APP_DIR) {
    log('next build (skipped when unchanged) ...');
    build = await ensureNextBuild({ log });
    log(build.built ? `built in ${build.ms} ms in ${build.dir}` : `build up to date in ${build.dir}`);
  }

  const anvil = await startAnvil({ port: ANVIL_PORT });
  cleanups.push(() => anvil.stop());
  await deployContracts({ rpcUrl: anvil.rpcUrl });
  await seedDemo(anvil.rpcUrl);
  const lawFirm = devAccount('lawFirm').address;
  const oracle = devAccount('oracle').address;
  const jane = devAccount('jane').address;

  await startNextApp({ dir: build.dir, port: APP_PORT, rpcUrl: anvil.rpcUrl, waitPath: '/calculator' });

  // The two pages that open from a link read it in the browser (the fragment never reaches the server): measured
  // bare (no link: a message) and with a real link, an engagement request and a review-and-fund link.
  const now = Math.floor(Date.now() / 1000);
  const deployment = JSON.parse(readFileSync(join(ROOT, 'lib/contracts/deployments.json'), 'utf8'))['31337'];
  const engageLink = `/engage#${encodeEngagementRequest(
    fileEngagementRequest({ registry: deployment.levetrage, provider: lawFirm, maker: jane, nonce: 9n, now }),
  )}`;
  const fundLink = `/fund#${encodeFundLink({
    chainId: 31337,
    preparedBy: lawFirm,
    values: { ...presetValues(PRESETS[0].id, now, 31337), beneficiary: jane },
  })}`;

  const routes = [
    '/',
    '/calculator',
    '/create',
    '/create?step=review',
    '/me',
    `/me?address=${jane}`,
    '/provider',
    `/provider?address=${lawFirm}`,
    '/oracle',
    `/oracle?address=${oracle}`,
    '/t/31337/1',
    '/ledger',
    '/ledger?status=live&kind=probabilistic',
    '/directory',
    `/a/${lawFirm}`,
    '/engage',
    engageLink,
    '/fund',
    fundLink,
    '/notify',
    '/guide/anonymity',
    '/no-such-page',
  ];
  for (const r of routes) await fetch(ORIGIN + r).catch(() => {}); // warm the server
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS, headless: true });
  cleanups.push(() => browser.close());
  const perRoute = [];
  for (const r of routes) {
    const m = await measureRoute(browser, r);
    perRoute.push(m);
    log(
      `${m.route}: ${m.kib} KiB gzip (${m.scripts} scripts; ${m.documentKib} KiB named in the document); LCP ${JSON.stringify(m.lcp)}`,
    );
  }

  // Each run is made twice: with Lighthouse's default 4x CPU slowdown, and with the slowdown calibrated to the
  // benchmarkIndex that run measured, as Lighthouse's throttling guide asks on a slower host
  // (docs/throttling.md, "Calibrating the CPU slowdown": 4x takes a high-end desktop, benchmarkIndex 1,500-2,000,
  // to a mid-tier phone). Calibrated = 4 x index / 1,750 (the middle of that bracket), between 1 and 4, so both
  // runs simulate the same phone whatever this shared machine's speed at that moment.
  const calibrated = (index) => Number(Math.min(4, Math.max(1, (4 * index) / 1750)).toFixed(2));
  const lh = [];
  for (const route of LH_ROUTES) {
    const runs = [];
    const calibratedRuns = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await lighthouseRun(ORIGIN + route);
      runs.push(run);
      const cal = await lighthouseRun(ORIGIN + route, { cpu: calibrated(run.benchmarkIndex) });
      calibratedRuns.push(cal);
      log(
        `lighthouse ${route} run ${i + 1}: performance ${run.score} at 4x (benchmarkIndex ${run.benchmarkIndex}); ` +
          `${cal.score} at ${cal.cpuSlowdownMultiplier}x (calibrated)`,
      );
    }
    const summary = (rs) => ({
      medianScore: median(rs.map((r) => r.score)),
      bestScore: Math.max(...rs.map((r) => r.score)),
      medianLcpMs: median(rs.map((r) => r.lcpMs)),
      medianTbtMs: median(rs.map((r) => r.tbtMs)),
    });
    lh.push({
      route,
      runs,
      ...summary(runs),
      calibrated: { runs: calibratedRuns, ...summary(calibratedRuns) },
    });
  }

  const report = {
    label: LABEL,
    measuredAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus().length,
      loadAvg1mAtEnd: Number(loadavg()[0].toFixed(2)),
      chromium: await browser.version(),
    },
    build: { command: 'next build --webpack', dir: build.dir, rebuilt: build.built, buildMs: build.ms },
    budgetGzipBytes: BUDGET,
    summary: perRoute.map((m) => ({
      route: m.route,
      kib: m.kib,
      documentKib: m.documentKib,
      withinBudget: m.withinBudget,
    })),
    lighthouse: {
      version: '12.2.3',
      preset: 'mobile (default config); each run repeated with the CPU slowdown calibrated to its benchmarkIndex',
      routes: lh,
    },
    routes: perRoute,
  };
  writeFileSync(join(HERE, `report-${LABEL}.json`), JSON.stringify(report, null, 2) + '\n');
  log(`report written to benchmarks/bundle/report-${LABEL}.json`);
} catch (e) {
  console.error('[bundle] failed:', e?.stack ?? e);
  process.exitCode = 1;
} finally {
  await cleanup();
}
