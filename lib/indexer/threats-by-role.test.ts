import { describe, expect, it } from 'vitest';
import { threatsByRole } from './threats-by-role';
import { fakeIndexer } from './testing/fake-indexer';

describe('threatsByRole', () => {
  it('maps each role to its ledger filter', async () => {
    const { client, requests } = fakeIndexer({ '/api/threats': () => ({ body: { items: [], nextCursor: null } }) });
    const a = '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc';
    for (const role of ['maker', 'provider', 'resolver', 'beneficiary', 'any'] as const)
      await threatsByRole(client, { role, address: a, status: ['escalated'] });
    expect(requests.map((r) => [...r.searchParams.keys()].join(','))).toEqual([
      'status,maker',
      'status,provider',
      'status,resolver',
      'status,beneficiary',
      'status,party',
    ]);
    expect(requests[0]!.searchParams.get('maker')).toBe(a.toLowerCase());
  });
});
