/**
 * The allow-list of a threat's backers (FundingParams.backersRoot): an OpenZeppelin-style Merkle tree whose leaves
 * are `keccak256(bytes.concat(keccak256(abi.encode(account))))` and whose inner nodes hash the sorted pair, so
 * `MerkleProof.verifyCalldata(proof, root, leaf)` in `LevetrageExtension.join` accepts the proofs made here.
 * Pure (viem only).
 */
import { concat, encodeAbiParameters, getAddress, isAddress, keccak256, zeroHash, type Address, type Hex } from 'viem';

/** The leaf of `account`, as the registry computes it for msg.sender. */
export function allowListLeaf(account: Address): Hex {
  return keccak256(keccak256(encodeAbiParameters([{ type: 'address' }], [getAddress(account)])));
}

/** OpenZeppelin's commutative hash of two nodes (the smaller first). */
function hashPair(a: Hex, b: Hex): Hex {
  return BigInt(a) < BigInt(b) ? keccak256(concat([a, b])) : keccak256(concat([b, a]));
}

/** The layers of the tree, leaves (sorted, distinct) first; an odd node is carried up unchanged. */
function layers(accounts: readonly Address[]): Hex[][] {
  const leaves = [...new Set(accounts.map((a) => allowListLeaf(a)))].sort((x, y) => (BigInt(x) < BigInt(y) ? -1 : 1));
  const out: Hex[][] = [leaves];
  while (out[out.length - 1]!.length > 1) {
    const prev = out[out.length - 1]!;
    const next: Hex[] = [];
    for (let i = 0; i < prev.length; i += 2)
      next.push(i + 1 < prev.length ? hashPair(prev[i]!, prev[i + 1]!) : prev[i]!);
    out.push(next);
  }
  return out;
}

/** The root of an allow-list (zero for an empty list: "anyone may back"). */
export function allowListRoot(accounts: readonly Address[]): Hex {
  if (accounts.length === 0) return zeroHash;
  return layers(accounts).at(-1)![0]!;
}

/** The proof that `account` is on the list, or null when it is not. */
export function allowListProof(accounts: readonly Address[], account: Address): Hex[] | null {
  if (accounts.length === 0) return [];
  const all = layers(accounts);
  let index = all[0]!.indexOf(allowListLeaf(account));
  if (index < 0) return null;
  const proof: Hex[] = [];
  for (const layer of all.slice(0, -1)) {
    const sibling = index % 2 === 0 ? index + 1 : index - 1;
    if (sibling < layer.length) proof.push(layer[sibling]!);
    index = Math.floor(index / 2);
  }
  return proof;
}

/** Checks a proof the way the registry does. */
export function verifyAllowListProof(proof: readonly Hex[], root: Hex, account: Address): boolean {
  return proof.reduce((node, p) => hashPair(node, p), allowListLeaf(account)) === root;
}

/** Parses a typed list of addresses (commas, spaces or new lines between them). */
export function parseAddressList(text: string): { accounts: Address[]; invalid: string[] } {
  const parts = text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const accounts: Address[] = [];
  const invalid: string[] = [];
  for (const p of parts) {
    if (isAddress(p, { strict: false })) {
      const a = getAddress(p);
      if (!accounts.includes(a)) accounts.push(a);
    } else invalid.push(p);
  }
  return { accounts, invalid };
}

/** The line of the published terms that lists the allowed backers, so anyone can rebuild the proofs. */
export const ALLOW_LIST_PREFIX = 'Backers allowed:';

/** The allowed backers published in a threat's terms (the line written by the wizard), if any. */
export function allowListFromTerms(terms: string): Address[] | null {
  const line = terms.split('\n').find((l) => l.startsWith(ALLOW_LIST_PREFIX));
  if (!line) return null;
  return parseAddressList(line.slice(ALLOW_LIST_PREFIX.length)).accounts;
}
