#!/usr/bin/env -S npx tsx
// Seeds threats with a realistic mix on a local chain with the v2 contracts (the indexer benchmark's data):
//   npx tsx benchmarks/indexer/seed.ts --rpc http://127.0.0.1:10645 --deployments FILE --count 10000 [--blocks 10000]
//     [--seconds-per-block 12]
// Mix (deterministic, seeded PRNG): 200 makers, 20 providers (half sign engagements off chain, half accept
// multi-use ones on chain), 30 oracles, 60 backers.
//   40% commitments: 60% of them end within 1–2 days (refund / forfeit / escalate at the deadline), the rest
//       run 30–180 days; 3% promises (a third broken).
//   60% probabilistic on the block beacon: periods 1 h (20%, deadline 7–30 days, p 0.5–5%), 1 day (40%,
//       30–90 days, p 1–10%) or 1 week (40%, 90–365 days, p 1–10%); pTerminate 0–2%.
//   15% fulfilled by their oracle (a third after the adversary's evidence), 2% held a week (half released),
//   20% with evidence, 5% with 1–3 backers, 2% pools (half reach their threshold), 2% counter-commitments,
//   stakes log-uniform 0.01–50 ETH, terms from templates.
// Between rounds it mines empty blocks (the chain reaches --blocks) and runs a keeper pass that settles
// everything due (draws requested, resolved with the header proof; timeouts; expired pools); providers
// record acting on 70% of their escalations.
import { readFileSync } from 'node:fs';
import {
  createPublicClient,
  defineChain,
  http,
  keccak256,
  toBytes,
  toHex,
  type Address,
  type Hex,
  type PublicClient,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { nashAbi } from '../../indexer/abis.generated';
import { engagementTypedData, type Engagement } from '../../lib/engagements/typed-data';
import { getHeaderRlp } from '../../lib/randomness/header-proof';
import { Bulk, mineBlocks, registryEvents, rpc, type Receipt } from './bulk';
import { chainKeeperPlan } from './chain-read';

const ETH = 10n ** 18n;
const ZERO: Address = '0x0000000000000000000000000000000000000000';
const ZERO_HASH: Hex = `0x${'00'.repeat(32)}`;
const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11';

export interface SeedTarget {
  rpcUrl: string;
  chainId: number;
  registry: Address;
  nash: Address;
  prevrandaoBeacon: Address;
  /** anvil account 0, holding the NASH supply */
  deployer: Address;
}

/** Mulberry32: a small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const key = (label: string) => keccak256(toBytes(`levetrage-benchmark:${label}`));
const account = (label: string) => privateKeyToAccount(key(label));

const TERMS = [
  'Refund the deposit of {n} EUR for the cancelled flat by {d}',
  'Pay the outstanding wages of {n} USD to the workers of line {k}',
  'Publish a correction of the article of {d} and delete the defamatory post',
  'Retract the false review and apologise publicly within {k} days',
  'Return the security deposit of {n} USD withheld without reason',
  'Honour the warranty: repair or replace the laptop bought on {d}',
  'Stop the unauthorised use of my photographs (case {k}) and pay {n} EUR',
  'Release the source code escrow as agreed in clause {k}',
  'Reinstate the account closed on {d} or refund the balance of {n} USD',
  'Pay the invoice {k} of {n} EUR, overdue since {d}',
];
function terms(r: ReturnType<typeof prng>) {
  const d = `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return r
    .pick(TERMS)
    .replace('{n}', String(r.int(100, 90_000)))
    .replace('{d}', d)
    .replace('{k}', String(r.int(2, 99)));
}

export interface SeedState {
  target: SeedTarget;
  client: PublicClient;
  bulk: Bulk;
  rand: ReturnType<typeof prng>;
  makers: Address[];
  providers: { address: Address; signs: boolean; key: Hex }[];
  oracles: Address[];
  backers: Address[];
  adversaries: Address[];
  /** Engagements accepted on chain, by maker → provider. */
  accepted: Map<string, Engagement>;
  nonce: bigint;
  created: number;
  open: Set<bigint>;
  escalated: { id: bigint; provider: Address }[];
  txs: number;
}

