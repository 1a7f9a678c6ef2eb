import { describe, expect, it } from 'vitest';
import { addToAccount, addrOrNull, jsonArgs, newAccount, resolverKindOf } from './rows';

describe('row helpers', () => {
  it('creates and adds to per-address aggregates', () => {
    const row = newAccount('0xab', 100, { makerThreats: 1, makerStake: 5n });
    expect(row).toMatchObject({
      address: '0xab',
      makerThreats: 1,
      makerStake: 5n,
      providerThreats: 0,
      withdrawn: 0n,
      firstSeenAt: 100,
      lastSeenAt: 100,
    });
    expect(addToAccount(row, 200, { makerThreats: 2, makerStake: 1n })).toEqual({
      lastSeenAt: 200,
      makerThreats: 3,
      makerStake: 6n,
    });
    expect(addToAccount(row, 50, {}).lastSeenAt).toBe(100);
  });

  it('serializes event args for JSON and names resolver kinds', () => {
    expect(
      jsonArgs({
        id: 1n,
        who: '0xABCDEFabcdef0123456789012345678901234567',
        e: { nonce: 2n },
        list: [3n],
        hash: `0x${'AB'.repeat(32)}`,
      }),
    ).toEqual({
      id: '1',
      who: '0xabcdefabcdef0123456789012345678901234567',
      e: { nonce: '2' },
      list: ['3'],
      hash: `0x${'AB'.repeat(32)}`,
    });
    expect(addrOrNull('0x0000000000000000000000000000000000000000')).toBeNull();
    expect(addrOrNull('0xAB')).toBe('0xab');
    expect(resolverKindOf('UMA')).toBe('uma');
    expect(resolverKindOf('kleros')).toBe('contract');
    expect(resolverKindOf(null)).toBe('contract');
  });
});
