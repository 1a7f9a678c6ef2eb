import { describe, expect, it } from 'vitest';
import { listEngagements } from './list-engagements';
import { fakeIndexer } from './testing/fake-indexer';

describe('listEngagements', () => {
  it('lists a provider’s engagements with bigint limits', async () => {
    const e = {
      id: '0x1',
      provider: '0x01',
      maker: '0x02',
      agreementHash: '0x3',
      source: 'onchain',
      minStake: '1',
      maxStake: '0',
      kinds: 3,
      validUntil: 9,
      uses: 2,
      nonce: '7',
      acceptedAt: 1,
      revokedAt: null,
      threats: 1,
      escalations: 0,
      firstUsedAt: 1,
    };
    const { client, requests } = fakeIndexer({
      '/api/engagements': () => ({
        body: [e, { ...e, id: '0x2', source: 'signature', minStake: null, maxStake: null, nonce: null }],
      }),
    });
    const rows = await listEngagements(client, { provider: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc' });
    expect(requests[0]!.searchParams.toString()).toBe('provider=0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc');
    expect(rows[0]).toMatchObject({ minStake: 1n, maxStake: 0n, nonce: 7n });
    expect(rows[1]).toMatchObject({ minStake: null, nonce: null });
  });
});
