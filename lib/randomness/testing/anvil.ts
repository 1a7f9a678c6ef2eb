import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Abi, Hex } from 'viem';

/**
 * Test-only helpers: a real anvil on the beacons port (8600) and forge artifacts. Not imported by the app.
 */

/** The port the beacons tests use (other suites use their own). */
export const BEACONS_ANVIL_PORT = 8600;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A running anvil and how to stop it. */
export interface AnvilHandle {
  rpcUrl: string;
  stop: () => Promise<void>;
}

async function rpcReady(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `node_modules/.bin/anvil --port <port>` (Prague by default: EIP-2935 history, random prevrandao)
 * and waits until it answers. Throws if the port is already taken, so a stray anvil is never reused.
 */
export async function startAnvil(port = BEACONS_ANVIL_PORT): Promise<AnvilHandle> {
  const rpcUrl = `http://127.0.0.1:${port}`;
  if (await rpcReady(rpcUrl)) throw new Error(`port ${port} is already serving JSON-RPC; stop that anvil first`);
  const bin = join(repoRoot, 'node_modules', '.bin', 'anvil');
  const child: ChildProcess = spawn(bin, ['--port', String(port), '--silent'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`anvil exited with ${child.exitCode}: ${stderr}`);
    if (await rpcReady(rpcUrl)) {
      return {
        rpcUrl,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`anvil did not answer on ${rpcUrl} within 15 s: ${stderr}`);
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
