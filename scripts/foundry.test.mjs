// The foundry launcher must fail when forge fails (the npm wrappers in node_modules/.bin always exit 0).
// A throwaway foundry project in the temp dir, with one passing and one deliberately failing test, so no
// failing test ever lives under contracts/test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, foundryBin } from './lib/tools.mjs';

const LAUNCHER = join(ROOT, 'scripts', 'foundry.mjs');
let dir;

/** Runs `node scripts/foundry.mjs forge test --match-contract <name>` in the temp project. */
function forgeTest(contract) {
  return spawnSync(process.execPath, [LAUNCHER, 'forge', 'test', '--root', dir, '--match-contract', contract], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FOUNDRY_PROFILE: 'default' },
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'levetrage-forge-exit-'));
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'test'));
  writeFileSync(
    join(dir, 'foundry.toml'),
    `[profile.default]\nsrc = "src"\ntest = "test"\nout = "out"\nlibs = []\noffline = true\n` +
      `solc = ${JSON.stringify(join(ROOT, 'scripts', 'solc.cjs'))}\n`,
  );
  writeFileSync(
    join(dir, 'test', 'Exit.t.sol'),
    `// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

contract PassingTest {
    function test_passes() public pure {}
}

contract FailingTest {
    function test_failsOnPurpose() public pure {
        revert("deliberately failing test");
    }
}
`,
  );
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/foundry.mjs (native foundry binaries, real exit codes)', () => {
  it('resolves the native binary, never the always-0 npm wrapper', () => {
    for (const tool of ['forge', 'cast', 'anvil']) {
      const bin = foundryBin(tool);
      expect(bin).toContain(join('node_modules', '@foundry-rs'));
      expect(bin).not.toContain(join('node_modules', '.bin'));
    }
  });

  it('exits non-zero when a forge test fails', () => {
    const r = forgeTest('FailingTest');
    expect(r.stdout + r.stderr).toMatch(/deliberately failing test/);
    expect(r.status).not.toBe(0);
  }, 120_000);

  it('exits 0 when the tests pass', () => {
    const r = forgeTest('PassingTest');
    expect(r.stdout + r.stderr).toMatch(/1 passed/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('refuses an unknown tool with a usage message', () => {
    const r = spawnSync(process.execPath, [LAUNCHER, 'solc'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: node scripts\/foundry\.mjs <forge\|cast\|anvil>/);
  });
});

describe('package.json scripts', () => {
  it('run forge, cast and anvil only through the launcher', async () => {
    const { readFileSync } = await import('node:fs');
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const direct = Object.entries(scripts).filter(([, cmd]) => /(^|[\s;&|])(forge|cast|anvil)\s/.test(cmd));
    const bad = direct.filter(([, cmd]) => !/node scripts\/foundry\.mjs (forge|cast|anvil)\s/.test(cmd));
    expect(direct.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
