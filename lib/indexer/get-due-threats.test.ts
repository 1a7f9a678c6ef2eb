import { describe, expect, it } from 'vitest';
import { getAllDueThreats, getDueThreats } from './get-due-threats';
import { fakeIndexer } from './testing/fake-indexer';

const due = (id: number) => ({
  id: String(id),
  kind: 'commitment',
  status: 'live',
  reason: 'deadline',
  beacon: null,
  beaconKind: null,
  ticket: null,
  settledPeriods: 0,
  pendingThrough: null,
  nextDueAt: 5,
  nextDueBlock: null,
  deadline: 5,
});

describe('getDueThreats', () => {
  it('passes the chain time and block, and follows the pages', async () => {
    const { client, requests } = fakeIndexer({
      '/api/due': (url) => {
        const cursor = url.searchParams.get('cursor');
        return { body: cursor ? { items: [due(3)], nextCursor: null } : { items: [due(1), due(2)], nextCursor: '2' } };
      },
    });
    const first = await getDueThreats(client, { now: 100n, block: 7 });
    expect(first.items.map((d) => d.id)).toEqual([1n, 2n]);
    expect(requests[0]!.searchParams.toString()).toBe('now=100&block=7');
    const all = await getAllDueThreats(client, { now: 100, block: 7, pageSize: 2 });
    expect(all.map((d) => d.id)).toEqual([1n, 2n, 3n]);
    expect(requests.at(-1)!.searchParams.get('cursor')).toBe('2');
  });
});
