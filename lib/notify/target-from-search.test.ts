import { describe, expect, it } from 'vitest';
import { targetFromSearch } from './target-from-search';

describe('targetFromSearch', () => {
  it('reads an address in a role, a threat or a filter, and explains bad input', () => {
    expect(targetFromSearch({ address: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', role: 'oracle' })).toMatchObject({
      ok: true,
      target: { type: 'address', address: '0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc', role: 'oracle' },
    });
    expect(targetFromSearch({ threat: '3' })).toMatchObject({ ok: true, target: { type: 'threat', threatId: '3' } });
    expect(targetFromSearch({ filter: 'status=live' })).toMatchObject({
      ok: true,
      target: { type: 'filter', query: 'status=live' },
    });
    expect(targetFromSearch({ address: '0x12' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('is not an address'),
    });
    expect(targetFromSearch({ address: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', role: 'judge' })).toMatchObject({
      ok: false,
    });
    expect(targetFromSearch({})).toMatchObject({ ok: false, error: expect.stringContaining('Say what to follow') });
  });
});
