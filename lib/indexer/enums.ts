/**
 * The v2 registry's enums as the indexer stores them (lower-case names), and the buckets of the ledger's
 * statistics. Shared by the indexer (indexer/) and the app's client helpers, so both spell them alike.
 * Order mirrors contracts/src/types/DataTypes.sol (index = on-chain uint8).
 */

/** `Status` (index 0 is None: no threat, never stored). */
export const STATUSES = [
  'none',
  'gathering',
  'live',
  'claimed',
  'fulfilled',
  'refunded',
  'escalated',
  'forfeited',
  'cancelled',
] as const;
export type IndexedStatus = Exclude<(typeof STATUSES)[number], 'none'>;

/** Statuses a threat never leaves. */
export const TERMINAL_STATUSES: readonly IndexedStatus[] = [
  'fulfilled',
  'refunded',
  'escalated',
  'forfeited',
  'cancelled',
];
/** Statuses the keeper may have work for. */
export const OPEN_STATUSES: readonly IndexedStatus[] = ['gathering', 'live', 'claimed'];

/** `Action`: what happens at the deadline. */
export const ACTIONS = ['refund', 'forfeit', 'escalate'] as const;
export type IndexedAction = (typeof ACTIONS)[number];

/** `DrawOutcome`. */
export const OUTCOMES = ['continue', 'escalate', 'terminate'] as const;
export type IndexedOutcome = (typeof OUTCOMES)[number];

/** `Role` of an Evidence submitter. */
export const ROLES = ['other', 'maker', 'provider', 'resolver'] as const;
export type EvidenceRole = (typeof ROLES)[number];

/** `Move` (fees). */
export const MOVES = ['commitment', 'probabilistic'] as const;
export type IndexedMove = (typeof MOVES)[number];

export const KINDS = ['commitment', 'probabilistic'] as const;
export type IndexedKind = (typeof KINDS)[number];

/** How a threat ended. */
export const END_CAUSES = ['fulfilled', 'timeout', 'draw-escalate', 'draw-terminate', 'breach', 'cancelled'] as const;
export type EndCause = (typeof END_CAUSES)[number];

/** What kind of resolver decides a threat: an oracle account, or a resolver contract's IResolver.kind(). */
export const RESOLVER_KINDS = ['account', 'panel', 'reality', 'uma', 'contract'] as const;
export type ResolverKind = (typeof RESOLVER_KINDS)[number];

export type BeaconKind = 'block' | 'vrf' | 'other';

/** Decodes an on-chain uint8 enum value; throws RangeError on a value the contract cannot emit. */
export function enumName<T extends string>(names: readonly T[], value: number | bigint, what: string): T {
  const name = names[Number(value)];
  if (name === undefined) throw new RangeError(`unknown ${what} value ${String(value)}`);
  return name;
}

/** A bucket of a statistic: `[min, max)` in the stored unit (max null: no upper bound). */
export interface Bucket {
  key: string;
  label: string;
  min: bigint;
  max: bigint | null;
}

const ETH = 10n ** 18n;
/** Stake buckets (wei). */
export const STAKE_BUCKETS: readonly Bucket[] = [
  { key: 'lt0.1', label: '< 0.1 ETH', min: 0n, max: ETH / 10n },
  { key: '0.1-1', label: '0.1–1 ETH', min: ETH / 10n, max: ETH },
  { key: '1-10', label: '1–10 ETH', min: ETH, max: 10n * ETH },
  { key: '10-100', label: '10–100 ETH', min: 10n * ETH, max: 100n * ETH },
  { key: 'gte100', label: '≥ 100 ETH', min: 100n * ETH, max: null },
];

/** Escalation probability per period buckets (parts per 1e9); commitments have no p. */
export const P_BUCKETS: readonly Bucket[] = [
  { key: 'lt1', label: '< 1%', min: 0n, max: 10_000_000n },
  { key: '1-5', label: '1–5%', min: 10_000_000n, max: 50_000_000n },
  { key: '5-10', label: '5–10%', min: 50_000_000n, max: 100_000_000n },
  { key: '10-25', label: '10–25%', min: 100_000_000n, max: 250_000_000n },
  { key: 'gte25', label: '≥ 25%', min: 250_000_000n, max: null },
];

/** Period length buckets (seconds); commitments have no period. */
export const PERIOD_BUCKETS: readonly Bucket[] = [
  { key: 'lt1h', label: '< 1 hour', min: 0n, max: 3600n },
  { key: '1h-1d', label: '1 hour – 1 day', min: 3600n, max: 86_400n },
  { key: '1d-1w', label: '1 day – 1 week', min: 86_400n, max: 604_800n },
  { key: 'gte1w', label: '≥ 1 week', min: 604_800n, max: null },
];

/** Dimensions the ledger statistics can be grouped by. */
export const STATS_GROUPS = ['kind', 'p', 'stake', 'period', 'resolverKind', 'timeoutAction'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

/** The bucket of `value` (null when the value is null, e.g. a commitment's p). */
export function bucketOf(buckets: readonly Bucket[], value: bigint | number | null | undefined): Bucket | null {
  if (value === null || value === undefined) return null;
  const v = BigInt(value);
  return buckets.find((b) => v >= b.min && (b.max === null || v < b.max)) ?? null;
}
