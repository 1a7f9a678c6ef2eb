// The keeper: every few seconds, settles what is due on every live threat — requests the draws of due
// periods, resolves pending draws once their beacon block exists (with the block header proof), and applies
// timeouts after deadlines. Not privileged: it only calls `settle`, which anyone may call.
// It asks the indexer which threats are due (`--indexer URL` or INDEXER_URL; without one, or with the indexer
// down or behind, it reads every id), reads their state in batches (Multicall3 when the chain has it), and sends
// its settles one after another without waiting for each receipt.
// CLI (started by `npm run dev`): `npx tsx scripts/keeper.ts [--rpc http://127.0.0.1:8545] [--indexer URL] [--interval 3] [--once]`
import { zeroAddress, type Address, type Hex, type PublicClient } from 'viem';
import { levetrageAbi } from '../lib/contracts/abis.generated';
import { getDeployment, type Deployment } from '../lib/contracts/deployments';
import { readDrawFee, settleCall } from '../lib/contracts/actions/settle';
import { submitWrite } from '../lib/contracts/write';
import { LOCAL_CHAIN_ID } from '../lib/chains';
import { statusKey, type StatusKey } from '../lib/contracts/enums.generated';
import { createIndexerClient, type IndexerClient } from '../lib/indexer/client';
import { getAllDueThreats } from '../lib/indexer/get-due-threats';
import { isIndexerAvailable } from '../lib/indexer/is-indexer-available';
import { searchThreats } from '../lib/indexer/search-threats';
import { planSettle, type KeeperReason, type KeeperThreatState } from '../lib/keeper/plan';
import { settleProof } from '../lib/randomness/settle-proof';
import { publicClientFor, walletClientFor, type ScriptWallet } from './lib/chain-clients';
import { devAccount } from './lib/dev-accounts.mjs';
import { describeRpcSource, resolveRpcUrl } from './lib/dev-chain.mjs';

/** One settle the keeper sent. */
export interface KeeperAction {
  id: bigint;
  reason: KeeperReason;
  txHash: Hex;
  status: StatusKey;
}

/** Why a live threat was left alone this tick (for logs and tests). */
export type KeeperSkip = { id: bigint; why: string };

/** Where the tick found its candidates: the indexer's due list, or every id read from the chain. */
export type KeeperSource = { kind: 'indexer'; indexedBlock: number } | { kind: 'chain'; reason: string };

/** Threats read per batch (three registry views each). */
const BATCH = 300;
/** The indexer may lag this many blocks before the keeper reads every id from the chain instead. */
const MAX_INDEXER_LAG = 30;
/** Canonical Multicall3 address (deployed on every public chain; on anvil only when installed). */
const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11';

const multicallKnown = new WeakMap<PublicClient, Promise<Address | null>>();
/** Multicall3's address on this chain (the chain's own, or the canonical one when code is there), or null. */
function multicallAddress(client: PublicClient): Promise<Address | null> {
  let known = multicallKnown.get(client);
  if (!known) {
    const own = client.chain?.contracts?.multicall3?.address;
    known = own
      ? Promise.resolve(own)
      : client
          .getCode({ address: MULTICALL3 })
          .then((code) => (code && code !== '0x' ? MULTICALL3 : null))
          .catch(() => null);
    multicallKnown.set(client, known);
  }
  return known;
}

/**
 * The registry's state of `ids`, batched: one multicall per BATCH threats when Multicall3 exists, else parallel
 * reads (one JSON-RPC batch when the transport batches). Never one request after another per id.
 */
export async function readKeeperStates(
  client: PublicClient,
  deployment: Deployment,
  ids: bigint[],
): Promise<KeeperThreatState[]> {
  const registry = deployment.levetrage;
  const calls = (id: bigint) =>
    [
      { address: registry, abi: levetrageAbi, functionName: 'getThreat', args: [id] },
      { address: registry, abi: levetrageAbi, functionName: 'getThreatExtra', args: [id] },
      { address: registry, abi: levetrageAbi, functionName: 'duePeriods', args: [id] },
    ] as const;
  const multicall = await multicallAddress(client);
  const out: KeeperThreatState[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = ids.slice(i, i + BATCH);
    const flat = chunk.flatMap(calls);
    const results: unknown[] = multicall
      ? await client.multicall({ contracts: flat, allowFailure: false, multicallAddress: multicall, batchSize: 0 })
      : await Promise.all(flat.map((c) => client.readContract(c as never)));
    chunk.forEach((id, j) => {
      const [threat, odds] = results[3 * j] as readonly [
        { status: number; deadline: number; settledPeriods: number; pendingThrough: number; ticket: number | bigint },
        { beacon: Address },
      ];
      const [, funding, , claim] = results[3 * j + 1] as readonly [
        unknown,
        { gatherUntil: number },
        unknown,
        { until: number },
      ];
      const due = results[3 * j + 2] as number | bigint;
      out.push({
        id,
        status: Number(threat.status),
        deadline: Number(threat.deadline),
        settledPeriods: Number(threat.settledPeriods),
        pendingThrough: Number(threat.pendingThrough),
        ticket: threat.ticket,
        beacon: odds.beacon,
        gatherUntil: Number(funding.gatherUntil),
        claimUntil: Number(claim.until),
        duePeriods: Number(due),
      });
    });
  }
  return out;
}

