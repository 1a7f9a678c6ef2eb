import { describe, expect, it } from 'vitest';
import { foldThreatLogs, statusFromHistory, summaryFromHistory, type DecodedThreatLog } from './history';
import {
  actionKey as decodeAction,
  drawOutcomeKey as decodeOutcome,
  statusKey as decodeStatus,
} from '@/lib/contracts/enums.generated';
import { isFinal, STATUS_LABELS } from './labels';

const maker = '0x00000000000000000000000000000000000000a1' as const;
const provider = '0x00000000000000000000000000000000000000b2' as const;
const oracle = '0x00000000000000000000000000000000000000c3' as const;
const hash = `0x${'11'.repeat(32)}` as const;
const tx = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as const;

let logIndex = 0;
function log(eventName: string, args: Record<string, unknown>, block: number, txn = block): DecodedThreatLog {
  return {
    eventName,
    args,
    transactionHash: tx(txn),
    blockNumber: BigInt(block),
    logIndex: logIndex++,
    blockTimestamp: BigInt(1000 + block),
  };
}
const created = (id: bigint, block: number, action = 0) =>
  log(
    'ThreatCreated',
    {
      id,
      maker,
      provider,
      stake: 10n ** 18n,
      agreementHash: hash,
      terminators: [oracle, maker],
      deadline: 99999,
      timeoutAction: action,
      terms: `demand ${id}`,
    },
    block,
  );

describe('foldThreatLogs', () => {
  it('rebuilds a probabilistic threat that escalated on its third draw', () => {
    const logs = [
      created(1n, 10),
      log('OddsSet', { id: 1n, beacon: oracle, period: 86400, pEscalate: 50_000_000, pTerminate: 0, start: 1010 }, 10),
      log('FeeBurned', { id: 1n, payer: maker, move: 1, amount: 5n }, 10),
      log('DrawRequested', { id: 1n, fromPeriod: 1, throughPeriod: 2, ticket: 20 }, 15),
      log('DrawSettled', { id: 1n, period: 1, value: hash, outcome: 0, lapsed: false }, 22),
      log('DrawSettled', { id: 1n, period: 2, value: hash, outcome: 0, lapsed: false }, 22),
      log('DrawRequested', { id: 1n, fromPeriod: 3, throughPeriod: 3, ticket: 30 }, 22),
      log('DrawSettled', { id: 1n, period: 3, value: hash, outcome: 1, lapsed: true }, 31),
      log('Escalated', { id: 1n, provider, agreementHash: hash, amount: 10n ** 18n, paid: false }, 31),
    ];
    // shuffled input must give the same result: the fold orders by block and log index
    const h = foldThreatLogs([...logs].reverse()).get(1n)!;
    expect(h.draws.map((d) => [d.period, d.outcome, d.lapsed])).toEqual([
      [1, 'continue', false],
      [2, 'continue', false],
      [3, 'escalate', true],
    ]);
    expect(h.requests).toHaveLength(2);
    expect(h.feesBurned).toBe(5n);
    expect(h.end).toMatchObject({ kind: 'escalated', paid: false, period: 3, amount: 10n ** 18n, timestamp: 1031 });
    const s = summaryFromHistory(h, 31337)!;
    expect(s).toMatchObject({
      kind: 'probabilistic',
      status: 'escalated',
      settledPeriods: 3,
      start: 1010,
      terms: 'demand 1',
    });
    expect(s.odds).toEqual({ beacon: oracle, period: 86400, pEscalate: 50_000_000, pTerminate: 0 });
  });

  it('tells a fulfilment from a timeout refund, per threat', () => {
    const logs = [
      created(1n, 1),
      created(2n, 2, 0),
      created(3n, 3, 1),
      log('Fulfilled', { id: 1n, terminator: oracle }, 5, 5),
      log('Refunded', { id: 1n, maker, amount: 10n ** 18n, paid: true }, 5, 5),
      log('Refunded', { id: 2n, maker, amount: 10n ** 18n, paid: true }, 6, 6),
      log('Forfeited', { id: 3n, amount: 10n ** 18n }, 7, 7),
    ];
    const map = foldThreatLogs(logs);
    expect(map.get(1n)!.end).toMatchObject({ kind: 'fulfilled', by: oracle });
    expect(map.get(2n)!.end).toMatchObject({ kind: 'refunded' });
    expect(map.get(2n)!.end!.by).toBeUndefined();
    expect(statusFromHistory(map.get(3n)!)).toBe('forfeited');
    expect(summaryFromHistory(map.get(3n)!, 1)!.timeoutAction).toBe('forfeit');
    expect(summaryFromHistory(map.get(2n)!, 1)!.kind).toBe('commitment');
  });

  it('has no summary for a threat whose creation is outside the scanned logs', () => {
    const map = foldThreatLogs([log('Forfeited', { id: 9n, amount: 1n }, 3)]);
    expect(statusFromHistory(map.get(9n)!)).toBe('none');
    expect(summaryFromHistory(map.get(9n)!, 1)).toBeUndefined();
  });
});

describe('labels', () => {
  it('decodes the enums in DataTypes.sol order and rejects impossible values', () => {
    expect([0, 1, 2, 3, 4, 5].map(decodeStatus)).toEqual([
      'none',
      'live',
      'fulfilled',
      'refunded',
      'escalated',
      'forfeited',
    ]);
    expect([0, 1, 2].map(decodeAction)).toEqual(['refund', 'forfeit', 'escalate']);
    expect([0, 1, 2].map(decodeOutcome)).toEqual(['continue', 'escalate', 'terminate']);
    expect(() => decodeStatus(6)).toThrow(/Unknown status value 6/);
    expect(isFinal('live')).toBe(false);
    expect(isFinal('escalated')).toBe(true);
    expect(STATUS_LABELS.escalated.label).toBe('Escalated');
  });
});
