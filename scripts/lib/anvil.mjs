// Starts and stops a local anvil chain (chain id 31337, the default "test ... junk" accounts).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { foundryBin, sleep } from './tools.mjs';

/**
 * Sends one JSON-RPC request.
 * @param {string} rpcUrl
 * @param {string} method
 * @param {unknown[]} [params]
 */
export async function rpc(rpcUrl, method, params = []) {
  const res = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/** Resolves when `rpcUrl` answers eth_chainId, or throws after `timeoutMs`. */
export async function waitForRpc(rpcUrl, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      return Number(await rpc(rpcUrl, 'eth_chainId'));
    } catch (e) {
      last = e;
      await sleep(150);
    }
  }
  throw new Error(`No JSON-RPC answer from ${rpcUrl} after ${timeoutMs} ms (${last?.message ?? 'no error'})`);
}

/** Whether something already answers JSON-RPC at `rpcUrl`. */
export async function rpcIsUp(rpcUrl) {
  try {
    await rpc(rpcUrl, 'eth_chainId');
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts anvil.
 * @param {{ port: number, statePath?: string, blockTime?: number, chainId?: number, silent?: boolean, extraArgs?: string[] }} opts
 *   statePath: load/dump the chain there (restart keeps state); blockTime: seconds per block (else automine);
 *   extraArgs: more anvil flags (e.g. `--number N`, the genesis block number).
 * @returns {Promise<{ rpcUrl: string, process: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 */
export async function startAnvil({ port, statePath, blockTime, chainId = 31337, silent = true, extraArgs = [] }) {
  const rpcUrl = `http://127.0.0.1:${port}`;
  if (await rpcIsUp(rpcUrl)) {
    throw new Error(`Port ${port} already answers JSON-RPC: another anvil is running there. Stop it first.`);
  }
  const args = ['--host', '127.0.0.1', '--port', String(port), '--chain-id', String(chainId), '--accounts', '10'];
  if (blockTime) args.push('--block-time', String(blockTime));
  if (statePath) {
    mkdirSync(dirname(statePath), { recursive: true });
    args.push('--state', statePath, '--state-interval', '30');
  }
  if (silent) args.push('--silent');
  args.push(...extraArgs);
  const child = spawn(foundryBin('anvil'), args, { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  const exitPromise = new Promise((r) =>
    child.once('exit', () => {
      exited = true;
      r();
    }),
  );
  try {
    await Promise.race([
      waitForRpc(rpcUrl),
      exitPromise.then(() => {
        throw new Error(`anvil exited early (exit code ${child.exitCode})`);
      }),
    ]);
  } catch (e) {
    if (!exited) child.kill('SIGKILL');
    throw e;
  }
  return {
    rpcUrl,
    process: child,
    /** Stops anvil (SIGINT lets it dump --state), waiting at most 10 s before SIGKILL. */
    stop: async () => {
      if (exited) return;
      child.kill('SIGINT');
      await Promise.race([exitPromise, sleep(10_000)]);
      if (!exited) {
        child.kill('SIGKILL');
        await exitPromise;
      }
    },
  };
}
