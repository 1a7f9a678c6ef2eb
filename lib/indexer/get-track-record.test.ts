import { describe, expect, it } from 'vitest';
import { getTrackRecord } from './get-track-record';
import { fakeIndexer } from './testing/fake-indexer';
import { trackRecordBody } from './testing/track-record';

describe('getTrackRecord', () => {
  it('fetches the record of a checked address and converts its amounts', async () => {
    const { client, requests } = fakeIndexer({
      '/api/accounts/*': () => ({
        body: trackRecordBody(),
      }),
    });
    const r = await getTrackRecord(client, { address: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc' });
    expect(requests[0]!.pathname).toBe('/api/accounts/0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc');
    expect(r.asProvider.escalatedAmount).toBe(12n);
    expect(r.asBeneficiary.refundsReceived).toBe(3n);
    expect(r.asFunder).toMatchObject({ amount: 4n, reclaimed: 5n });
    expect(r.nash).toMatchObject({ balance: 10n, excludedEarned: null });
    await expect(getTrackRecord(client, { address: 'bob' })).rejects.toThrow(/address/);
  });
});
