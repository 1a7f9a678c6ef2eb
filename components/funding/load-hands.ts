import { getServerClient } from '@/lib/server-client';
import { getDeployment } from '@/lib/contracts/deployments';
import { loadPromiseRecord, type PromiseRecord } from '@/lib/promises';
import { listThreats } from '@/lib/threats/read';
import type { ThreatSummary, ThreatView } from '@/lib/threats/types';

/** What the public page shows besides the threat itself (issue #15): its counter-moves and the maker's promises. */
export interface HandsData {
  /** Threats linked to this one (counter-commitments answering it). */
  counterMoves: Pick<ThreatSummary, 'id' | 'maker' | 'terms' | 'status' | 'stake'>[];
  /** The maker's record of public promises. */
  promises: PromiseRecord;
}

/**
 * Reads the counter-moves and the maker's promise record for the public page (one getLogs pass each). A failed
 * read is not the page's failure: it returns null and the page shows the threat without these sections.
 */
export async function loadHands(threat: Pick<ThreatView, 'id' | 'chainId' | 'maker'>): Promise<HandsData | null> {
  const d = getDeployment(threat.chainId);
  if (!d) return null;
  const client = getServerClient(threat.chainId);
  const ref = { chainId: d.chainId, levetrage: d.levetrage, startBlock: d.startBlock };
  try {
    const [all, promises] = await Promise.all([listThreats(client, ref), loadPromiseRecord(client, ref, threat.maker)]);
    const counterMoves = all
      .filter((t) => t.linkedTo === threat.id)
      .map(({ id, maker, terms, status, stake }) => ({ id, maker, terms, status, stake }));
    return { counterMoves, promises };
  } catch {
    return null;
  }
}
