// Row helpers of the handlers (pure): empty per-address aggregates, deltas, JSON-safe event args.

/** The numeric columns of `account` a handler may add to. */
export const ACCOUNT_INT_FIELDS = [
  'makerThreats',
  'makerFulfilled',
  'makerEscalated',
  'makerRefunded',
  'makerForfeited',
  'makerCancelled',
  'beneficiaryThreats',
  'providerThreats',
  'providerEngagements',
  'providerEngagementsAccepted',
  'providerRevocations',
  'providerEscalations',
  'providerActed',
  'providerActedDelaySum',
  'resolverThreats',
  'resolverEnded',
  'resolverFulfilled',
  'resolverBroken',
  'resolverClaims',
  'resolverClaimsFailed',
  'resolverDecisions',
  'resolverDecisionDelaySum',
  'resolverSilentTimeouts',
  'funderThreats',
  'evidenceSubmitted',
] as const;
export const ACCOUNT_WEI_FIELDS = [
  'makerStake',
  'refundsReceived',
  'providerEscalatedAmount',
  'funderAmount',
  'funderReclaimed',
  'withdrawn',
] as const;

export type AccountIntField = (typeof ACCOUNT_INT_FIELDS)[number];
export type AccountWeiField = (typeof ACCOUNT_WEI_FIELDS)[number];
export type AccountDelta = Partial<Record<AccountIntField, number> & Record<AccountWeiField, bigint>>;

export type AccountValues = { address: `0x${string}`; firstSeenAt: number; lastSeenAt: number } & Record<
  AccountIntField,
  number
> &
  Record<AccountWeiField, bigint>;

/** A new account row with `delta` applied. */
export function newAccount(address: `0x${string}`, timestamp: number, delta: AccountDelta): AccountValues {
  const row = { address, firstSeenAt: timestamp, lastSeenAt: timestamp } as AccountValues;
  for (const f of ACCOUNT_INT_FIELDS) row[f] = delta[f] ?? 0;
  for (const f of ACCOUNT_WEI_FIELDS) row[f] = delta[f] ?? 0n;
  return row;
}

/** The update of an existing account row by `delta`. */
export function addToAccount(row: AccountValues, timestamp: number, delta: AccountDelta): Partial<AccountValues> {
  const out: Partial<AccountValues> = { lastSeenAt: Math.max(row.lastSeenAt, timestamp) };
  for (const f of ACCOUNT_INT_FIELDS) if (delta[f] !== undefined) out[f] = row[f] + delta[f]!;
  for (const f of ACCOUNT_WEI_FIELDS) if (delta[f] !== undefined) out[f] = row[f] + delta[f]!;
  return out;
}

/** Event args as JSON: bigint → decimal string, addresses lower-case, nested structs kept. */
export function jsonArgs(args: unknown): unknown {
  if (typeof args === 'bigint') return args.toString();
  if (typeof args === 'string') return /^0x[0-9a-fA-F]{40}$/.test(args) ? args.toLowerCase() : args;
  if (Array.isArray(args)) return args.map(jsonArgs);
  if (args && typeof args === 'object')
    return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, jsonArgs(v)]));
  return args;
}

export const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000';
export const ZERO_HASH = '0x0000000000000000000000000000000000000000000000000000000000000000';

/** Lower-case address, or null for the zero address. */
export function addrOrNull(a: string): `0x${string}` | null {
  return a.toLowerCase() === ZERO_ADDRESS ? null : (a.toLowerCase() as `0x${string}`);
}

export const lower = (a: string) => a.toLowerCase() as `0x${string}`;

/** Maps IResolver.kind() to a stored resolver kind. */
export function resolverKindOf(kind: string | null): 'panel' | 'reality' | 'uma' | 'contract' {
  const k = (kind ?? '').toLowerCase();
  return k === 'panel' || k === 'reality' || k === 'uma' ? k : 'contract';
}
