import type { Address, Client } from 'viem';
import { levetrageAbi } from '../abis.generated';
import type { Move } from '../enums.generated';

/** The NASH fee the registry burns for `move` now (`feeOf`), wei of NASH. */
export async function readFee(client: Client, p: { registry: Address; move: Move }): Promise<bigint> {
  const { readContract } = await import('viem/actions'); // loaded on the read: the wizard's first load needs none
  return readContract(client, { address: p.registry, abi: levetrageAbi, functionName: 'feeOf', args: [p.move] });
}

/** A scheduled fee increase of `move` (`pendingFeeOf`): zero fee and time when none. */
export async function readPendingFee(
  client: Client,
  p: { registry: Address; move: Move },
): Promise<{ fee: bigint; effectiveAt: number }> {
  const { readContract } = await import('viem/actions');
  const [fee, effectiveAt] = await readContract(client, {
    address: p.registry,
    abi: levetrageAbi,
    functionName: 'pendingFeeOf',
    args: [p.move],
  });
  return { fee, effectiveAt: Number(effectiveAt) };
}
