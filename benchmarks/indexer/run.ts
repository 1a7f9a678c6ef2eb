#!/usr/bin/env -S npx tsx
// The indexer benchmark (a benchmark, not a test: it measures and reports, it asserts nothing).
//
//   npx tsx benchmarks/indexer/run.ts [--threats 10000] [--small 100] [--live 10000] [--blocks 200000] [--real-blocks 10000]
//     [--no-postgres] [--proxy-backfill-minutes 30] [--phases-3-4-from report.json]
//
// 1. anvil (port 10645) + the v2 contracts (forge deploy script) + Multicall3; seeds `--small` threats with the
//    realistic mix of benchmarks/indexer/seed.ts.
// 2. The indexer (PGlite) backfills them; reads measured side by side through the indexer (lib/indexer) and
//    through the chain-read path (chain-read.ts: eth_getLogs + multicall): provider desk, oracle desk, /me,
//    /ledger with a filter, keeper tick.
// 3. Seeds up to `--threats` (spread over ~`--blocks` blocks, keeper passes in between), the indexer catches
//    up (resume after a graceful stop: catch-up rate), the same reads again; the keeper tick again after topping
//    up to 10,000 live threats with nothing due.
// 4. Through an RPC proxy refusing eth_getLogs over 2,000 blocks, on the chain grown to `--blocks`: the
//    chain-read provider desk, and a second indexer backfilling from scratch (backfill rate, events/s).
// 5. A third indexer on a throwaway Postgres (unless --no-postgres): backfill rate and the indexer reads.
// Writes benchmarks/indexer/report.json and the results table in benchmarks/indexer/README.md.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, count } from '@ponder/client';
import { createPublicClient, defineChain, http, type Address, type PublicClient } from 'viem';
import * as schema from '../../indexer/ponder.schema';
// (one module each: the benchmark runs as ESM under tsx, and lib/ is CommonJS to it)
import { createIndexerClient, type IndexerClient } from '../../lib/indexer/client';
import { getAllDueThreats } from '../../lib/indexer/get-due-threats';
import { getDirectory } from '../../lib/indexer/get-directory';
import { listFunderShares } from '../../lib/indexer/list-funder-shares';
import { listProviderEscalations } from '../../lib/indexer/list-escalations';
import { searchThreats } from '../../lib/indexer/search-threats';
import { threatsByRole } from '../../lib/indexer/threats-by-role';
import { startTestChain } from '../../indexer/test/harness/chain';
import { startIndexer, waitForIndexed, type IndexerProcess } from '../../indexer/test/harness/indexer-process';
import { postgresBinDir, startPostgres } from '../../indexer/test/harness/postgres';
import { mineBlocks } from './bulk';
import {
  chainKeeperPlan,
  chainLedger,
  chainMe,
  chainOracleDesk,
  chainProviderDesk,
  stats as chainStats,
} from './chain-read';
import { installMulticall3, keeperPass, seedMix, setupSeed, type SeedState } from './seed';

