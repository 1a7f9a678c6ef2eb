import { describe, expect, it } from 'vitest';
import { parseEther } from 'viem';
import { recordLine } from './record-line';
import type { TrackRecord } from './types';

const none = { n: 0, mean: null, median: null, p90: null };

function record(over: {
  asOracle?: Partial<TrackRecord['asOracle']>;
  asProvider?: Partial<TrackRecord['asProvider']>;
}) {
  return {
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
      decisionTime: none,
      silentTimeouts: 0,
      ...over.asOracle,
    },
    asProvider: {
      engagements: 0,
      engagementsAccepted: 0,
      revocations: 0,
      threats: 0,
      escalationsReceived: 0,
      escalatedAmount: 0n,
      escalationsActedOn: 0,
      actedRate: null,
      timeToAct: none,
      ...over.asProvider,
    },
  } as unknown as TrackRecord;
}

describe('recordLine', () => {
  it('says when an address has no record in the role it is picked for', () => {
    expect(recordLine(record({}), 'provider')).toBe('No record yet as a provider: no threat has named it.');
    expect(recordLine(record({}), 'oracle')).toBe('No record yet as an oracle: no threat has named it.');
  });

  it('sums up a provider: threats, engagements, escalations and how it acted on them', () => {
    const line = recordLine(
      record({
        asProvider: {
          threats: 3,
          engagements: 1,
          escalationsReceived: 2,
          escalatedAmount: parseEther('4.5'),
          escalationsActedOn: 1,
          actedRate: 0.5,
          timeToAct: { n: 1, mean: 7200, median: 7200, p90: 7200 },
        },
      }),
      'provider',
    );
    expect(line).toBe(
      'As a provider: named by 3 threats; 1 engagement signed or accepted; 2 escalations received (4.5 ETH); recorded acting on 1 (50%), after 2 hours (median).',
    );
  });

  it('sums up an oracle: threats judged, fulfilments, lost claims and silent timeouts', () => {
    const line = recordLine(
      record({ asOracle: { threatsJudged: 3, ended: 2, fulfilments: 1, fulfilmentRate: 0.5, silentTimeouts: 1 } }),
      'oracle',
    );
    expect(line).toBe(
      'As an oracle: judges 3 threats (2 ended); 1 fulfilment (50%); 0 claims that ended unfulfilled; 1 silent timeout.',
    );
  });
});
