import { describe, expect, it } from 'vitest';
import { getIndexedThreat } from './get-threat';
import { fakeIndexer, wireThreat } from './testing/fake-indexer';

describe('getIndexedThreat', () => {
  it('returns the threat and its history with bigints, or null for an unknown id', async () => {
    const tx = `0x${'cd'.repeat(32)}`;
    const { client } = fakeIndexer({
      '/api/threats/4': () => ({
        body: {
          threat: wireThreat(4, { status: 'escalated' }),
          draws: [
            {
              threatId: '4',
              period: 1,
              value: tx,
              outcome: 'escalate',
              neutralized: false,
              ticket: 9,
              settledAt: 5,
              settledBlock: 9,
              txHash: tx,
            },
          ],
          drawRequests: [],
          fulfilments: [],
          evidence: [],
          funders: [
            {
              threatId: '4',
              account: '0x01',
              share: '5',
              joined: '5',
              left: '0',
              reclaimed: '0',
              reclaimPaid: null,
              joins: 1,
              firstJoinedAt: 1,
              updatedAt: 1,
            },
          ],
          fundingEvents: [
            {
              id: 'e',
              threatId: '4',
              kind: 'activated',
              account: null,
              amount: null,
              stakeAfter: '7',
              timestamp: 1,
              blockNumber: 1,
              txHash: tx,
            },
          ],
          escalation: {
            threatId: '4',
            provider: '0x02',
            engagementId: tx,
            amount: '7',
            paid: true,
            cause: 'draw-escalate',
            maker: '0x01',
            timestamp: 1,
            blockNumber: 1,
            txHash: tx,
            actedAt: null,
            actedDelay: null,
          },
          acted: [],
          events: [
            {
              id: 'x',
              contract: 'Levetrage',
              name: 'ThreatCreated',
              threatId: '4',
              args: { id: '4' },
              timestamp: 1,
              blockNumber: 1,
              logIndex: 0,
              txHash: tx,
            },
          ],
          resolver: {
            panel: null,
            panelApprovals: [],
            realityQuestions: [],
            realityAnswers: [],
            umaConfig: { threatId: '4', resolver: '0x03', bond: '9', liveness: 7200, claimHash: tx, claim: 'paid' },
            umaAssertions: [
              {
                assertionId: tx,
                threatId: '4',
                resolver: '0x03',
                asserter: '0x04',
                bond: '9',
                expiration: 9,
                heldUntil: null,
                disputedAt: 5,
                truthful: false,
                resolvedAt: 6,
                applied: false,
                assertedAt: 1,
              },
            ],
          },
        },
      }),
    });
    const d = await getIndexedThreat(client, { id: 4n });
    expect(d!.threat.id).toBe(4n);
    expect(d!.draws[0]!.threatId).toBe(4n);
    expect(d!.funders[0]).toMatchObject({ share: 5n, left: 0n });
    expect(d!.fundingEvents[0]).toMatchObject({ amount: null, stakeAfter: 7n });
    expect(d!.escalation).toMatchObject({ amount: 7n, threatId: 4n });
    expect(d!.events[0]!.threatId).toBe(4n);
    expect(d!.resolver.umaConfig).toMatchObject({ bond: 9n, claim: 'paid' });
    expect(d!.resolver.umaAssertions[0]).toMatchObject({ threatId: 4n, bond: 9n, truthful: false });
    expect(await getIndexedThreat(client, { id: 5n })).toBeNull();
  });
});
