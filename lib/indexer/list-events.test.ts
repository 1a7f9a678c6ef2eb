import { describe, expect, it } from 'vitest';
import { listEvents } from './list-events';
import { fakeIndexer } from './testing/fake-indexer';

describe('listEvents', () => {
  it('asks for the events after a cursor and turns threat ids back into bigint', async () => {
    const e = {
      id: '17',
      contract: 'Levetrage',
      name: 'ThreatCreated',
      threatId: '4',
      args: { id: '4' },
      timestamp: 9,
      blockNumber: 3,
      logIndex: 0,
      txHash: '0x1',
    };
    const { client, requests } = fakeIndexer({
      '/api/events': () => ({ body: [e, { ...e, id: '18', threatId: null, name: 'FeeSet' }] }),
    });
    const rows = await listEvents(client, { after: '16', limit: 2 });
    expect(requests[0]!.searchParams.toString()).toBe('after=16&limit=2');
    expect(rows.map((r) => r.threatId)).toEqual([4n, null]);
  });
});
