// The lint suite must be able to fail: each kind of staleness or format problem makes its command exit non-zero.
// Everything tampered with is a copy in the temp dir; the repository's files are only read.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GAS_SNAPSHOT_ARGS, GAS_TOLERANCE_PERCENT, LINT_CHECKS, sameFiles } from './lint-checks.mjs';
import { ROOT, foundryBin } from './tools.mjs';

const dir = mkdtempSync(join(tmpdir(), 'levetrage-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (cmd, args) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });

describe('lint checks', () => {
  it('cover eslint, prettier, solhint, forge fmt and the generated files, each with a fix', () => {
    expect(LINT_CHECKS.map((c) => c.name)).toEqual([
      'eslint',
      'prettier',
      'solhint',
      'forge fmt',
      'abis current',
      'enums current',
      'gas snapshot current',
    ]);
    for (const c of LINT_CHECKS) expect(c.fix.length).toBeGreaterThan(5);
  });

  it('a stale generated file fails: the ABI comparison and the enum check', () => {
    const a = join(dir, 'a.ts');
    const b = join(dir, 'b.ts');
    writeFileSync(a, 'export const x = 1;\n');
    writeFileSync(b, 'export const x = 2;\n');
    expect(run(process.execPath, ['-e', sameFiles(a, a)]).status).toBe(0);
    expect(run(process.execPath, ['-e', sameFiles(a, b)]).status).toBe(1);
    const enums = join(dir, 'enums.generated.ts');
    copyFileSync(join(ROOT, 'lib', 'contracts', 'enums.generated.ts'), enums);
    expect(run(process.execPath, ['scripts/codegen-enums.mjs', '--check', '--file', enums]).status).toBe(0);
    writeFileSync(enums, readFileSync(enums, 'utf8').replace('Forfeited: 7', 'Forfeited: 8'));
    const stale = run(process.execPath, ['scripts/codegen-enums.mjs', '--check', '--file', enums]);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/is stale: run `npm run codegen`/);
  });

  it('a stale gas snapshot fails', () => {
    const snap = join(dir, '.gas-snapshot');
    const lines = readFileSync(join(ROOT, '.gas-snapshot'), 'utf8').split('\n');
    const i = lines.findIndex((l) => /\(gas: \d+\)$/.test(l));
    // 5 % off: beyond the check's tolerance.
    lines[i] = lines[i].replace(/\(gas: (\d+)\)$/, (_, g) => `(gas: ${Math.round(Number(g) * 1.05)})`);
    writeFileSync(snap, lines.join('\n'));
    const r = run(foundryBin('forge'), [
      'snapshot',
      '--check',
      '--snap',
      snap,
      '--tolerance',
      GAS_TOLERANCE_PERCENT,
      ...GAS_SNAPSHOT_ARGS,
    ]);
    expect(r.stdout + r.stderr).toMatch(/Diff in/);
    expect(r.status).not.toBe(0);
  }, 300_000);

  it('badly formatted code fails prettier --check', () => {
    const bad = join(dir, 'bad.ts');
    writeFileSync(bad, 'const  x = {a:1}\n');
    const r = run(join(ROOT, 'node_modules', '.bin', 'prettier'), ['--check', bad]);
    expect(r.status).not.toBe(0);
  });
});
