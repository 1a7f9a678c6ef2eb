import { describe, expect, it } from 'vitest';
import { IndexerError, createIndexerClient, indexerGet, indexerUrl, indexerUrlFromEnv } from './client';
import { fakeIndexer, hang } from './testing/fake-indexer';

describe('indexer client', () => {
  it('validates and normalizes the base URL', () => {
    expect(createIndexerClient({ url: 'http://127.0.0.1:42069/' }).url).toBe('http://127.0.0.1:42069');
    expect(() => createIndexerClient({ url: 'not a url' })).toThrow(/not a URL/);
    expect(() => createIndexerClient({ url: 'ftp://x' })).toThrow(/http/);
    expect(indexerUrl(createIndexerClient({ url: 'http://x' }), '/api/t', new URLSearchParams({ a: '1' }))).toBe(
      'http://x/api/t?a=1',
    );
  });

  it('reads the configured URL from the environment, or none', () => {
    expect(indexerUrlFromEnv({ NEXT_PUBLIC_INDEXER_URL: 'http://a' })).toBe('http://a');
    expect(indexerUrlFromEnv({ INDEXER_URL: 'http://b' })).toBe('http://b');
    expect(indexerUrlFromEnv({})).toBeNull();
  });

  it('returns the JSON body and turns failures into IndexerError kinds', async () => {
    const { client } = fakeIndexer(
      {
        '/ok': () => ({ body: { a: 1 } }),
        '/bad-query': () => ({ status: 400, body: { error: 'maker must be an address' } }),
        '/not-json': () => ({ body: '<html>' }),
        '/slow': hang,
      },
      { timeoutMs: 100 },
    );
    expect(await indexerGet(client, '/ok')).toEqual({ a: 1 });
    await expect(indexerGet(client, '/bad-query')).rejects.toMatchObject({
      kind: 'http',
      status: 400,
      message: expect.stringContaining('maker must be an address'),
    });
    await expect(indexerGet(client, '/not-json')).rejects.toMatchObject({ kind: 'bad-response' });
    const t0 = Date.now();
    await expect(indexerGet(client, '/slow')).rejects.toMatchObject({ kind: 'timeout' });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('reports an unreachable indexer as a network error', async () => {
    const client = createIndexerClient({
      url: 'http://indexer.test',
      fetch: (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch,
    });
    const error = await indexerGet(client, '/api/status').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexerError);
    expect(error).toMatchObject({ kind: 'network' });
  });
});
