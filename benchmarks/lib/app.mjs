// What the browser benchmarks (benchmarks/bundle, benchmarks/public-page) share: Chromium's path and flags, argv
// flags, a median, cleanups on exit, and `next start` of a production build against a local anvil.
import { spawn } from 'node:child_process';
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
