// Builds the Next.js app for the e2e harness once per source state (`next build --webpack`), with a stamp
// in .next so unchanged sources skip the build, and a lock so concurrent runs do not build over each other.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { run } from './deploy.mjs';
import { ROOT, sleep } from './tools.mjs';

/** The RPC URL inlined into the e2e build's client bundle; the harness reroutes it to each test's anvil. */
export const E2E_BUILD_RPC_URL = 'http://127.0.0.1:8645';

const STAMP = join(ROOT, '.next', 'levetrage-build-stamp.json');
const LOCK = join(ROOT, '.dev', 'next-build.lock');
const SOURCE_DIRS = ['app', 'components', 'lib', 'public'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];

/** A hash of everything the build depends on: HEAD, plus the content of uncommitted changes and env. */
export function sourceStamp(env) {
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const h = createHash('sha256');
  h.update(git('rev-parse', 'HEAD'));
  const dirty = git('status', '--porcelain', '-uall', '--', ...SOURCE_DIRS, ...SOURCE_FILES)
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3).replace(/^.* -> /, ''))
    .sort();
  for (const f of dirty) {
    h.update(f);
    const p = join(ROOT, f);
    if (existsSync(p) && statSync(p).isFile()) h.update(readFileSync(p));
  }
  h.update(JSON.stringify(env));
  return h.digest('hex');
}

async function withLock(fn) {
  mkdirSync(join(ROOT, '.dev'), { recursive: true });
  const until = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than 15 minutes belongs to a crashed build.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 15 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`Timed out waiting for ${LOCK} (another next build running?)`);
      await sleep(2000);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Makes sure `.next` holds a production build of the current sources for the e2e harness.
 * @param {{ log?: (msg: string) => void, force?: boolean }} [opts]
 * @returns {Promise<{ built: boolean, ms: number }>} built=false when the stamp matched and the build was skipped
 */
export async function ensureNextBuild({ log = () => {}, force = false } = {}) {
  const env = { NEXT_PUBLIC_LOCAL_RPC_URL: E2E_BUILD_RPC_URL, NEXT_TELEMETRY_DISABLED: '1' };
  return withLock(async () => {
    const stamp = sourceStamp(env);
    const t0 = Date.now();
    if (!force && existsSync(STAMP) && existsSync(join(ROOT, '.next', 'BUILD_ID'))) {
      if (JSON.parse(readFileSync(STAMP, 'utf8')).stamp === stamp) return { built: false, ms: 0 };
    }
    log('next build --webpack (sources changed since the last e2e build) ...');
    await run(join(ROOT, 'node_modules', '.bin', 'next'), ['build', '--webpack'], { env: { ...process.env, ...env } });
    writeFileSync(STAMP, JSON.stringify({ stamp, at: new Date().toISOString() }) + '\n');
    return { built: true, ms: Date.now() - t0 };
  });
}
