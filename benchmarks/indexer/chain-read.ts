// The chain-read path the indexer is compared with: a minimal v2 equivalent of the app's lib/threats/read.ts
// (v1) — eth_getLogs over the deployment's range, split in halves whenever the RPC refuses a range (the app's
// strategy), folded into threat summaries — and the stateless keeper's plan (nextId + multicall getThreat for
// every id). No indexer, no cache: what a page or a keeper tick costs without one.
import {
  encodeEventTopics,
  formatLog,
  numberToHex,
  pad,
  parseEventLogs,
  toHex,
  type Address,
  type Hex,
  type PublicClient,
  type RpcLog,
} from 'viem';
import { levetrageAbi } from '../../indexer/abis.generated';

type Topic = Hex | Hex[] | null;
type EventName = (typeof levetrageAbi)[number] extends infer I
  ? I extends { type: 'event'; name: infer N }
    ? N
    : never
  : never;

const topic0 = (name: EventName) => (encodeEventTopics({ abi: levetrageAbi, eventName: name } as never) as Hex[])[0]!;
const word = (v: bigint | Address) =>
  typeof v === 'bigint' ? pad(toHex(v), { size: 32 }) : pad(v.toLowerCase() as Hex, { size: 32 });

const looksLikeRangeLimit = (e: unknown) =>
  /range|too many|limit|exceed|query returned more than/i.test(
    `${(e as Error)?.message ?? ''} ${(e as { details?: string })?.details ?? ''}`,
  );

export const stats = { getLogsCalls: 0 };

/** eth_getLogs, halving the range whenever the RPC refuses it (like lib/threats/logs.ts). */
export async function getLogsSplitting(
  client: PublicClient,
  p: { address: Address; topics: Topic[]; fromBlock: bigint; toBlock: bigint },
): Promise<ReturnType<typeof formatLog>[]> {
  if (p.toBlock < p.fromBlock) return [];
  try {
    stats.getLogsCalls++;
    const raw = (await client.request({
      method: 'eth_getLogs',
      params: [
        {
          address: p.address,
          topics: p.topics as never,
          fromBlock: numberToHex(p.fromBlock),
          toBlock: numberToHex(p.toBlock),
        },
      ],
    })) as RpcLog[];
    return raw.map((l) => formatLog(l));
  } catch (e) {
    if (p.toBlock === p.fromBlock || !looksLikeRangeLimit(e)) throw e;
    const mid = p.fromBlock + (p.toBlock - p.fromBlock) / 2n;
    const left = await getLogsSplitting(client, { ...p, toBlock: mid });
    const right = await getLogsSplitting(client, { ...p, fromBlock: mid + 1n });
    return [...left, ...right];
  }
}

async function logs(client: PublicClient, registry: Address, names: EventName[], indexed: Topic[], toBlock: bigint) {
  const raw = await getLogsSplitting(client, {
    address: registry,
    topics: [names.map(topic0), ...indexed],
    fromBlock: 0n,
    toBlock,
  });
  return parseEventLogs({ abi: levetrageAbi, logs: raw as never, strict: true }) as unknown as {
    eventName: EventName;
    args: Record<string, unknown>;
    blockNumber: bigint;
  }[];
}

export interface ChainThreat {
  id: bigint;
  kind: 'commitment' | 'probabilistic';
  status: string;
  maker: Address;
  provider: Address;
  beneficiary: Address;
  resolver: Address;
  stake: bigint;
  deadline: number;
  pEscalate: number | null;
  period: number | null;
  terms: string;
  createdBlock: bigint;
}

const STATUS_EVENTS: EventName[] = [
  'Fulfilled',
  'Refunded',
  'Escalated',
  'Forfeited',
  'Cancelled',
  'Activated',
  'FulfilmentClaimed',
  'ClaimReleased',
  'FundingSet',
  'OddsSet',
];

