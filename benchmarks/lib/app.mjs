// What the browser benchmarks (benchmarks/bundle, benchmarks/public-page) share: Chromium's path and flags, argv
// flags, a median, cleanups on exit, `next start` of a production build against a local anvil, and one
// Lighthouse run with the figures both reports keep.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/tools.mjs';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** The value after `--name` on the command line, else `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Functions run in reverse order by `cleanup()` (and on Ctrl-C). */
export const cleanups = [];
export async function cleanup() {
  for (const fn of cleanups.reverse()) await fn().catch(() => {});
  cleanups.length = 0;
}
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

/** Resolves once `url` answers below 500; rejects after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5000) })
      .then((r) => r.status < 500)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * `next start` of the build in `dir` on 127.0.0.1:`port`, reading the chain at `rpcUrl`; resolves once `waitPath`
 * answers (stopped by `cleanup()`). Rejects with the tail of next's output when it does not answer in 2 minutes.
 */
export async function startNextApp({ dir, port, rpcUrl, waitPath = '/' }) {
  const next = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/next/dist/bin/next'), 'start', dir, '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      env: { ...process.env, LOCAL_RPC_URL: rpcUrl, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  next.stdout.on('data', (d) => (output += d));
  next.stderr.on('data', (d) => (output += d));
  cleanups.push(async () => {
    try {
      process.kill(-next.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}${waitPath}`, 120_000).catch((e) => {
    throw new Error(`${e.message}; next start said:\n${output.slice(-3000)}`);
  });
  return { origin };
}

/**
 * One Lighthouse 12 run of `url` (performance only, default mobile preset) in a fresh Chromium, at CPU slowdown
 * `cpu` (Lighthouse's default is 4). The machine's 1-minute load average is taken before the run, because the
 * simulated CPU cost scales with what else runs on this shared machine.
 */
export async function lighthouseRun(url, { cpu = 4 } = {}) {
  const [lighthouse, chromeLauncher, constants] = await Promise.all([
    import('lighthouse').then((m) => m.default),
    import('chrome-launcher'),
    import('lighthouse/core/config/constants.js'),
  ]);
  const loadAvg1m = Number(loadavg()[0].toFixed(2));
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      onlyCategories: ['performance'],
      logLevel: 'error',
      throttling: { ...constants.throttling.mobileSlow4G, cpuSlowdownMultiplier: cpu },
    });
    const a = lhr.audits;
    return {
      cpuSlowdownMultiplier: cpu,
      score: Math.round(lhr.categories.performance.score * 100),
      fcpMs: Math.round(a['first-contentful-paint'].numericValue),
      lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(a['total-blocking-time'].numericValue),
      cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(4)),
      speedIndexMs: Math.round(a['speed-index'].numericValue),
      ttiMs: Math.round(a.interactive?.numericValue ?? 0),
      totalByteWeight: Math.round(a['total-byte-weight'].numericValue),
      // where the blocking time comes from: all main-thread work, and the part that is script evaluation
      mainThreadMs: Math.round(a['mainthread-work-breakdown'].numericValue),
      scriptBootupMs: Math.round(a['bootup-time'].numericValue),
      // Lighthouse's measure of this machine's CPU (its 4x slowdown assumes a desktop of about 1,500-2,000)
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      loadAvg1m,
    };
  } finally {
    await chrome.kill();
  }
}
