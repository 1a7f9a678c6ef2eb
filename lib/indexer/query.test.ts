import { describe, expect, it } from 'vitest';
import {
  IndexerQueryError,
  decodeCursor,
  encodeCursor,
  encodeLedgerQuery,
  parseAddress,
  parseLedgerQuery,
} from './query';

const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

describe('ledger query string', () => {
  it('round-trips every filter, the sort and the page', () => {
    const q = {
      status: ['live' as const, 'claimed' as const],
      kind: 'probabilistic' as const,
      maker: A,
      provider: A,
      resolver: A,
      beneficiary: A,
      party: A,
      resolverKind: ['account' as const, 'uma' as const],
      timeoutAction: ['escalate' as const],
      minStake: 10n ** 17n,
      maxStake: 10n ** 30n,
      minP: 1,
      maxP: 1_000_000_000,
      minPeriod: 60,
      maxPeriod: 86400,
      createdFrom: 1,
      createdTo: 2,
      endedFrom: 3,
      endedTo: 4,
      q: 'refund 100%',
      sort: 'stake' as const,
      order: 'asc' as const,
      limit: 25,
      cursor: encodeCursor({ v: '5', id: '7' }),
      count: true,
    };
    const parsed = parseLedgerQuery(encodeLedgerQuery(q));
    expect(parsed).toEqual({
      ...q,
      maker: A.toLowerCase(),
      provider: A.toLowerCase(),
      resolver: A.toLowerCase(),
      beneficiary: A.toLowerCase(),
      party: A.toLowerCase(),
    });
  });

  it('defaults to newest first, 50 a page, and leaves out empty fields', () => {
    expect(encodeLedgerQuery({ status: [], q: '' }).toString()).toBe('');
    expect(parseLedgerQuery(new URLSearchParams())).toEqual({
      sort: 'created',
      order: 'desc',
      limit: 50,
      cursor: null,
      count: false,
    });
  });

  it('rejects malformed parameters with a message naming them', () => {
    const bad = (s: string) => () => parseLedgerQuery(new URLSearchParams(s));
    expect(bad('maker=0x12')).toThrow(IndexerQueryError);
    expect(bad('maker=0x12')).toThrow(/maker/);
    expect(bad('status=open')).toThrow(/status must be among/);
    expect(bad('minStake=-1')).toThrow(/minStake/);
    expect(bad('limit=0')).toThrow(/limit/);
    expect(bad('limit=501')).toThrow(/limit/);
    expect(bad('sort=random')).toThrow(/sort/);
    expect(bad('order=up')).toThrow(/order/);
    expect(bad('cursor=zzz')).toThrow(/cursor/);
    expect(bad('colour=red')).toThrow(/unknown parameter "colour"/);
    expect(bad(`q=${'x'.repeat(201)}`)).toThrow(/q must be/);
  });

  it('encodes opaque cursors and refuses forged ones', () => {
    const c = { v: '-1', id: '123456789012345678901234567890' };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(() => decodeCursor(Buffer.from('["x","1"]').toString('base64url'))).toThrow(IndexerQueryError);
    expect(parseAddress(A)).toBe(A.toLowerCase());
  });
});
