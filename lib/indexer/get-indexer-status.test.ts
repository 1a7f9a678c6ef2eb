import { describe, expect, it } from 'vitest';
import { getIndexerStatus } from './get-indexer-status';
import { fakeIndexer } from './testing/fake-indexer';

describe('getIndexerStatus', () => {
  it('returns how far the indexer is behind', async () => {
    const status = {
      chainId: 1,
      registry: '0x1',
      indexedBlock: 10,
      indexedTimestamp: 100,
      headBlock: 12,
      headTimestamp: 124,
      lagBlocks: 2,
      lagSeconds: 24,
      ready: true,
      serverTime: 130,
    };
    const { client } = fakeIndexer({ '/api/status': () => ({ body: status }) });
    expect(await getIndexerStatus(client)).toEqual(status);
  });
});
