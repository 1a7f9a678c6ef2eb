import { describe, expect, it } from 'vitest';
import { getDirectory } from './get-directory';
import { fakeIndexer } from './testing/fake-indexer';

describe('getDirectory', () => {
  it('asks for a role, a sort and a page', async () => {
    const entry = {
      rank: 1,
      address: '0x01',
      role: 'oracle',
      threats: 3,
      decided: 2,
      positive: 1,
      rate: 0.5,
      meanSeconds: 30,
      negative: 0,
      resolverKind: 'account',
    };
    const { client, requests } = fakeIndexer({
      '/api/directory': () => ({ body: { items: [entry], nextCursor: '50' } }),
    });
    const page = await getDirectory(client, { role: 'oracle', sort: 'speed', limit: 50, cursor: '0' });
    expect(requests[0]!.searchParams.toString()).toBe('role=oracle&sort=speed&limit=50&cursor=0');
    expect(page).toEqual({ items: [entry], nextCursor: '50' });
  });
});
