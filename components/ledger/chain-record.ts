/**
 * A track record rebuilt from the chain's threat list when there is no indexer: counts per role only (times to
 * decide or act need the indexer's event timestamps). Pure.
 */
import type { ThreatSummary } from '@/lib/threats';

export interface ChainRecord {
  asOracle: { threats: number; ended: number; fulfilled: number };
  asProvider: { threats: number; escalated: number };
  asMaker: {
    threats: number;
    open: number;
    fulfilled: number;
    escalated: number;
    refunded: number;
    forfeited: number;
    cancelled: number;
  };
}

const OPEN = new Set(['gathering', 'live', 'claimed']);

/** Counts of `address`'s threats as oracle (resolver), provider and maker (creator or beneficiary). */
export function chainRecord(threats: ThreatSummary[], address: string): ChainRecord {
  const a = address.toLowerCase();
  const r: ChainRecord = {
    asOracle: { threats: 0, ended: 0, fulfilled: 0 },
    asProvider: { threats: 0, escalated: 0 },
    asMaker: { threats: 0, open: 0, fulfilled: 0, escalated: 0, refunded: 0, forfeited: 0, cancelled: 0 },
  };
  for (const t of threats) {
    if (t.resolver.toLowerCase() === a) {
      r.asOracle.threats++;
      if (!OPEN.has(t.status)) r.asOracle.ended++;
      if (t.status === 'fulfilled') r.asOracle.fulfilled++;
    }
    if (t.provider.toLowerCase() === a) {
      r.asProvider.threats++;
      if (t.status === 'escalated') r.asProvider.escalated++;
    }
    if (t.maker.toLowerCase() === a || t.beneficiary.toLowerCase() === a) {
      r.asMaker.threats++;
      if (OPEN.has(t.status)) r.asMaker.open++;
      else if (t.status in r.asMaker) r.asMaker[t.status as 'fulfilled']++;
    }
  }
  return r;
}
