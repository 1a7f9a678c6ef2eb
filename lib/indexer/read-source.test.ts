import { beforeEach, describe, expect, it } from 'vitest';
import { clearReadSourceCache, readSource } from './read-source';
import { fakeIndexer, hang } from './testing/fake-indexer';

const status = {
  chainId: 31337,
  registry: '0x9fe4',
  indexedBlock: 95,
  indexedTimestamp: 1,
  headBlock: 100,
  headTimestamp: 2,
  lagBlocks: 5,
  lagSeconds: 1,
  ready: true,
  serverTime: 3,
};
const env = { INDEXER_URL: 'http://indexer.test' };

describe('readSource', () => {
  beforeEach(() => clearReadSourceCache());

  it('reads the chain when no indexer is configured, and says so', async () => {
    expect(await readSource({ chainId: 31337, env: {} })).toEqual({
      kind: 'chain',
      reason: 'no indexer is configured',
      configured: false,
    });
  });

  it('uses the indexer when it answers, is ready and close to the head', async () => {
    const { client } = fakeIndexer({ '/api/status': () => ({ body: status }) });
    const s = await readSource({ chainId: 31337, env, fetch: client.fetch });
    expect(s).toMatchObject({ kind: 'indexer', lagBlocks: 5, status: { indexedBlock: 95 } });
  });

  it('falls back to the chain when the indexer is too far behind', async () => {
    const { client } = fakeIndexer({ '/api/status': () => ({ body: { ...status, indexedBlock: 10, lagBlocks: 90 } }) });
    const s = await readSource({ chainId: 31337, env: { ...env, INDEXER_MAX_LAG_BLOCKS: '30' }, fetch: client.fetch });
    expect(s).toMatchObject({ kind: 'chain', configured: true, reason: expect.stringContaining('90 blocks behind') });
  });

  it('falls back within its timeout when the indexer hangs, and when it is down', async () => {
    const { client } = fakeIndexer({ '/api/status': hang });
    const t0 = Date.now();
    const s = await readSource({ chainId: 31337, env, fetch: client.fetch, timeoutMs: 200 });
    expect(s).toMatchObject({ kind: 'chain', reason: expect.stringContaining('did not answer') });
    expect(Date.now() - t0).toBeLessThan(3000);
    clearReadSourceCache();
    const refused = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await readSource({ chainId: 31337, env, fetch: refused })).toMatchObject({
      kind: 'chain',
      reason: expect.stringContaining('unreachable'),
    });
  });

  it('asks once per page (cached for a moment)', async () => {
    const { client, requests } = fakeIndexer({ '/api/status': () => ({ body: status }) });
    await Promise.all([1, 2, 3].map(() => readSource({ chainId: 31337, env, fetch: client.fetch })));
    expect(requests).toHaveLength(1);
  });
});
