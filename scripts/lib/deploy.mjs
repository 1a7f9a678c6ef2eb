// Runs the forge deploy script against an RPC and records the addresses in lib/contracts/deployments.json.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { rpc } from './anvil.mjs';
import { ROOT, foundryBin } from './tools.mjs';

/**
 * One chain's entry in lib/contracts/deployments.json (startBlock is a decimal string: JSON has no bigint).
 * Every address the deploy script logs (`DEPLOYED <name> <address>`) is recorded; absent ones are null. The names are
 * those of `Deployment` in lib/contracts/deployments.ts (OPTIONAL_DEPLOYMENT_FIELDS).
 * @typedef {'extension' | 'prevrandaoBeacon' | 'vrfBeacon' | 'panelResolver' | 'realityResolver' | 'umaResolver' | 'reality' | 'realityArbitrator' | 'umaOracle' | 'umaDvm' | 'weth' | 'uniswapFactory' | 'uniswapRouter' | 'nashWethPair' | 'ethUsdFeed'} DeployedName
 * @typedef {{ chainId: number, levetrage: `0x${string}`, nash: `0x${string}`, startBlock: string } & { [name in DeployedName]?: `0x${string}` | null }} DeploymentRecord
 */

/**
 * The optional contracts the deploy script may log, in record order (lib/contracts/deployments.ts).
 * @type {DeployedName[]}
 */
export const DEPLOYED_NAMES = [
  'extension',
  'prevrandaoBeacon',
  'vrfBeacon',
  'panelResolver',
  'realityResolver',
  'umaResolver',
  'reality',
  'realityArbitrator',
  'umaOracle',
  'umaDvm',
  'weth',
  'uniswapFactory',
  'uniswapRouter',
  'nashWethPair',
  'ethUsdFeed',
];

export const DEPLOYMENTS_JSON = join(ROOT, 'lib', 'contracts', 'deployments.json');
export const LOCAL_CHAIN_ID = 31337;

/**
 * Runs a command, streaming nothing; resolves with its output, rejects with the tail of it on failure.
 * With `timeoutMs`, a command still running then is killed and the promise rejects saying so.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, echo?: boolean, timeoutMs?: number }} [opts]
 */
export function run(cmd, args, { env = process.env, cwd = ROOT, echo = false, timeoutMs = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeoutMs)
      : null;
    child.stdout.on('data', (d) => {
      out += d;
      if (echo) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      if (echo) process.stderr.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      if (timedOut)
        reject(
          new Error(
            `${cmd.split('/').pop()} ${args.join(' ')} did not finish within ${timeoutMs / 1000} s:\n${out.split('\n').slice(-40).join('\n')}`,
          ),
        );
      else if (code === 0) resolve(out);
      else
        reject(
          new Error(
            `${cmd.split('/').pop()} ${args.join(' ')} failed (exit ${code}):\n${out.split('\n').slice(-40).join('\n')}`,
          ),
        );
    });
  });
}

/**
 * Deploys every contract with `forge script contracts/script/Deploy.s.sol --broadcast`.
 * @param {{ rpcUrl: string, privateKey?: string, env?: Record<string, string>, echo?: boolean }} opts
 *   privateKey defaults to anvil key 0 (inside the script); env adds fee / beacon settings (see Deploy.s.sol).
 * @returns {Promise<DeploymentRecord>}
 */
export async function deployContracts({ rpcUrl, privateKey, env = {}, echo = false }) {
  const chainId = Number(await rpc(rpcUrl, 'eth_chainId'));
  const port = new URL(rpcUrl).port || 'remote';
  const broadcastDir = join(ROOT, '.dev', `broadcast-${chainId}-${port}`);
  const childEnv = { ...process.env, ...env, FOUNDRY_BROADCAST: broadcastDir };
  if (privateKey) childEnv.PRIVATE_KEY = privateKey;
  const out = await run(
    foundryBin('forge'),
    // --slow (each transaction sent once the previous one has its receipt) on every chain. Without it the script
    // sends ~40 transactions at once; anvil's automine packs what fits into one block and leaves the rest pending
    // until another transaction arrives, which never happens: forge then waits for that receipt forever.
    ['script', 'contracts/script/Deploy.s.sol:Deploy', '--rpc-url', rpcUrl, '--broadcast', '--slow'],
    // Locally a deploy takes seconds (a compile first, minutes); a public chain may take much longer.
    { env: childEnv, echo, timeoutMs: chainId === LOCAL_CHAIN_ID ? 10 * 60_000 : 0 },
  );
  /** @type {Record<string, `0x${string}`>} */
  const found = {};
  for (const m of out.matchAll(/DEPLOYED (\w+) (0x[0-9a-fA-F]{40})/g))
    found[m[1]] = /** @type {`0x${string}`} */ (m[2]);
  for (const name of ['nash', 'levetrage', 'extension']) {
    if (!found[name])
      throw new Error(`forge script finished but did not report the ${name} address:\n${out.slice(-2000)}`);
  }
  let startBlock = '0';
  if (chainId !== LOCAL_CHAIN_ID) {
    // The block of the first deployment transaction: where log scans start on a public chain.
    const runFile = join(broadcastDir, 'Deploy.s.sol', String(chainId), 'run-latest.json');
    const receipts = JSON.parse(readFileSync(runFile, 'utf8')).receipts ?? [];
    const blocks = receipts.map((r) => BigInt(r.blockNumber));
    if (blocks.length) startBlock = blocks.reduce((a, b) => (b < a ? b : a)).toString();
  }
  /** @type {DeploymentRecord} */
  const record = { chainId, levetrage: found.levetrage, nash: found.nash, startBlock };
  for (const name of DEPLOYED_NAMES) record[name] = found[name] ?? null;
  return record;
}

