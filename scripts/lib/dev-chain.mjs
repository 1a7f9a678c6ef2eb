// How the dev loop's side commands (`npm run warp`, `npm run seed`, `npm run keeper`) find the chain of the
// running `npm run dev` (issue #13 item 8): `npm run dev` writes .dev/dev-chain.json with its RPC URL and pid
// (DEV_CHAIN_FILE overrides the path) and removes it on exit; the side commands read it, so a dev loop on
// DEV_ANVIL_PORT is found without being told. An explicit --rpc / argument or RPC_URL still wins.
// Also: the persisted chain's clock never runs backwards across restarts (`keepClockMonotonic`).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { rpc } from './anvil.mjs';
import { ROOT } from './tools.mjs';

export const DEFAULT_RPC_URL = 'http://127.0.0.1:8545';

/** The dev-chain record's path (DEV_CHAIN_FILE or .dev/dev-chain.json). */
export function devChainFile(env = process.env) {
  return env.DEV_CHAIN_FILE || join(ROOT, '.dev', 'dev-chain.json');
}

/** Records the running dev chain (called by `npm run dev` once anvil answers). */
export function writeDevChain({ rpcUrl, chainId = 31337, pid = process.pid }, env = process.env) {
  const file = devChainFile(env);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ rpcUrl, chainId, pid, startedAt: new Date().toISOString() }, null, 2)}\n`);
  return file;
}

/** Removes the record if it is ours (on `npm run dev` exit). */
export function removeDevChain(pid = process.pid, env = process.env) {
  const rec = readDevChain(env, { checkPid: false });
  if (rec && rec.pid === pid) rmSync(devChainFile(env), { force: true });
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** The record, or null when there is none, it is unreadable, or (checkPid) its `npm run dev` is gone. */
export function readDevChain(env = process.env, { checkPid = true } = {}) {
  const file = devChainFile(env);
  if (!existsSync(file)) return null;
  try {
    const rec = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof rec?.rpcUrl !== 'string') return null;
    if (checkPid && Number.isInteger(rec.pid) && !pidAlive(rec.pid)) return null;
    return rec;
  } catch {
    return null;
  }
}

/**
 * The RPC URL a side command should use and where it came from: the explicit one (flag / argument), else
 * RPC_URL, else the running dev chain's record, else 8545.
 * @returns {{ rpcUrl: string, source: 'argument' | 'RPC_URL' | 'dev-chain' | 'default' }}
 */
export function resolveRpcUrl(explicit, env = process.env) {
  if (explicit) return { rpcUrl: explicit, source: 'argument' };
  if (env.RPC_URL) return { rpcUrl: env.RPC_URL, source: 'RPC_URL' };
  const rec = readDevChain(env);
  if (rec) return { rpcUrl: rec.rpcUrl, source: 'dev-chain' };
  return { rpcUrl: DEFAULT_RPC_URL, source: 'default' };
}

/** Words for where the RPC URL came from, for the side commands' first log line. */
export function describeRpcSource({ rpcUrl, source }, env = process.env) {
  return {
    argument: `${rpcUrl} (given)`,
    RPC_URL: `${rpcUrl} (RPC_URL)`,
    'dev-chain': `${rpcUrl} (the running \`npm run dev\`, from ${devChainFile(env).replace(`${ROOT}/`, '')})`,
    default: `${rpcUrl} (default: no \`npm run dev\` found; pass --rpc or RPC_URL)`,
  }[source];
}

/**
 * After anvil restores a persisted state, its next block would take the wall clock's time, which is earlier
 * than the saved chain's when the chain was warped forward: time would run backwards. Sets the next block's
 * timestamp to max(saved latest block time + 1, now), and anvil keeps counting from there.
 * @returns {Promise<{ saved: number, next: number }>}
 */
export async function keepClockMonotonic(rpcUrl, now = Math.floor(Date.now() / 1000)) {
  const latest = await rpc(rpcUrl, 'eth_getBlockByNumber', ['latest', false]);
  const saved = Number(BigInt(latest.timestamp));
  const next = Math.max(saved + 1, now);
  await rpc(rpcUrl, 'evm_setNextBlockTimestamp', [next]);
  return { saved, next };
}
