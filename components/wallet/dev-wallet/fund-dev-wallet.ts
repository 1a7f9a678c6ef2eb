import {
  createPublicClient,
  encodeFunctionData,
  http,
  numberToHex,
  parseEther,
  type Address,
  type Chain,
  type Hex,
} from 'viem';
import { nashTokenAbi } from '@/lib/contracts/abis.generated';

/** How much the dev wallet asks for by default: 100 ETH and 1,000 NASH. */
export const DEFAULT_FUNDING = { eth: parseEther('100'), nash: parseEther('1000') } as const;

/** Parameters of `fundDevWallet`. */
export interface FundParams {
  /** The local anvil chain (must be 31337-style: it answers `anvil_*` methods). */
  chain: Chain;
  /** The burner's address. */
  address: Address;
  /** The NASH token; when given, NASH is sent from the anvil dev account that holds the most. */
  nash?: Address;
  eth?: bigint;
  nashAmount?: bigint;
}

/** What funding did. */
export interface FundResult {
  ethBalance: bigint;
  nashBalance?: bigint;
  nashFrom?: Address;
  nashTx?: Hex;
}

/**
 * Funds the burner on the local anvil chain: sets its ETH balance with `anvil_setBalance`, then sends
 * NASH with `eth_sendTransaction` from an anvil dev account (anvil keeps them unlocked) — the one
 * holding the most NASH. Throws a clear error when the RPC is not anvil or no dev account holds NASH.
 */
export async function fundDevWallet({
  chain,
  address,
  nash,
  eth = DEFAULT_FUNDING.eth,
  nashAmount = DEFAULT_FUNDING.nash,
}: FundParams): Promise<FundResult> {
  const client = createPublicClient({ chain, transport: http(chain.rpcUrls.default.http[0], { retryCount: 0 }) });
  try {
    await client.request({ method: 'anvil_setBalance' as never, params: [address, numberToHex(eth)] as never });
  } catch (e) {
    throw new Error(
      `Could not fund the dev wallet: ${chain.name} is not a local anvil chain (${(e as Error).message.split('\n')[0]})`,
    );
  }
  const result: FundResult = { ethBalance: await client.getBalance({ address }) };
  if (!nash || nashAmount === 0n) return result;

  const have = await client.readContract({
    address: nash,
    abi: nashTokenAbi,
    functionName: 'balanceOf',
    args: [address],
  });
  if (have >= nashAmount) return { ...result, nashBalance: have };
  const accounts = (await client.request({ method: 'eth_accounts' } as never)) as Address[];
  const balances = await Promise.all(
    accounts.map((a) =>
      client.readContract({ address: nash, abi: nashTokenAbi, functionName: 'balanceOf', args: [a] }),
    ),
  );
  const need = nashAmount - have;
  let best = -1;
  balances.forEach((b, i) => {
    if (b >= need && (best < 0 || b > balances[best])) best = i;
  });
  if (best < 0)
    throw new Error('No anvil dev account holds enough NASH to fund the dev wallet. Is the dev deployment seeded?');
  const from = accounts[best];
  const hash = (await client.request({
    method: 'eth_sendTransaction',
    params: [
      {
        from,
        to: nash,
        data: encodeFunctionData({ abi: nashTokenAbi, functionName: 'transfer', args: [address, need] }),
      },
    ],
  } as never)) as Hex;
  const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 250 });
  if (receipt.status !== 'success') throw new Error('The NASH transfer to the dev wallet reverted.');
  const nashBalance = await client.readContract({
    address: nash,
    abi: nashTokenAbi,
    functionName: 'balanceOf',
    args: [address],
  });
  return { ...result, nashBalance, nashFrom: from, nashTx: hash };
}
