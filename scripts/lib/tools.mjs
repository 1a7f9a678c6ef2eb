// Paths of the repo and of the foundry binaries installed from npm (@foundry-rs/*).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The native binary of a foundry tool (spawning it directly lets us signal it, not an npm wrapper).
 * Falls back to the npm wrapper in node_modules/.bin.
 * @param {'anvil' | 'forge' | 'cast'} tool
 */
export function foundryBin(tool) {
  const native = join(
    ROOT,
    'node_modules',
    '@foundry-rs',
    `${tool}-${process.platform}-${process.arch === 'x64' ? 'amd64' : process.arch}`,
    'bin',
    tool,
  );
  if (existsSync(native)) return native;
  const wrapper = join(ROOT, 'node_modules', '.bin', tool);
  if (existsSync(wrapper)) return wrapper;
  throw new Error(`${tool} not found: run \`npm install\` first (it comes from the @foundry-rs/${tool} package)`);
}

/**
 * A test's fixed port shifted by TEST_PORT_OFFSET (default 0), so two checkouts can run their suites at once.
 * @param {number} port
 */
export function testPort(port) {
  const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);
  if (!Number.isInteger(offset) || offset < 0 || port + offset > 65535)
    throw new Error(`TEST_PORT_OFFSET must be a small non-negative integer, got "${process.env.TEST_PORT_OFFSET}"`);
  return port + offset;
}

/** Sleeps `ms` milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
