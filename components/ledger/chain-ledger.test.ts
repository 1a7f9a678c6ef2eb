import { describe, expect, it } from 'vitest';
import type { ThreatSummary } from '@/lib/threats';
import { chainLedgerPage, matchesFilter } from './chain-ledger';

const P = '0x00000000000000000000000000000000000000aa';
function t(id: number, o: Partial<ThreatSummary> = {}): ThreatSummary {
  return {
    id: BigInt(id),
    chainId: 31337,
    kind: 'commitment',
    status: 'live',
    maker: '0x00000000000000000000000000000000000000Ab',
    beneficiary: '0x00000000000000000000000000000000000000Ab',
    stake: BigInt(id) * 10n ** 18n,
    provider: P,
    agreementHash: '0x',
    engagementId: '0x',
    resolver: '0x00000000000000000000000000000000000000cc',
    adversary: '0x0000000000000000000000000000000000000000',
    isPromise: false,
    deadline: 1000 + id,
    start: 100,
    timeoutAction: 'refund',
    terms: `pay the deposit ${id}`,
    settledPeriods: 0,
    pendingThrough: 0,
    ticket: 0,
    fee: 0n,
    created: { txHash: '0x', blockNumber: BigInt(id) },
    end: null,
    ...o,
  } as ThreatSummary;
}

describe('the chain ledger (no indexer)', () => {
  it('applies the filter as the indexer does', () => {
    expect(
      matchesFilter(t(1), { maker: '0x00000000000000000000000000000000000000ab', provider: P, q: 'DEPOSIT' }),
    ).toBe(true);
    expect(matchesFilter(t(1), { minP: 1 })).toBe(false); // a commitment has no p
    expect(
      matchesFilter(
        t(1, { kind: 'probabilistic', odds: { beacon: P, period: 3600, pEscalate: 50_000_000, pTerminate: 0 } }),
        { minP: 10_000_000, maxPeriod: 3600 },
      ),
    ).toBe(true);
    expect(matchesFilter(t(2), { status: ['fulfilled'] })).toBe(false);
  });

  it('sorts and pages', () => {
    const all = [1, 2, 3, 4, 5].map((i) => t(i));
    const p0 = chainLedgerPage(all, { sort: 'stake', order: 'desc', minStake: 2n * 10n ** 18n }, 0, 2);
    expect(p0.items.map((x) => Number(x.id))).toEqual([5, 4]);
    expect(p0).toMatchObject({ total: 4, hasNext: true });
    const p1 = chainLedgerPage(all, { sort: 'stake', order: 'desc', minStake: 2n * 10n ** 18n }, 1, 2);
    expect(p1.items.map((x) => Number(x.id))).toEqual([3, 2]);
    expect(p1.hasNext).toBe(false);
  });
});