const HERE = dirname(fileURLToPath(import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const THREATS = Number(arg('threats') ?? 10_000);
const SMALL = Number(arg('small') ?? 100);
const BLOCKS = Number(arg('blocks') ?? 200_000);
/** Blocks actually mined: anvil's cost per mined block grows with the chain's length (5,000 empty blocks at
 * height 40,000 take about 2 minutes here), so the chain starts at genesis number BLOCKS - REAL_BLOCKS
 * (`anvil --number`). The deployment records startBlock 0, as every local deployment does, so the chain-read
 * path scans all BLOCKS blocks; the indexers start at the genesis (the first block that exists). */
const REAL_BLOCKS = Number(arg('real-blocks') ?? 10_000);
const GENESIS = BLOCKS - REAL_BLOCKS;
const POSTGRES = !process.argv.includes('--no-postgres');
/** `--phases-3-4-from FILE`: stop after the keeper phase and take the long-chain and Postgres phases from an
 * earlier report (they measure the backfill and the RPC limits, which a change to the read path leaves alone). */
const PHASES_3_4_FROM = arg('phases-3-4-from');
/** Live threats for the keeper tick target (topped up with live-only threats after the mix). */
const LIVE = Number(arg('live') ?? 10_000);
/** Limit on the second indexer's backfill through the getLogs-limited proxy (phase 3); on timeout the phase
 * records how far it got and the run goes on to Postgres. */
const PROXY_BACKFILL_MINUTES = Number(arg('proxy-backfill-minutes') ?? 30);
const PORTS = { anvil: 10645, indexer: 10646, proxy: 10647, proxyIndexer: 10648, pgIndexer: 10649 };
const ETH = 10n ** 18n;
const MULTICALL3: Address = '0xcA11bde05977b3631167028862bE2a173976CA11';

// Ponder also reads the block before its start block: start one after the genesis (the deploy comes later).
const START = { INDEXER_START_BLOCK: String(GENESIS + 1) };
const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);

interface Timing {
  n: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

async function time(fn: () => Promise<unknown>, iterations: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.ceil(p * ms.length) - 1)]!;
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    n: ms.length,
    meanMs: r(ms.reduce((a, b) => a + b, 0) / ms.length),
    p50Ms: r(q(0.5)),
    p95Ms: r(q(0.95)),
    minMs: r(ms[0]!),
    maxMs: r(ms[ms.length - 1]!),
  };
}

function clientFor(rpcUrl: string, chainId: number): PublicClient {
  const chain = defineChain({
    id: chainId,
    name: 'anvil',
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
    contracts: { multicall3: { address: MULTICALL3 } },
  });
  return createPublicClient({ chain, transport: http(rpcUrl, { timeout: 600_000 }) }) as PublicClient;
}

/** Ponder's "Indexed block range ... event_count=N ... (duration)" lines: events and seconds spent indexing them. */
function indexingTime(output: string): { events: number; seconds: number } {
  let events = 0;
  let seconds = 0;
  for (const m of output.matchAll(
    /Indexed block range .*?event_count=(\d+).*?\(((?:\d+h )?(?:\d+m )?(?:\d+(?:\.\d+)?(?:ms|s))?)\)/g,
  )) {
    events += Number(m[1]);
    const d = m[2]!;
    const part = (re: RegExp) => Number(d.match(re)?.[1] ?? 0);
    seconds +=
      part(/(\d+)h/) * 3600 + part(/(\d+)m(?!s)/) * 60 + part(/(\d+(?:\.\d+)?)s/) + part(/(\d+(?:\.\d+)?)ms/) / 1000;
  }
  return { events, seconds: Math.round(seconds * 10) / 10 };
}

/** Seconds between Ponder's "Started backfill" and "Completed backfill" log lines. */
function backfillSeconds(output: string): number | null {
  const at = (re: RegExp) => {
    const m = output.match(re);
    if (!m) return null;
    const [h, mi, s] = m[1]!.split(':').map(Number);
    return h! * 3600 + mi! * 60 + s!;
  };
  const start = at(/(\d\d:\d\d:\d\d\.\d+)\s+INFO\s+Started backfill indexing/);
  const end = at(/(\d\d:\d\d:\d\d\.\d+)\s+INFO\s+Completed backfill indexing/);
  return start === null || end === null ? null : Math.round((end - start + (end < start ? 86400 : 0)) * 10) / 10;
}

async function eventCount(ix: IndexerProcess): Promise<number> {
  const db = createClient(`${ix.url}/sql`, { schema }).db;
  const [row] = await db.select({ n: count() }).from(schema.eventLog);
  return Number(row?.n ?? 0);
}

interface Subjects {
  provider: Address;
  oracle: Address;
  maker: Address;
}

