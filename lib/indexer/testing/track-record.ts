// A track record as GET /api/accounts/<address> answers it (amounts as decimal strings), for the client's tests.

const none = { n: 0, mean: null, median: null, p90: null };

/** The wire body of a track record; `over` replaces parts of its role sections. */
export function trackRecordBody(
  over: { asOracle?: Record<string, unknown>; asProvider?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const body = {
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
      timeToAct: none,
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
  };
  return {
    ...body,
    asOracle: { ...body.asOracle, ...over.asOracle },
    asProvider: { ...body.asProvider, ...over.asProvider },
  };
}
