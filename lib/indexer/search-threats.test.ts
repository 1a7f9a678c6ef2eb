import { describe, expect, it } from 'vitest';
import { searchThreats } from './search-threats';
import { fakeIndexer, wireThreat } from './testing/fake-indexer';

describe('searchThreats', () => {
  it('sends the filters and returns typed rows with bigints', async () => {
    const { client, requests } = fakeIndexer({
      '/api/threats': () => ({ body: { items: [wireThreat(3, { linkedTo: '1' })], nextCursor: 'abc', total: 9 } }),
    });
    const page = await searchThreats(client, {
      status: ['live'],
      minStake: 10n ** 18n,
      q: 'refund',
      sort: 'stake',
      limit: 10,
      count: true,
    });
    expect(requests[0]!.searchParams.toString()).toBe(
      'status=live&minStake=1000000000000000000&q=refund&sort=stake&limit=10&count=1',
    );
    expect(page.nextCursor).toBe('abc');
    expect(page.total).toBe(9);
    expect(page.items[0]).toMatchObject({
      id: 3n,
      stake: 10n ** 18n,
      fee: 10n * 10n ** 18n,
      linkedTo: 1n,
      fundingCap: null,
      deadline: 2000,
    });
  });
});
