/**
 * The ledger without an indexer (a tiny deployment, or the indexer down): the same filter and sort applied to the
 * threats read from the chain (lib/threats listThreats), a page at a time by offset. Pure.
 */
import type { LedgerFilter, LedgerSort, SortOrder } from '@/lib/indexer/types';
import type { ThreatSummary } from '@/lib/threats';

const lower = (a: string) => a.toLowerCase();

/** Whether `t` matches every given field of `f` (creation and end dates need block timestamps the summary may lack). */
export function matchesFilter(t: ThreatSummary, f: LedgerFilter): boolean {
  if (f.status?.length && !f.status.includes(t.status as never)) return false;
  if (f.kind && t.kind !== f.kind) return false;
  if (f.maker && lower(t.maker) !== f.maker && lower(t.beneficiary) !== f.maker) return false;
  if (f.provider && lower(t.provider) !== f.provider) return false;
  if (f.resolver && lower(t.resolver) !== f.resolver) return false;
  if (f.minStake !== undefined && t.stake < f.minStake) return false;
  if (f.maxStake !== undefined && t.stake > f.maxStake) return false;
  if (f.minP !== undefined || f.maxP !== undefined) {
    if (!t.odds) return false;
    if (f.minP !== undefined && t.odds.pEscalate < f.minP) return false;
    if (f.maxP !== undefined && t.odds.pEscalate > f.maxP) return false;
  }
  if (f.minPeriod !== undefined || f.maxPeriod !== undefined) {
    if (!t.odds) return false;
    if (f.minPeriod !== undefined && t.odds.period < f.minPeriod) return false;
    if (f.maxPeriod !== undefined && t.odds.period > f.maxPeriod) return false;
  }
  const created = t.created.timestamp ?? t.start;
  if (f.createdFrom !== undefined && created < f.createdFrom) return false;
  if (f.createdTo !== undefined && created > f.createdTo) return false;
  if (f.q && !t.terms.toLowerCase().includes(f.q.toLowerCase())) return false;
  return true;
}

function sortValue(t: ThreatSummary, sort: LedgerSort): bigint {
  switch (sort) {
    case 'stake':
      return t.stake;
    case 'deadline':
      return BigInt(t.deadline);
    case 'p':
      return BigInt(t.odds?.pEscalate ?? -1);
    case 'period':
      return BigInt(t.odds?.period ?? -1);
    case 'ended':
      return BigInt(t.end?.timestamp ?? (t.end ? Number(t.end.blockNumber) : -1));
    case 'created':
      return t.created.blockNumber;
    default:
      return t.id;
  }
}

/** Filters, sorts (ties by id) and cuts one page. */
export function chainLedgerPage(
  threats: ThreatSummary[],
  q: LedgerFilter & { sort?: LedgerSort; order?: SortOrder },
  page: number,
  size: number,
): { items: ThreatSummary[]; total: number; hasNext: boolean } {
  const dir = q.order === 'asc' ? 1 : -1;
  const sort = q.sort ?? 'created';
  const matching = threats
    .filter((t) => matchesFilter(t, q))
    .sort((a, b) => {
      const va = sortValue(a, sort);
      const vb = sortValue(b, sort);
      return (va === vb ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : va < vb ? -1 : 1) * dir;
    });
  const items = matching.slice(page * size, (page + 1) * size);
  return { items, total: matching.length, hasNext: (page + 1) * size < matching.length };
}
