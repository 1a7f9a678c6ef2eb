import { describe, expect, it } from 'vitest';
import { listFunderShares } from './list-funder-shares';
import { fakeIndexer } from './testing/fake-indexer';

describe('listFunderShares', () => {
  it('returns shares with bigints and the reclaimable flag', async () => {
    const s = {
      threatId: '8',
      account: '0x01',
      share: '5',
      joined: '5',
      left: '0',
      reclaimed: '0',
      reclaimPaid: null,
      joins: 1,
      firstJoinedAt: 1,
      updatedAt: 1,
      status: 'refunded',
      kind: 'commitment',
      terms: 'x',
      reclaimable: true,
    };
    const { client } = fakeIndexer({ '/api/accounts/*': () => ({ body: [s] }) });
    const [share] = await listFunderShares(client, { address: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc' });
    expect(share).toMatchObject({ threatId: 8n, share: 5n, reclaimable: true, status: 'refunded' });
  });
});
