/**
 * The ETH/USD price beside every ETH amount (issue #13 item 11): read from a Chainlink AggregatorV3 feed
 * (on the local chain, the MockV3Aggregator the dev deploy seeds at 3,000 USD; on other chains the feed address
 * from the deployment record / ETH_USD_FEED). A stale or missing price is reported as such, never guessed.
 */
import type { Address, Client } from 'viem';

export const AGGREGATOR_V3_ABI = [
  {
    type: 'function',
    name: 'latestRoundData',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      { name: 'roundId', type: 'uint80' },
      { name: 'answer', type: 'int256' },
      { name: 'startedAt', type: 'uint256' },
      { name: 'updatedAt', type: 'uint256' },
      { name: 'answeredInRound', type: 'uint80' },
    ],
  },
  { type: 'function', name: 'decimals', stateMutability: 'view', inputs: [], outputs: [{ name: '', type: 'uint8' }] },
] as const;

/** A price older than this is shown as stale (Chainlink's ETH/USD heartbeat is one hour on mainnet). */
export const STALE_AFTER_SECONDS = 6 * 3600;

export interface EthUsdPrice {
  /** USD per ETH (display). */
  usdPerEth: number;
  /** The feed's raw answer and its decimals (exact conversions). */
  answer: bigint;
  decimals: number;
  /** When the feed last updated (unix seconds). */
  updatedAt: number;
  /** Whether `updatedAt` is older than STALE_AFTER_SECONDS at `now`. */
  stale: boolean;
  /** The feed it came from, for "where the number comes from". */
  feed: Address;
}

/** Reads the latest ETH/USD price from `feed`; null when the feed answers nothing usable. */
export async function readEthUsd(client: Client, p: { feed: Address; now?: number }): Promise<EthUsdPrice | null> {
  // Loaded here: the pages that show USD import this module for the conversions, not for the read.
  const { readContract } = await import('viem/actions');
  const [round, decimals] = await Promise.all([
    readContract(client, { address: p.feed, abi: AGGREGATOR_V3_ABI, functionName: 'latestRoundData' }),
    readContract(client, { address: p.feed, abi: AGGREGATOR_V3_ABI, functionName: 'decimals' }),
  ]);
  const [, answer, , updatedAt] = round;
  if (answer <= 0n || updatedAt === 0n) return null;
  const now = p.now ?? Math.floor(Date.now() / 1000);
  return {
    usdPerEth: Number(answer) / 10 ** decimals,
    answer,
    decimals,
    updatedAt: Number(updatedAt),
    stale: now - Number(updatedAt) > STALE_AFTER_SECONDS,
    feed: p.feed,
  };
}

/** The USD value of `wei` at `price` (a number: for display, never for amounts sent on chain). */
export function weiToUsd(wei: bigint, price: Pick<EthUsdPrice, 'answer' | 'decimals'>): number {
  // Cents computed exactly in integers (rounded to the nearest cent), then one division for display.
  const denominator = 10n ** BigInt(18 + price.decimals);
  const cents = (wei * price.answer * 100n + denominator / 2n) / denominator;
  return Number(cents) / 100;
}

/** The wei worth `usd` dollars at `price`, rounded down (for a loss typed in USD); exact to the micro-dollar. */
export function usdToWei(usd: number, price: Pick<EthUsdPrice, 'answer' | 'decimals'>): bigint {
  if (!Number.isFinite(usd) || usd < 0 || price.answer <= 0n)
    throw new RangeError('usdToWei: need usd >= 0 and a positive price');
  const micros = BigInt(Math.round(usd * 1e6));
  return (micros * 10n ** BigInt(18 + price.decimals)) / (price.answer * 1_000_000n);
}

/** The USD value of an ETH amount given as a number (an expected value) at `price`. */
export function ethToUsd(eth: number, price: Pick<EthUsdPrice, 'answer' | 'decimals'>): number {
  return eth * (Number(price.answer) / 10 ** price.decimals);
}

/**
 * The price from the deployment's feed (`ethUsdFeed` in deployments.json / ETH_USD_FEED), or null when the chain
 * has no feed or the feed does not answer: the page then shows ETH alone rather than guess a price.
 */
export async function readDeploymentEthUsd(
  client: Client,
  deployment: { ethUsdFeed?: Address } | null | undefined,
  now?: number,
): Promise<EthUsdPrice | null> {
  if (!deployment?.ethUsdFeed) return null;
  try {
    return await readEthUsd(client, { feed: deployment.ethUsdFeed, now });
  } catch {
    return null;
  }
}
