import { defineChain, type Chain } from 'viem';
import { getDeployment } from './contracts/deployments';

/**
 * Chains the app knows: the local anvil chain (id 31337) and any chains named in configuration.
 *
 * - Local RPC: `NEXT_PUBLIC_LOCAL_RPC_URL` (default http://127.0.0.1:8545; the e2e harness uses 8645),
 *   overridable on the server at run time by `LOCAL_RPC_URL`.
 * - More chains: `NEXT_PUBLIC_CHAINS`, a JSON array `[{ "id": 11155111, "name": "Sepolia",
 *   "rpcUrl": "https://...", "explorer": "https://sepolia.etherscan.io" }]`.
 * Both are inlined into client bundles at build time (Next.js NEXT_PUBLIC_ rule). No React here.
 */

/** Chain id of the local anvil chain. */
export const LOCAL_CHAIN_ID = 31337;

/** Default RPC of the local anvil chain started by `npm run dev`. */
export const DEFAULT_LOCAL_RPC_URL = 'http://127.0.0.1:8545';

/** One configured chain as written in `NEXT_PUBLIC_CHAINS`. */
export interface ChainConfig {
  id: number;
  name: string;
  rpcUrl: string;
  explorer?: string;
}

/**
 * The local anvil chain's RPC URL. On the server, `LOCAL_RPC_URL` (read at run time, never inlined) wins,
 * so one production build can be pointed at any anvil (the e2e harness does this); in the browser it is
 * `NEXT_PUBLIC_LOCAL_RPC_URL` as inlined at build time.
 */
export function localRpcUrl(): string {
  const serverOverride = typeof window === 'undefined' ? process.env['LOCAL_RPC_URL'] : undefined;
  return serverOverride || process.env.NEXT_PUBLIC_LOCAL_RPC_URL || DEFAULT_LOCAL_RPC_URL;
}

/**
 * Parses `NEXT_PUBLIC_CHAINS`. Throws a clear error naming the bad entry, so a misconfiguration
 * fails at start instead of silently dropping a chain.
 * @param raw The JSON text (undefined or empty means no extra chains).
 */
export function parseChainsConfig(raw: string | undefined): ChainConfig[] {
  if (!raw || !raw.trim()) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new Error(`NEXT_PUBLIC_CHAINS is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(parsed))
    throw new Error('NEXT_PUBLIC_CHAINS must be a JSON array of { id, name, rpcUrl, explorer? }');
  return parsed.map((entry, i) => {
    const e = entry as Record<string, unknown>;
    const where = `NEXT_PUBLIC_CHAINS[${i}]`;
    if (!e || typeof e !== 'object') throw new Error(`${where} must be an object`);
    if (!Number.isSafeInteger(e.id) || (e.id as number) <= 0)
      throw new Error(`${where}.id must be a positive integer chain id`);
    if (typeof e.name !== 'string' || !e.name) throw new Error(`${where}.name must be a non-empty string`);
    if (typeof e.rpcUrl !== 'string' || !/^(https?|wss?):\/\//.test(e.rpcUrl)) {
      throw new Error(`${where}.rpcUrl must be an http(s) or ws(s) URL`);
    }
    if (e.explorer !== undefined && (typeof e.explorer !== 'string' || !/^https?:\/\//.test(e.explorer))) {
      throw new Error(`${where}.explorer must be an http(s) URL when given`);
    }
    return { id: e.id as number, name: e.name, rpcUrl: e.rpcUrl, explorer: e.explorer as string | undefined };
  });
}

/** Builds a viem chain from a configuration entry. */
export function chainFromConfig(c: ChainConfig): Chain {
  return defineChain({
    id: c.id,
    name: c.name,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [c.rpcUrl] } },
    ...(c.explorer ? { blockExplorers: { default: { name: 'Explorer', url: c.explorer } } } : {}),
  });
}

/** The local anvil chain (id 31337). */
export const localChain: Chain = chainFromConfig({ id: LOCAL_CHAIN_ID, name: 'Anvil (local)', rpcUrl: localRpcUrl() });

/** All chains the app supports: the local chain first, then configured ones (a configured 31337 is ignored). */
export const supportedChains: readonly [Chain, ...Chain[]] = [
  localChain,
  ...parseChainsConfig(process.env.NEXT_PUBLIC_CHAINS)
    .filter((c) => c.id !== LOCAL_CHAIN_ID)
    .map(chainFromConfig),
];

/**
 * The chain with this id, or undefined when the app does not know it.
 * @param chainId EVM chain id.
 */
export function getChain(chainId: number): Chain | undefined {
  return supportedChains.find((c) => c.id === chainId);
}

/**
 * The chains the app can work on: supported (configured) and with a recorded Levetrage deployment, in
 * `supportedChains` order (the local chain first). The one answer to "which chains have a deployment".
 */
export function deployedChains(): Chain[] {
  return supportedChains.filter((c) => getDeployment(c.id) !== null);
}

/** The chain to show when none is chosen: the first deployed chain, else the local chain. */
export function defaultChainId(): number {
  return deployedChains()[0]?.id ?? supportedChains[0].id;
}

/** The deployed chain with this id (see {@link deployedChains}), or undefined. */
export function getDeployedChain(chainId: number): Chain | undefined {
  return deployedChains().find((c) => c.id === chainId);
}
