// The `lint` suite of `npm test` (scripts/test-all.mjs; alone: `npm run lint`): one check per tool, each one pass
// or one failure in the final count. A check fails when its command exits non-zero (or cannot start).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, foundryBin } from './tools.mjs';

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** wagmi generate into .dev/ with the project's config, so the committed ABIs can be compared with a fresh run. */
const ABI_CHECK_OUT = '.dev/abis.check.generated.ts';
function abiCheckConfig() {
  mkdirSync(join(ROOT, '.dev'), { recursive: true });
  const file = join(ROOT, '.dev', 'wagmi.check.config.ts');
  writeFileSync(
    file,
    `import config from '../wagmi.config';\nexport default { ...config, out: '${ABI_CHECK_OUT}' };\n`,
  );
  return '.dev/wagmi.check.config.ts';
}

/**
 * What `.gas-snapshot` covers (`npm run gas` writes it, the lint check compares): the unit and benchmark tests, whose
 * gas is a property of the contracts. Left out: the fuzz tests (their figures are means over random inputs) and the
 * one test that reads the compiled artifacts (its gas follows the size of the JSON files, not the contracts).
 */
export const GAS_SNAPSHOT_ARGS = [
  '--match-path',
  'contracts/test/{unit,benchmark}/*',
  '--no-match-test',
  'test_CoreAndExtensionImplementExactlyTheInterface',
];
/** A change under this many percent is not a stale snapshot (a different machine may round a test differently). */
export const GAS_TOLERANCE_PERCENT = '1';

/**
 * @typedef {{ name: string, fix: string, steps: () => Array<[cmd: string, args: string[]]> }} LintCheck
 * `steps` run in order; the check passes when all exit 0. `fix` says how to make it pass.
 */

/** @type {LintCheck[]} */
export const LINT_CHECKS = [
  {
    name: 'eslint',
    fix: 'fix the reported code (npx eslint . --fix for the mechanical ones)',
    steps: () => [[bin('eslint'), ['.', '--max-warnings', '0']]],
  },
  {
    name: 'prettier',
    fix: 'npm run format',
    steps: () => [[bin('prettier'), ['--check', '.']]],
  },
  {
    name: 'solhint',
    fix: 'fix the reported Solidity (rules and exceptions: .solhint.json, CONTRIBUTING.md)',
    steps: () => [[bin('solhint'), ['--max-warnings', '0', 'contracts/**/*.sol']]],
  },
  {
    name: 'forge fmt',
    fix: 'npm run format',
    steps: () => [[foundryBin('forge'), ['fmt', '--check', 'contracts']]],
  },
  {
    name: 'abis current',
    fix: 'npm run codegen (lib/contracts/abis.generated.ts follows the contracts)',
    steps: () => [
      [bin('wagmi'), ['generate', '--config', abiCheckConfig()]],
      [process.execPath, ['-e', sameFiles(ABI_CHECK_OUT, 'lib/contracts/abis.generated.ts')]],
    ],
  },
  {
    name: 'enums current',
    fix: 'npm run codegen (lib/contracts/enums.generated.ts follows contracts/src/types/DataTypes.sol)',
    steps: () => [[process.execPath, ['scripts/codegen-enums.mjs', '--check']]],
  },
  {
    name: 'gas snapshot current',
    fix: 'npm run gas (.gas-snapshot: forge snapshot of contracts/test/{unit,benchmark})',
    steps: () => [
      [foundryBin('forge'), ['snapshot', '--check', '--tolerance', GAS_TOLERANCE_PERCENT, ...GAS_SNAPSHOT_ARGS]],
    ],
  },
];

/** A `node -e` program that exits 1 unless two files are byte-identical. */
export function sameFiles(a, b) {
  return (
    `const fs = require('fs');` +
    `if (!fs.readFileSync(${JSON.stringify(a)}).equals(fs.readFileSync(${JSON.stringify(b)}))) {` +
    `console.error(${JSON.stringify(`${b} differs from a fresh \`wagmi generate\``)}); process.exit(1); }`
  );
}
