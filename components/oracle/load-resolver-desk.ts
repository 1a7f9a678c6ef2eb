import type { Address } from 'viem';
import { getServerClient } from '@/lib/server-client';
import type { Deployment } from '@/lib/contracts/deployments';
import { readResolutionView, type ResolverState } from '@/lib/resolvers/read';
import { includesAddress, type TimelineEntry } from '@/lib/resolvers/timeline';
import { listThreats, readThreat, type ThreatView } from '@/lib/threats';

/** A threat decided by a resolver contract, with its state and evidence timeline. */
export interface ResolverDeskItem {
  threat: ThreatView;
  state: ResolverState;
  timeline: TimelineEntry[];
}

/** Most threats of one resolver read per desk load (newest first). */
const MAX_PER_RESOLVER = 25;

const OPEN = new Set(['live', 'claimed', 'gathering']);

/**
 * The oracle desk's resolver part for `address`, chain-first: panels naming it, and every Reality.eth question and
 * UMA assertion (anyone may answer or assert), open ones first.
 */
export async function loadResolverDesk(
  deployment: Deployment,
  address: Address,
): Promise<{ now: number; items: ResolverDeskItem[] }> {
  const client = getServerClient(deployment.chainId);
  const ref = { chainId: deployment.chainId, levetrage: deployment.levetrage, startBlock: deployment.startBlock };
  const resolvers = [deployment.panelResolver, deployment.realityResolver, deployment.umaResolver].filter(
    (a): a is Address => !!a,
  );
  const [head, lists] = await Promise.all([
    client.getBlock({ blockTag: 'latest' }),
    Promise.all(resolvers.map((resolver) => listThreats(client, ref, { resolver }))),
  ]);
  const summaries = lists.flatMap((l) => l.slice(0, MAX_PER_RESOLVER));
  const items = await Promise.all(
    summaries.map(async (s): Promise<ResolverDeskItem | null> => {
      const threat = await readThreat(client, ref, s.id);
      if (!threat) return null;
      const { state, timeline } = await readResolutionView(client, deployment, threat);
      if (!state) return null;
      if (state.kind === 'panel' && !includesAddress(state.members, address)) return null;
      return { threat, state, timeline };
    }),
  );
  const list = items.filter((x): x is ResolverDeskItem => !!x);
  list.sort((a, b) =>
    OPEN.has(a.threat.status) === OPEN.has(b.threat.status)
      ? Number(b.threat.id - a.threat.id)
      : OPEN.has(a.threat.status)
        ? -1
        : 1,
  );
  return { now: Number(head.timestamp), items: list };
}

/** Whether the threat still takes resolver actions (open, or held by a claim). */
export function isOpen(t: Pick<ThreatView, 'status'>): boolean {
  return OPEN.has(t.status);
}
