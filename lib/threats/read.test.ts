// The read model against a real anvil (port 8610) with the real contracts deployed by the forge script:
// commitments and probabilistic threats are created, fulfilled, warped, settled with real beacon proofs,
// and read back with readThreat / listThreats / listEscalationsFor; draws are recomputed with lib/randomness.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicClient, http, parseEther, type Address, type Hex, type PublicClient } from 'viem';
import { levetrageAbi } from '../contracts/abis.generated';
import { verifyDraw } from '../randomness/verify-draw';
import { anvilAccounts, mine, startStack, warp, type Stack } from '../../tests/e2e/harness';
import { testPort } from '../../scripts/lib/tools.mjs';
import { listEscalationsFor, listThreats, parseThreatId, readThreat } from './read';
import { settleFromBrowser } from './settle';
import { threatSchedule } from './schedule';
import { anvilProvider, createTestThreat, sendAs, type TestThreat } from './test-helpers';

const PORT = testPort(8610);
const PERIOD = 60;
const { jane, joe, oracle, lawFirm, prFirm, keeper, xcorp } = anvilAccounts;
const HASH_A = `0x${'a1'.repeat(32)}` as Hex;
const HASH_B = `0x${'b2'.repeat(32)}` as Hex;

let stack: Stack;
let client: PublicClient;

const create = (t: Omit<TestThreat, 'odds'> & { odds?: { pEscalate: number; pTerminate: number } }) =>
  createTestThreat(client, stack.rpcUrl, stack.deployment, {
    ...t,
    odds: t.odds ? { period: PERIOD, ...t.odds } : undefined,
  });
const send = (from: Address, fn: Parameters<typeof sendAs>[3]) => sendAs(client, stack.rpcUrl, from, fn);

const read = (id: bigint) => readThreat(client, stack.deployment, id);

beforeAll(async () => {
  stack = await startStack({ app: false, anvilPort: PORT });
  client = createPublicClient({ transport: http(stack.rpcUrl) }) as PublicClient;
}, 240_000);

afterAll(async () => {
  await stack?.stop();
});

