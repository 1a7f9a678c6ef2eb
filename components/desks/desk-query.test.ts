import { describe, expect, it } from 'vitest';
import { deskHref, parseDeskQuery } from './desk-query';

describe('parseDeskQuery', () => {
  it('accepts and checksums a typed address on the default (local) chain', () => {
    const q = parseDeskQuery({ address: ' 0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc ' });
    expect(q.address).toBe('0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc');
    expect(q.chainId).toBe(31337);
    expect(q.deployment?.levetrage).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(q.error).toBeUndefined();
  });

  it('explains a malformed address and an unknown chain, and keeps working', () => {
    const q = parseDeskQuery({ address: '0x1234', chain: '999' });
    expect(q.address).toBeUndefined();
    expect(q.chainId).toBe(31337);
    expect(q.error).toContain('“0x1234” is not an Ethereum address');
    expect(q.error).toContain('“999” is not a network this app knows');
  });

  it('shows no address and no error for an empty query; takes the first of repeated params', () => {
    const empty = parseDeskQuery({});
    expect(empty.address).toBeUndefined();
    expect(empty.error).toBeUndefined();
    expect(parseDeskQuery({ address: ['0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', 'x'] }).address).toBe(
      '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
    );
  });

  it('builds desk links that omit the default chain', () => {
    expect(deskHref('/oracle', '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', 31337)).toBe(
      '/oracle?address=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
    );
    expect(deskHref('/me', undefined, 31337)).toBe('/me');
  });
});
