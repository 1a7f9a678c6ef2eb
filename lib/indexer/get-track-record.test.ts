import { describe, expect, it } from 'vitest';
import { getTrackRecord } from './get-track-record';
import { fakeIndexer } from './testing/fake-indexer';

const dist = { n: 0, mean: null, median: null, p90: null };

describe('getTrackRecord', () => {
  it('fetches the record of a checked address and converts its amounts', async () => {
    const { client, requests } = fakeIndexer({
      '/api/accounts/*': () => ({
        body: {
          address: '0xab',
          account: null,
          asOracle: {
            kind: null,
            threatsJudged: 0,
            ended: 0,
            fulfilments: 0,
            promisesBroken: 0,
            fulfilmentRate: null,
            claims: 0,
            disputesLost: 0,
            decisionTime: dist,
            silentTimeouts: 0,
          },
          asProvider: {
            engagements: 1,
            engagementsAccepted: 0,
            revocations: 0,
            threats: 1,
            escalationsReceived: 1,
            escalatedAmount: '12',
            escalationsActedOn: 1,
            actedRate: 1,
            timeToAct: dist,
          },
          asMaker: {
            threats: 0,
            stake: '0',
            open: 0,
            fulfilled: 0,
            escalated: 0,
            refunded: 0,
            forfeited: 0,
            cancelled: 0,
          },
          asBeneficiary: { threats: 0, refundsReceived: '3' },
          asFunder: { threats: 0, amount: '4', reclaimed: '5' },
          nash: {
            address: '0xab',
            balance: '10',
            burned: '1',
            dividendsClaimed: '2',
            excluded: false,
            excludedEarned: null,
            updatedAt: 1,
          },
        },
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