describe('readThreat', () => {
  it('returns null for ids that do not exist, and parseThreatId rejects non-ids', async () => {
    expect(await read(999n)).toBeNull();
    expect(await read(0n)).toBeNull();
    expect(parseThreatId('12')).toBe(12n);
    for (const bad of ['0', '-1', 'abc', '1.5', '0x10', '', '1'.repeat(80)]) expect(parseThreatId(bad)).toBeNull();
  });

  it('reads a commitment from the view and its events, then its fulfilment', async () => {
    const id = await create({
      maker: jane.address,
      provider: lawFirm.address,
      agreementHash: HASH_A,
      terminators: [oracle.address],
      duration: 86400,
      timeoutAction: 2,
      terms: 'Refund Jane $13,000.\nSecond line.',
      stake: '3',
    });
    const t = (await read(id))!;
    expect(t).toMatchObject({
      id,
      chainId: 31337,
      kind: 'commitment',
      status: 'live',
      timeoutAction: 'escalate',
      terms: 'Refund Jane $13,000.\nSecond line.',
      stake: parseEther('3'),
      agreementHash: HASH_A,
      settledPeriods: 0,
      duePeriods: 0,
      end: null,
    });
    expect(t.maker.toLowerCase()).toBe(jane.address.toLowerCase());
    expect(t.resolver.toLowerCase()).toBe(oracle.address.toLowerCase());
    expect(t.beneficiary.toLowerCase()).toBe(jane.address.toLowerCase());
    expect(t.provider.toLowerCase()).toBe(lawFirm.address.toLowerCase());
    expect(t.engagementId).toMatch(/^0x[0-9a-f]{64}$/);
    expect(t.engagementId).not.toBe(`0x${'00'.repeat(32)}`);
    expect(t.odds).toBeUndefined();
    expect(t.fee).toBe(parseEther('10')); // FEE_COMMITMENT_NASH default
    expect(t.created.timestamp).toBe(t.start);
    // deadline = latest block time + 1 day before the approve and create blocks, which may be a second or two later
    expect(t.deadline - t.start).toBeGreaterThanOrEqual(86400 - 3);
    expect(t.deadline - t.start).toBeLessThanOrEqual(86400);
    expect(threatSchedule(t)).toMatchObject({ canSettle: false, deadlinePassed: false, totalPeriods: 0 });

    await send(oracle.address, (w) =>
      w.writeContract({
        address: stack.deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'fulfil',
        args: [id, `0x${'00'.repeat(32)}`],
        account: oracle.address,
        chain: w.chain,
      }),
    );
    const after = (await read(id))!;
    expect(after.status).toBe('fulfilled');
    expect(after.end).toMatchObject({ kind: 'fulfilled', amount: parseEther('3'), paid: true });
    expect(after.end!.by!.toLowerCase()).toBe(oracle.address.toLowerCase());
    expect(after.end!.timestamp).toBeGreaterThanOrEqual(after.start);
  });

  it('reads neutral draws of a probabilistic threat, each recomputable with the draw rule', async () => {
    const id = await create({
      maker: joe.address,
      provider: prFirm.address,
      agreementHash: HASH_B,
      terminators: [oracle.address],
      duration: 3600,
      timeoutAction: 0,
      terms: 'Stop the defamation campaign.',
      stake: '1',
      odds: { pEscalate: 1, pTerminate: 0 }, // one in a billion: the draws are neutral
    });
    await warp(3 * PERIOD + 1);
    const due = (await read(id))!;
    expect(due.kind).toBe('probabilistic');
    expect(due.odds).toMatchObject({
      period: PERIOD,
      pEscalate: 1,
      pTerminate: 0,
      beacon: stack.deployment.prevrandaoBeacon,
      beaconKind: 'block',
    });
    expect(due.duePeriods).toBe(3);
    const schedule = threatSchedule(due);
    expect(schedule).toMatchObject({ elapsedPeriods: 3, unsettledDue: 3, canSettle: true });
    expect([59, 60]).toContain(schedule.totalPeriods); // the deadline counts from a block before the creation block

    // First settle (a keeper, through the browser code path) requests the draws; the value is not fixed yet.
    const first = await settleFromBrowser({
      provider: anvilProvider(stack.rpcUrl, keeper.address),
      chainId: 31337,
      registry: stack.deployment.levetrage,
      id,
    });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.requested).toMatchObject({ fromPeriod: 1, throughPeriod: 3 });
    const requested = (await read(id))!;
    expect(requested.pendingThrough).toBe(3);
    expect(requested.requests).toHaveLength(1);

    // Too early: a clear message, no transaction.
    const early = await settleFromBrowser({
      provider: anvilProvider(stack.rpcUrl, keeper.address),
      chainId: 31337,
      registry: stack.deployment.levetrage,
      id,
    });
    expect(early).toMatchObject({ ok: false, error: { title: 'The random value is not fixed yet' } });

    await mine(3);
    const second = await settleFromBrowser({
      provider: anvilProvider(stack.rpcUrl, xcorp.address),
      chainId: 31337,
      registry: stack.deployment.levetrage,
      id,
    });
    expect(second).toMatchObject({ ok: true, status: 'live' });
    if (!second.ok) return;
    expect(second.draws.map((d) => d.outcome)).toEqual(['continue', 'continue', 'continue']);

    const t = (await read(id))!;
    expect(t.settledPeriods).toBe(3);
    expect(t.draws.map((d) => d.period)).toEqual([1, 2, 3]);
    for (const d of t.draws) {
      const v = verifyDraw({
        value: d.value,
        threatId: id,
        period: d.period,
        pEscalate: 1,
        pTerminate: 0,
        claimedOutcome: d.outcome,
        lapsed: d.neutralized,
      });
      expect(v.ok).toBe(true);
      // the same value with certain escalation would have escalated: the check can fail
      expect(
        verifyDraw({
          value: d.value,
          threatId: id,
          period: d.period,
          pEscalate: 1e9,
          pTerminate: 0,
          claimedOutcome: d.outcome,
        }).ok,
      ).toBe(false);
    }

    // Nothing more due now: the decoded revert comes back in words.
    const nothing = await settleFromBrowser({
      provider: anvilProvider(stack.rpcUrl, keeper.address),
      chainId: 31337,
      registry: stack.deployment.levetrage,
      id,
    });
    expect(nothing.ok).toBe(false);
    if (!nothing.ok) {
      expect(nothing.error.errorName).toBe('NothingToSettle');
      expect(nothing.error.message).not.toMatch(/0x[0-9a-f]{8,}/i);
    }
    const noWallet = await settleFromBrowser({
      provider: undefined,
      chainId: 31337,
      registry: stack.deployment.levetrage,
      id,
    });
    expect(noWallet).toMatchObject({ ok: false, error: { title: 'No browser wallet found' } });
  });

  it('reads an escalation by draw, and only the registry’s Escalated events count as escalations', async () => {
    const id = await create({
      maker: jane.address,
      provider: lawFirm.address,
      agreementHash: HASH_A,
      terminators: [oracle.address],
      duration: 3600,
      timeoutAction: 0,
      terms: 'Certain escalation.',
      stake: '2',
      odds: { pEscalate: 1_000_000_000, pTerminate: 0 },
    });
    await warp(PERIOD + 1);
    const provider = anvilProvider(stack.rpcUrl, keeper.address);
    expect((await settleFromBrowser({ provider, chainId: 31337, registry: stack.deployment.levetrage, id })).ok).toBe(
      true,
    );
    await mine(3);
    const done = await settleFromBrowser({ provider, chainId: 31337, registry: stack.deployment.levetrage, id });
    expect(done).toMatchObject({ ok: true, status: 'escalated' });

    const t = (await read(id))!;
    expect(t.status).toBe('escalated');
    expect(t.end).toMatchObject({ kind: 'escalated', amount: parseEther('2'), paid: true, period: 1 });
    expect(t.draws).toHaveLength(1);
    expect(t.draws[0].outcome).toBe('escalate');

    // A prankster's plain transfer to the provider is not an escalation.
    await send(xcorp.address, (w) =>
      w.sendTransaction({ to: lawFirm.address, value: parseEther('2'), account: xcorp.address, chain: w.chain }),
    );
    const escalations = await listEscalationsFor(client, stack.deployment, lawFirm.address);
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({
      id,
      amount: parseEther('2'),
      paid: true,
      agreementHash: HASH_A,
      terms: 'Certain escalation.',
    });
    expect(escalations[0].maker.toLowerCase()).toBe(jane.address.toLowerCase());
    expect(escalations[0].timestamp).toBe(t.end!.timestamp);
    expect(await listEscalationsFor(client, stack.deployment, prFirm.address)).toEqual([]);
  });
});

describe('listThreats', () => {
  it('lists every threat from one log pass, filtered by maker, provider or terminator, newest first', async () => {
    const all = await listThreats(client, stack.deployment);
    expect(all.length).toBe(3);
    expect(all.map((s) => s.id)).toEqual([3n, 2n, 1n]);
    expect(all.map((s) => s.status)).toEqual(['escalated', 'live', 'fulfilled']);
    expect(all.find((s) => s.id === 2n)).toMatchObject({ kind: 'probabilistic', settledPeriods: 3 });

    const byJane = await listThreats(client, stack.deployment, { maker: jane.address.toLowerCase() as Address });
    expect(byJane.map((s) => s.id)).toEqual([3n, 1n]);
    const forPr = await listThreats(client, stack.deployment, { provider: prFirm.address });
    expect(forPr.map((s) => s.id)).toEqual([2n]);
    const oracleDecides = await listThreats(client, stack.deployment, { resolver: oracle.address });
    expect(oracleDecides.map((s) => s.id)).toEqual([3n, 2n, 1n]);
    expect(await listThreats(client, stack.deployment, { resolver: jane.address })).toEqual([]);
    expect(await listThreats(client, stack.deployment, { maker: jane.address, provider: prFirm.address })).toEqual([]);
  });
});
