import { describe, expect, it } from 'vitest';
import { getLedgerStats } from './get-ledger-stats';
import { fakeIndexer } from './testing/fake-indexer';

const row = {
  group: 'p',
  bucket: '1-5',
  label: '1–5%',
  total: 3,
  open: 1,
  ended: 2,
  fulfilled: 1,
  refunded: 0,
  escalated: 1,
  forfeited: 0,
  cancelled: 0,
  fulfilmentRate: 0.5,
  escalationRate: 0.5,
  refundRate: 0,
  forfeitRate: 0,
  timeToComply: { n: 1, mean: 60, median: 60, p90: 60 },
  drawsBeforeCompliance: { n: 1, mean: 2, median: 2, p90: 2 },
  stake: '3000',
};

describe('getLedgerStats', () => {
  it('asks for a grouping over a filter and returns bigint stakes', async () => {
    const { client, requests } = fakeIndexer({
      '/api/stats': () => ({ body: { groupBy: 'p', overall: { ...row, group: 'all', bucket: 'all' }, rows: [row] } }),
    });
    const s = await getLedgerStats(client, { groupBy: 'p', filter: { kind: 'probabilistic' } });
    expect(requests[0]!.searchParams.toString()).toBe('kind=probabilistic&groupBy=p');
    expect(s.rows[0]).toMatchObject({ bucket: '1-5', stake: 3000n, escalationRate: 0.5 });
    expect(s.overall.stake).toBe(3000n);
  });
});
