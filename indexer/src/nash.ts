// Handlers of the NASH token: balances, fee burns (transfers to the zero address), dividends.
import { ponder, type Context } from 'ponder:registry';
import { dividend, meta, nashHolder, nashTransfer } from 'ponder:schema';
import { ZERO_ADDRESS, lower } from '../core/rows';
import { logEvent, when } from './shared';

type Db = Context['db'];
const C = 'Nash';

const EMPTY_META = {
  id: 'nash',
  threats: 0,
  nashSupply: 0n,
  nashBurned: 0n,
  nashDistributed: 0n,
  nashClaimed: 0n,
  nashHolders: 0,
} as const;

/** Adds to the NASH singleton. */
async function addMeta(
  db: Db,
  delta: {
    supply?: bigint;
    burned?: bigint;
    distributed?: bigint;
    claimed?: bigint;
    holders?: number;
    excluder?: `0x${string}`;
  },
) {
  await db
    .insert(meta)
    .values({
      ...EMPTY_META,
      nashSupply: delta.supply ?? 0n,
      nashBurned: delta.burned ?? 0n,
      nashDistributed: delta.distributed ?? 0n,
      nashClaimed: delta.claimed ?? 0n,
      nashHolders: delta.holders ?? 0,
      excluder: delta.excluder ?? null,
    })
    .onConflictDoUpdate((row) => ({
      nashSupply: row.nashSupply + (delta.supply ?? 0n),
      nashBurned: row.nashBurned + (delta.burned ?? 0n),
      nashDistributed: row.nashDistributed + (delta.distributed ?? 0n),
      nashClaimed: row.nashClaimed + (delta.claimed ?? 0n),
      nashHolders: row.nashHolders + (delta.holders ?? 0),
      ...(delta.excluder !== undefined ? { excluder: delta.excluder } : {}),
    }));
}

/** Changes a holder's balance; returns +1 / -1 / 0 for the holder count. */
async function addBalance(
  db: Db,
  address: `0x${string}`,
  delta: bigint,
  burned: bigint,
  timestamp: number,
): Promise<number> {
  const row = await db.find(nashHolder, { address });
  if (!row) {
    await db
      .insert(nashHolder)
      .values({ address, balance: delta, burned, dividendsClaimed: 0n, excluded: false, updatedAt: timestamp });
    return delta > 0n ? 1 : 0;
  }
  const previous = row.balance;
  const balance = previous + delta;
  await db.update(nashHolder, { address }).set({ balance, burned: row.burned + burned, updatedAt: timestamp });
  return previous === 0n && balance > 0n ? 1 : previous > 0n && balance === 0n ? -1 : 0;
}

ponder.on('Nash:Transfer', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const db = context.db;
  const from = lower(a.from);
  const to = lower(a.to);
  await db.insert(nashTransfer).values({
    id: event.id,
    from,
    to,
    value: a.value,
    ...w,
  });
  let holders = 0;
  const burn = to === ZERO_ADDRESS;
  if (from !== ZERO_ADDRESS) holders += await addBalance(db, from, -a.value, burn ? a.value : 0n, w.timestamp);
  if (!burn) holders += await addBalance(db, to, a.value, 0n, w.timestamp);
  await addMeta(db, {
    supply: from === ZERO_ADDRESS ? a.value : burn ? -a.value : 0n,
    burned: burn ? a.value : 0n,
    holders,
  });
  await logEvent(db, event, C, 'Transfer', null);
});

ponder.on('Nash:Distributed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  await context.db.insert(dividend).values({
    id: event.id,
    kind: 'distributed',
    account: lower(a.from),
    amount: a.amount,
    timestamp: w.timestamp,
    txHash: w.txHash,
  });
  await addMeta(context.db, { distributed: a.amount });
  await logEvent(context.db, event, C, 'Distributed', null);
});

ponder.on('Nash:DividendClaimed', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const holder = lower(a.holder);
  await context.db.insert(dividend).values({
    id: event.id,
    kind: 'claimed',
    account: holder,
    amount: a.amount,
    timestamp: w.timestamp,
    txHash: w.txHash,
  });
  await context.db
    .insert(nashHolder)
    .values({
      address: holder,
      balance: 0n,
      burned: 0n,
      dividendsClaimed: a.amount,
      excluded: false,
      updatedAt: w.timestamp,
    })
    .onConflictDoUpdate((row) => ({ dividendsClaimed: row.dividendsClaimed + a.amount, updatedAt: w.timestamp }));
  await addMeta(context.db, { claimed: a.amount });
  await logEvent(context.db, event, C, 'DividendClaimed', null);
});

ponder.on('Nash:ExcludedFromDividends', async ({ event, context }) => {
  const a = event.args;
  const w = when(event);
  const who = lower(a.account);
  await context.db.insert(dividend).values({
    id: event.id,
    kind: 'excluded',
    account: who,
    amount: a.earned,
    timestamp: w.timestamp,
    txHash: w.txHash,
  });
  await context.db
    .insert(nashHolder)
    .values({
      address: who,
      balance: 0n,
      burned: 0n,
      dividendsClaimed: 0n,
      excluded: true,
      excludedEarned: a.earned,
      updatedAt: w.timestamp,
    })
    .onConflictDoUpdate({ excluded: true, excludedEarned: a.earned, updatedAt: w.timestamp });
  await logEvent(context.db, event, C, 'ExcludedFromDividends', null);
});

ponder.on('Nash:ExcluderChanged', async ({ event, context }) => {
  await addMeta(context.db, { excluder: lower(event.args.next) });
  await logEvent(context.db, event, C, 'ExcluderChanged', null);
});
