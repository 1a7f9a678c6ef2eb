import type { Address } from 'viem';
import { describe, expect, it } from 'vitest';
import { promiseOutcome, promiseRecord, promiseRecordText } from './record';

const jane = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as Address;
const joe = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' as Address;
const base = { maker: jane, isPromise: true, terms: 'I will move to Canada', deadline: 1 };

describe('promise record', () => {
  it('counts kept, broken (recorded or left to the deadline), released by a draw, and open', () => {
    const threats = [
      { ...base, id: 1n, status: 'fulfilled' as const, end: {} },
      { ...base, id: 2n, status: 'forfeited' as const, end: { breached: true } },
      { ...base, id: 3n, status: 'refunded' as const, end: {} },
      { ...base, id: 4n, status: 'refunded' as const, end: { period: 3 } },
      { ...base, id: 5n, status: 'live' as const },
      { ...base, id: 6n, status: 'cancelled' as const },
      { ...base, id: 7n, status: 'fulfilled' as const, isPromise: false },
      { ...base, id: 8n, status: 'fulfilled' as const, maker: joe },
    ];
    const r = promiseRecord(jane, threats);
    expect([r.kept, r.broken, r.released, r.open]).toEqual([1, 2, 1, 1]);
    expect(r.promises.map((p) => p.id)).toEqual([5n, 4n, 3n, 2n, 1n]);
    expect(promiseRecordText(r)).toBe('5 promises: 1 kept, 2 broken, 1 released by a draw, 1 still open.');
    expect(promiseRecordText(promiseRecord(joe, []))).toBe('No public promises yet.');
    expect(promiseOutcome({ ...base, id: 9n, status: 'escalated' })).toBe('broken');
  });
});
