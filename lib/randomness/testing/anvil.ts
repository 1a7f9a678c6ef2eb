import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Abi, Hex } from 'viem';
import { startAnvil as startProjectAnvil } from '../../../scripts/lib/anvil.mjs';
import { testPort } from '../../../scripts/lib/tools.mjs';

/**
 * Test-only helpers: a real anvil on the beacons port (8600) and forge artifacts. Not imported by the app.
 */

/** The port the beacons tests use (other suites use their own). */
export const BEACONS_ANVIL_PORT = testPort(8600);

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A running anvil and how to stop it. */
export interface AnvilHandle {
  rpcUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts anvil on `port` with the project's one launcher (`scripts/lib/anvil.mjs`: Prague by default, so
 * EIP-2935 history and random prevrandao) and waits until it answers. Throws if the port is already taken,
 * so a stray anvil is never reused.
 */
export async function startAnvil(port = BEACONS_ANVIL_PORT): Promise<AnvilHandle> {
  const { rpcUrl, stop } = await startProjectAnvil({ port });
  return { rpcUrl, stop };
}

/** ABI and creation bytecode of a forge artifact (`contracts/out/<file>/<name>.json`). */
export function loadArtifact(file: string, name: string): { abi: Abi; bytecode: Hex } {
  const path = join(repoRoot, 'contracts', 'out', file, `${name}.json`);
  let json: { abi: Abi; bytecode: { object: Hex } };
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`missing forge artifact ${path}: run \`node_modules/.bin/forge build\` first (${String(e)})`);
  }
  return { abi: json.abi, bytecode: json.bytecode.object };
}