/**
 * The ids worth looking at this tick. With an indexer that is up and close to the head: the threats it says are
 * due (one indexed query, however many are live) plus any created after its last indexed threat. Otherwise every
 * id the registry has, less those known finished.
 */
async function candidates(
  client: PublicClient,
  deployment: Deployment,
  latest: { number: bigint; timestamp: bigint },
  finished: Set<bigint>,
  indexer: IndexerClient | null,
): Promise<{ ids: bigint[]; source: KeeperSource }> {
  const nextId = await client.readContract({
    address: deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'nextId',
  });
  const all = () => {
    const ids: bigint[] = [];
    for (let id = 1n; id < nextId; id++) if (!finished.has(id)) ids.push(id);
    return ids;
  };
  const a = await isIndexerAvailable(indexer, { chainId: deployment.chainId });
  if (!a.available) return { ids: all(), source: { kind: 'chain', reason: a.reason } };
  if (a.lagBlocks > MAX_INDEXER_LAG)
    return { ids: all(), source: { kind: 'chain', reason: `the indexer is ${a.lagBlocks} blocks behind` } };
  try {
    const [due, newest] = await Promise.all([
      getAllDueThreats(indexer!, { now: latest.timestamp, block: latest.number }),
      searchThreats(indexer!, { sort: 'id', order: 'desc', limit: 1 }),
    ]);
    const ids = new Set(due.map((d) => d.id));
    for (let id = (newest.items[0]?.id ?? 0n) + 1n; id < nextId; id++) ids.add(id);
    return {
      ids: [...ids].filter((id) => !finished.has(id)).sort((x, y) => (x < y ? -1 : 1)),
      source: { kind: 'indexer', indexedBlock: a.status.indexedBlock },
    };
  } catch (e) {
    return { ids: all(), source: { kind: 'chain', reason: (e as Error).message } };
  }
}

/**
 * One pass: finds what is due (the indexer's due list, or every id by batched chain reads), reads those threats'
 * state in batches, and sends `settle(id, proof)` for each without waiting for the previous one to be mined; then
 * waits for all the receipts at once.
 * @param finished ids known to be finished (skipped; updated in place) so long-lived keepers stay cheap
 * @param indexer the indexer to ask what is due (null: read every id from the chain)
 */
export async function keeperTick(
  client: PublicClient,
  wallet: ScriptWallet,
  deployment: Deployment,
  finished: Set<bigint> = new Set(),
  indexer: IndexerClient | null = null,
): Promise<{ actions: KeeperAction[]; skipped: KeeperSkip[]; source: KeeperSource; checked: number }> {
  const actions: KeeperAction[] = [];
  const skipped: KeeperSkip[] = [];
  const block = await client.getBlock();
  const latest = { number: block.number, timestamp: block.timestamp };
  const { ids, source } = await candidates(client, deployment, latest, finished, indexer);
  const states = await readKeeperStates(client, deployment, ids);
  const prevrandaoBeacon = deployment.prevrandaoBeacon ?? zeroAddress;
  // Plans, proofs (header fetches) and request fees in parallel, for the due threats only.
  const planned = await Promise.all(
    states.map(async (s) => {
      const p = planSettle(s, latest.timestamp);
      if (!p) return null;
      if ('done' in p) {
        finished.add(s.id);
        return null;
      }
      let proof: Hex = '0x';
      if (p.reason === 'resolve-draws') {
        const r = await settleProof(client, { ...s, beacon: s.beacon, prevrandaoBeacon }, latest.number);
        if (!r.ready) return null;
        proof = r.proof;
      }
      // A paid beacon (VRF) takes its request fee from the settle's value; the registry returns what it does not use.
      const drawFee = await readDrawFee(client, { registry: deployment.levetrage, id: s.id });
      return { id: s.id, reason: p.reason, proof, drawFee };
    }),
  );
  // Send one after another (the nonces are in order) without waiting for any receipt.
  const sent: { id: bigint; reason: KeeperReason; hash: Hex; status: StatusKey }[] = [];
  for (const p of planned) {
    if (!p) continue;
    try {
      const { hash, result } = await submitWrite(
        wallet,
        settleCall({ registry: deployment.levetrage, id: p.id, proof: p.proof, drawFee: p.drawFee }),
        { publicClient: client },
      );
      sent.push({ id: p.id, reason: p.reason, hash, status: statusKey(result) });
    } catch (e) {
      const err = e as { shortMessage?: string; message: string };
      skipped.push({ id: p.id, why: err.shortMessage ?? err.message.split('\n')[0] });
    }
  }
  const receipts = await Promise.all(
    sent.map((s) =>
      client.waitForTransactionReceipt({ hash: s.hash }).then(
        (r) => r.status,
        (e: Error) => e.message.split('\n')[0],
      ),
    ),
  );
  sent.forEach((s, i) => {
    if (receipts[i] === 'success') actions.push({ id: s.id, reason: s.reason, txHash: s.hash, status: s.status });
    else
      skipped.push({
        id: s.id,
        why: receipts[i] === 'reverted' ? `settle ${s.hash} reverted on chain` : String(receipts[i]),
      });
  });
  return { actions, skipped, source, checked: ids.length };
}

