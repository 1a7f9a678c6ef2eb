// Every action against a real anvil (port 8623) with the contracts deployed by the forge script: the one write
// pipeline (simulate → sign → wait) and what each action returns; reverts come back decodable by lib/errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEther } from 'viem';
import { decodeError } from '@/lib/errors/decode-error';
import { deployContracts } from '@/scripts/lib/deploy.mjs';
import { startAnvil } from '@/scripts/lib/anvil.mjs';
import { devAccount } from '@/scripts/lib/dev-accounts.mjs';
import { testPort } from '@/scripts/lib/tools.mjs';
import { publicClientFor, walletClientFor } from '@/scripts/lib/chain-clients';
import { Action, Move } from '../enums.generated';
import { readFee } from './read-fee';
import { buyNash, quoteNash, withSlippage } from './buy-nash';
import { claim } from './claim';
import { createThreat, threatParams } from './create-threat';
import { nashTokenAbi } from '../abis.generated';
import { NO_ENGAGEMENT } from '../../engagements/typed-data';
import { fulfil } from './fulfil';
import { settle } from './settle';
import { withdraw } from './withdraw';

const PORT = testPort(8623);
const RPC = `http://127.0.0.1:${PORT}`;
let anvil: { stop: () => Promise<void> };
let client: Awaited<ReturnType<typeof publicClientFor>>;
let d: Awaited<ReturnType<typeof deployContracts>>;
const jane = devAccount('jane');
const oracle = devAccount('oracle');
const wallet = (role: string) => walletClientFor(client, devAccount(role).privateKey);

async function createCommitment(stake: bigint, seconds: number) {
  const now = Number((await client.getBlock()).timestamp);
  const params = threatParams({
    resolver: oracle.address,
    beneficiary: jane.address,
    deadline: now + seconds,
    timeoutAction: Action.Refund,
    maxFee: parseEther('10'),
    terms: 'Refund the $13,000.',
  });
  return createThreat(
    wallet('jane'),
    { registry: d.levetrage, params, engagement: NO_ENGAGEMENT, signature: '0x', stake },
    { publicClient: client },
  );
}

beforeAll(async () => {
  anvil = await startAnvil({ port: PORT });
  d = await deployContracts({ rpcUrl: RPC });
  client = await publicClientFor(RPC);
}, 120_000);

afterAll(async () => {
  await anvil?.stop();
});

describe('lib/contracts actions on anvil', () => {
  it('buyNash swaps ETH for exactly the fee on the dev Uniswap pool (quoted first, 1% slippage room)', async () => {
    const fee = await readFee(client, { registry: d.levetrage, move: Move.CreateCommitment });
    expect(fee).toBeGreaterThan(0n);
    const spare = devAccount('spare').address;
    const balanceOf = () =>
      client.readContract({ address: d.nash, abi: nashTokenAbi, functionName: 'balanceOf', args: [spare] });
    const before = await balanceOf();
    const p = { router: d.uniswapRouter!, weth: d.weth!, nash: d.nash, amount: fee } as const;
    const eth = await quoteNash(client, p);
    expect(eth).toBeGreaterThan(0n);
    const steps: string[] = [];
    const bought = await buyNash(
      wallet('spare'),
      { ...p, maxEth: withSlippage(eth), to: spare, deadline: 2n ** 40n },
      { publicClient: client, onSimulated: () => steps.push('simulated'), onSubmitted: () => steps.push('submitted') },
    );
    expect(bought.receipt.status).toBe('success');
    expect(steps).toEqual(['simulated', 'submitted']);
    expect((await balanceOf()) - before).toBe(fee);
  });

  it('create burns the NASH fee from the maker with no approval, capped by maxFee', async () => {
    const fee = await readFee(client, { registry: d.levetrage, move: Move.CreateCommitment });
    const nashOf = () =>
      client.readContract({ address: d.nash, abi: nashTokenAbi, functionName: 'balanceOf', args: [jane.address] });
    const before = await nashOf();
    await createCommitment(parseEther('0.1'), 3600);
    expect(before - (await nashOf())).toBe(fee);
    const now = Number((await client.getBlock()).timestamp);
    const capped = threatParams({
      resolver: oracle.address,
      beneficiary: jane.address,
      deadline: now + 3600,
      timeoutAction: Action.Refund,
      maxFee: fee - 1n,
      terms: 'Refund the $13,000.',
    });
    const refused = await createThreat(
      wallet('jane'),
      { registry: d.levetrage, params: capped, engagement: NO_ENGAGEMENT, signature: '0x', stake: 1n },
      { publicClient: client },
    ).catch((e) => e);
    expect(decodeError(refused)).toMatchObject({ kind: 'revert', errorName: 'FeeAboveMax' });
  });

  it('createThreat returns the new id from ThreatCreated; fulfil refunds the maker', async () => {
    const created = await createCommitment(parseEther('1'), 3600);
    expect(created.id).toBeGreaterThan(0n);
    expect(created.result).toBe(created.id); // what the simulation said the id would be
    const before = await client.getBalance({ address: jane.address });
    const done = await fulfil(wallet('oracle'), { registry: d.levetrage, id: created.id }, { publicClient: client });
    expect(done.receipt.status).toBe('success');
    expect((await client.getBalance({ address: jane.address })) - before).toBe(parseEther('1'));
  });

  it('settle applies the timeout after the deadline and returns the status', async () => {
    const { id } = await createCommitment(parseEther('0.5'), 120);
    const early = await settle(wallet('keeper'), { registry: d.levetrage, id, proof: '0x' }).catch((e) => e);
    expect(decodeError(early)).toMatchObject({ kind: 'revert', errorName: 'DeadlineNotReached' });
    await client.request({ method: 'evm_increaseTime' as never, params: [300] as never });
    await client.request({ method: 'evm_mine' as never, params: [] as never });
    const settled = await settle(wallet('keeper'), { registry: d.levetrage, id, proof: '0x' });
    expect(settled.status).toBe('refunded');
  });

  it('withdraw and claim revert in words when there is nothing to take out, and send nothing', async () => {
    const nonce = await client.getTransactionCount({ address: devAccount('spare').address });
    const w = await withdraw(wallet('spare'), { registry: d.levetrage }).catch((e) => e);
    expect(decodeError(w)).toMatchObject({ kind: 'revert', errorName: 'NothingToWithdraw' });
    const c = await claim(wallet('spare'), { nash: d.nash }).catch((e) => e);
    expect(decodeError(c)).toMatchObject({ kind: 'revert', errorName: 'NothingToClaim' });
    expect(await client.getTransactionCount({ address: devAccount('spare').address })).toBe(nonce);
  });
});
