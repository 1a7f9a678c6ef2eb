/**
 * The chain read model: one threat for the public page, lists for the desks, authentic escalations for a
 * provider. viem only (no React), usable on the server and in the browser.
 *
 * Every read is pinned to one block (the latest when the read starts), so the view call and the logs agree.
 */
import { BaseError, ContractFunctionRevertedError, zeroAddress, zeroHash, type Address, type PublicClient } from 'viem';
import { levetrageAbi } from '../contracts/abis.generated';
import { emptyHistory, foldThreatLogs, summaryFromHistory, THREAT_EVENT_NAMES, type ThreatHistory } from './history';
import { actionKey, statusKey } from '../contracts/enums.generated';
import { getRegistryLogs } from './logs';
import type {
  BeaconKind,
  EscalationRecord,
  RegistryRef,
  ThreatFilter,
  ThreatSummary,
  ThreatView,
  TxRef,
} from './types';

const MAX_UINT256 = (1n << 256n) - 1n;

/**
 * Parses a threat id from a URL segment: a positive decimal integer below 2^256.
 * @returns The id, or null for anything else ("abc", "0", "-1", "1.5", "0x10").
 */
export function parseThreatId(text: string): bigint | null {
  if (!/^[0-9]{1,78}$/.test(text)) return null;
  const id = BigInt(text);
  return id > 0n && id <= MAX_UINT256 ? id : null;
}

/** Block timestamps by number, fetched once each. */
async function timestampsOf(client: PublicClient, blocks: bigint[]): Promise<Map<bigint, number>> {
  const unique = [...new Set(blocks)];
  const got = await Promise.all(unique.map((blockNumber) => client.getBlock({ blockNumber })));
  return new Map(got.map((b) => [b.number!, Number(b.timestamp)]));
}

/** Fills in missing timestamps (RPCs that do not put `blockTimestamp` on logs). */
async function withTimestamps(
  client: PublicClient,
  refs: Array<{ blockNumber: bigint; timestamp?: number } | null | undefined>,
) {
  const missing = refs.filter(
    (r): r is { blockNumber: bigint; timestamp?: number } => !!r && r.timestamp === undefined,
  );
  if (missing.length === 0) return;
  const map = await timestampsOf(
    client,
    missing.map((r) => r.blockNumber),
  );
  for (const r of missing) r.timestamp = map.get(r.blockNumber);
}

/** Names a beacon by the deployment's addresses: the block (prevrandao) beacon, the VRF beacon, or another. */
export function beaconKind(deployment: RegistryRef, beacon: Address): BeaconKind {
  const eq = (a?: string) => !!a && a.toLowerCase() === beacon.toLowerCase();
  return eq(deployment.prevrandaoBeacon) ? 'block' : eq(deployment.vrfBeacon) ? 'vrf' : 'other';
}

function isThreatNotFound(e: unknown): boolean {
  if (!(e instanceof BaseError)) return false;
  const revert = e.walk((err) => err instanceof ContractFunctionRevertedError);
  return revert instanceof ContractFunctionRevertedError && revert.data?.errorName === 'ThreatNotFound';
}

/**
 * Reads one threat: `getThreat` + `duePeriods` + every event of that id since `deployment.startBlock`.
 * @param client A public client on the deployment's chain.
 * @param deployment Registry address, chain id and first block to scan.
 * @param id The threat id.
 * @returns The threat, or null when no threat has this id (the page shows a 404).
 */
export async function readThreat(
  client: PublicClient,
  deployment: RegistryRef,
  id: bigint,
): Promise<ThreatView | null> {
  if (id <= 0n || id > MAX_UINT256) return null;
  const head = await client.getBlock({ blockTag: 'latest' });
  const blockNumber = head.number!;
  const registry = deployment.levetrage;
  const fromBlock = BigInt(deployment.startBlock);

  let stored: Awaited<ReturnType<typeof readStored>>;
  let logs: Awaited<ReturnType<typeof getRegistryLogs>>;
  try {
    [stored, logs] = await Promise.all([
      readStored(client, registry, id, blockNumber),
      getRegistryLogs(client, {
        registry,
        eventNames: THREAT_EVENT_NAMES,
        indexed: [id],
        fromBlock,
        toBlock: blockNumber,
      }),
    ]);
  } catch (e) {
    if (isThreatNotFound(e)) return null;
    throw e;
  }
  const [threat, odds, due] = stored;
  const status = statusKey(threat.status);
  if (status === 'none') return null;

  const history: ThreatHistory = foldThreatLogs(logs).get(id) ?? emptyHistory(id);
  const c = history.created;
  const created: Omit<TxRef, 'timestamp'> & { timestamp?: number } = c
    ? { txHash: c.txHash, blockNumber: c.blockNumber, timestamp: c.timestamp }
    : { txHash: '0x', blockNumber: 0n, timestamp: Number(threat.start) };
  const end = history.end ? { ...history.end } : null;
  await withTimestamps(client, [c ? created : null, end]);

  const isProbabilistic = odds.beacon !== zeroAddress;
  // The ticket word keeps the beacon's ticket in its low 40 bits (lapse count above: see ThreatPacking).
  const ticket = Number(BigInt(threat.ticket) & ((1n << 40n) - 1n));
  return {
    id,
    chainId: deployment.chainId,
    registry,
    kind: isProbabilistic ? 'probabilistic' : 'commitment',
    status,
    maker: c?.maker ?? threat.beneficiary,
    beneficiary: threat.beneficiary,
    stake: threat.stake,
    provider: threat.provider,
    agreementHash: c?.agreementHash ?? zeroHash,
    engagementId: threat.engagementId,
    resolver: threat.resolver,
    adversary: c?.adversary ?? zeroAddress,
    isPromise: ((c?.flags ?? 0) & 1) !== 0,
    fee: c?.fee ?? 0n,
    ...(history.funding ? { funding: history.funding } : {}),
    ...(history.linkedTo !== undefined ? { linkedTo: history.linkedTo } : {}),
    ...(status === 'claimed' && history.claim ? { claim: history.claim } : {}),
    deadline: Number(threat.deadline),
    start: Number(threat.start),
    timeoutAction: actionKey(threat.timeoutAction),
    terms: c?.terms ?? '',
    ...(isProbabilistic
      ? {
          odds: {
            beacon: odds.beacon,
            period: odds.period,
            pEscalate: odds.pEscalate,
            pTerminate: odds.pTerminate,
            beaconKind: beaconKind(deployment, odds.beacon),
          },
        }
      : {}),
    settledPeriods: Number(threat.settledPeriods),
    pendingThrough: Number(threat.pendingThrough),
    ticket,
    duePeriods: Number(due),
    draws: history.draws.sort((a, b) => a.period - b.period),
    requests: history.requests,
    failedRequests: history.failedRequests,
    created: created as TxRef,
    end: end as ThreatView['end'],
    evidence: history.evidence,
    funders: [...history.funders.values()],
    acted: history.acted,
    readAt: { blockNumber, timestamp: Number(head.timestamp) },
  };
}

