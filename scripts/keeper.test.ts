import { describe, expect, it } from 'vitest';
import { keeperKey } from './keeper';
import { devAccount } from './lib/dev-accounts.mjs';

const KEY = `0x${'1a'.repeat(32)}`;

describe('keeperKey: never the public dev key off the local chain', () => {
  it('refuses to start on another chain without KEEPER_PRIVATE_KEY, saying what to set', () => {
    for (const chainId of [1, 11155111, 1337]) {
      expect(() => keeperKey(chainId, {})).toThrow(/Refusing to start on chain \d+ without KEEPER_PRIVATE_KEY/);
      expect(() => keeperKey(chainId, { KEEPER_PRIVATE_KEY: '  ' })).toThrow(/KEEPER_PRIVATE_KEY=0x/);
    }
  });

  it('uses KEEPER_PRIVATE_KEY on any chain, and rejects a malformed one', () => {
    expect(keeperKey(11155111, { KEEPER_PRIVATE_KEY: KEY })).toBe(KEY);
    expect(keeperKey(31337, { KEEPER_PRIVATE_KEY: KEY })).toBe(KEY);
    expect(() => keeperKey(1, { KEEPER_PRIVATE_KEY: '0x1234' })).toThrow(/64 hex digits/);
  });

  it('falls back to the dev "Keeper" account on the local chain only', () => {
    expect(keeperKey(31337, {})).toBe(devAccount('keeper').privateKey);
  });
});
