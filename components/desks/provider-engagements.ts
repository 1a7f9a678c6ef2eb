/**
 * The provider desk's engagements: which engagements of the provider back which threats (from each threat's
 * `ThreatCreated.engagementId`), the ones it accepted on chain (`EngagementAccepted`), whether an escalation is
 * of its own engagement (trusted) or an old stray one (untrusted), and its "we acted" records (`ProviderActed`).
 */
import { zeroHash, type Address, type Hex, type PublicClient } from 'viem';
import type { Deployment } from '@/lib/contracts/deployments';
import { engagementFromAbi, type Engagement } from '@/lib/engagements/typed-data';
import { getRegistryLogs } from '@/lib/threats/logs';
import type { ActedRecord, EscalationRecord, ThreatSummary } from '@/lib/threats/types';

/** An engagement the provider accepted on chain. */
export interface AcceptedEngagement {
  engagementId: Hex;
  engagement: Engagement;
  txHash: Hex;
  blockNumber: bigint;
}

/** One engagement of the provider and the threats it backs. */
export interface EngagementGroup {
  engagementId: Hex;
  maker: Address;
  agreementHash: Hex;
  /** Accepted on chain (an EngagementAccepted event), else signed (the signature was checked at creation). */
  how: 'signed' | 'accepted on chain';
  /** Accepted on chain: the engagement's terms. */
  engagement?: Engagement;
  threats: ThreatSummary[];
}

/** Groups the threats naming the provider by engagement; engagements accepted on chain but unused come too. */
export function groupEngagements(threats: ThreatSummary[], accepted: AcceptedEngagement[]): EngagementGroup[] {
  const byId = new Map<string, EngagementGroup>();
  const acceptedById = new Map(accepted.map((a) => [a.engagementId.toLowerCase(), a]));
  for (const t of threats) {
    if (t.engagementId === zeroHash) continue;
    const key = t.engagementId.toLowerCase();
    let g = byId.get(key);
    if (!g) {
      const a = acceptedById.get(key);
      g = {
        engagementId: t.engagementId,
        maker: t.maker,
        agreementHash: t.agreementHash,
        how: a ? 'accepted on chain' : 'signed',
        ...(a ? { engagement: a.engagement } : {}),
        threats: [],
      };
      byId.set(key, g);
    }
    g.threats.push(t);
  }
  for (const a of accepted) {
    const key = a.engagementId.toLowerCase();
    if (!byId.has(key))
      byId.set(key, {
        engagementId: a.engagementId,
        maker: a.engagement.maker,
        agreementHash: a.engagement.agreementHash,
        how: 'accepted on chain',
        engagement: a.engagement,
        threats: [],
      });
  }
  return [...byId.values()];
}

/**
 * Whether an escalation is of the provider's own engagement: the registry emits the engagement id the threat was
 * created with, and today never escalates without one. An `Escalated` with no engagement id, or one that is not
 * the id its threat was created with, can only be an old stray one: untrusted.
 */
export function escalationTrust(e: EscalationRecord, threats: ThreatSummary[]): 'trusted' | 'untrusted' {
  if (e.engagementId === zeroHash || /^0x0{64}$/.test(e.engagementId)) return 'untrusted';
  const t = threats.find((x) => x.id === e.id);
  return t && t.engagementId.toLowerCase() === e.engagementId.toLowerCase() ? 'trusted' : 'untrusted';
}

/** The provider's engagements accepted on chain and its "we acted" records, by threat id. */
export async function loadProviderEngagements(
  client: PublicClient,
  deployment: Pick<Deployment, 'levetrage' | 'startBlock'>,
  provider: Address,
): Promise<{ accepted: AcceptedEngagement[]; acted: Map<bigint, ActedRecord[]> }> {
  const toBlock = await client.getBlockNumber({ cacheTime: 0 });
  const fromBlock = BigInt(deployment.startBlock);
  const [acceptedLogs, actedLogs] = await Promise.all([
    // EngagementAccepted(engagementId indexed, provider indexed, maker indexed, engagement)
    getRegistryLogs(client, {
      registry: deployment.levetrage,
      eventNames: ['EngagementAccepted'],
      indexed: [null, provider],
      fromBlock,
      toBlock,
    }),
    // ProviderActed(id indexed, provider indexed, evidenceHash, uri)
    getRegistryLogs(client, {
      registry: deployment.levetrage,
      eventNames: ['ProviderActed'],
      indexed: [null, provider],
      fromBlock,
      toBlock,
    }),
  ]);
  const accepted = acceptedLogs.map((l): AcceptedEngagement => {
    const a = l.args as unknown as { engagementId: Hex; engagement: Engagement };
    return {
      engagementId: a.engagementId,
      engagement: engagementFromAbi(a.engagement),
      txHash: l.transactionHash!,
      blockNumber: l.blockNumber!,
    };
  });
  const acted = new Map<bigint, ActedRecord[]>();
  for (const l of actedLogs) {
    const a = l.args as unknown as { id: bigint; evidenceHash: Hex; uri: string };
    const list = acted.get(a.id) ?? [];
    list.push({
      evidenceHash: a.evidenceHash,
      uri: a.uri,
      txHash: l.transactionHash!,
      blockNumber: l.blockNumber!,
      ...(l.blockTimestamp != null ? { timestamp: Number(l.blockTimestamp) } : {}),
    });
    acted.set(a.id, list);
  }
  return { accepted, acted };
}
