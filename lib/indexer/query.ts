/**
 * The query string of the ledger endpoints (`/api/threats`, `/api/stats`, `/api/export`), written by the
 * client helpers and parsed by the indexer with the same code, so both sides agree on every name.
 *   status=live,claimed  kind=probabilistic  maker= provider= resolver= beneficiary= party=  (addresses)
 *   resolverKind=account,uma  timeoutAction=escalate  minStake= maxStake= (wei)  minP= maxP= (parts per 1e9)
 *   minPeriod= maxPeriod= (seconds)  createdFrom= createdTo= endedFrom= endedTo= (unix seconds)  q= (terms text)
 *   sort=created|id|stake|deadline|p|period|ended  order=asc|desc  limit=1..500  cursor=  count=1
 */
import { ACTIONS, KINDS, RESOLVER_KINDS, STATUSES, type IndexedStatus } from './enums';
import { LEDGER_SORTS, type LedgerFilter, type LedgerQuery, type LedgerSort, type SortOrder } from './types';

/** A malformed query parameter (the indexer answers 400 with its message). */
export class IndexerQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexerQueryError';
  }
}

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 50;

/** A checked, lower-cased address. */
export function parseAddress(value: string, name = 'address'): `0x${string}` {
  if (!ADDRESS_RE.test(value))
    throw new IndexerQueryError(`${name} must be a 0x-prefixed 20-byte hex address, got "${value}"`);
  return value.toLowerCase() as `0x${string}`;
}

function parseUint(value: string, name: string): bigint {
  if (!/^[0-9]{1,78}$/.test(value))
    throw new IndexerQueryError(`${name} must be a non-negative integer, got "${value}"`);
  return BigInt(value);
}

function parseSafeUint(value: string, name: string): number {
  const n = parseUint(value, name);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new IndexerQueryError(`${name} is too large: ${value}`);
  return Number(n);
}

function parseList<T extends string>(value: string, allowed: readonly T[], name: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T))
      throw new IndexerQueryError(`${name} must be among ${allowed.join(', ')}; got "${item}"`);
  }
  return items as T[];
}

const STATUS_VALUES = STATUSES.filter((s) => s !== 'none') as IndexedStatus[];

/** Writes a ledger filter (and sort / page) as URL parameters. Undefined and empty fields are left out. */
export function encodeLedgerQuery(query: LedgerQuery): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: unknown) => {
    if (v === undefined || v === null || v === '') return;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(','));
      return;
    }
    p.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  };
  set('status', query.status);
  set('kind', query.kind);
  for (const k of ['maker', 'provider', 'resolver', 'beneficiary', 'party'] as const) set(k, query[k]?.toLowerCase());
  set('resolverKind', query.resolverKind);
  set('timeoutAction', query.timeoutAction);
  for (const k of [
    'minStake',
    'maxStake',
    'minP',
    'maxP',
    'minPeriod',
    'maxPeriod',
    'createdFrom',
    'createdTo',
    'endedFrom',
    'endedTo',
  ] as const) {
    set(k, query[k]);
  }
  set('q', query.q);
  set('sort', query.sort);
  set('order', query.order);
  set('limit', query.limit);
  set('cursor', query.cursor);
  if (query.count) set('count', true);
  return p;
}