/** The indexer client the keeper asks, from `--indexer URL` / INDEXER_URL / NEXT_PUBLIC_INDEXER_URL (null: none). */
export function keeperIndexer(url: string | undefined): IndexerClient | null {
  return url ? createIndexerClient({ url, timeoutMs: 5000 }) : null;
}

/**
 * The key the keeper signs with: `KEEPER_PRIVATE_KEY`, or on the local chain (31337) only, the dev "Keeper"
 * account. Anvil's dev keys are public, so off the local chain the keeper refuses to start without its own key.
 * @throws Error with what to set, on another chain without `KEEPER_PRIVATE_KEY` or with a malformed one
 */
export function keeperKey(chainId: number, env: Record<string, string | undefined> = process.env): Hex {
  const key = env.KEEPER_PRIVATE_KEY?.trim();
  if (key) {
    if (!/^0x[0-9a-fA-F]{64}$/.test(key)) throw new Error('KEEPER_PRIVATE_KEY must be 0x followed by 64 hex digits');
    return key as Hex;
  }
  if (chainId === LOCAL_CHAIN_ID) return devAccount('keeper').privateKey;
  throw new Error(
    `Refusing to start on chain ${chainId} without KEEPER_PRIVATE_KEY: the dev keeper key is one of anvil's public ` +
      'keys, safe only on the local chain (31337). Set KEEPER_PRIVATE_KEY=0x… to a funded key of your own ' +
      '(it only pays gas for settle; it needs no privilege).',
  );
}

/**
 * Settles everything due on the chain behind `rpcUrl` once, as the keeper account (asking `indexerUrl` what is
 * due when given, else reading every id).
 */
export async function settleDueOnce(rpcUrl: string, deploymentOverride?: Deployment, indexerUrl?: string) {
  const client = await publicClientFor(rpcUrl);
  const deployment = deploymentOverride ?? getDeployment(await client.getChainId());
  if (!deployment) throw new Error(`No Levetrage deployment recorded for chain ${await client.getChainId()}`);
  return keeperTick(
    client,
    walletClientFor(client, keeperKey(await client.getChainId())),
    deployment,
    new Set(),
    keeperIndexer(indexerUrl),
  );
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const resolved = resolveRpcUrl(opt('rpc')); // --rpc, RPC_URL, the running `npm run dev`, else 8545
  const rpcUrl = resolved.rpcUrl;
  console.log(`[keeper] chain: ${describeRpcSource(resolved)}`);
  const indexer = keeperIndexer(opt('indexer') ?? process.env.INDEXER_URL ?? process.env.NEXT_PUBLIC_INDEXER_URL);
  const intervalSec = Number(opt('interval') ?? 3);
  if (!Number.isFinite(intervalSec) || intervalSec <= 0)
    throw new Error('--interval must be a positive number of seconds');
  const client = await publicClientFor(rpcUrl);
  const chainId = await client.getChainId();
  const deployment = getDeployment(chainId);
  if (!deployment) throw new Error(`No Levetrage deployment recorded for chain ${chainId}`);
  const wallet = walletClientFor(client, keeperKey(chainId));
  const finished = new Set<bigint>();
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(
    `[keeper] settling due threats on chain ${chainId} as ${wallet.account.address} every ${intervalSec}s` +
      (indexer ? ` (asking the indexer at ${indexer.url} what is due)` : ' (no indexer: reading every threat)'),
  );
  let lastSource = '';
  do {
    try {
      const { actions, skipped, source } = await keeperTick(client, wallet, deployment, finished, indexer);
      const said = source.kind === 'indexer' ? 'indexer' : `chain: ${source.reason}`;
      if (indexer && said !== lastSource)
        console.log(
          `[keeper] due threats from ${source.kind === 'indexer' ? 'the indexer' : `the chain (${source.reason})`}`,
        );
      lastSource = said;
      for (const a of actions) console.log(`[keeper] #${a.id} ${a.reason} -> ${a.status} (${a.txHash})`);
      for (const s of skipped) console.log(`[keeper] #${s.id} not settled: ${s.why}`);
    } catch (e) {
      console.error(`[keeper] tick failed: ${(e as Error).message.split('\n')[0]}`);
    }
    if (args.includes('--once')) break;
    for (let waited = 0; waited < intervalSec * 1000 && !stopping; waited += 200)
      await new Promise((r) => setTimeout(r, 200));
  } while (!stopping);
}

if (process.argv[1] && /keeper\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(`[keeper] ${(e as Error).message}`);
    process.exit(1);
  });
}
