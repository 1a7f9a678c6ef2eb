#!/usr/bin/env node
// `npm test`: every test suite of the project, one after the other, then ONE summary line
// "N passed, N failed" over all suites. Exits non-zero when a test failed or a suite could not run.
//   typecheck  tsc --noEmit                (the whole project, tests included; 1 check, or 1 failure per error)
//   lint       eslint, prettier --check, solhint, forge fmt --check, and that abis.generated.ts,
//              enums.generated.ts and .gas-snapshot are current (scripts/lib/lint-checks.mjs; 1 check each)
//   contracts  forge test --json           (contracts/test/**)
//   unit       vitest --project unit       (lib/**, components/**, scripts/** *.test.*)
//   indexer    vitest --project indexer    (indexer/test/**: real anvil + contracts + the Ponder indexer on
//                                          PGlite and on a Postgres it starts; needs initdb/pg_ctl)
//   notifier   vitest --project notifier   (notifier/test/**: real anvil + contracts + indexer + notifier, a real
//                                          SMTP server and HTTP receiver)
//   e2e        vitest --project e2e        (tests/e2e/**: real anvil + contracts + next start + Chromium)
// Skipped / todo tests count as failed: every test must assert something that could fail.
// Flags: --only typecheck,lint,contracts,unit,indexer,notifier,e2e  run a subset.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LINT_CHECKS } from './lib/lint-checks.mjs';
import { ensureNextBuild } from './lib/next-build.mjs';
import { forgeCounts, forgeJsonFromStdout, summaryLine, vitestCounts } from './lib/test-report.mjs';
import { ROOT, foundryBin } from './lib/tools.mjs';

const OUT = join(ROOT, '.dev', 'test-results');
mkdirSync(OUT, { recursive: true });
const argv = process.argv.slice(2);
const onlyIdx = argv.indexOf('--only');
const only = onlyIdx >= 0 ? new Set((argv[onlyIdx + 1] ?? '').split(',')) : null;

/** Runs a command with its output passed through (or captured), resolving with the exit code and stdout. */
function exec(cmd, args, { capture = false, stderr = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', stderr ? 'pipe' : 'inherit'],
    });
    let stdout = '';
    if (capture) child.stdout.on('data', (d) => (stdout += d));
    if (stderr) child.stderr.on('data', (d) => (stdout += d)); // captured with stdout, shown if the check fails
    child.on('error', (e) => resolve({ code: 127, stdout, error: e.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

/** forge test --json, counted per test. */
async function contracts() {
  const { code, stdout, error } = await exec(foundryBin('forge'), ['test', '--json'], { capture: true });
  const result = forgeJsonFromStdout(stdout);
  if (!result)
    return { error: `forge test produced no JSON (exit ${code}${error ? `: ${error}` : ''})\n${stdout.slice(-3000)}` };
  const counts = forgeCounts(result);
  if (code !== 0 && counts.failed === 0)
    return { error: `forge test exited ${code} without failing tests`, passed: counts.passed };
  return counts;
}

/** tsc --noEmit over the whole project: the e2e build type-checks only the app, so tests are checked here. */
async function typecheck() {
  const { code, stdout } = await exec(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', '.'], {
    capture: true,
  });
  const errors = stdout.split('\n').filter((l) => /error TS\d+/.test(l));
  if (code !== 0 && errors.length === 0) return { error: `tsc exited ${code}:\n${stdout.slice(-2000)}` };
  return { passed: errors.length ? 0 : 1, failed: errors.length, failures: errors.map((e) => `TYPE ERROR ${e}`) };
}

/** Every check of LINT_CHECKS, one pass or one failure each, its output shown only when it fails. */
async function lint() {
  let passed = 0;
  const failures = [];
  for (const check of LINT_CHECKS) {
    let output = '';
    let code = 0;
    for (const [cmd, args] of check.steps()) {
      const r = await exec(cmd, args, { capture: true, stderr: true });
      output += r.stdout + (r.error ? `\n${r.error}` : '');
      code = r.code;
      if (code !== 0) break;
    }
    if (code === 0) {
      passed++;
      console.log(`  ok    ${check.name}`);
    } else {
      console.log(
        `  FAIL  ${check.name} (exit ${code}): ${check.fix}\n${output.trim().split('\n').slice(-40).join('\n')}`,
      );
      failures.push(`LINT ${check.name}: ${check.fix}`);
    }
  }
  return { passed, failed: failures.length, failures };
}

/** vitest with the json reporter (counted by vitestCounts). */
async function vitest(project, env = {}) {
  const file = join(OUT, `vitest-${project}.json`);
  rmSync(file, { force: true });
  const { code } = await exec(
    join(ROOT, 'node_modules', '.bin', 'vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    { env },
  );
  if (!existsSync(file)) return { error: `vitest (${project}) wrote no report (exit ${code})` };
  const counts = vitestCounts(JSON.parse(readFileSync(file, 'utf8')), ROOT);
  if (counts.total === 0 && counts.brokenFiles === 0) return { error: `vitest (${project}) found no tests` };
  return counts;
}

/** Builds the app once (snapshot of the working tree), then runs every e2e file against that build. */
async function e2e() {
  let dir;
  try {
    const build = await ensureNextBuild({ log: (m) => console.log(`[e2e] ${m}`) });
    dir = build.dir;
    console.log(
      build.built ? `[e2e] next build took ${(build.ms / 1000).toFixed(0)} s` : '[e2e] next build is up to date',
    );
  } catch (e) {
    return { error: `next build failed: ${e.message.slice(-3000)}` };
  }
  // Every e2e file serves this one build, even if sources change while the suite runs.
  return vitest('e2e', { E2E_APP_DIR: dir });
}

const SUITES = [
  ['typecheck', typecheck],
  ['lint', lint],
  ['contracts', contracts],
  ['unit', () => vitest('unit')],
  ['indexer', () => vitest('indexer', { PONDER_TELEMETRY_DISABLED: 'true' })],
  ['notifier', () => vitest('notifier', { PONDER_TELEMETRY_DISABLED: 'true' })],
  ['e2e', e2e],
];

const rows = [];
let passed = 0,
  failed = 0,
  broken = false;
for (const [name, run] of SUITES) {
  if (only && !only.has(name)) continue;
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  const r = await run();
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  if (r.error) {
    broken = true;
    failed += 1 + (r.failed ?? 0);
    passed += r.passed ?? 0;
    rows.push(`${name.padEnd(10)} COULD NOT RUN (${secs} s): ${r.error.split('\n')[0]}`);
    console.error(r.error);
    continue;
  }
  passed += r.passed;
  failed += r.failed;
  rows.push(
    `${name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? ` (${r.skipped} skipped)` : ''} in ${secs} s`,
  );
  for (const f of r.failures.slice(0, 50)) rows.push(`  ${f}`);
}

console.log('\n=== summary ===');
for (const row of rows) console.log(row);
console.log(summaryLine(passed, failed));
process.exit(failed > 0 || broken ? 1 : 0);