function clientFor(t: SeedTarget): PublicClient {
  const chain = defineChain({
    id: t.chainId,
    name: 'anvil',
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [t.rpcUrl] } },
    contracts: { multicall3: { address: MULTICALL3 } },
  });
  return createPublicClient({ chain, transport: http(t.rpcUrl, { timeout: 120_000 }) }) as PublicClient;
}

/** Puts Multicall3 at its canonical address (anvil lacks it; every public chain has it). */
export async function installMulticall3(rpcUrl: string) {
  const json = JSON.parse(
    readFileSync(
      new URL(
        '../../node_modules/@uma/core/artifacts/contracts/common/implementation/Multicall3.sol/Multicall3.json',
        import.meta.url,
      ),
      'utf8',
    ),
  );
  await rpc(rpcUrl, 'anvil_setCode', [MULTICALL3, json.deployedBytecode]);
}

/** Accounts, balances, NASH and the on-chain engagements. */
export async function setupSeed(target: SeedTarget): Promise<SeedState> {
  const bulk = await Bulk.open(target.rpcUrl);
  await installMulticall3(target.rpcUrl);
  const client = clientFor(target);
  const rand = prng(20260101);
  const makers = Array.from({ length: 200 }, (_, i) => account(`maker-${i}`).address);
  const providers = Array.from({ length: 20 }, (_, i) => ({
    address: account(`provider-${i}`).address,
    signs: i % 2 === 0,
    key: key(`provider-${i}`),
  }));
  const oracles = Array.from({ length: 30 }, (_, i) => account(`oracle-${i}`).address);
  const backers = Array.from({ length: 60 }, (_, i) => account(`backer-${i}`).address);
  const adversaries = Array.from({ length: 40 }, (_, i) => account(`adversary-${i}`).address);
  const everyone = [...makers, ...providers.map((p) => p.address), ...oracles, ...backers, ...adversaries];
  for (let i = 0; i < everyone.length; i += 100) {
    await Promise.all(
      everyone.slice(i, i + 100).map((a) => rpc(target.rpcUrl, 'anvil_setBalance', [a, toHex(10n ** 6n * ETH)])),
    );
  }
  // NASH for the fees: 3,500 each maker (fees are 10 / 25 NASH per create).
  for (const m of makers)
    bulk.call(target.deployer, target.nash, 'transfer', [m, 3500n * ETH], { abi: nashAbi, gas: 100_000n });
  const state: SeedState = {
    target,
    client,
    bulk,
    rand,
    makers,
    providers,
    oracles,
    backers,
    adversaries,
    accepted: new Map(),
    nonce: 1n,
    created: 0,
    open: new Set(),
    escalated: [],
    txs: 0,
  };
  // Each maker works with two providers; on-chain providers accept a 100,000-use engagement for the maker.
  const now = Number((await client.getBlock()).timestamp);
  for (const [i, m] of makers.entries()) {
    for (const p of [providers[i % 20]!, providers[(i * 7 + 3) % 20]!]) {
      if (p.signs) continue;
      const e = {
        provider: p.address,
        maker: m,
        agreementHash: keccak256(toBytes(`agreement ${p.address}`)),
        minStake: 0n,
        maxStake: 0n,
        kinds: 3,
        validUntil: now + 5 * 365 * 86400,
        uses: 100_000,
        nonce: state.nonce++,
      };
      state.accepted.set(`${m}:${p.address}`, e);
      bulk.call(p.address, target.registry, 'acceptEngagement', [e], { gas: 200_000n });
    }
  }
  await flush(state);
  return state;
}

