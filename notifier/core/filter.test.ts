import { describe, expect, it } from 'vitest';
import type { ThreatRow } from '../../lib/indexer/types';
import { matchesFilter } from './filter';

const row = {
  status: 'live',
  kind: 'probabilistic',
  maker: '0xaa',
  provider: '0xbb',
  resolver: '0xcc',
  beneficiary: '0xaa',
  resolverKind: 'account',
  timeoutAction: 'escalate',
  stake: 5n * 10n ** 18n,
  pEscalate: 10_000_000,
  period: 3600,
  createdAt: 100,
  endedAt: null,
  terms: 'Stop the Hornet nest',
} as unknown as ThreatRow;

describe('matchesFilter', () => {
  it('applies each ledger filter like the ledger SQL', () => {
    expect(matchesFilter(row, {})).toBe(true);
    expect(matchesFilter(row, { status: ['live', 'claimed'], kind: 'probabilistic', party: '0xbb', q: 'hornet' })).toBe(
      true,
    );
    expect(matchesFilter(row, { status: ['fulfilled'] })).toBe(false);
    expect(matchesFilter(row, { minStake: 6n * 10n ** 18n })).toBe(false);
    expect(matchesFilter(row, { maxP: 1_000_000 })).toBe(false);
    expect(matchesFilter(row, { endedFrom: 0 })).toBe(false);
    expect(matchesFilter({ ...row, pEscalate: null } as ThreatRow, { minP: 0 })).toBe(false);
  });
});