async function subjects(api: IndexerClient, state: SeedState): Promise<Subjects> {
  const providers = await getDirectory(api, { role: 'provider', sort: 'threats', limit: 1 });
  const oracles = await getDirectory(api, { role: 'oracle', sort: 'threats', limit: 1 });
  return {
    provider: providers.items[0]!.address as Address,
    oracle: oracles.items[0]!.address as Address,
    maker: state.makers[0]!,
  };
}

const LEDGER_FILTER = { status: 'live', kind: 'probabilistic', minStake: ETH, q: 'deposit' } as const;

function indexerReads(api: IndexerClient, s: Subjects, client: PublicClient) {
  return {
    providerDesk: () =>
      Promise.all([
        listProviderEscalations(api, { provider: s.provider }),
        threatsByRole(api, { role: 'provider', address: s.provider, status: ['live', 'claimed'] }),
      ]),
    oracleDesk: () => threatsByRole(api, { role: 'resolver', address: s.oracle, status: ['live', 'claimed'] }),
    me: () =>
      Promise.all([threatsByRole(api, { role: 'any', address: s.maker }), listFunderShares(api, { address: s.maker })]),
    ledger: () =>
      searchThreats(api, {
        status: [LEDGER_FILTER.status],
        kind: LEDGER_FILTER.kind,
        minStake: LEDGER_FILTER.minStake,
        q: LEDGER_FILTER.q,
        limit: 50,
      }),
    keeperTick: async () => {
      const head = await client.getBlock({ blockTag: 'latest' });
      return getAllDueThreats(api, { now: head.timestamp, block: head.number });
    },
  };
}

function chainReads(client: PublicClient, registry: Address, beacon: Address, s: Subjects) {
  return {
    providerDesk: () => chainProviderDesk(client, registry, s.provider),
    oracleDesk: () => chainOracleDesk(client, registry, s.oracle),
    me: () => chainMe(client, registry, s.maker),
    ledger: () => chainLedger(client, registry, LEDGER_FILTER),
    keeperTick: () => chainKeeperPlan(client, registry, beacon),
  };
}

