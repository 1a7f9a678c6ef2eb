import type { Address } from 'viem';
import deploymentsJson from './deployments.json';

/**
 * Where the Levetrage contracts live on one chain.
 * Written by `scripts/deploy.mjs` (run by `npm run dev` and `npm run deploy`) into `deployments.json`,
 * keyed by chain id. The local anvil chain (31337) is deployed from a fresh chain by anvil key 0, so its
 * addresses are deterministic and identical for `npm run dev` (port 8545) and the e2e harness (port 8645);
 * its `startBlock` is recorded as 0 (scanning a local chain from genesis is cheap and keeps the file stable).
 */
export interface Deployment {
  chainId: number;
  /** The Levetrage registry: its whole ABI is ILevetrage (the core forwards the rest to its extension). */
  levetrage: Address;
  /** The NASH token (INashToken). */
  nash: Address;
  /** The registry's extension (never called directly: it runs by DELEGATECALL in the registry). */
  extension?: Address;
  /** The block-based beacon (PrevrandaoBeacon), where prevrandao is safe (Ethereum L1, anvil). */
  prevrandaoBeacon?: Address;
  /** The Chainlink VRF v2.5 beacon, when deployed on this chain. */
  vrfBeacon?: Address;
  /** Resolvers: a k-of-n panel, a Reality.eth question, an UMA assertion. */
  panelResolver?: Address;
  realityResolver?: Address;
  umaResolver?: Address;
  /** Peers: Reality.eth v3 and its arbitrator, UMA's Optimistic Oracle V3 (and the local mock DVM). */
  reality?: Address;
  realityArbitrator?: Address;
  umaOracle?: Address;
  umaDvm?: Address;
  /** WETH (UMA bonds) and the Uniswap v2 router and NASH/WETH pool the wizard buys NASH through. */
  weth?: Address;
  uniswapFactory?: Address;
  uniswapRouter?: Address;
  nashWethPair?: Address;
  /** A Chainlink ETH/USD feed (AggregatorV3) for the dollars shown beside ETH. */
  ethUsdFeed?: Address;
  /** First block to scan for Levetrage logs. */
  startBlock: bigint;
}

/** The optional addresses of a deployment, in the order `npm run deploy` records them. */
export const OPTIONAL_DEPLOYMENT_FIELDS = [
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
] as const satisfies readonly (keyof Deployment)[];

/** The on-disk shape: JSON has no bigint, so startBlock is a decimal string; absent contracts are null. */
type DeploymentRecord = {
  chainId: number;
  levetrage: string;
  nash: string;
  startBlock: string | number;
} & Partial<Record<(typeof OPTIONAL_DEPLOYMENT_FIELDS)[number], string | null>>;

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

/** Validates and converts one record; throws with the chain id and field when the file is malformed. */
export function parseDeployment(record: DeploymentRecord): Deployment {
  const check = (field: string, value: unknown): Address => {
    if (typeof value !== 'string' || !ADDRESS_RE.test(value)) {
      throw new Error(`deployments.json: chain ${record.chainId}: "${field}" is not an address: ${String(value)}`);
    }
    return value as Address;
  };
  const deployment: Deployment = {
    chainId: Number(record.chainId),
    levetrage: check('levetrage', record.levetrage),
    nash: check('nash', record.nash),
    startBlock: BigInt(record.startBlock),
  };
  for (const field of OPTIONAL_DEPLOYMENT_FIELDS) {
    const value = record[field];
    if (value) deployment[field] = check(field, value);
  }
  return deployment;
}

const records = deploymentsJson as unknown as Record<string, DeploymentRecord>;

/** Chain ids that have a recorded deployment. */
export function deployedChainIds(): number[] {
  return Object.keys(records)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The Levetrage deployment on `chainId`, or null when nothing is deployed there.
 * @param chainId EVM chain id (31337 for the local anvil chain).
 */
export function getDeployment(chainId: number): Deployment | null {
  const record = records[String(chainId)];
  return record ? parseDeployment(record) : null;
}
