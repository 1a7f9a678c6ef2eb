import type { Address, Hex, PublicClient } from 'viem';
import { getChain } from '@/lib/chains';
import { getServerClient } from '@/lib/server-client';
import { levetrageAbi, nashTokenAbi, iRandomnessBeaconAbi } from '@/lib/contracts/abis.generated';
import type { Deployment } from '@/lib/contracts/deployments';
import {
  listProviderEscalations,
  readSource,
  threatRowToSummary,
  threatsByRole,
  type IndexerClient,
  type ReadSource,
  type ThreatRole,
} from '@/lib/indexer';
import {
  listEscalationsFor,
  listThreats,
  type EscalationRecord,
  type RegistryRef,
  type ThreatFilter,
  type ThreatSummary,
} from '@/lib/threats';

/** How long the RPC may take to answer its first question before the desk says it is down (seconds, not minutes). */
const RPC_PROBE_MS = 3000;
/** A whole chain read (getLogs over the deployment's range) gives up after this long, with a message. */
const CHAIN_READ_MS = 20_000;
/** Threats a desk lists from the indexer (newest first; the ledger has the rest). */
const DESK_LIMIT = 500;

/** The chain's RPC did not answer (refused, timed out): said in words, with what to do. */
export class ChainUnreachableError extends Error {
  constructor(
    message: string,
    readonly rpcUrl: string,
  ) {
    super(message);
    this.name = 'ChainUnreachableError';
  }
}

/** A client that asks once with a short timeout and no retries: to learn quickly whether the RPC is up. */
const probeClient = (chainId: number) => getServerClient(chainId, { timeoutMs: RPC_PROBE_MS, retryCount: 0 });

/**
 * Chain time of the read: the latest block (the clock the contract uses; anvil can warp it). Asked first, with a
 * short timeout: an RPC that is down or refuses connections gives ChainUnreachableError within seconds.
 */
export async function chainNow(chainId: number): Promise<number> {
  const rpc = getChain(chainId)?.rpcUrls.default.http[0] ?? '?';
  try {
    return Number((await probeClient(chainId).getBlock({ blockTag: 'latest' })).timestamp);
  } catch (e) {
    const detail = ((e as { shortMessage?: string }).shortMessage ?? (e as Error).message ?? String(e)).split('\n')[0];
    const name = getChain(chainId)?.name ?? `chain ${chainId}`;
    throw new ChainUnreachableError(
      `The RPC of ${name} at ${rpc} is not reachable: it did not answer within ${RPC_PROBE_MS / 1000} s (${detail}).` +
        (chainId === 31337 ? ' Start the local chain with `npm run dev`.' : ' Try again in a moment.'),
      rpc,
    );
  }
}

