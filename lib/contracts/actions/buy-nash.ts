import type { Address, Client } from 'viem';
import { uniswapV2Router02Abi } from '../abis.generated';
import { sendWriteLazy } from '../send-write-lazy';
import type { ContractWrite, SendWriteOptions, SigningClient } from '../write';

/**
 * Buying the NASH a move burns, with ETH, on the deployment's Uniswap v2 NASH/WETH pool (issue #12: NASH must be
 * obtainable on a public chain, inside the wizard, with one more click). Locally the dev deploy seeds the pool.
 */
export interface BuyNashQuoteParams {
  router: Address;
  weth: Address;
  nash: Address;
  /** NASH wanted, wei of NASH. */
  amount: bigint;
}

/** The ETH (wei) the pool asks for `amount` NASH now (`getAmountsIn`). */
export async function quoteNash(client: Client, p: BuyNashQuoteParams): Promise<bigint> {
  const { readContract } = await import('viem/actions'); // loaded here: building the call needs none
  const amounts = await readContract(client, {
    address: p.router,
    abi: uniswapV2Router02Abi,
    functionName: 'getAmountsIn',
    args: [p.amount, [p.weth, p.nash]],
  });
  return amounts[0]!;
}

/** Parameters of {@link buyNash}: exactly `amount` NASH for at most `maxEth`, to `to`, before `deadline`. */
export interface BuyNashParams extends BuyNashQuoteParams {
  maxEth: bigint;
  to: Address;
  /** Unix seconds after which the swap fails instead of filling at a stale price. */
  deadline: bigint;
}

/** `swapETHForExactTokens(amount, [WETH, NASH], to, deadline)` with `maxEth` (the unused ETH comes back). */
export function buyNashCall(p: BuyNashParams): ContractWrite<typeof uniswapV2Router02Abi, 'swapETHForExactTokens'> {
  return {
    address: p.router,
    abi: uniswapV2Router02Abi,
    functionName: 'swapETHForExactTokens',
    args: [p.amount, [p.weth, p.nash], p.to, p.deadline],
    value: p.maxEth,
  };
}

/** Buys exactly `amount` NASH with ETH. */
export function buyNash(client: SigningClient, p: BuyNashParams, options?: SendWriteOptions) {
  return sendWriteLazy(client, buyNashCall(p), options);
}

/** A quote with slippage room: `eth` plus `bps` basis points (default 1%), rounded up. */
export function withSlippage(eth: bigint, bps = 100n): bigint {
  return (eth * (10_000n + bps) + 9_999n) / 10_000n;
}
