/**
 * The `/ledger` URL state, in the units people type (ETH, percent, hours, dates), turned into the indexer's
 * LedgerQuery (wei, parts per 1e9, seconds, unix seconds). A malformed field is reported in words and left out;
 * the rest of the filter still applies. Pure: shared by the page, the export route and the tests.
 */
import { isAddress } from 'viem';
import { parseEthInput } from '@/lib/format';
import {
  KINDS,
  STATUSES,
  STATS_GROUPS,
  type IndexedKind,
  type IndexedStatus,
  type StatsGroup,
} from '@/lib/indexer/enums';
import { LEDGER_SORTS, type LedgerQuery, type LedgerSort, type SortOrder } from '@/lib/indexer/types';

type Params = Record<string, string | string[] | undefined>;

/** The form's fields as typed (strings), what the inputs show and the links keep. */
export interface LedgerForm {
  status: IndexedStatus[];
  kind: string;
  provider: string;
  resolver: string;
  maker: string;
  /** ETH. */
  minStake: string;
  maxStake: string;
  /** Percent per period. */
  minP: string;
  maxP: string;
  /** Hours. */
  minPeriod: string;
  maxPeriod: string;
  /** YYYY-MM-DD, creation date (UTC). */
  from: string;
  to: string;
  q: string;
  sort: LedgerSort;
  order: SortOrder;
  /** Statistics grouped by. */
  group: StatsGroup;
  cursor: string;
  /** Page number of the chain fallback (0-based). */
  page: string;
}

export const FORM_KEYS = [
  'status',
  'kind',
  'provider',
  'resolver',
  'maker',
  'minStake',
  'maxStake',
  'minP',
  'maxP',
  'minPeriod',
  'maxPeriod',
  'from',
  'to',
  'q',
  'sort',
  'order',
  'group',
  'cursor',
  'page',
] as const;

export const LEDGER_STATUSES = STATUSES.filter((s) => s !== 'none') as IndexedStatus[];
export const PAGE_SIZE = 25;

