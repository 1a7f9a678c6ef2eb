// Every action against a real anvil (port 8623) with the contracts deployed by the forge script: the one write
// pipeline (simulate → sign → wait) and what each action returns; reverts come back decodable by lib/errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keccak256, parseEther, toHex } from 'viem';
import { decodeError } from '@/lib/errors/decode-error';
import { deployContracts } from '@/scripts/lib/deploy.mjs';
import { startAnvil } from '@/scripts/lib/anvil.mjs';
import { devAccount } from '@/scripts/lib/dev-accounts.mjs';
import { testPort } from '@/scripts/lib/tools.mjs';
import { publicClientFor, walletClientFor } from '@/scripts/lib/chain-clients';
import { Action, Move } from '../enums.generated';
import { approveFee, feeToApprove, readFee } from './approve-fee';
import { claim } from './claim';
import { createThreat } from './create-threat';
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
  const params = {
    provider: devAccount('lawFirm').address,
    agreementHash: keccak256(toHex('agreement')),
    terminators: [oracle.address],
    deadline: now + seconds,
    timeoutAction: Action.Refund,
    terms: 'Refund the $13,000.',
  };
  return createThreat(wallet('jane'), { registry: d.levetrage, params, stake }, { publicClient: client });
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
  it('approveFee covers the fee of a move; feeToApprove then says nothing is left', async () => {
    const fee = await readFee(client, { registry: d.levetrage, move: Move.CreateCommitment });
    expect(fee).toBeGreaterThan(0n);
    const owner = jane.address;
    const p = { registry: d.levetrage, nash: d.nash, owner, move: Move.CreateCommitment } as const;
    expect(await feeToApprove(client, p)).toBe(fee);
    const steps: string[] = [];
    const approved = await approveFee(
      wallet('jane'),
      { nash: d.nash, registry: d.levetrage, amount: 10n * fee },
      { publicClient: client, onSimulated: () => steps.push('simulated'), onSubmitted: () => steps.push('submitted') },
    );
    expect(approved.receipt.status).toBe('success');
    expect(approved.result).toBe(true);
    expect(steps).toEqual(['simulated', 'submitted']);
    expect(await feeToApprove(client, p)).toBe(0n);
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