async function flush(state: SeedState): Promise<Receipt[]> {
  const receipts = await state.bulk.flush();
  state.txs += receipts.length;
  for (const r of receipts) {
    for (const e of registryEvents(r, state.target.registry)) {
      const id = e.args.id as bigint | undefined;
      if (e.eventName === 'ThreatCreated') {
        state.created++;
        state.open.add(id!);
      } else if (
        ['Fulfilled', 'Escalated', 'Forfeited', 'Cancelled'].includes(e.eventName) ||
        (e.eventName === 'Refunded' && state.open.has(id!))
      ) {
        state.open.delete(id!);
      }
      if (e.eventName === 'Escalated') state.escalated.push({ id: id!, provider: e.args.provider as Address });
    }
  }
  return receipts;
}

interface Planned {
  id?: bigint;
  fulfil: boolean;
  evidence: boolean;
  hold: boolean;
  breach: boolean;
  backers: number;
  pool: boolean;
  poolFills: boolean;
  stake: bigint;
  resolver: Address;
  maker: Address;
}

/** One round of `count` creates (one block), then the follow-ups of this round. */
export async function seedRound(state: SeedState, count: number, options: { liveOnly?: boolean } = {}) {
  const { rand: r, target, bulk } = state;
  const now = Number((await state.client.getBlock()).timestamp);
  const plans: Planned[] = [];
  for (let i = 0; i < count; i++) {
    const maker = r.pick(state.makers);
    const makerIndex = state.makers.indexOf(maker);
    const resolver = r.pick(state.oracles);
    const stake = BigInt(Math.floor(10 ** (r.next() * Math.log10(5000)))) * (ETH / 100n); // 0.01 .. 50 ETH, log-uniform
    const probabilistic = r.chance(0.6);
    const plan: Planned = {
      fulfil: false,
      evidence: false,
      hold: false,
      breach: false,
      backers: 0,
      pool: false,
      poolFills: false,
      stake,
      resolver,
      maker,
    };
    if (!options.liveOnly) {
      plan.fulfil = r.chance(0.15);
      plan.evidence = r.chance(0.2);
      plan.backers = r.chance(0.05) ? r.int(1, 3) : 0;
      plan.pool = plan.backers === 0 && r.chance(0.02);
      plan.hold = !plan.fulfil && !plan.pool && r.chance(0.02);
      plan.poolFills = plan.pool && r.chance(0.5);
    }
    let deadline: number;
    let timeoutAction: 0 | 1 | 2;
    let odds = { beacon: ZERO, period: 0, pEscalate: 0, pTerminate: 0 };
    let flags = 0;
    if (probabilistic) {
      const kind = r.next();
      const [period, minDays, maxDays, pLo, pHi] =
        kind < 0.2
          ? [3600, 7, 30, 0.005, 0.05]
          : kind < 0.6
            ? [86400, 30, 90, 0.01, 0.1]
            : [604800, 90, 365, 0.01, 0.1];
      const pe = options.liveOnly ? 0.001 : pLo + r.next() * (pHi - pLo);
      odds = {
        beacon: target.prevrandaoBeacon,
        period: options.liveOnly ? 604800 : period,
        pEscalate: Math.max(1, Math.floor(pe * 1e9)),
        pTerminate: Math.floor(r.next() * 0.02 * 1e9),
      };
      deadline = now + r.int(options.liveOnly ? 200 : minDays, options.liveOnly ? 365 : maxDays) * 86400;
      timeoutAction = r.pick([0, 0, 1, 2] as const);
    } else {
      const short = !options.liveOnly && r.chance(0.6);
      deadline = now + (short ? r.int(86400, 2 * 86400) : r.int(30, 180) * 86400);
      timeoutAction = r.pick([0, 0, 1, 2, 2] as const);
      if (!options.liveOnly && r.chance(0.03)) {
        flags = 1;
        plan.breach = r.chance(1 / 3);
      }
    }
    const canEscalate = probabilistic || timeoutAction === 2;
    let engagement: Engagement = {
      provider: ZERO,
      maker: ZERO,
      agreementHash: ZERO_HASH,
      minStake: 0n,
      maxStake: 0n,
      kinds: 0,
      validUntil: 0,
      uses: 0,
      nonce: 0n,
    };
    let signature: Hex = '0x';
    if (canEscalate) {
      const provider = r.chance(0.5) ? state.providers[makerIndex % 20]! : state.providers[(makerIndex * 7 + 3) % 20]!;
      if (provider.signs) {
        engagement = {
          provider: provider.address,
          maker,
          agreementHash: keccak256(toBytes(`agreement ${provider.address}`)),
          minStake: 0n,
          maxStake: 0n,
          kinds: 3,
          validUntil: now + 30 * 86400,
          uses: 1,
          nonce: state.nonce++,
        };
        signature = await privateKeyToAccount(provider.key).signTypedData(
          engagementTypedData(target.chainId, target.registry, engagement),
        );
      } else {
        engagement = state.accepted.get(`${maker}:${provider.address}`)!;
      }
    }
    const funding = plan.pool
      ? { cap: stake * 10n, backersRoot: ZERO_HASH, gatherUntil: now + 3600, minPledgers: 0, minTotal: stake * 3n }
      : plan.backers
        ? { cap: stake * 10n, backersRoot: ZERO_HASH, gatherUntil: 0, minPledgers: 0, minTotal: 0n }
        : { cap: 0n, backersRoot: ZERO_HASH, gatherUntil: 0, minPledgers: 0, minTotal: 0n };
    const linkedTo = !options.liveOnly && state.created > 10 && r.chance(0.02) ? BigInt(r.int(1, state.created)) : 0n;
    const params = {
      resolver,
      beneficiary: maker,
      adversary: r.chance(0.5) ? r.pick(state.adversaries) : ZERO,
      deadline,
      timeoutAction,
      flags,
      maxFee: 1000n * ETH,
      linkedTo,
      odds,
      funding,
      terms: terms(r),
      resolverData: '0x' as Hex,
    };
    bulk.call(maker, target.registry, 'create', [params, engagement, signature], {
      value: stake,
      gas: 600_000n,
      tag: plan,
    });
    plans.push(plan);
  }
  const receipts = await flush(state);
  for (const rc of receipts) {
    const created = registryEvents(rc, target.registry).find((e) => e.eventName === 'ThreatCreated');
    if (created) (rc.tx.tag as Planned).id = created.args.id as bigint;
  }
  // Follow-ups (same round): evidence, backers, pools, holds, fulfilments, breaches.
  const made = plans.filter((p) => p.id !== undefined);
  const ev = keccak256(toBytes('evidence'));
  for (const p of made) {
    if (p.evidence)
      bulk.call(r.pick(state.adversaries), target.registry, 'submitEvidence', [p.id!, ev, `ipfs://evidence-${p.id}`], {
        gas: 100_000n,
      });
    for (let b = 0; b < p.backers; b++)
      bulk.call(r.pick(state.backers), target.registry, 'join', [p.id!, []], {
        value: p.stake / 2n + 1n,
        gas: 200_000n,
      });
    if (p.pool && p.poolFills)
      for (let b = 0; b < 3; b++)
        bulk.call(state.backers[b]!, target.registry, 'join', [p.id!, []], { value: p.stake, gas: 200_000n });
  }
  await flush(state);
  for (const p of made) {
    if (p.pool && p.poolFills) bulk.call(state.oracles[0]!, target.registry, 'activate', [p.id!], { gas: 200_000n });
    if (p.hold) bulk.call(p.resolver, target.registry, 'hold', [p.id!, 7 * 86400], { gas: 200_000n });
  }
  await flush(state);
  for (const p of made) {
    if (p.fulfil && !p.pool) bulk.call(p.resolver, target.registry, 'fulfil', [p.id!, ev], { gas: 300_000n });
    if (p.hold && r.chance(0.5)) bulk.call(p.resolver, target.registry, 'release', [p.id!], { gas: 200_000n });
    if (p.breach && !p.fulfil) bulk.call(p.resolver, target.registry, 'breach', [p.id!, ev], { gas: 300_000n });
  }
  await flush(state);
}