export interface ParsedLedger {
  form: LedgerForm;
  /** The filter and sort for the indexer (paging fields excluded). */
  query: Omit<LedgerQuery, 'limit' | 'cursor' | 'count'>;
  /** What was wrong, one sentence per field. */
  errors: string[];
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
const many = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads the ledger's URL state. */
export function parseLedgerParams(params: Params): ParsedLedger {
  const errors: string[] = [];
  const query: ParsedLedger['query'] = {};
  const status: IndexedStatus[] = [];
  for (const s of many(params.status)) {
    if (LEDGER_STATUSES.includes(s as IndexedStatus)) status.push(s as IndexedStatus);
    else errors.push(`Status “${s.slice(0, 40)}” does not exist (one of ${LEDGER_STATUSES.join(', ')}).`);
  }
  if (status.length) query.status = status;
  const kind = one(params.kind);
  if (kind) {
    if (KINDS.includes(kind as IndexedKind)) query.kind = kind as IndexedKind;
    else errors.push(`Kind “${kind.slice(0, 40)}” does not exist (commitment or probabilistic).`);
  }
  const who = { provider: 'Provider', resolver: 'Oracle or resolver', maker: 'Maker' } as const;
  for (const k of ['provider', 'resolver', 'maker'] as const) {
    const v = one(params[k]);
    if (!v) continue;
    if (isAddress(v, { strict: false })) query[k] = v.toLowerCase();
    else
      errors.push(
        `${who[k]} “${v.slice(0, 60)}” is not an Ethereum address (0x followed by 40 hexadecimal characters).`,
      );
  }
  for (const [k, label] of [
    ['minStake', 'Minimum stake'],
    ['maxStake', 'Maximum stake'],
  ] as const) {
    const v = one(params[k]);
    if (!v) continue;
    const r = parseEthInput(v);
    if (r.ok) query[k] = r.wei;
    else errors.push(`${label}: ${r.error}`);
  }
  for (const [k, label] of [
    ['minP', 'Minimum p'],
    ['maxP', 'Maximum p'],
  ] as const) {
    const v = one(params[k]);
    if (!v) continue;
    const n = Number(v.replace(/%$/, ''));
    if (v !== '' && Number.isFinite(n) && n >= 0 && n <= 100) query[k] = Math.round(n * 10_000_000);
    else errors.push(`${label} “${v.slice(0, 20)}” is not a percentage between 0 and 100.`);
  }
  for (const [k, label] of [
    ['minPeriod', 'Shortest period'],
    ['maxPeriod', 'Longest period'],
  ] as const) {
    const v = one(params[k]);
    if (!v) continue;
    const n = Number(v);
    if (Number.isFinite(n) && n >= 0 && n <= 24 * 365 * 100) query[k] = Math.round(n * 3600);
    else errors.push(`${label} “${v.slice(0, 20)}” is not a number of hours.`);
  }
  for (const [k, key, label, endOfDay] of [
    ['from', 'createdFrom', 'Created from', false],
    ['to', 'createdTo', 'Created until', true],
  ] as const) {
    const v = one(params[k]);
    if (!v) continue;
    const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
    if (Number.isFinite(t)) query[key] = t / 1000 + (endOfDay ? 86_399 : 0);
    else errors.push(`${label} “${v.slice(0, 20)}” is not a date (YYYY-MM-DD).`);
  }
  if (query.minStake !== undefined && query.maxStake !== undefined && query.minStake > query.maxStake)
    errors.push('The minimum stake is above the maximum stake: nothing can match.');
  if (query.minP !== undefined && query.maxP !== undefined && query.minP > query.maxP)
    errors.push('The minimum p is above the maximum p: nothing can match.');
  const q = one(params.q);
  if (q.length > 200) errors.push('The text to search for is longer than 200 characters; shorten it.');
  else if (q) query.q = q;
  const sortText = one(params.sort) || 'created';
  const sort: LedgerSort = LEDGER_SORTS.includes(sortText as LedgerSort) ? (sortText as LedgerSort) : 'created';
  if (sort !== sortText)
    errors.push(`Sort “${sortText.slice(0, 20)}” does not exist (one of ${LEDGER_SORTS.join(', ')}).`);
  const orderText = one(params.order) || 'desc';
  const order: SortOrder = orderText === 'asc' ? 'asc' : 'desc';
  if (orderText !== 'asc' && orderText !== 'desc') errors.push(`Order “${orderText.slice(0, 20)}” is asc or desc.`);
  query.sort = sort;
  query.order = order;
  const groupText = one(params.group) || 'kind';
  const group: StatsGroup = STATS_GROUPS.includes(groupText as StatsGroup) ? (groupText as StatsGroup) : 'kind';
  if (group !== groupText) errors.push(`Statistics cannot be grouped by “${groupText.slice(0, 20)}”.`);
  const form: LedgerForm = {
    status,
    kind,
    provider: one(params.provider),
    resolver: one(params.resolver),
    maker: one(params.maker),
    minStake: one(params.minStake),
    maxStake: one(params.maxStake),
    minP: one(params.minP),
    maxP: one(params.maxP),
    minPeriod: one(params.minPeriod),
    maxPeriod: one(params.maxPeriod),
    from: one(params.from),
    to: one(params.to),
    q,
    sort,
    order,
    group,
    cursor: one(params.cursor),
    page: one(params.page),
  };
  return { form, query, errors };
}

/** The URL search of a ledger view: the form's non-default fields, with `overrides` (null removes a field). */
export function ledgerSearch(
  form: LedgerForm,
  overrides: Partial<Record<keyof LedgerForm, string | null>> = {},
): string {
  const q = new URLSearchParams();
  for (const k of FORM_KEYS) {
    const v = k in overrides ? overrides[k] : k === 'status' ? form.status.join(',') : form[k];
    if (v === null || v === undefined || v === '') continue;
    if ((k === 'sort' && v === 'created') || (k === 'order' && v === 'desc') || (k === 'group' && v === 'kind'))
      continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
