// The ledger's SQL: filters → WHERE, sort → ORDER BY with a keyset cursor (stable under inserts: a page never
// repeats or skips a row that existed when the first page was read).
import { db } from 'ponder:api';
import { threat } from 'ponder:schema';
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql } from 'ponder';

type SQL = ReturnType<typeof sql>;
import { decodeCursor, encodeCursor } from '../../../lib/indexer/query';
import type { LedgerFilter, LedgerQuery, LedgerSort, Page, SortOrder, ThreatRow } from '../../../lib/indexer/types';

/** `%`, `_` and `\` matched literally inside ILIKE. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The WHERE clause of a ledger filter (undefined: every threat). */
export function ledgerWhere(f: LedgerFilter): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (f.status?.length) c.push(inArray(threat.status, f.status));
  if (f.kind) c.push(eq(threat.kind, f.kind));
  if (f.maker) c.push(eq(threat.maker, f.maker as `0x${string}`));
  if (f.provider) c.push(eq(threat.provider, f.provider as `0x${string}`));
  if (f.resolver) c.push(eq(threat.resolver, f.resolver as `0x${string}`));
  if (f.beneficiary) c.push(eq(threat.beneficiary, f.beneficiary as `0x${string}`));
  if (f.party) {
    const p = f.party as `0x${string}`;
    c.push(or(eq(threat.maker, p), eq(threat.provider, p), eq(threat.resolver, p), eq(threat.beneficiary, p)));
  }
  if (f.resolverKind?.length) c.push(inArray(threat.resolverKind, f.resolverKind));
  if (f.timeoutAction?.length) c.push(inArray(threat.timeoutAction, f.timeoutAction));
  if (f.minStake !== undefined) c.push(gte(threat.stake, f.minStake));
  if (f.maxStake !== undefined) c.push(lte(threat.stake, f.maxStake));
  if (f.minP !== undefined) c.push(gte(threat.pEscalate, f.minP));
  if (f.maxP !== undefined) c.push(lte(threat.pEscalate, f.maxP));
  if (f.minPeriod !== undefined) c.push(gte(threat.period, f.minPeriod));
  if (f.maxPeriod !== undefined) c.push(lte(threat.period, f.maxPeriod));
  if (f.createdFrom !== undefined) c.push(gte(threat.createdAt, f.createdFrom));
  if (f.createdTo !== undefined) c.push(lte(threat.createdAt, f.createdTo));
  if (f.endedFrom !== undefined) c.push(gte(threat.endedAt, f.endedFrom));
  if (f.endedTo !== undefined) c.push(lte(threat.endedAt, f.endedTo));
  if (f.q) c.push(ilike(threat.terms, `%${escapeLike(f.q)}%`));
  const present = c.filter((x): x is SQL => x !== undefined);
  return present.length ? and(...present) : undefined;
}

/** The sort expression of each sort key (nullable columns as -1, so the keyset comparison is total). */
export function sortExpr(sort: LedgerSort): SQL {
  switch (sort) {
    case 'created':
      return sql`${threat.createdAt}`;
    case 'id':
      return sql`${threat.id}`;
    case 'stake':
      return sql`${threat.stake}`;
    case 'deadline':
      return sql`${threat.deadline}`;
    case 'p':
      return sql`coalesce(${threat.pEscalate}, -1)`;
    case 'period':
      return sql`coalesce(${threat.period}, -1)`;
    case 'ended':
      return sql`coalesce(${threat.endedAt}, -1)`;
  }
}

/** The sort value of a row, as the cursor stores it. */
export function sortValue(row: ThreatRow, sort: LedgerSort): string {
  const v = {
    created: row.createdAt,
    id: row.id,
    stake: row.stake,
    deadline: row.deadline,
    p: row.pEscalate,
    period: row.period,
    ended: row.endedAt,
  }[sort];
  return v === null || v === undefined ? '-1' : String(v);
}

/** Rows after `cursor` in the order (sort, order), then by id in the same direction. */
export function afterCursor(sort: LedgerSort, order: SortOrder, cursor: string | null | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const c = decodeCursor(cursor);
  const expr = sortExpr(sort);
  return order === 'desc'
    ? sql`(${expr}, ${threat.id}) < (${c.v}::numeric, ${c.id}::numeric)`
    : sql`(${expr}, ${threat.id}) > (${c.v}::numeric, ${c.id}::numeric)`;
}

export function orderBy(sort: LedgerSort, order: SortOrder): SQL[] {
  const expr = sortExpr(sort);
  return order === 'desc' ? [desc(expr), desc(threat.id)] : [asc(expr), asc(threat.id)];
}

/** One page of the ledger. */
export async function ledgerPage(
  q: LedgerQuery & { sort: LedgerSort; order: SortOrder; limit: number },
): Promise<Page<ThreatRow>> {
  const where = ledgerWhere(q);
  const after = afterCursor(q.sort, q.order, q.cursor);
  const rows = (await db
    .select()
    .from(threat)
    .where(and(...[where, after].filter((x): x is SQL => x !== undefined)))
    .orderBy(...orderBy(q.sort, q.order))
    .limit(q.limit + 1)) as ThreatRow[];
  const more = rows.length > q.limit;
  const items = more ? rows.slice(0, q.limit) : rows;
  const last = items[items.length - 1];
  const page: Page<ThreatRow> = {
    items,
    nextCursor: more && last ? encodeCursor({ v: sortValue(last, q.sort), id: String(last.id) }) : null,
  };
  if (q.count) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(threat)
      .where(where);
    page.total = Number(row?.n ?? 0);
  }
  return page;
}