/** Settles everything due now (a keeper pass over the open threats, reading the chain), then the acted records. */
export async function keeperPass(state: SeedState, maxRounds = 4) {
  const { target, bulk } = state;
  const keeper = state.oracles[29]!;
  for (let round = 0; round < maxRounds; round++) {
    const plan = await chainKeeperPlan(state.client, target.registry, target.prevrandaoBeacon, [...state.open]);
    if (plan.due.length === 0) break;
    const proofs = new Map<bigint, Hex>();
    for (const d of plan.due) {
      let proof: Hex = '0x';
      if (d.reason === 'draws-ready' && d.ticket !== undefined && d.ticket <= plan.block.number) {
        if (!proofs.has(d.ticket)) proofs.set(d.ticket, await getHeaderRlp(state.client, d.ticket));
        proof = proofs.get(d.ticket)!;
      }
      bulk.call(keeper, target.registry, 'settle', [d.id, proof], { gas: 2_000_000n });
    }
    await flush(state);
    await rpc(target.rpcUrl, 'anvil_mine', ['0x2']); // the block beacon's delay: requested draws become resolvable
  }
  // Providers record acting on 70% of the escalations they received.
  const pending = state.escalated.splice(0);
  for (const e of pending) {
    if (state.rand.chance(0.7))
      bulk.call(
        e.provider,
        target.registry,
        'recordActed',
        [e.id, keccak256(toBytes(`acted ${e.id}`)), `https://filings.example/${e.id}`],
        { gas: 150_000n },
      );
  }
  await flush(state);
}

