// What the indexer indexes, from the environment (read by ponder.config.ts and by the handlers):
//   INDEXER_RPC_URL          JSON-RPC of the chain (default http://127.0.0.1:8545, the dev chain)
//   INDEXER_CHAIN_ID         its chain id (default 31337)
//   INDEXER_DEPLOYMENTS_FILE deployments file (default lib/contracts/deployments.json, written by `npm run deploy`)
//   INDEXER_START_BLOCK      overrides the deployment's startBlock
//   INDEXER_POLLING_MS       realtime polling interval (default 1000; the dev loop and tests use less)
//   INDEXER_GETLOGS_RANGE    most blocks per eth_getLogs (default: Ponder finds out from the RPC's errors)
//   INDEXER_PANEL_RESOLVER / INDEXER_REALITY_RESOLVER / INDEXER_UMA_RESOLVER  resolver contracts to index
//                            (default: `panelResolver`, `realityResolver`, `umaResolver` of the deployment record;
//                            absent: their own events are not indexed — the registry's events still are)
// The addresses are parsed with the app's own `parseDeployment` (lib/contracts/deployments.ts).
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeployment, type Deployment } from '../lib/contracts/deployments';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface IndexerSettings {
  rpcUrl: string;
  chainId: number;
  deployment: Deployment;
  startBlock: number;
  pollingMs: number;
  getLogsRange: number | undefined;
  /** Resolver contracts whose own events are indexed (indexer/src/resolvers.ts). */
  resolvers: { panel: `0x${string}` | null; reality: `0x${string}` | null; uma: `0x${string}` | null };
}

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
function optionalAddress(name: string, value: unknown): `0x${string}` | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !ADDRESS.test(value)) throw new Error(`${name} is not an address: ${String(value)}`);
  return value as `0x${string}`;
}

function intFromEnv(name: string, fallback: number | undefined): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

/** Reads the settings; throws with what to do when the chain has no recorded deployment. */
export function loadSettings(): IndexerSettings {
  const rpcUrl = process.env.INDEXER_RPC_URL || 'http://127.0.0.1:8545';
  const chainId = intFromEnv('INDEXER_CHAIN_ID', 31337)!;
  const fileEnv = process.env.INDEXER_DEPLOYMENTS_FILE;
  const file = fileEnv
    ? isAbsolute(fileEnv)
      ? fileEnv
      : resolve(process.cwd(), fileEnv)
    : join(REPO_ROOT, 'lib', 'contracts', 'deployments.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Parameters<typeof parseDeployment>[0]>;
  const record = all[String(chainId)];
  if (!record)
    throw new Error(`no deployment for chain ${chainId} in ${file} (deploy first: npm run deploy, or npm run dev)`);
  const deployment = parseDeployment(record);
  const startBlock = intFromEnv('INDEXER_START_BLOCK', Number(deployment.startBlock))!;
  return {
    rpcUrl,
    chainId,
    deployment,
    startBlock,
    pollingMs: intFromEnv('INDEXER_POLLING_MS', 1000)!,
    getLogsRange: intFromEnv('INDEXER_GETLOGS_RANGE', undefined),
    resolvers: {
      panel: optionalAddress(
        'panelResolver',
        process.env.INDEXER_PANEL_RESOLVER || (record as unknown as Record<string, unknown>).panelResolver,
      ),
      reality: optionalAddress(
        'realityResolver',
        process.env.INDEXER_REALITY_RESOLVER || (record as unknown as Record<string, unknown>).realityResolver,
      ),
      uma: optionalAddress(
        'umaResolver',
        process.env.INDEXER_UMA_RESOLVER || (record as unknown as Record<string, unknown>).umaResolver,
      ),
    },
  };
}

/** The settings of this process (read once). */
export const settings = loadSettings();