async function measureAll(
  reads: Record<string, () => Promise<unknown>>,
  iterations: number,
): Promise<Record<string, Timing>> {
  const out: Record<string, Timing> = {};
  for (const [name, fn] of Object.entries(reads)) out[name] = await time(fn, iterations);
  return out;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'levetrage-indexer-bench-'));
  const report: Record<string, unknown> = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      loadavgAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
      node: process.version,
    },
    settings: {
      threats: THREATS,
      small: SMALL,
      blocks: BLOCKS,
      genesisBlock: GENESIS,
      minedBlocks: REAL_BLOCKS,
      getLogsLimit: 2000,
    },
  };
  const running: { stop: () => Promise<void> }[] = [];
  /** Writes what is measured so far (a run that dies or is stopped keeps its finished phases). */
  const save = (phase: string) => {
    report.partial = phase !== 'done';
    report.machine = { ...(report.machine as object), loadavgAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) };
    report.lastPhase = phase;
    writeFileSync(join(HERE, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeReadmeTable(report);
    log(`saved report.json (${phase})`);
  };
  try {
    log('starting anvil + deploying the v2 contracts');
    // --prune-history: anvil would otherwise spill a state per block to ~/.foundry/anvil/tmp (tens of GB here);
    // the indexer needs no old state (its few calls are cached at the latest block).
    const chain = await startTestChain({
      port: PORTS.anvil,
      dir,
      anvilArgs: ['--number', String(GENESIS), '--prune-history', '256'],
    });
    running.push(chain);
    await installMulticall3(chain.rpcUrl);
    const client = clientFor(chain.rpcUrl, chain.chainId);
    const state = await setupSeed({
      rpcUrl: chain.rpcUrl,
      chainId: chain.chainId,
      registry: chain.registry,
      nash: chain.nash,
      prevrandaoBeacon: chain.prevrandaoBeacon,
      deployer: chain.address('deployer'),
    });
    await seedMix(state, { total: SMALL, perRound: SMALL, blocks: 500, log });

    // ---- phase 1: SMALL threats
    log('indexer (PGlite) backfills the small chain');
    const pgliteDir = join(dir, 'pglite');
    const startIx = () =>
      startIndexer({
        rpcUrl: chain.rpcUrl,
        deploymentsFile: chain.deploymentsFile,
        port: PORTS.indexer,
        pgliteDir,
        logFile: join(dir, 'indexer.log'),
        pollingMs: 500,
        env: START,
      });
    let ix = startIx();
    running.push({ stop: () => ix.stop() }); // whichever instance is current
    await waitForIndexed(ix, await client.getBlockNumber({ cacheTime: 0 }), 600_000);
    const api = createIndexerClient({ url: ix.url, timeoutMs: 60_000 });
    const who = await subjects(api, state);
    const small = {
      threats: state.created,
      open: state.open.size,
      indexer: await measureAll(indexerReads(api, who, client), 50),
      chain: await measureAll(chainReads(client, chain.registry, chain.prevrandaoBeacon, who), 10),
    };
    report.small = small;
    log(`at ${state.created} threats: ${JSON.stringify(small.indexer)}`);
    save('small');
    await ix.stop();

    // ---- phase 2: THREATS threats over ~BLOCKS blocks
    const head0 = Number(await client.getBlockNumber({ cacheTime: 0 }));
    // 24 s per empty block: the ~9,000 blocks span about 2.5 days of chain time, so the short commitments
    // time out and the hourly threats draw ~60 periods.
    await seedMix(state, {
      total: THREATS,
      perRound: 500,
      blocks: Math.max(0, BLOCKS - 1000 - head0),
      secondsPerBlock: 24,
      log,
    });
    await keeperPass(state, 6);
    const seeded = {
      threats: state.created,
      open: state.open.size,
      transactions: state.txs,
      reverted: state.bulk.failures,
      blocks: Number(await client.getBlockNumber({ cacheTime: 0 })),
    };
    report.seed = seeded;
    log(`seeded: ${JSON.stringify(seeded)}`);
    save('seed');

    log('indexer resumes and catches up');
    const catchUpStart = performance.now();
    const before = await (async () => {
      ix = startIx();
      await waitForIndexed(ix, seeded.blocks, 3_600_000);
      return performance.now() - catchUpStart;
    })();
    const events = await eventCount(ix);
    const catchUp = {
      wallSeconds: Math.round(before / 100) / 10,
      backfillSeconds: backfillSeconds(ix.output()),
      events,
    };
    const handled = indexingTime(ix.output().slice(ix.output().lastIndexOf('Detected crash recovery')));
    report.catchUp = {
      ...catchUp,
      eventsPerSecond: catchUp.backfillSeconds ? Math.round(events / catchUp.backfillSeconds) : null,
      handlerSeconds: handled.seconds,
      handlerEventsPerSecond: handled.seconds ? Math.round(handled.events / handled.seconds) : null,
    };
    log(`catch-up: ${JSON.stringify(report.catchUp)}`);
    const headBlock = await client.getBlock({ blockTag: 'latest' });
    const dueNow = await getAllDueThreats(api, { now: headBlock.timestamp, block: headBlock.number });
    const who2 = await subjects(api, state);
    const large = {
      threats: state.created,
      open: state.open.size,
      dueAtMeasurement: dueNow.length,
      subjects: who2,
      indexer: await measureAll(indexerReads(api, who2, client), 50),
      chain: await measureAll(chainReads(client, chain.registry, chain.prevrandaoBeacon, who2), 5),
    };
    report.large = large;
    log(`at ${state.created} threats: ${JSON.stringify(large.indexer)}`);
    save('large');

    // ---- keeper tick at LIVE (10,000) live threats
    const topUp = Math.max(0, LIVE - state.open.size);
    if (topUp > 0)
      await seedMix(state, {
        total: state.created + topUp,
        perRound: 500,
        blocks: 20 * Math.ceil(topUp / 500),
        secondsPerBlock: 12,
        liveOnly: true,
        log,
      });
    await waitForIndexed(ix, await client.getBlockNumber({ cacheTime: 0 }), 600_000);
    const liveHead = await client.getBlock({ blockTag: 'latest' });
    const stillDue = await getAllDueThreats(api, { now: liveHead.timestamp, block: liveHead.number });
    const live = await searchThreats(api, { status: ['gathering', 'live', 'claimed'], limit: 1, count: true });
    report.keeperAtTenThousandLive = {
      threats: state.created,
      liveThreats: live.total,
      due: stillDue.length,
      indexer: await time(indexerReads(api, who2, client).keeperTick, 30),
      chain: await time(chainReads(client, chain.registry, chain.prevrandaoBeacon, who2).keeperTick, 5),
    };
    log(`keeper: ${JSON.stringify(report.keeperAtTenThousandLive)}`);
    save('keeper');
    await ix.stop();

    if (PHASES_3_4_FROM) {
      const previous = JSON.parse(readFileSync(PHASES_3_4_FROM, 'utf8'));
      report.longChain = previous.longChain;
      report.postgres = previous.postgres;
      report.phases34FromRun = {
        generatedAt: previous.generatedAt,
        settings: previous.settings,
        note: 'the long-chain and Postgres phases are copied from this earlier run of the same benchmark',
      };
      save('done');
      return;
    }

    // ---- phase 3: BLOCKS-long chain through a getLogs-limited RPC
    const head = Number(await client.getBlockNumber({ cacheTime: 0 }));
    if (head < BLOCKS) await mineBlocks(chain.rpcUrl, BLOCKS - head, 1);
    const { startRpcProxy } = await import('./rpc-proxy');
    const proxy = await startRpcProxy({ upstream: chain.rpcUrl, port: PORTS.proxy, maxRange: 2000 });
    running.push({ stop: proxy.close });
    const proxied = clientFor(proxy.url, chain.chainId);
    chainStats.getLogsCalls = 0;
    const deskThroughProxy = await time(() => chainProviderDesk(proxied, chain.registry, who2.provider), 3, 0);
    const getLogsPerDesk = Math.round(chainStats.getLogsCalls / 3);
    log(
      `chain-read provider desk through the proxy: ${JSON.stringify(deskThroughProxy)} (${getLogsPerDesk} eth_getLogs each)`,
    );
    const proxyCountsBefore = { ...proxy.counts };
    const t0 = performance.now();
    const pix = startIndexer({
      rpcUrl: proxy.url,
      deploymentsFile: chain.deploymentsFile,
      port: PORTS.proxyIndexer,
      pgliteDir: join(dir, 'pglite-proxy'),
      logFile: join(dir, 'indexer-proxy.log'),
      pollingMs: 500,
      env: START,
    });
    running.push(pix);
    const chainHead = Number(await client.getBlockNumber({ cacheTime: 0 }));
    report.longChain = {
      blocks: chainHead,
      chainReadProviderDeskThroughProxy: { ...deskThroughProxy, getLogsCallsEach: getLogsPerDesk },
    };
    save('long chain: chain-read desk');
    let backfilled = true;
    await waitForIndexed(pix, chainHead, PROXY_BACKFILL_MINUTES * 60_000).catch((e: Error) => {
      backfilled = false;
      const progress = [...pix.output().matchAll(/(\d+(?:\.\d+)?)%/g)].at(-1)?.[1];
      (report.longChain as Record<string, unknown>).indexerBackfillThroughProxy = {
        notFinished: `not ready within ${PROXY_BACKFILL_MINUTES} min (${progress ?? '?'}% of the backfill): ${e.message.split('\n')[0]}`,
        rpcRequests: proxy.counts.requests - proxyCountsBefore.requests,
        getLogsRefused: proxy.counts.refused - proxyCountsBefore.refused,
      };
    });
    if (backfilled) {
      const wall = (performance.now() - t0) / 1000;
      const pEvents = await eventCount(pix);
      const pBackfill = backfillSeconds(pix.output());
      const pHandled = indexingTime(pix.output());
      const papi = createIndexerClient({ url: pix.url, timeoutMs: 60_000 });
      Object.assign(report.longChain as Record<string, unknown>, {
        indexerBackfillThroughProxy: {
          wallSecondsToReady: Math.round(wall * 10) / 10,
          backfillSeconds: pBackfill,
          events: pEvents,
          eventsPerSecond: pBackfill ? Math.round(pEvents / pBackfill) : null,
          handlerSeconds: pHandled.seconds,
          handlerEventsPerSecond: pHandled.seconds ? Math.round(pHandled.events / pHandled.seconds) : null,
          rpcRequests: proxy.counts.requests - proxyCountsBefore.requests,
          getLogsRefused: proxy.counts.refused - proxyCountsBefore.refused,
        },
        indexerProviderDesk: await time(indexerReads(papi, who2, proxied).providerDesk, 50),
      });
    }
    log(`long chain: ${JSON.stringify(report.longChain)}`);
    save('long chain');
    await pix.stop();

    // ---- phase 4: Postgres
    if (POSTGRES) {
      try {
        postgresBinDir();
        const pg = await startPostgres();
        running.push(pg);
        const t1 = performance.now();
        const gix = startIndexer({
          rpcUrl: chain.rpcUrl,
          deploymentsFile: chain.deploymentsFile,
          port: PORTS.pgIndexer,
          databaseUrl: pg.url,
          schema: 'levetrage_bench',
          logFile: join(dir, 'indexer-postgres.log'),
          pollingMs: 500,
          env: START,
        });
        running.push(gix);
        await waitForIndexed(gix, chainHead, 3_600_000);
        const gEvents = await eventCount(gix);
        const gBackfill = backfillSeconds(gix.output());
        const gHandled = indexingTime(gix.output());
        const gapi = createIndexerClient({ url: gix.url, timeoutMs: 60_000 });
        report.postgres = {
          wallSecondsToReady: Math.round((performance.now() - t1) / 100) / 10,
          backfillSeconds: gBackfill,
          events: gEvents,
          eventsPerSecond: gBackfill ? Math.round(gEvents / gBackfill) : null,
          handlerSeconds: gHandled.seconds,
          handlerEventsPerSecond: gHandled.seconds ? Math.round(gHandled.events / gHandled.seconds) : null,
          indexer: await measureAll(indexerReads(gapi, who2, client), 50),
        };
        log(`postgres: ${JSON.stringify(report.postgres)}`);
        save('postgres');
        await gix.stop();
      } catch (e) {
        report.postgres = { error: (e as Error).message.split('\n')[0] };
      }
    }
    save('done');
  } finally {
    for (const r of running.reverse()) await r.stop().catch(() => {});
    if (!process.env.KEEP_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  }
}

/** Replaces the table between the markers of README.md with the numbers of `report`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report is JSON the runner assembles phase by phase (some phases may be missing)
function writeReadmeTable(report: Record<string, any>) {
  const file = join(HERE, 'README.md');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const f = (t?: Timing) => (t ? `${t.p50Ms} / ${t.p95Ms}` : '–');
  const rows = ['providerDesk', 'oracleDesk', 'me', 'ledger', 'keeperTick'];
  const names: Record<string, string> = {
    providerDesk: 'provider desk',
    oracleDesk: 'oracle desk',
    me: '/me',
    ledger: '/ledger (filter)',
    keeperTick: 'keeper tick (nothing due)',
  };
  const lines = [
    ...(report.partial ? [`**Partial run** (last phase finished: ${report.lastPhase}).`, ''] : []),
    `Run of ${report.generatedAt?.slice(0, 10)}: \`npx tsx benchmarks/indexer/run.ts\` with ${JSON.stringify(report.settings)}.`,
    '',
    `| read (p50 / p95 ms) | indexer @ ${report.small?.threats} | indexer @ ${report.large?.threats} | ratio p95 | chain @ ${report.small?.threats} | chain @ ${report.large?.threats} |`,
    '|---|---|---|---|---|---|',
    ...rows.map((k) => {
      const a = report.small?.indexer?.[k];
      const b = report.large?.indexer?.[k];
      const ratio = a && b ? (b.p95Ms / a.p95Ms).toFixed(2) : '–';
      return `| ${names[k]} | ${f(a)} | ${f(b)} | ${ratio}× | ${f(report.small?.chain?.[k])} | ${f(report.large?.chain?.[k])} |`;
    }),
  ];
  const k = report.keeperAtTenThousandLive;
  const lc = report.longChain;
  const extra = [
    '',
    `Keeper tick at ${k?.liveThreats} live threats (${k?.due} due): indexer ${f(k?.indexer)} ms, chain (multicall of every getThreat) ${f(k?.chain)} ms.`,
    `Catch-up after a restart: ${report.catchUp?.events} events, backfill ${report.catchUp?.backfillSeconds} s (${report.catchUp?.eventsPerSecond} events/s), ${report.catchUp?.wallSeconds} s to ready.`,
    `Chain of ${lc?.blocks} blocks behind an RPC refusing eth_getLogs over 2,000 blocks: chain-read provider desk ${f(lc?.chainReadProviderDeskThroughProxy)} ms (${lc?.chainReadProviderDeskThroughProxy?.getLogsCallsEach} eth_getLogs each); ` +
      (lc?.indexerBackfillThroughProxy?.notFinished
        ? `indexer backfill from scratch through it: ${lc.indexerBackfillThroughProxy.notFinished} (${lc.indexerBackfillThroughProxy.rpcRequests} RPC requests, ${lc.indexerBackfillThroughProxy.getLogsRefused} refused).`
        : `indexer backfill from scratch ${lc?.indexerBackfillThroughProxy?.backfillSeconds} s for ${lc?.indexerBackfillThroughProxy?.events} events (${lc?.indexerBackfillThroughProxy?.eventsPerSecond} events/s, ${lc?.indexerBackfillThroughProxy?.rpcRequests} RPC requests, ${lc?.indexerBackfillThroughProxy?.getLogsRefused} refused), then its provider desk ${f(lc?.indexerProviderDesk)} ms.`),
    report.postgres?.error
      ? `Postgres: not measured (${report.postgres.error}).`
      : `Postgres: backfill ${report.postgres?.backfillSeconds} s for ${report.postgres?.events} events (${report.postgres?.eventsPerSecond} events/s); reads p50 / p95 ms: ${rows.map((r) => `${names[r]} ${f(report.postgres?.indexer?.[r])}`).join(', ')}.`,
    ...(report.phases34FromRun
      ? [
          `(The long-chain and Postgres lines come from the run of ${report.phases34FromRun.generatedAt}, with the same settings.)`,
        ]
      : []),
    `Machine: ${report.machine?.cpus} CPUs (${report.machine?.model}), load average ${report.machine?.loadavgAtStart?.join(' ')} at the start, ${report.machine?.loadavgAtEnd?.join(' ')} at the end; ${report.seed?.transactions} seed transactions (${report.seed?.reverted} reverted).`,
  ];
  text = text.replace(
    /<!-- results -->[\s\S]*<!-- \/results -->/,
    `<!-- results -->\n${[...lines, ...extra].join('\n')}\n<!-- /results -->`,
  );
  writeFileSync(file, text);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
