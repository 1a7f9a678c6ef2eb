import { describe, expect, it } from 'vitest';
import { listProviderEscalations } from './list-escalations';
import { fakeIndexer } from './testing/fake-indexer';

describe('listProviderEscalations', () => {
  it('lists a provider’s escalations with bigint amounts', async () => {
    const e = {
      threatId: '2',
      provider: '0x01',
      engagementId: '0x',
      amount: '7',
      paid: true,
      cause: 'timeout',
      maker: '0x02',
      timestamp: 1,
      blockNumber: 1,
      txHash: '0x',
      actedAt: null,
      actedDelay: null,
      terms: 't',
      agreementHash: null,
      kind: 'commitment',
      stake: '7',
      actedCount: 0,
      endCause: 'timeout',
    };
    const { client, requests } = fakeIndexer({
      '/api/escalations': () => ({ body: { items: [e], nextCursor: null } }),
    });
    const page = await listProviderEscalations(client, {
      provider: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
      limit: 10,
    });
    expect(requests[0]!.searchParams.get('provider')).toBe('0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc');
    expect(page.items[0]).toMatchObject({ threatId: 2n, amount: 7n, stake: 7n, terms: 't' });
  });
});
