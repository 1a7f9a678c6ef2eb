import { describe, expect, it } from 'vitest';
import { THREAT_BIGINTS, fromWire } from './parse';
import { wireThreat } from './testing/fake-indexer';
import type { ThreatRow } from './types';
import { bucketOf, enumName, P_BUCKETS, STAKE_BUCKETS, STATUSES } from './enums';

describe('wire conversions and enums', () => {
  it('turns the bigint columns of a row back into bigint and leaves the rest', () => {
    const t = fromWire<ThreatRow>(wireThreat(1, { escalatedAmount: '5' }) as never, THREAT_BIGINTS);
    expect(t.id).toBe(1n);
    expect(t.escalatedAmount).toBe(5n);
    expect(t.refundedAmount).toBeNull();
    expect(t.deadline).toBe(2000);
    expect(() => fromWire<ThreatRow>({ ...wireThreat(1), stake: { x: 1 } } as never, THREAT_BIGINTS)).toThrow(/stake/);
  });

  it('names on-chain enum values and buckets values', () => {
    expect(enumName(STATUSES, 3, 'Status')).toBe('claimed');
    expect(() => enumName(STATUSES, 9, 'Status')).toThrow(RangeError);
    expect(bucketOf(P_BUCKETS, 50_000_000)?.key).toBe('5-10');
    expect(bucketOf(P_BUCKETS, null)).toBeNull();
    expect(bucketOf(STAKE_BUCKETS, 10n ** 20n)?.key).toBe('gte100');
  });
});
