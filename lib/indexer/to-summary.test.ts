import { zeroAddress, zeroHash } from 'viem';
import { describe, expect, it } from 'vitest';
import { THREAT_BIGINTS, fromWire } from './parse';
import { wireThreat } from './testing/fake-indexer';
import { threatRowToSummary } from './to-summary';
import type { ThreatRow, Wire } from './types';

const row = (id: number, o: Record<string, unknown> = {}) =>
  fromWire<ThreatRow>(wireThreat(id, o) as Wire<ThreatRow>, THREAT_BIGINTS);

describe('threatRowToSummary', () => {
  it('turns an open commitment into the read model, zero address for absent roles', () => {
    const s = threatRowToSummary(row(7), 31337);
    expect(s).toMatchObject({
      id: 7n,
      chainId: 31337,
      kind: 'commitment',
      status: 'live',
      stake: 10n ** 18n,
      provider: zeroAddress,
      agreementHash: zeroHash,
      end: null,
      terms: 'threat 7',
    });
    expect(s.odds).toBeUndefined();
    expect(s.created).toEqual({ txHash: `0x${'ab'.repeat(32)}`, blockNumber: 5n, timestamp: 1000 });
  });

  it('keeps a probabilistic threat’s odds and pending draws, and an escalation’s end', () => {
    const s = threatRowToSummary(
      row(8, {
        kind: 'probabilistic',
        beacon: '0x00000000000000000000000000000000000000b1',
        beaconKind: 'block',
        period: 3600,
        pEscalate: 50_000_000,
        pTerminate: 0,
        settledPeriods: 2,
        pendingFrom: 3,
        pendingThrough: 4,
        ticket: 120,
        status: 'escalated',
        endedAt: 5000,
        endedBlock: 40,
        endTx: `0x${'cd'.repeat(32)}`,
        endCause: 'draw-escalate',
        escalatedAmount: '1000000000000000000',
      }),
      31337,
    );
    expect(s.odds).toEqual({
      beacon: '0x00000000000000000000000000000000000000b1',
      period: 3600,
      pEscalate: 50_000_000,
      pTerminate: 0,
      beaconKind: 'block',
    });
    expect(s).toMatchObject({ settledPeriods: 2, pendingThrough: 4, ticket: 120 });
    expect(s.end).toMatchObject({ kind: 'escalated', amount: 10n ** 18n, blockNumber: 40n, timestamp: 5000 });
  });
});
