// Builds the Next.js app for the e2e harness (`next build --webpack`) from a snapshot of the working tree in
// a directory outside the repo, one per source state:
//   - a build never touches the repo's .next, so `next dev` servers running in the repo are left alone;
//   - edits made while a build runs do not end up half in it;
//   - a test serving snapshot A keeps working while another run builds snapshot B.
// Unchanged sources reuse the existing build; a lock makes concurrent runs wait instead of building twice.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from './deploy.mjs';
import { ROOT, sleep } from './tools.mjs';

/** The RPC URL inlined into the e2e build's client bundle; the harness reroutes it to each test's anvil. */
export const E2E_BUILD_RPC_URL = 'http://127.0.0.1:8645';

/** Where snapshots live: outside the repo (so tsc / vitest / git never see them), one base per checkout. */
export const SNAPSHOT_BASE = join(
  tmpdir(),
  `levetrage-e2e-${createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`,
);
const LOCK = join(SNAPSHOT_BASE, 'build.lock');
const KEEP = 3;
/**
 * Not part of the app: contracts, docs, scripts, every test file and test-only helpers (`testing/`, `test-helpers.ts`). Leaving tests out keeps a type error in a
 * test from blocking every browser test (`npm test` type-checks the whole project separately) and avoids
 * rebuilding when only tests change.
 */
const SKIP = [
  /^contracts\//,
  /^\.ci\//,
  /^docs\//,
  /^benchmarks\//,
  /^indexer\/test\//,
  /^scripts\//,
  /^tests\//,
  // the indexer's test harness imports scripts/ (skipped): it is no part of the app
  /^indexer\/test\//,
  /\.test\.[cm]?[jt]sx?$/,
  /(^|\/)__tests__\//,
  /(^|\/)testing\//,
  /(^|\/)test-helpers\.[cm]?[jt]sx?$/,
  /^vitest\.config\.ts$/,
  /^wagmi\.config\.ts$/,
  /\.md$/,
];

/** The files of the working tree that git would track (committed or not, minus ignored ones). */
function sourceFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out
    .split('\0')
    .filter(Boolean)
    .filter((f) => !SKIP.some((re) => re.test(f)))
    .filter((f) => existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile())
    .sort();
}

/** A hash of the sources and the build environment: equal hashes mean an identical build. */
export function sourceStamp(files, env) {
  const h = createHash('sha256');
  h.update(JSON.stringify(env));
  for (const f of files) {
    h.update(f);
    h.update('\0');
    h.update(readFileSync(join(ROOT, f)));
  }
  return h.digest('hex').slice(0, 16);
}

async function withLock(fn) {
  mkdirSync(SNAPSHOT_BASE, { recursive: true });
  const until = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than 15 minutes belongs to a crashed build.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 15 * 60_000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`Timed out waiting for ${LOCK} (another e2e build running?)`);
      await sleep(2000);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Snapshot directories, newest first. */
function snapshots() {
  if (!existsSync(SNAPSHOT_BASE)) return [];
  return readdirSync(SNAPSHOT_BASE)
    .filter((d) => d.startsWith('app-'))
    .map((d) => join(SNAPSHOT_BASE, d))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/**
 * Makes sure a production build of the current working tree exists, and returns its directory
 * (serve it with `next start <dir>`).
 * @param {{ log?: (msg: string) => void, force?: boolean }} [opts]
 * @returns {Promise<{ dir: string, built: boolean, ms: number }>} built=false when an identical build existed
 */
export async function ensureNextBuild({ log = () => {}, force = false } = {}) {
  const env = { NEXT_PUBLIC_LOCAL_RPC_URL: E2E_BUILD_RPC_URL, NEXT_TELEMETRY_DISABLED: '1' };
  return withLock(async () => {
    const files = sourceFiles();
    const stamp = sourceStamp(files, env);
    const dir = join(SNAPSHOT_BASE, `app-${stamp}`);
    const done = join(dir, '.next', 'levetrage-build-ok');
    if (!force && existsSync(done)) {
      writeFileSync(done, new Date().toISOString()); // touch: keeps it among the newest
      return { dir, built: false, ms: 0 };
    }
    const failed = join(SNAPSHOT_BASE, `failed-${stamp}.txt`);
    if (!force && existsSync(failed)) {
      throw new Error(
        `next build of these exact sources already failed (fix them, or delete ${failed}):\n${readFileSync(failed, 'utf8')}`,
      );
    }
    const t0 = Date.now();
    const previous = snapshots().find((d) => d !== dir && existsSync(join(d, '.next', 'cache')));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      cpSync(join(ROOT, f), join(dir, f));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    if (previous) cpSync(join(previous, '.next', 'cache'), join(dir, '.next', 'cache'), { recursive: true });
    log(`next build --webpack of the working tree (snapshot ${stamp}) ...`);
    try {
      await run(join(ROOT, 'node_modules', '.bin', 'next'), ['build', '--webpack'], {
        cwd: dir,
        env: { ...process.env, ...env },
      });
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      // A build killed by a signal (exit null: a stopped run) says nothing about the sources: not recorded.
      if (!/\(exit null\)/.test(e.message)) writeFileSync(failed, e.message.slice(-6000));
      throw e;
    }
    writeFileSync(done, new Date().toISOString());
    const all = snapshots();
    for (const old of all.slice(KEEP)) rmSync(old, { recursive: true, force: true });
    // Only the newest build's webpack cache seeds the next build: drop the others' (~400 MB each).
    for (const old of all.slice(1, KEEP)) rmSync(join(old, '.next', 'cache'), { recursive: true, force: true });
    return { dir, built: true, ms: Date.now() - t0 };
  });
}