/** Seeds up to `total` threats in rounds of `perRound`, spreading them over about `blocks` blocks. */
export async function seedMix(
  state: SeedState,
  opts: {
    total: number;
    perRound?: number;
    blocks?: number;
    secondsPerBlock?: number;
    liveOnly?: boolean;
    log?: (m: string) => void;
  },
) {
  const perRound = opts.perRound ?? 500;
  const start = await state.client.getBlockNumber({ cacheTime: 0 });
  let round = 0;
  while (state.created < opts.total) {
    const n = Math.min(perRound, opts.total - state.created);
    await seedRound(state, n, { liveOnly: opts.liveOnly });
    round++;
    if (opts.blocks) {
      const rounds = Math.ceil(opts.total / perRound);
      const head = await state.client.getBlockNumber({ cacheTime: 0 });
      const target = start + (BigInt(opts.blocks) * BigInt(round)) / BigInt(rounds);
      if (target > head) await mineBlocks(state.target.rpcUrl, target - head, opts.secondsPerBlock ?? 12);
    }
    if (!opts.liveOnly && (round % 4 === 0 || state.created >= opts.total)) await keeperPass(state);
    opts.log?.(
      `seeded ${state.created} threats (${state.open.size} open, ${state.txs} txs, ${state.bulk.failures} reverted)`,
    );
  }
}

async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const rpcUrl = arg('rpc') ?? 'http://127.0.0.1:8545';
  const file = arg('deployments') ?? new URL('../../lib/contracts/deployments.json', import.meta.url).pathname;
  const chainId = Number(await rpc<string>(rpcUrl, 'eth_chainId'));
  const d = JSON.parse(readFileSync(file, 'utf8'))[String(chainId)];
  if (!d) throw new Error(`no deployment for chain ${chainId} in ${file}`);
  const state = await setupSeed({
    rpcUrl,
    chainId,
    registry: d.levetrage,
    nash: d.nash,
    prevrandaoBeacon: d.prevrandaoBeacon,
    deployer: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
  });
  await seedMix(state, {
    total: Number(arg('count') ?? 10_000),
    blocks: arg('blocks') ? Number(arg('blocks')) : undefined,
    secondsPerBlock: Number(arg('seconds-per-block') ?? 12),
    log: (m) => console.log(`[seed] ${m}`),
  });
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
