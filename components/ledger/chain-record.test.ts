import { describe, expect, it } from 'vitest';
import type { ThreatSummary } from '@/lib/threats';
import { chainRecord } from './chain-record';

const A = '0x00000000000000000000000000000000000000Aa';
const B = '0x00000000000000000000000000000000000000bb';
const t = (status: string, o: Partial<ThreatSummary> = {}) =>
  ({ status, maker: B, beneficiary: B, provider: B, resolver: B, ...o }) as ThreatSummary;

describe('chainRecord', () => {
  it('counts an address’s threats per role and outcome', () => {
    const r = chainRecord(
      [
        t('fulfilled', { resolver: A }),
        t('live', { resolver: A }),
        t('escalated', { provider: A }),
        t('refunded', { maker: A }),
        t('live', { beneficiary: A }),
        t('live'),
      ],
      A.toLowerCase(),
    );
    expect(r.asOracle).toEqual({ threats: 2, ended: 1, fulfilled: 1 });
    expect(r.asProvider).toEqual({ threats: 1, escalated: 1 });
    expect(r.asMaker).toMatchObject({ threats: 2, open: 1, refunded: 1, fulfilled: 0 });
  });
});
