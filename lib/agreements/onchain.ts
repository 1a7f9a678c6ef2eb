/**
 * The on-chain terms an agreement names, validated with zod: for a provider (law firm, PR firm) the fields of
 * the registry's `Engagement` struct except `agreementHash` (which is the sha-256 of the PDF itself), plus the
 * chain and the registry; for an oracle the threats it agrees to decide. See `contracts/src/types/DataTypes.sol`.
 */
import { z } from 'zod';
import { address, bigUint, int, MAX_UINT32, MAX_UINT40, MAX_UINT64, MAX_UINT96 } from './fields';

/** Kinds of threat, in the order of the contract's `Kind` enum (bit `1 << index` in `Engagement.kinds`). */
export const KINDS = ['commitment', 'probabilistic'] as const;
export type ThreatKindName = (typeof KINDS)[number];

/** `Engagement.kinds` bits of a list of kinds: commitment = 1, probabilistic = 2, both = 3. */
export function kindsBits(kinds: readonly ThreatKindName[]): number {
  return kinds.reduce((bits, k) => bits | (1 << KINDS.indexOf(k)), 0);
}

const kinds = z
  .array(z.enum(KINDS, { error: 'Each kind of threat must be "commitment" or "probabilistic".' }), {
    error: 'List the kinds of threat accepted: ["commitment"], ["probabilistic"] or both.',
  })
  .superRefine((list, c) => {
    if (list.length === 0)
      c.addIssue({
        code: 'custom',
        message: 'Accept at least one kind of threat: a commitment, a probabilistic threat or both.',
      });
    if (new Set(list).size !== list.length) c.addIssue({ code: 'custom', message: 'Name each kind of threat once.' });
  })
  // canonical order: the enum's
  .overwrite((list) => KINDS.filter((k) => list.includes(k)));

const chainId = int({ what: 'the chain id', min: 1, max: Number.MAX_SAFE_INTEGER });
const validUntil = int({ what: 'the validity date (unix seconds, UTC)', min: 1, max: MAX_UINT40 });
const uses = int({ what: 'the number of threats it may back', min: 1, max: MAX_UINT32 });
const minStake = bigUint({
  what: 'the minimum stake',
  min: 1n,
  max: MAX_UINT96,
  hint: 'Write it in wei: 1 ETH is "1000000000000000000".',
});

/** The engagement a provider signs, without its agreement hash (the PDF's own sha-256). */
export const engagementTermsSchema = z
  .strictObject(
    {
      chainId,
      registry: address('the registry address'),
      maker: address('the maker’s address'),
      provider: address('the provider’s address'),
      nonce: bigUint({
        what: 'the provider’s nonce',
        max: MAX_UINT64,
        hint: 'Use a nonce the provider has not used or revoked.',
      }),
      minStake,
      maxStake: bigUint({ what: 'the maximum stake', max: MAX_UINT96, hint: 'Write it in wei; "0" means no cap.' }),
      kinds,
      validUntil,
      uses,
    },
    {
      error:
        'Give the on-chain terms as an object: chainId, registry, maker, provider, nonce, minStake, maxStake, kinds, validUntil, uses.',
    },
  )
  .superRefine((t, c) => {
    if (typeof t.maker === 'string' && t.maker === t.provider)
      c.addIssue({
        code: 'custom',
        path: ['provider'],
        message: 'The provider must be another account than the maker.',
      });
    if (typeof t.registry === 'string' && (t.registry === t.maker || t.registry === t.provider))
      c.addIssue({
        code: 'custom',
        path: ['registry'],
        message: 'The registry address must be the Levetrage registry contract, not a party’s account.',
      });
    if (
      typeof t.maxStake === 'string' &&
      typeof t.minStake === 'string' &&
      t.maxStake !== '0' &&
      BigInt(t.maxStake) < BigInt(t.minStake)
    )
      c.addIssue({
        code: 'custom',
        path: ['maxStake'],
        message: 'The maximum stake must be at least the minimum stake (or "0" for no cap).',
      });
  });
export type EngagementTerms = z.output<typeof engagementTermsSchema>;

/** The threats an oracle agrees to decide (as their resolver). */
export const resolverTermsSchema = z
  .strictObject(
    {
      chainId,
      registry: address('the registry address'),
      maker: address('the maker’s address'),
      oracle: address('the oracle’s address'),
      minStake,
      kinds,
      validUntil,
      uses,
    },
    {
      error:
        'Give the on-chain terms as an object: chainId, registry, maker, oracle, minStake, kinds, validUntil, uses.',
    },
  )
  .superRefine((t, c) => {
    if (typeof t.maker === 'string' && t.maker === t.oracle)
      c.addIssue({
        code: 'custom',
        path: ['oracle'],
        message:
          'The oracle must be another account than the maker: a maker who decides her own demand commits to nothing.',
      });
    if (typeof t.registry === 'string' && (t.registry === t.maker || t.registry === t.oracle))
      c.addIssue({
        code: 'custom',
        path: ['registry'],
        message: 'The registry address must be the Levetrage registry contract, not a party’s account.',
      });
  });
export type ResolverTerms = z.output<typeof resolverTermsSchema>;

/**
 * Names of well-known chains, frozen for template version 1 (a change would change the bytes of existing
 * agreements). Any other chain is named by its id alone.
 */
const CHAIN_NAMES: Readonly<Record<number, string>> = Object.freeze({
  1: 'Ethereum mainnet',
  10: 'OP Mainnet',
  8453: 'Base',
  42161: 'Arbitrum One',
  17000: 'Holesky testnet',
  560048: 'Hoodi testnet',
  11155111: 'Sepolia testnet',
  31337: 'the local development chain Anvil',
});

/** "Ethereum mainnet (chain id 1)", or "chain id 12345". */
export function chainLabel(chainId: number): string {
  const name = CHAIN_NAMES[chainId];
  return name ? `${name} (EIP-155 chain id ${chainId})` : `the chain with EIP-155 chain id ${chainId}`;
}

/** "commitments and probabilistic threats". */
export function kindsInWords(list: readonly ThreatKindName[]): string {
  const words = list.map((k) => (k === 'commitment' ? 'commitments' : 'probabilistic threats'));
  return words.join(' and ');
}
