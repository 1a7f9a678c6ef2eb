import { describe, expect, it } from 'vitest';
import { encodeAbiParameters, encodeEventTopics, type Log } from 'viem';
import { levetrageAbi, nashTokenAbi } from './abis.generated';
import { buyNashCall } from './actions/buy-nash';
import { claimCall } from './actions/claim';
import { createThreatCall, threatParams, type ThreatParams } from './actions/create-threat';
import { NO_ENGAGEMENT } from '../engagements/typed-data';
import { fulfilCall } from './actions/fulfil';
import { settleCall } from './actions/settle';
import { withdrawCall } from './actions/withdraw';
import { Action } from './enums.generated';
import { createdThreatId, indexedTopic, registryEvents, registryEventTopic } from './events';
import type { ProtocolWrite } from './write';

const REGISTRY = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';
const NASH = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const BEACON = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0';
const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

const params: ThreatParams = threatParams({
  resolver: A,
  beneficiary: A,
  deadline: 1_800_000_000,
  timeoutAction: Action.Refund,
  terms: 'Refund the $13,000.',
});

/** Never called: compiles only while the write path is typed end to end (`npm run typecheck`). */
export function typedEndToEnd(): ProtocolWrite[] {
  return [
    { address: REGISTRY, abi: levetrageAbi, functionName: 'fulfil', args: [1n, `0x${'00'.repeat(32)}`] },
    // @ts-expect-error a misspelled function does not compile
    { address: REGISTRY, abi: levetrageAbi, functionName: 'fulfill', args: [1n, `0x${'00'.repeat(32)}`] },
    // @ts-expect-error a wrong argument does not compile
    { address: REGISTRY, abi: levetrageAbi, functionName: 'fulfil', args: ['1', `0x${'00'.repeat(32)}`] },
    // @ts-expect-error a view is not a write
    { address: REGISTRY, abi: levetrageAbi, functionName: 'getThreat', args: [1n] },
    // @ts-expect-error a function of another contract's ABI does not compile
    { address: NASH, abi: nashTokenAbi, functionName: 'settle', args: [1n, '0x'] },
  ];
}

describe('action calls (typed from the generated ABIs)', () => {
  it('createThreatCall calls create(params, engagement, signature) and sends the stake', () => {
    const commitment = createThreatCall({
      registry: REGISTRY,
      params,
      engagement: NO_ENGAGEMENT,
      signature: '0x',
      stake: 5n,
    });
    expect(commitment).toMatchObject({
      address: REGISTRY,
      functionName: 'create',
      args: [params, NO_ENGAGEMENT, '0x'],
      value: 5n,
    });
    const odds = { beacon: BEACON, period: 86_400, pEscalate: 50_000_000, pTerminate: 0 } as const;
    const p = threatParams({ ...params, odds });
    const probabilistic = createThreatCall({
      registry: REGISTRY,
      params: p,
      engagement: NO_ENGAGEMENT,
      signature: '0x12',
      stake: 7n,
    });
    expect(probabilistic).toMatchObject({ functionName: 'create', args: [p, NO_ENGAGEMENT, '0x12'], value: 7n });
    expect(probabilistic.args[0].odds).toEqual(odds);
    expect(probabilistic.abi).toBe(levetrageAbi);
  });

  it('builds fulfil, settle, withdraw, claim and the NASH purchase', () => {
    expect(fulfilCall({ registry: REGISTRY, id: 3n })).toMatchObject({
      functionName: 'fulfil',
      args: [3n, `0x${'00'.repeat(32)}`],
    });
    expect(settleCall({ registry: REGISTRY, id: 3n, proof: '0x12' })).toMatchObject({
      functionName: 'settle',
      args: [3n, '0x12'],
    });
    expect(withdrawCall({ registry: REGISTRY })).toMatchObject({ address: REGISTRY, functionName: 'withdraw' });
    expect(claimCall({ nash: NASH })).toMatchObject({ address: NASH, abi: nashTokenAbi, functionName: 'claim' });
    expect(settleCall({ registry: REGISTRY, id: 3n, proof: '0x', drawFee: 9n })).toMatchObject({ value: 9n });
    const router = '0x0000000000000000000000000000000000000002';
    expect(
      buyNashCall({ router, weth: BEACON, nash: NASH, amount: 25n, maxEth: 3n, to: A, deadline: 99n }),
    ).toMatchObject({
      address: router,
      functionName: 'swapETHForExactTokens',
      args: [25n, [BEACON, NASH], A, 99n],
      value: 3n,
    });
  });
});

describe('events', () => {
  /** A ThreatCreated log of `address` for threat `id`, its data encoded from the ABI's own event inputs. */
  function threatCreated(address: string, id: bigint): Log {
    const event = levetrageAbi.find((x) => x.type === 'event' && x.name === 'ThreatCreated')!;
    const values: Record<string, unknown> = {
      beneficiary: A,
      resolver: A,
      adversary: A,
      stake: 1n,
      fee: 0n,
      engagementId: `0x${'33'.repeat(32)}`,
      agreementHash: `0x${'11'.repeat(32)}`,
      deadline: 1_800_000_000,
      timeoutAction: Action.Escalate,
      flags: 0,
      terms: 'terms',
    };
    const data = encodeAbiParameters(
      event.inputs.filter((p) => !p.indexed),
      event.inputs.filter((p) => !p.indexed).map((p) => values[p.name]),
    );
    const topics = encodeEventTopics({
      abi: levetrageAbi,
      eventName: 'ThreatCreated',
      args: { id, maker: A, provider: A },
    });
    return { address, topics, data, blockNumber: 1n, transactionHash: `0x${'22'.repeat(32)}`, logIndex: 0 } as Log;
  }

  it('decodes only the registry’s own logs', () => {
    const other = '0x0000000000000000000000000000000000000001';
    const logs = [threatCreated(other, 99n), threatCreated(REGISTRY.toLowerCase(), 7n)];
    expect(createdThreatId(logs, REGISTRY)).toBe(7n);
    expect(createdThreatId([threatCreated(other, 99n)], REGISTRY)).toBeNull();
    const [ev] = registryEvents(logs, REGISTRY, 'ThreatCreated');
    expect(ev.args).toMatchObject({ id: 7n, terms: 'terms', timeoutAction: Action.Escalate });
  });

  it('gives topic0 of an event and 32-byte indexed topics', () => {
    expect(registryEventTopic('ThreatCreated')).toBe(threatCreated(REGISTRY, 1n).topics[0]);
    expect(indexedTopic(1n)).toBe(`0x${'0'.repeat(63)}1`);
    expect(indexedTopic(A)).toBe(`0x${'0'.repeat(24)}${A.slice(2).toLowerCase()}`);
  });
});