/** All recorded deployments, keyed by chain id. */
export function readDeployments() {
  return existsSync(DEPLOYMENTS_JSON) ? JSON.parse(readFileSync(DEPLOYMENTS_JSON, 'utf8')) : {};
}

/**
 * Records a deployment in lib/contracts/deployments.json (the file getDeployment reads).
 * Writes only when something changed, so a local redeploy with the same addresses leaves git clean.
 * @returns {boolean} whether the file changed
 */
export function writeDeployment(deployment) {
  const all = readDeployments();
  const before = JSON.stringify(all[deployment.chainId]);
  all[deployment.chainId] = deployment;
  if (before === JSON.stringify(deployment)) return false;
  const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => Number(a) - Number(b)));
  writeFileSync(DEPLOYMENTS_JSON, JSON.stringify(sorted, null, 2) + '\n');
  return true;
}

/** Whether the recorded deployment for the chain behind `rpcUrl` has code (i.e. the chain already has it). */
export async function recordedDeploymentIsLive(rpcUrl) {
  const chainId = Number(await rpc(rpcUrl, 'eth_chainId'));
  const d = readDeployments()[chainId];
  if (!d) return false;
  for (const address of [d.levetrage, d.nash, d.extension].filter(Boolean)) {
    const code = await rpc(rpcUrl, 'eth_getCode', [address, 'latest']);
    if (!code || code === '0x') return false;
  }
  return true;
}

/** Artifact of each recorded contract, for comparing the code on a persisted chain with the current build. */
const ARTIFACTS = {
  nash: 'NashToken.sol/NashToken.json',
  levetrage: 'Levetrage.sol/Levetrage.json',
  extension: 'LevetrageExtension.sol/LevetrageExtension.json',
  prevrandaoBeacon: 'PrevrandaoBeacon.sol/PrevrandaoBeacon.json',
  panelResolver: 'PanelResolver.sol/PanelResolver.json',
  realityResolver: 'RealityResolver.sol/RealityResolver.json',
  umaResolver: 'UmaResolver.sol/UmaResolver.json',
};

/** Runtime code with the immutable slots zeroed, so a deployed contract compares equal to its artifact. */
function maskImmutables(hex, immutableReferences) {
  const bytes = Buffer.from(hex.replace(/^0x/, ''), 'hex');
  for (const refs of Object.values(immutableReferences ?? {})) {
    for (const { start, length } of refs) if (start + length <= bytes.length) bytes.fill(0, start, start + length);
  }
  return bytes.toString('hex');
}

/**
 * Names of the recorded contracts whose code on the chain differs from the current forge artifacts
 * (the persisted chain predates a contract change). Empty when all match or artifacts are missing.
 */
export async function staleContracts(rpcUrl) {
  const chainId = Number(await rpc(rpcUrl, 'eth_chainId'));
  const d = readDeployments()[chainId];
  if (!d) return [];
  const stale = [];
  for (const [name, file] of Object.entries(ARTIFACTS)) {
    const path = join(ROOT, 'contracts', 'out', file);
    if (!existsSync(path) || !d[name]) continue;
    const { deployedBytecode } = JSON.parse(readFileSync(path, 'utf8'));
    const onChain = await rpc(rpcUrl, 'eth_getCode', [d[name], 'latest']);
    if (
      maskImmutables(onChain, deployedBytecode.immutableReferences) !==
      maskImmutables(deployedBytecode.object, deployedBytecode.immutableReferences)
    )
      stale.push(name);
  }
  return stale;
}
