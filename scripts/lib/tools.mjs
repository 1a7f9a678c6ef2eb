// Paths of the repo and of the foundry binaries installed from npm (@foundry-rs/*).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The foundry tools installed from npm (`@foundry-rs/<tool>`). */
export const FOUNDRY_TOOLS = ['forge', 'cast', 'anvil'];

/**
 * The native binary of a foundry tool, from its platform package `@foundry-rs/<tool>-<os>-<arch>`.
 * Never the npm wrapper in node_modules/.bin: it always exits 0, so a failing `forge test` would pass.
 * Spawning the binary directly also lets us signal it (anvil).
 * @param {'anvil' | 'forge' | 'cast'} tool
 */
export function foundryBin(tool) {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const pkg = `@foundry-rs/${tool}-${process.platform}-${arch}`;
  const native = join(ROOT, 'node_modules', pkg, 'bin', tool);
  if (existsSync(native)) return native;
  throw new Error(
    `${tool} not found at ${native}: run \`npm install\` first (it comes from the @foundry-rs/${tool} package, ` +
      `whose platform package ${pkg} must be installed)`,
  );
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
