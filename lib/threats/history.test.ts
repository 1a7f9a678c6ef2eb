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
      beneficiary: maker,
      resolver: oracle,
      adversary: '0x0000000000000000000000000000000000000000',
      stake: 10n ** 18n,
      fee: 5n,
      engagementId: `0x${'22'.repeat(32)}`,
      agreementHash: hash,
      deadline: 99999,
      timeoutAction: action,
      flags: 0,
      terms: `demand ${id}`,
    },
    block,
  );

describe('foldThreatLogs', () => {
  it('rebuilds a probabilistic threat that escalated on its third draw', () => {
    const logs = [
      created(1n, 10),
      log('OddsSet', { id: 1n, beacon: oracle, period: 86400, pEscalate: 50_000_000, pTerminate: 0, start: 1010 }, 10),
      log('DrawRequested', { id: 1n, fromPeriod: 1, throughPeriod: 2, ticket: 20 }, 15),
      log('DrawSettled', { id: 1n, period: 1, value: hash, outcome: 0, neutralized: false }, 22),
      log('DrawSettled', { id: 1n, period: 2, value: `0x${'00'.repeat(32)}`, outcome: 0, neutralized: true }, 22),
      log('DrawRequested', { id: 1n, fromPeriod: 3, throughPeriod: 3, ticket: 30 }, 22),
      log('DrawSettled', { id: 1n, period: 3, value: hash, outcome: 1, neutralized: false }, 31),
      log('Escalated', { id: 1n, provider, engagementId: `0x${'22'.repeat(32)}`, amount: 10n ** 18n, paid: false }, 31),
    ];
    // shuffled input must give the same result: the fold orders by block and log index
    const h = foldThreatLogs([...logs].reverse()).get(1n)!;
    expect(h.draws.map((d) => [d.period, d.outcome, d.neutralized])).toEqual([
      [1, 'continue', false],
      [2, 'continue', true],
      [3, 'escalate', false],
    ]);
    expect(h.requests).toHaveLength(2);
    expect(h.created!.fee).toBe(5n);
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
      log('Fulfilled', { id: 1n, resolver: oracle, evidence: hash }, 5, 5),
      log('Refunded', { id: 1n, beneficiary: maker, amount: 10n ** 18n, paid: true }, 5, 5),
      log('Refunded', { id: 2n, beneficiary: maker, amount: 10n ** 18n, paid: true }, 6, 6),
      log('Forfeited', { id: 3n, amount: 10n ** 18n }, 7, 7),
    ];
    const map = foldThreatLogs(logs);
    expect(map.get(1n)!.end).toMatchObject({ kind: 'fulfilled', by: oracle, evidence: hash });
    expect(map.get(2n)!.end).toMatchObject({ kind: 'refunded' });
    expect(map.get(2n)!.end!.by).toBeUndefined();
    expect(statusFromHistory(map.get(3n)!)).toBe('forfeited');
    expect(summaryFromHistory(map.get(3n)!, 1)!.timeoutAction).toBe('forfeit');
    expect(summaryFromHistory(map.get(2n)!, 1)!.kind).toBe('commitment');
  });

  it('follows a pool from gathering to live, its funders, a hold, and a cancelled pool', () => {
    const funding = {
      cap: 10n ** 19n,
      backersRoot: `0x${'00'.repeat(32)}`,
      gatherUntil: 5000,
      minPledgers: 2,
      minTotal: 0n,
    };
    const logs = [
      created(1n, 1),
      log('FundingSet', { id: 1n, ...funding }, 1),
      log('Joined', { id: 1n, funder: provider, amount: 2n, stake: 10n ** 18n + 2n }, 2),
      created(2n, 3),
      log('FundingSet', { id: 2n, ...funding }, 3),
    ];
    let map = foldThreatLogs(logs);
    expect(statusFromHistory(map.get(1n)!)).toBe('gathering');
    expect([...map.get(1n)!.funders.values()]).toEqual([{ account: provider, amount: 2n, reclaimed: false }]);
    expect(summaryFromHistory(map.get(1n)!, 1)!.stake).toBe(10n ** 18n + 2n);
    logs.push(
      log('Activated', { id: 1n, start: 1004, stake: 10n ** 18n + 2n, funders: 1 }, 4),
      log('FulfilmentClaimed', { id: 1n, resolver: oracle, until: 9000 }, 5),
      log('Cancelled', { id: 2n }, 6, 60),
      log('Refunded', { id: 2n, beneficiary: maker, amount: 10n ** 18n, paid: true }, 6, 60),
    );
    map = foldThreatLogs(logs);
    expect(statusFromHistory(map.get(1n)!, 8000)).toBe('claimed');
    expect(statusFromHistory(map.get(1n)!, 9000)).toBe('live'); // the hold ran out
    expect(map.get(2n)!.end).toMatchObject({ kind: 'cancelled', amount: 10n ** 18n });
  });

  it('has no summary for a threat whose creation is outside the scanned logs', () => {
    const map = foldThreatLogs([log('Forfeited', { id: 9n, amount: 1n }, 3)]);
    expect(statusFromHistory(map.get(9n)!)).toBe('none');
    expect(summaryFromHistory(map.get(9n)!, 1)).toBeUndefined();
  });
});

describe('labels', () => {
  it('decodes the enums in DataTypes.sol order and rejects impossible values', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(decodeStatus)).toEqual([
      'none',
      'gathering',
      'live',
      'claimed',
      'fulfilled',
      'refunded',
      'escalated',
      'forfeited',
      'cancelled',
    ]);
    expect([0, 1, 2].map(decodeAction)).toEqual(['refund', 'forfeit', 'escalate']);
    expect([0, 1, 2].map(decodeOutcome)).toEqual(['continue', 'escalate', 'terminate']);
    expect(() => decodeStatus(9)).toThrow(/Unknown status value 9/);
    expect(isFinal('live')).toBe(false);
    expect(isFinal('escalated')).toBe(true);
    expect(STATUS_LABELS.escalated.label).toBe('Escalated');
  });
});