/** Reads a ledger query from URL parameters; throws IndexerQueryError on anything malformed. */
export function parseLedgerQuery(
  params: URLSearchParams,
): LedgerQuery & { sort: LedgerSort; order: SortOrder; limit: number } {
  const known = new Set([
    'status',
    'kind',
    'maker',
    'provider',
    'resolver',
    'beneficiary',
    'party',
    'resolverKind',
    'timeoutAction',
    'minStake',
    'maxStake',
    'minP',
    'maxP',
    'minPeriod',
    'maxPeriod',
    'createdFrom',
    'createdTo',
    'endedFrom',
    'endedTo',
    'q',
    'sort',
    'order',
    'limit',
    'cursor',
    'count',
    'format',
    'groupBy',
  ]);
  for (const key of params.keys()) if (!known.has(key)) throw new IndexerQueryError(`unknown parameter "${key}"`);
  const get = (k: string) => {
    const v = params.get(k);
    return v === null || v === '' ? undefined : v;
  };
  const filter: LedgerFilter = {};
  const status = get('status');
  if (status) filter.status = parseList(status, STATUS_VALUES, 'status');
  const kind = get('kind');
  if (kind) filter.kind = parseList(kind, KINDS, 'kind')[0];
  for (const k of ['maker', 'provider', 'resolver', 'beneficiary', 'party'] as const) {
    const v = get(k);
    if (v) filter[k] = parseAddress(v, k);
  }
  const resolverKind = get('resolverKind');
  if (resolverKind) filter.resolverKind = parseList(resolverKind, RESOLVER_KINDS, 'resolverKind');
  const timeoutAction = get('timeoutAction');
  if (timeoutAction) filter.timeoutAction = parseList(timeoutAction, ACTIONS, 'timeoutAction');
  for (const k of ['minStake', 'maxStake'] as const) {
    const v = get(k);
    if (v) filter[k] = parseUint(v, k);
  }
  for (const k of [
    'minP',
    'maxP',
    'minPeriod',
    'maxPeriod',
    'createdFrom',
    'createdTo',
    'endedFrom',
    'endedTo',
  ] as const) {
    const v = get(k);
    if (v) filter[k] = parseSafeUint(v, k);
  }
  const q = get('q');
  if (q) {
    if (q.length > 200) throw new IndexerQueryError('q must be at most 200 characters');
    filter.q = q;
  }
  const sort = (get('sort') ?? 'created') as LedgerSort;
  if (!LEDGER_SORTS.includes(sort))
    throw new IndexerQueryError(`sort must be among ${LEDGER_SORTS.join(', ')}; got "${sort}"`);
  const order = (get('order') ?? 'desc') as SortOrder;
  if (order !== 'asc' && order !== 'desc') throw new IndexerQueryError(`order must be asc or desc; got "${order}"`);
  const limitText = get('limit');
  const limit = limitText === undefined ? DEFAULT_PAGE : parseSafeUint(limitText, 'limit');
  if (limit < 1 || limit > MAX_PAGE) throw new IndexerQueryError(`limit must be 1..${MAX_PAGE}; got ${limit}`);
  const cursor = get('cursor') ?? null;
  if (cursor !== null) decodeCursor(cursor);
  return { ...filter, sort, order, limit, cursor, count: get('count') === '1' };
}

/** The position after the last row of a page: its sort value and id. */
export interface Cursor {
  /** The sort column's value (decimal string; "-1" stands for null). */
  v: string;
  /** The row's threat id (decimal string). */
  id: string;
}

const toBase64Url = (s: string) =>
  (typeof Buffer !== 'undefined' ? Buffer.from(s, 'utf8').toString('base64') : btoa(unescape(encodeURIComponent(s))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const fromBase64Url = (s: string) => {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  return typeof Buffer !== 'undefined'
    ? Buffer.from(b64, 'base64').toString('utf8')
    : decodeURIComponent(escape(atob(b64)));
};

/** An opaque cursor string for `c`. */
export function encodeCursor(c: Cursor): string {
  return toBase64Url(JSON.stringify([c.v, c.id]));
}

/** Reads a cursor; throws IndexerQueryError when it was not made by encodeCursor. */
export function decodeCursor(text: string): Cursor {
  try {
    const [v, id] = JSON.parse(fromBase64Url(text)) as unknown[];
    if (typeof v === 'string' && typeof id === 'string' && /^-?[0-9]{1,78}$/.test(v) && /^[0-9]{1,78}$/.test(id))
      return { v, id };
  } catch {
    /* fall through */
  }
  throw new IndexerQueryError('cursor is malformed (pass back the nextCursor of the previous page)');
}
