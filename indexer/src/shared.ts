// Helpers shared by the handlers (Ponder loads every file in src/ except src/api as indexing code; this one
// registers nothing).
import type { Context } from 'ponder:registry';
import { account, eventLog, threat } from 'ponder:schema';
import { addToAccount, jsonArgs, newAccount, type AccountDelta, type AccountValues } from '../core/rows';
import { nextDue } from '../core/due';

type Db = Context['db'];
export type ThreatRecord = typeof threat.$inferSelect;

/** The parts of a Ponder event every handler reads. */
export interface EventLike {
  id: string;
  args: unknown;
  block: { number: bigint; timestamp: bigint };
  transaction: { hash: `0x${string}` };
  log: { logIndex: number };
}

export const when = (event: EventLike) => ({
  timestamp: Number(event.block.timestamp),
  blockNumber: Number(event.block.number),
  txHash: event.transaction.hash,
});

/** Appends the event to the timeline (`event_log`). */
export async function logEvent(db: Db, event: EventLike, contract: string, name: string, threatId: bigint | null) {
  await db.insert(eventLog).values({
    id: event.id,
    contract,
    name,
    threatId,
    args: jsonArgs(event.args) as object,
    ...when(event),
    logIndex: event.log.logIndex,
  });
}

/** Adds `delta` to an address's aggregates (creating the row on first sight). */
export async function bump(db: Db, address: `0x${string}` | null | undefined, timestamp: number, delta: AccountDelta) {
  if (!address) return;
  await db
    .insert(account)
    .values(newAccount(address, timestamp, delta))
    .onConflictDoUpdate((row) => addToAccount(row as AccountValues, timestamp, delta));
}

/** Updates a threat and recomputes when it is next due; returns the updated row. */
export async function updateThreat(
  db: Db,
  id: bigint,
  blockNumber: number,
  patch: (row: ThreatRecord) => Partial<ThreatRecord>,
): Promise<ThreatRecord> {
  return db.update(threat, { id }).set((row) => {
    const changes = patch(row);
    const merged = { ...row, ...changes };
    return { ...changes, ...nextDue({ ...merged, pendingDueBlock: merged.nextDueBlock }), updatedBlock: blockNumber };
  });
}
