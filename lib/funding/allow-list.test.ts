import { concat, keccak256, zeroHash, type Address } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  allowListFromTerms,
  allowListLeaf,
  allowListProof,
  allowListRoot,
  parseAddressList,
  verifyAllowListProof,
} from './allow-list';

const accounts = [
  '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC',
  '0x90F79bf6EB2c4f870365E785982E1f101E93b906',
  '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
] as Address[];
const stranger = '0x976EA74026E726554dB657fA54763abd0C3a0aa9' as Address;

describe('allow-list Merkle tree (OpenZeppelin leaves, sorted pairs)', () => {
  it('hashes a leaf as keccak256(keccak256(abi.encode(account)))', () => {
    // abi.encode(address) is the address left-padded to 32 bytes.
    const padded = `0x${'0'.repeat(24)}${accounts[0]!.slice(2).toLowerCase()}` as const;
    expect(allowListLeaf(accounts[0]!)).toBe(keccak256(keccak256(padded)));
  });

  it('gives every listed account a proof that verifies, and none to a stranger', () => {
    for (let n = 1; n <= accounts.length; n++) {
      const list = accounts.slice(0, n);
      const root = allowListRoot(list);
      for (const a of list) expect(verifyAllowListProof(allowListProof(list, a)!, root, a)).toBe(true);
      expect(allowListProof(list, stranger)).toBeNull();
      expect(verifyAllowListProof(allowListProof(list, list[0]!)!, root, stranger)).toBe(false);
    }
  });

  it('a two-account root is the sorted pair hash of the leaves; one account is its own leaf; none is zero', () => {
    const [a, b] = [allowListLeaf(accounts[0]!), allowListLeaf(accounts[1]!)];
    const pair = BigInt(a) < BigInt(b) ? concat([a, b]) : concat([b, a]);
    expect(allowListRoot(accounts.slice(0, 2))).toBe(keccak256(pair));
    expect(allowListRoot([accounts[2]!])).toBe(allowListLeaf(accounts[2]!));
    expect(allowListRoot([])).toBe(zeroHash);
  });

  it('parses typed lists and the published terms line', () => {
    const parsed = parseAddressList(`${accounts[0]!.toLowerCase()}, nope\n${accounts[1]}\n${accounts[0]}`);
    expect(parsed.accounts).toEqual([accounts[0], accounts[1]]);
    expect(parsed.invalid).toEqual(['nope']);
    expect(allowListFromTerms(`Pay up.\nBackers allowed: ${accounts[2]}, ${accounts[3]}`)).toEqual([
      accounts[2],
      accounts[3],
    ]);
    expect(allowListFromTerms('Pay up.')).toBeNull();
  });
});
