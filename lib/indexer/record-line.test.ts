import { describe, expect, it } from 'vitest';
import { getTrackRecord } from './get-track-record';
import { recordLine } from './record-line';
import { fakeIndexer } from './testing/fake-indexer';
import { trackRecordBody } from './testing/track-record';

const ADDRESS = '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc';
const newcomer = {
  asProvider: { engagements: 0, threats: 0, escalationsReceived: 0, escalatedAmount: '0', escalationsActedOn: 0 },
};

/** The record the indexer answers with `over`, read through the client as the API route reads it. */
async function record(over: Parameters<typeof trackRecordBody>[0]) {
  const { client } = fakeIndexer({ '/api/accounts/*': () => ({ body: trackRecordBody(over) }) });
  return getTrackRecord(client, { address: ADDRESS });
}

describe('recordLine', () => {
  it('says when an address has no record in the role it is picked for', async () => {
    expect(recordLine(await record(newcomer), 'provider')).toBe('No record yet as a provider: no threat has named it.');
    expect(recordLine(await record(newcomer), 'oracle')).toBe('No record yet as an oracle: no threat has named it.');
  });

  it('sums up a provider: threats, engagements, escalations and how it acted on them', async () => {
    const r = await record({
      asProvider: {
        threats: 3,
        engagements: 1,
        escalationsReceived: 2,
        escalatedAmount: '4500000000000000000',
        escalationsActedOn: 1,
        actedRate: 0.5,
        timeToAct: { n: 1, mean: 7200, median: 7200, p90: 7200 },
      },
    });
    expect(recordLine(r, 'provider')).toBe(
      'As a provider: named by 3 threats; 1 engagement signed or accepted; 2 escalations received (4.5 ETH); recorded acting on 1 (50%), after 2 hours (median).',
    );
  });

  it('sums up an oracle: threats judged, fulfilments, lost claims and silent timeouts', async () => {
    const r = await record({
      asOracle: { threatsJudged: 3, ended: 2, fulfilments: 1, fulfilmentRate: 0.5, silentTimeouts: 1 },
    });
    expect(recordLine(r, 'oracle')).toBe(
      'As an oracle: judges 3 threats (2 ended); 1 fulfilment (50%); 0 claims that ended unfulfilled; 1 silent timeout.',
    );
  });
});