async function readStored(client: PublicClient, registry: Address, id: bigint, blockNumber: bigint) {
  const [[threat, odds], due] = await Promise.all([
    client.readContract({ address: registry, abi: levetrageAbi, functionName: 'getThreat', args: [id], blockNumber }),
    client.readContract({ address: registry, abi: levetrageAbi, functionName: 'duePeriods', args: [id], blockNumber }),
  ]);
  return [threat, odds, due] as const;
}

/**
 * Lists threats from their events in one `eth_getLogs` pass (no per-threat calls): status comes from the
 * end events (Fulfilled/Refunded/Escalated/Forfeited/Cancelled) and holds. Newest first.
 * @param filter maker (creator or beneficiary) / provider / resolver (any subset; all given must match,
 * addresses case-insensitive).
 */
export async function listThreats(
  client: PublicClient,
  deployment: RegistryRef,
  filter: ThreatFilter = {},
): Promise<ThreatSummary[]> {
  const toBlock = await client.getBlockNumber({ cacheTime: 0 });
  const logs = await getRegistryLogs(client, {
    registry: deployment.levetrage,
    eventNames: [
      'ThreatCreated',
      'OddsSet',
      'FundingSet',
      'Linked',
      'Joined',
      'Left',
      'Activated',
      'Cancelled',
      'FulfilmentClaimed',
      'ClaimReleased',
      'DrawRequested',
      'DrawSettled',
      'Fulfilled',
      'PromiseBroken',
      'Refunded',
      'Escalated',
      'Forfeited',
    ],
    fromBlock: BigInt(deployment.startBlock),
    toBlock,
  });
  const eq = (a?: string, b?: string) => !b || a?.toLowerCase() === b.toLowerCase();
  const out: ThreatSummary[] = [];
  const now = Math.floor(Date.now() / 1000);
  for (const h of foldThreatLogs(logs).values()) {
    const s = summaryFromHistory(h, deployment.chainId, now);
    if (!s) continue;
    if (filter.maker && !eq(s.maker, filter.maker) && !eq(s.beneficiary, filter.maker)) continue;
    if (!eq(s.provider, filter.provider) || !eq(s.resolver, filter.resolver)) continue;
    out.push(s);
  }
  return out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * The authentic escalations paid to `provider`: `Escalated` events emitted by the registry itself (filtered
 * by the indexed provider), joined with each threat's creation event for its terms and maker.
 * A plain ETH transfer to the provider never appears here. Newest first.
 */
export async function listEscalationsFor(
  client: PublicClient,
  deployment: RegistryRef,
  provider: Address,
): Promise<EscalationRecord[]> {
  const toBlock = await client.getBlockNumber({ cacheTime: 0 });
  const fromBlock = BigInt(deployment.startBlock);
  const registry = deployment.levetrage;
  const mine = await getRegistryLogs(client, {
    registry,
    eventNames: ['Escalated'],
    indexed: [null, provider], // Escalated(id indexed, provider indexed, engagementId indexed, ...)
    fromBlock,
    toBlock,
  });
  if (mine.length === 0) return [];
  const ids = [...new Set(mine.map((l) => l.args.id as bigint))];
  const created = await getRegistryLogs(client, {
    registry,
    eventNames: ['ThreatCreated'],
    indexed: [ids],
    fromBlock,
    toBlock,
  });
  const byId = foldThreatLogs(created);
  const stamps = await timestampsOf(
    client,
    mine.filter((l) => l.blockTimestamp == null).map((l) => l.blockNumber!),
  );
  return mine
    .map((l): EscalationRecord => {
      const id = l.args.id as bigint;
      const c = byId.get(id)?.created;
      return {
        id,
        chainId: deployment.chainId,
        registry,
        provider: l.args.provider as Address,
        engagementId: l.args.engagementId as `0x${string}`,
        agreementHash: (c?.agreementHash ?? zeroHash) as `0x${string}`,
        amount: l.args.amount as bigint,
        paid: Boolean(l.args.paid),
        terms: c?.terms ?? '',
        maker: (c?.maker ?? zeroAddress) as Address,
        txHash: l.transactionHash!,
        blockNumber: l.blockNumber!,
        timestamp: l.blockTimestamp != null ? Number(l.blockTimestamp) : (stamps.get(l.blockNumber!) ?? 0),
      };
    })
    .sort((a, b) => (a.blockNumber < b.blockNumber ? 1 : a.blockNumber > b.blockNumber ? -1 : 0));
}