/** Folds creation and status events into summaries (newest first). */
function fold(created: Awaited<ReturnType<typeof logs>>, status: Awaited<ReturnType<typeof logs>>): ChainThreat[] {
  const byId = new Map<bigint, ChainThreat>();
  for (const l of created) {
    const a = l.args;
    byId.set(a.id as bigint, {
      id: a.id as bigint,
      kind: 'commitment',
      status: 'live',
      maker: a.maker as Address,
      provider: a.provider as Address,
      beneficiary: a.beneficiary as Address,
      resolver: a.resolver as Address,
      stake: a.stake as bigint,
      deadline: Number(a.deadline),
      pEscalate: null,
      period: null,
      terms: a.terms as string,
      createdBlock: l.blockNumber,
    });
  }
  for (const l of status) {
    const t = byId.get(l.args.id as bigint);
    if (!t) continue;
    switch (l.eventName) {
      case 'OddsSet':
        t.kind = 'probabilistic';
        t.pEscalate = Number(l.args.pEscalate);
        t.period = Number(l.args.period);
        break;
      case 'FundingSet':
        if (Number(l.args.gatherUntil) !== 0) t.status = 'gathering';
        break;
      case 'Activated':
      case 'ClaimReleased':
        t.status = 'live';
        break;
      case 'FulfilmentClaimed':
        t.status = 'claimed';
        break;
      case 'Fulfilled':
        t.status = 'fulfilled';
        break;
      case 'Cancelled':
        t.status = 'cancelled';
        break;
      case 'Escalated':
        t.status = 'escalated';
        break;
      case 'Forfeited':
        t.status = 'forfeited';
        break;
      case 'Refunded':
        if (t.status === 'live' || t.status === 'claimed') t.status = 'refunded';
        break;
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** Every threat (the ledger and the oracle desk: the resolver is not an indexed topic). */
export async function readAllThreats(client: PublicClient, registry: Address): Promise<ChainThreat[]> {
  const toBlock = await client.getBlockNumber({ cacheTime: 0 });
  const [created, status] = await Promise.all([
    logs(client, registry, ['ThreatCreated'], [], toBlock),
    logs(client, registry, STATUS_EVENTS, [], toBlock),
  ]);
  return fold(created, status);
}

/** The provider desk: authentic escalations (Escalated by provider) and the threats naming the provider. */
export async function chainProviderDesk(client: PublicClient, registry: Address, provider: Address) {
  const toBlock = await client.getBlockNumber({ cacheTime: 0 });
  const [escalations, created] = await Promise.all([
    logs(client, registry, ['Escalated'], [null, word(provider)], toBlock),
    logs(client, registry, ['ThreatCreated'], [null, null, word(provider)], toBlock),
  ]);
  const ids = created.map((l) => l.args.id as bigint);
  const status = ids.length ? await logs(client, registry, STATUS_EVENTS, [ids.map(word)], toBlock) : [];
  const threats = fold(created, status);
  return {
    escalations: escalations.length,
    live: threats.filter((t) => t.status === 'live' || t.status === 'claimed'),
  };
}

/** The oracle desk: open threats the resolver decides. */
export async function chainOracleDesk(client: PublicClient, registry: Address, resolver: Address) {
  const all = await readAllThreats(client, registry);
  return all.filter(
    (t) => t.resolver.toLowerCase() === resolver.toLowerCase() && (t.status === 'live' || t.status === 'claimed'),
  );
}

/** /me: the maker's threats (maker is indexed) with their status. */
export async function chainMe(client: PublicClient, registry: Address, maker: Address) {
  const toBlock = await client.getBlockNumber({ cacheTime: 0 });
  const created = await logs(client, registry, ['ThreatCreated'], [null, word(maker)], toBlock);
  const ids = created.map((l) => l.args.id as bigint);
  const status = ids.length ? await logs(client, registry, STATUS_EVENTS, [ids.map(word)], toBlock) : [];
  return fold(created, status);
}

/** /ledger with a filter: every threat, filtered, newest first, first page of 50. */
export async function chainLedger(
  client: PublicClient,
  registry: Address,
  filter: { status: string; kind: string; minStake: bigint; q: string },
) {
  const all = await readAllThreats(client, registry);
  const q = filter.q.toLowerCase();
  return all
    .filter(
      (t) =>
        t.status === filter.status &&
        t.kind === filter.kind &&
        t.stake >= filter.minStake &&
        t.terms.toLowerCase().includes(q),
    )
    .slice(0, 50);
}

/** What a stateless keeper must settle now, read from the chain: nextId, then getThreat of every id (multicall). */
export async function chainKeeperPlan(
  client: PublicClient,
  registry: Address,
  prevrandaoBeacon: Address,
  ids?: bigint[],
) {
  const block = await client.getBlock({ blockTag: 'latest' });
  const now = Number(block.timestamp);
  let list = ids;
  if (!list) {
    const nextId = await client.readContract({ address: registry, abi: levetrageAbi, functionName: 'nextId' });
    list = Array.from({ length: Number(nextId) - 1 }, (_, i) => BigInt(i + 1));
  }
  const results = await client.multicall({
    contracts: list.map((id) => ({
      address: registry,
      abi: levetrageAbi,
      functionName: 'getThreat' as const,
      args: [id] as const,
    })),
    allowFailure: false,
    batchSize: 18_000, // about 500 getThreat calls (~8M gas) per eth_call: under a 30M gas cap
    blockNumber: block.number,
  });
  const open: bigint[] = [];
  const heldOrGathering: bigint[] = [];
  const due: { id: bigint; reason: string; ticket?: bigint }[] = [];
  results.forEach(([t, odds], i) => {
    const id = list![i]!;
    const status = Number(t.status);
    if (status === 1 || status === 3) heldOrGathering.push(id); // Gathering, Claimed: their dates are in getThreatExtra
    if (status !== 2) return;
    open.push(id);
    if (odds.beacon === '0x0000000000000000000000000000000000000000') {
      if (now >= Number(t.deadline)) due.push({ id, reason: 'deadline' });
      return;
    }
    if (t.pendingThrough > t.settledPeriods) {
      const ticket = BigInt(t.ticket) & ((1n << 40n) - 1n);
      const resolvable = odds.beacon.toLowerCase() === prevrandaoBeacon.toLowerCase() ? block.number >= ticket : true;
      if (resolvable) due.push({ id, reason: 'draws-ready', ticket });
      return;
    }
    const until = Math.min(now, Number(t.deadline));
    const duePeriods = until > Number(t.start) ? Math.floor((until - Number(t.start)) / Number(odds.period)) : 0;
    if (duePeriods > Number(t.settledPeriods)) due.push({ id, reason: 'draws-due' });
    else if (now >= Number(t.deadline)) due.push({ id, reason: 'deadline' });
  });
  if (heldOrGathering.length) {
    const extras = await client.multicall({
      contracts: heldOrGathering.map((id) => ({
        address: registry,
        abi: levetrageAbi,
        functionName: 'getThreatExtra' as const,
        args: [id] as const,
      })),
      allowFailure: false,
      batchSize: 18_000, // about 500 getThreat calls (~8M gas) per eth_call: under a 30M gas cap
      blockNumber: block.number,
    });
    extras.forEach(([, funding, , claim], i) => {
      const id = heldOrGathering[i]!;
      if (claim.until !== 0 && now >= Number(claim.until)) due.push({ id, reason: 'hold-over' });
      else if (claim.until === 0 && funding.gatherUntil !== 0 && now > Number(funding.gatherUntil))
        due.push({ id, reason: 'gathering-over' });
    });
  }
  return { due, open: open.length + heldOrGathering.length, read: list.length, block };
}
