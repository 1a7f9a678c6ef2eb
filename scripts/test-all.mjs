#!/usr/bin/env node
// `npm test`: every test suite of the project, one after the other, then ONE summary line
// "N passed, N failed" over all suites. Exits non-zero when a test failed or a suite could not run.
//   typecheck  tsc --noEmit                (the whole project, tests included; 1 check, or 1 failure per error)
//   contracts  forge test --json           (contracts/test/**)
//   unit       vitest --project unit       (lib/**, components/**, scripts/** *.test.*)
//   e2e        vitest --project e2e        (tests/e2e/**: real anvil + contracts + next start + Chromium)
// Skipped / todo tests count as failed: every test must assert something that could fail.
// Flags: --only typecheck,contracts,unit,e2e  run a subset.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNextBuild } from './lib/next-build.mjs';
import { ROOT, foundryBin } from './lib/tools.mjs';

const OUT = join(ROOT, '.dev', 'test-results');
mkdirSync(OUT, { recursive: true });
const argv = process.argv.slice(2);
const onlyIdx = argv.indexOf('--only');
const only = onlyIdx >= 0 ? new Set((argv[onlyIdx + 1] ?? '').split(',')) : null;

/** Runs a command with its output passed through (or captured), resolving with the exit code and stdout. */
function exec(cmd, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    });
    let stdout = '';
    if (capture) child.stdout.on('data', (d) => (stdout += d));
    child.on('error', (e) => resolve({ code: 127, stdout, error: e.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout }));
  });
}

/** forge test --json: { "<file>:<Contract>": { test_results: { "<test>": { status } } } } */
async function contracts() {
  const { code, stdout, error } = await exec(foundryBin('forge'), ['test', '--json'], { capture: true });
  const jsonLine = stdout.split('\n').reverse().find((l) => l.trim().startsWith('{'));
  if (!jsonLine) return { error: `forge test produced no JSON (exit ${code}${error ? `: ${error}` : ''})\n${stdout.slice(-3000)}` };
  const result = JSON.parse(jsonLine);
  let passed = 0, failed = 0, skipped = 0;
  const failures = [];
  for (const [suite, { test_results: tests = {} }] of Object.entries(result)) {
    for (const [name, t] of Object.entries(tests)) {
      if (t.status === 'Success') passed++;
      else if (t.status === 'Skipped') { skipped++; failures.push(`SKIPPED ${suite} ${name}`); }
      else { failed++; failures.push(`FAILED ${suite} ${name}: ${t.reason ?? t.status}`); }
    }
  }
  if (code !== 0 && failed === 0 && skipped === 0) return { error: `forge test exited ${code} without failing tests`, passed };
  return { passed, failed: failed + skipped, skipped, failures };
}

/** tsc --noEmit over the whole project: the e2e build type-checks only the app, so tests are checked here. */
async function typecheck() {
  const { code, stdout } = await exec(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', '.'], { capture: true });
  const errors = stdout.split('\n').filter((l) => /error TS\d+/.test(l));
  if (code !== 0 && errors.length === 0) return { error: `tsc exited ${code}:\n${stdout.slice(-2000)}` };
  return { passed: errors.length ? 0 : 1, failed: errors.length, failures: errors.map((e) => `TYPE ERROR ${e}`) };
}

/** vitest with the json reporter; suites that fail to load count as one failure each. */
async function vitest(project, env = {}) {
  const file = join(OUT, `vitest-${project}.json`);
  rmSync(file, { force: true });
  const { code } = await exec(join(ROOT, 'node_modules', '.bin', 'vitest'), [
    'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`,
  ], { env });
  if (!existsSync(file)) return { error: `vitest (${project}) wrote no report (exit ${code})` };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  const failures = [];
  let brokenFiles = 0;
  for (const f of r.testResults ?? []) {
    const rel = f.name.replace(`${ROOT}/`, '');
    if (f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed')) {
      // A file that failed outside its tests (import error, beforeAll/afterAll hook): its tests show as
      // skipped (counted below); a file with no tests at all counts as one failure.
      if ((f.assertionResults ?? []).length === 0) brokenFiles++;
      failures.push(`FAILED TO RUN ${rel}: ${(f.message ?? '').split('\n')[0] || 'a beforeAll/afterAll hook or the import failed (error printed above)'}`);
    }
    for (const a of f.assertionResults ?? []) {
      if (a.status === 'failed') failures.push(`FAILED ${rel} > ${a.fullName}`);
      if (a.status === 'pending' || a.status === 'skipped' || a.status === 'todo') failures.push(`SKIPPED ${rel} > ${a.fullName}`);
    }
  }
  if ((r.numTotalTests ?? 0) === 0 && brokenFiles === 0) return { error: `vitest (${project}) found no tests` };
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + skipped + brokenFiles, skipped, failures };
}

async function e2e() {
  const t0 = Date.now();
  let dir;
  try {
    const build = await ensureNextBuild({ log: (m) => console.log(`[e2e] ${m}`) });
    dir = build.dir;
    console.log(build.built ? `[e2e] next build took ${(build.ms / 1000).toFixed(0)} s` : '[e2e] next build is up to date');
  } catch (e) {
    return { error: `next build failed: ${e.message.slice(-3000)}` };
  }
  // Every e2e file serves this one build, even if sources change while the suite runs.
  const r = await vitest('e2e', { E2E_APP_DIR: dir });
  return { ...r, note: `incl. build ${((Date.now() - t0) / 1000).toFixed(0)} s total` };
}

const SUITES = [
  ['typecheck', typecheck],
  ['contracts', contracts],
  ['unit', () => vitest('unit')],
  ['e2e', e2e],
];

const rows = [];
let passed = 0, failed = 0, broken = false;
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
  rows.push(`${name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${r.skipped ? ` (${r.skipped} skipped)` : ''} in ${secs} s`);
  for (const f of r.failures.slice(0, 50)) rows.push(`  ${f}`);
}

console.log('\n=== summary ===');
for (const row of rows) console.log(row);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
