// Whether a threat matches a ledger filter, in memory (the same meaning as the indexer's ledger SQL,
// indexer/src/api/ledger.ts ledgerWhere): for subscriptions to the ledger's filters.
import type { LedgerFilter, ThreatRow } from '../../lib/indexer/types';

const within = (v: number | bigint | null | undefined, min?: number | bigint, max?: number | bigint) =>
  (min === undefined || (v !== null && v !== undefined && v >= min)) &&
  (max === undefined || (v !== null && v !== undefined && v <= max));

export function matchesFilter(t: ThreatRow, f: LedgerFilter): boolean {
  if (f.status?.length && !f.status.includes(t.status)) return false;
  if (f.kind && t.kind !== f.kind) return false;
  if (f.maker && t.maker !== f.maker) return false;
  if (f.provider && t.provider !== f.provider) return false;
  if (f.resolver && t.resolver !== f.resolver) return false;
  if (f.beneficiary && t.beneficiary !== f.beneficiary) return false;
  if (f.party && ![t.maker, t.provider, t.resolver, t.beneficiary].includes(f.party as `0x${string}`)) return false;
  if (f.resolverKind?.length && !f.resolverKind.includes(t.resolverKind)) return false;
  if (f.timeoutAction?.length && !f.timeoutAction.includes(t.timeoutAction)) return false;
  if (!within(t.stake, f.minStake, f.maxStake)) return false;
  if (!within(t.pEscalate, f.minP, f.maxP)) return false;
  if (!within(t.period, f.minPeriod, f.maxPeriod)) return false;
  if (!within(t.createdAt, f.createdFrom, f.createdTo)) return false;
  if ((f.endedFrom !== undefined || f.endedTo !== undefined) && !within(t.endedAt, f.endedFrom, f.endedTo))
    return false;
  if (f.q && !t.terms.toLowerCase().includes(f.q.toLowerCase())) return false;
  return true;
}
