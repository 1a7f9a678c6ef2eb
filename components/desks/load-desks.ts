import type { Address, PublicClient } from 'viem';
import { getServerClient } from '@/lib/chains';
import { levetrageAbi, nashTokenAbi, iRandomnessBeaconAbi } from '@/lib/contracts/abis.generated';
import type { Deployment } from '@/lib/contracts/deployments';
import {
  listEscalationsFor,
  listThreats,
  type EscalationRecord,
  type RegistryRef,
  type ThreatSummary,
} from '@/lib/threats';

/** Chain time of the read: the latest block (the clock the contract uses; anvil can warp it). */
async function chainNow(client: PublicClient): Promise<number> {
  return Number((await client.getBlock({ blockTag: 'latest' })).timestamp);
}

function ref(d: Deployment): RegistryRef {
  return { chainId: d.chainId, levetrage: d.levetrage, startBlock: d.startBlock };
}

/** Newest first, live ones on top. */
function order(threats: ThreatSummary[]): ThreatSummary[] {
  return [...threats].sort((a, b) =>
    (a.status === 'live') === (b.status === 'live') ? Number(b.id - a.id) : a.status === 'live' ? -1 : 1,
  );
}

/** Everything the provider desk shows for `address`. */
export interface ProviderDeskData {
  now: number;
  /** Threats naming the address as escalation recipient. */
  threats: ThreatSummary[];
  /** Authentic escalations: `Escalated` events emitted by the registry (never plain transfers). */
  escalations: EscalationRecord[];
  /** Balance left by a failed escalation transfer, withdrawable with `withdraw()`. */
  withdrawable: bigint;
}

/** Reads the provider desk from the chain. */
export async function loadProviderDesk(deployment: Deployment, address: Address): Promise<ProviderDeskData> {
  const client = getServerClient(deployment.chainId);
  const [now, threats, escalations, withdrawable] = await Promise.all([
    chainNow(client),
    listThreats(client, ref(deployment), { provider: address }),
    listEscalationsFor(client, ref(deployment), address),
    client.readContract({
      address: deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'withdrawable',
      args: [address],
    }),
  ]);
  return { now, threats: order(threats), escalations, withdrawable };
}

/** Why a terminator cannot mark a threat fulfilled right now (none: it can). */
export type FulfilBlock =
  { reason: 'deadline'; deadline: number } | { reason: 'draw-determined'; period: number } | { reason: 'closed' };

/** A threat on the oracle desk, with whether "mark fulfilled" is possible now. */
export interface OracleThreat extends ThreatSummary {
  blocked?: FulfilBlock;
}

/** Everything the oracle desk shows for `address`. */
export interface OracleDeskData {
  now: number;
  threats: OracleThreat[];
}

/**
 * Whether fulfilling threat `t` would be refused now: at or after the deadline, or (probabilistic)
 * when a pending draw's value is already determined (the registry reverts `DrawDetermined`).
 */
async function fulfilBlock(client: PublicClient, t: ThreatSummary, now: number): Promise<FulfilBlock | undefined> {
  if (t.status !== 'live') return { reason: 'closed' };
  if (now >= t.deadline) return { reason: 'deadline', deadline: t.deadline };
  if (t.kind !== 'probabilistic') return undefined;
  // Pending draws and their ticket come with the summary (last DrawRequested): one beacon read, no getThreat.
  if (!t.odds || t.pendingThrough <= t.settledPeriods) return undefined;
  const determined = await client.readContract({
    address: t.odds.beacon,
    abi: iRandomnessBeaconAbi,
    functionName: 'isDetermined',
    args: [t.ticket],
  });
  return determined ? { reason: 'draw-determined', period: t.settledPeriods + 1 } : undefined;
}

/** Reads the oracle desk from the chain. */
export async function loadOracleDesk(deployment: Deployment, address: Address): Promise<OracleDeskData> {
  const client = getServerClient(deployment.chainId);
  const [now, threats] = await Promise.all([
    chainNow(client),
    listThreats(client, ref(deployment), { resolver: address }),
  ]);
  const withBlocks = await Promise.all(
    order(threats).map(async (t): Promise<OracleThreat> => {
      const blocked = await fulfilBlock(client, t, now);
      return blocked ? { ...t, blocked } : t;
    }),
  );
  return { now, threats: withBlocks };
}

/** Everything "My threats" shows for `address`. */
export interface MeDeskData {
  now: number;
  threats: ThreatSummary[];
  /** Refunds left by a failed transfer, withdrawable with `withdraw()`. */
  withdrawable: bigint;
  nashBalance: bigint;
  /** Forfeit dividends claimable in ETH with NASH `claim()`. */
  claimable: bigint;
}

/** Reads the maker's desk from the chain. */
export async function loadMeDesk(deployment: Deployment, address: Address): Promise<MeDeskData> {
  const client = getServerClient(deployment.chainId);
  const [now, threats, withdrawable, nashBalance, claimable] = await Promise.all([
    chainNow(client),
    listThreats(client, ref(deployment), { maker: address }),
    client.readContract({
      address: deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'withdrawable',
      args: [address],
    }),
    client.readContract({ address: deployment.nash, abi: nashTokenAbi, functionName: 'balanceOf', args: [address] }),
    client.readContract({ address: deployment.nash, abi: nashTokenAbi, functionName: 'claimableOf', args: [address] }),
  ]);
  return { now, threats: order(threats), withdrawable, nashBalance, claimable };
}