/** Runs a chain read, giving up with a message after CHAIN_READ_MS (a long scan never hangs the page). */
export async function withinDeadline<T>(what: string, read: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ChainUnreachableError(
            `Reading ${what} from the chain took more than ${CHAIN_READ_MS / 1000} s; try again.`,
            '',
          ),
        ),
      CHAIN_READ_MS,
    );
  });
  try {
    return await Promise.race([read, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Threats playing `roles` for `address`: from the indexer when it is up, else by a chain scan (the fallback). */
async function threatsFor(
  deployment: Deployment,
  source: ReadSource,
  address: Address,
  roles: { indexer: ThreatRole[]; chain: ThreatFilter },
): Promise<ThreatSummary[]> {
  if (source.kind === 'indexer') {
    const pages = await Promise.all(
      roles.indexer.map((role) =>
        threatsByRole(source.client, { role, address, limit: DESK_LIMIT, sort: 'id', order: 'desc' }),
      ),
    );
    const byId = new Map<bigint, ThreatSummary>();
    for (const p of pages) for (const t of p.items) byId.set(t.id, threatRowToSummary(t, deployment.chainId));
    return [...byId.values()];
  }
  return withinDeadline('the threats', listThreats(getServerClient(deployment.chainId), ref(deployment), roles.chain));
}

/** The provider's escalations: from the indexer, or the registry's Escalated events. */
async function escalationsFor(
  deployment: Deployment,
  source: ReadSource,
  address: Address,
): Promise<EscalationRecord[]> {
  if (source.kind !== 'indexer')
    return withinDeadline(
      'the escalations',
      listEscalationsFor(getServerClient(deployment.chainId), ref(deployment), address),
    );
  const page = await listProviderEscalations(source.client as IndexerClient, { provider: address, limit: DESK_LIMIT });
  return page.items.map((e) => ({
    id: e.threatId,
    chainId: deployment.chainId,
    registry: deployment.levetrage,
    provider: e.provider as Address,
    engagementId: e.engagementId as Hex,
    agreementHash: (e.agreementHash ?? `0x${'0'.repeat(64)}`) as Hex,
    amount: e.amount,
    paid: e.paid,
    terms: e.terms,
    maker: e.maker as Address,
    txHash: e.txHash as Hex,
    blockNumber: BigInt(e.blockNumber),
    timestamp: e.timestamp,
  }));
}

/** Where a desk reads its lists: the indexer, or (none, down, behind) the chain. */
export function deskSource(deployment: Deployment): Promise<ReadSource> {
  return readSource({ chainId: deployment.chainId });
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
  source: ReadSource;
  /** Threats naming the address as escalation recipient. */
  threats: ThreatSummary[];
  /** Authentic escalations: `Escalated` events emitted by the registry (never plain transfers). */
  escalations: EscalationRecord[];
  /** Balance left by a failed escalation transfer, withdrawable with `withdraw()`. */
  withdrawable: bigint;
}

/** Reads the provider desk from the chain. */
export async function loadProviderDesk(deployment: Deployment, address: Address): Promise<ProviderDeskData> {
  const now = await chainNow(deployment.chainId);
  const client = getServerClient(deployment.chainId);
  const source = await deskSource(deployment);
  const [threats, escalations, withdrawable] = await Promise.all([
    threatsFor(deployment, source, address, { indexer: ['provider'], chain: { provider: address } }),
    escalationsFor(deployment, source, address),
    client.readContract({
      address: deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'withdrawable',
      args: [address],
    }),
  ]);
  return { now, source, threats: order(threats), escalations, withdrawable };
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
  source: ReadSource;
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
  const now = await chainNow(deployment.chainId);
  const client = getServerClient(deployment.chainId);
  const source = await deskSource(deployment);
  const threats = await threatsFor(deployment, source, address, {
    indexer: ['resolver'],
    chain: { resolver: address },
  });
  const withBlocks = await Promise.all(
    order(threats).map(async (t): Promise<OracleThreat> => {
      const blocked = await fulfilBlock(client, t, now);
      return blocked ? { ...t, blocked } : t;
    }),
  );
  return { now, source, threats: withBlocks };
}

/** Everything "My threats" shows for `address`. */
export interface MeDeskData {
  now: number;
  source: ReadSource;
  threats: ThreatSummary[];
  /** Refunds left by a failed transfer, withdrawable with `withdraw()`. */
  withdrawable: bigint;
  nashBalance: bigint;
  /** Forfeit dividends claimable in ETH with NASH `claim()`. */
  claimable: bigint;
}

/** Reads the maker's desk from the chain. */
export async function loadMeDesk(deployment: Deployment, address: Address): Promise<MeDeskData> {
  const now = await chainNow(deployment.chainId);
  const client = getServerClient(deployment.chainId);
  const source = await deskSource(deployment);
  const [threats, withdrawable, nashBalance, claimable] = await Promise.all([
    // The chain filter's maker matches the creator or the beneficiary; the indexer asks both.
    threatsFor(deployment, source, address, { indexer: ['maker', 'beneficiary'], chain: { maker: address } }),
    client.readContract({
      address: deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'withdrawable',
      args: [address],
    }),
    client.readContract({ address: deployment.nash, abi: nashTokenAbi, functionName: 'balanceOf', args: [address] }),
    client.readContract({ address: deployment.nash, abi: nashTokenAbi, functionName: 'claimableOf', args: [address] }),
  ]);
  return { now, source, threats: order(threats), withdrawable, nashBalance, claimable };
}
