import { describe, expect, it } from 'vitest';
import { ledgerSearch, parseLedgerParams } from './ledger-params';

const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

describe('parseLedgerParams', () => {
  it('turns what people type into the indexer’s units', () => {
    const { query, errors } = parseLedgerParams({
      status: ['live,claimed'],
      kind: 'probabilistic',
      provider: A,
      minStake: '0.5',
      maxStake: '10',
      minP: '1',
      maxP: '5%',
      minPeriod: '1',
      maxPeriod: '24',
      from: '2026-01-01',
      to: '2026-01-31',
      q: ' deposit ',
      sort: 'stake',
      order: 'asc',
    });
    expect(errors).toEqual([]);
    expect(query).toEqual({
      status: ['live', 'claimed'],
      kind: 'probabilistic',
      provider: A.toLowerCase(),
      minStake: 5n * 10n ** 17n,
      maxStake: 10n * 10n ** 18n,
      minP: 10_000_000,
      maxP: 50_000_000,
      minPeriod: 3600,
      maxPeriod: 86_400,
      createdFrom: 1_767_225_600,
      createdTo: 1_767_225_600 + 30 * 86_400 + 86_399,
      q: 'deposit',
      sort: 'stake',
      order: 'asc',
    });
  });

  it('says what is malformed, in words, and keeps the rest of the filter', () => {
    const { query, errors } = parseLedgerParams({
      status: 'alive',
      maker: '0x1234',
      minStake: 'lots',
      maxP: '150',
      from: '01/02/2026',
      sort: 'size',
      kind: 'commitment',
    });
    expect(errors).toHaveLength(6);
    expect(errors.join(' ')).toMatch(/Status “alive” does not exist/);
    expect(errors.join(' ')).toMatch(/Maker “0x1234” is not an Ethereum address/);
    expect(errors.join(' ')).toMatch(/Minimum stake: “lots” is not an amount/);
    expect(errors.join(' ')).toMatch(/not a percentage between 0 and 100/);
    expect(errors.join(' ')).toMatch(/not a date/);
    expect(errors.join(' ')).toMatch(/Sort “size” does not exist/);
    expect(query).toEqual({ kind: 'commitment', sort: 'created', order: 'desc' });
  });

  it('notices a range that cannot match', () => {
    expect(parseLedgerParams({ minStake: '5', maxStake: '1' }).errors).toEqual([
      'The minimum stake is above the maximum stake: nothing can match.',
    ]);
  });
});

describe('ledgerSearch', () => {
  it('keeps the state in the URL, leaves out defaults, and applies overrides', () => {
    const { form } = parseLedgerParams({ status: 'live', q: 'rent', sort: 'created', cursor: 'abc' });
    expect(ledgerSearch(form)).toBe('?status=live&q=rent&cursor=abc');
    expect(ledgerSearch(form, { cursor: null, group: 'p' })).toBe('?status=live&q=rent&group=p');
    expect(parseLedgerParams(Object.fromEntries(new URLSearchParams(ledgerSearch(form)))).form).toEqual(form);
  });
});
