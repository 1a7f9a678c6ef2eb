import { describe, expect, it } from 'vitest';
import { isIndexerAvailable } from './is-indexer-available';
import { fakeIndexer, hang } from './testing/fake-indexer';

const status = {
  chainId: 31337,
  registry: '0x9fe4',
  indexedBlock: 90,
  indexedTimestamp: 1,
  headBlock: 100,
  headTimestamp: 2,
  lagBlocks: 10,
  lagSeconds: 1,
  ready: true,
  serverTime: 3,
};

describe('isIndexerAvailable', () => {
  it('is available with the status and the lag', async () => {
    const { client } = fakeIndexer({ '/api/status': () => ({ body: status }) });
    expect(await isIndexerAvailable(client, { chainId: 31337 })).toMatchObject({
      available: true,
      lagBlocks: 10,
      status: { indexedBlock: 90 },
    });
  });

  it('is not available without a configured indexer, on another chain, or while backfilling', async () => {
    expect(await isIndexerAvailable(null)).toEqual({ available: false, reason: 'no indexer configured' });
    const { client } = fakeIndexer({ '/api/status': () => ({ body: status }) });
    expect(await isIndexerAvailable(client, { chainId: 1 })).toMatchObject({
      available: false,
      reason: expect.stringContaining('chain 31337'),
    });
    const { client: busy } = fakeIndexer({ '/api/status': () => ({ body: { ...status, ready: false } }) });
    expect(await isIndexerAvailable(busy)).toMatchObject({
      available: false,
      reason: expect.stringContaining('catching up'),
    });
    const { client: odd } = fakeIndexer({ '/api/status': () => ({ body: { hello: 1 } }) });
    expect((await isIndexerAvailable(odd)).available).toBe(false);
  });

  it('gives up after its short timeout instead of hanging', async () => {
    const { client } = fakeIndexer({ '/api/status': hang }, { timeoutMs: 60_000 });
    const t0 = Date.now();
    const r = await isIndexerAvailable(client, { timeoutMs: 150 });
    expect(r).toMatchObject({ available: false, reason: expect.stringContaining('did not answer') });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('says why when the indexer is down', async () => {
    const { client } = fakeIndexer({ '/api/status': () => ({ status: 503, body: { error: 'starting' } }) });
    expect(await isIndexerAvailable(client)).toMatchObject({
      available: false,
      reason: expect.stringContaining('503'),
    });
  });
});
