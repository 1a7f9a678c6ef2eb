// Delivery latency of the notifier, from event to message: a benchmark, not a test (it measures and writes
// report.json and report.md, it asserts nothing). `npx tsx benchmarks/notifier/run.ts [--threats 40]`.
// Stack (ports 10745-10749 + TEST_PORT_OFFSET): anvil + the v2 contracts, the real indexer (Ponder on PGlite),
// the real notifier (notifier/main.ts, PGlite), an SMTP server (the notifier's mail sink) and an HTTP receiver.
// One e-mail and one webhook subscription follow a maker; it creates --threats threats one after another
// (a short random pause between them); for each ThreatCreated we take the wall time the transaction's receipt
// arrived and the wall time the SMTP server and the webhook received the notice. Runs twice: with the notifier's
// default poll interval (NOTIFIER_POLL_MS=1000) and with 200 ms; the indexer polls the chain every 500 ms as in
// `npm run dev`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { testPort } from '../../scripts/lib/tools.mjs';
import { startTestChain } from '../../indexer/test/harness/chain';
import { startIndexer, waitForIndexed } from '../../indexer/test/harness/indexer-process';
import { ETH, chainTime, create, headBlock } from '../../indexer/test/harness/v2';
import { startMailSink } from '../../notifier/mail-sink';
import { postJson, startNotifierProcess, startReceiver, until } from '../../notifier/test/harness';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const THREATS = arg('threats', 40);
const loadAtStart = loadavg()[0];
const PORTS = {
  anvil: testPort(10745),
  indexer: testPort(10746),
  notifier: testPort(10747),
  receiver: testPort(10748),
  smtp: testPort(10749),
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const summary = (xs: number[]) => ({
  n: xs.length,
  p50: pct(xs, 50),
  p95: pct(xs, 95),
  max: Math.max(...xs),
  mean: Math.round(xs.reduce((a, b) => a + b, 0) / xs.length),
});

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'levetrage-notifier-bench-'));
  const chain = await startTestChain({ port: PORTS.anvil, dir });
  const indexer = startIndexer({
    rpcUrl: chain.rpcUrl,
    deploymentsFile: chain.deploymentsFile,
    port: PORTS.indexer,
    pgliteDir: join(dir, 'indexer'),
    logFile: join(dir, 'indexer.log'),
    pollingMs: 500,
  });
  await waitForIndexed(indexer, await headBlock(chain), 600_000);
  const sink = await startMailSink({ port: PORTS.smtp });
  const receiver = await startReceiver(PORTS.receiver);
  const runs: Record<string, unknown>[] = [];
  try {
    for (const pollMs of [1000, 200]) {
      const notifier = await startNotifierProcess({
        NOTIFIER_PORT: String(PORTS.notifier),
        INDEXER_URL: indexer.url,
        NOTIFIER_PGLITE_DIR: join(dir, `notifier-${pollMs}`),
        SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
        NOTIFIER_DEV: '1',
        NOTIFIER_POLL_MS: String(pollMs),
      });
      const maker = chain.address(pollMs === 1000 ? 'joe' : 'jane').toLowerCase();
      const email = `bench-${pollMs}@example.com`;
      const target = { type: 'address', address: maker, role: 'maker' };
      await postJson(`${notifier.url}/subscriptions`, { channel: 'email', email, target });
      const confirm = await sink.waitFor((m) => m.to.includes(email));
      await fetch(confirm.links.find((l) => l.includes('/subscriptions/confirm'))!);
      await postJson(`${notifier.url}/subscriptions`, {
        channel: 'webhook',
        url: `${receiver.url}/bench-${pollMs}`,
        target,
      });

      const sent: { id: string; at: number }[] = [];
      const t0 = await chainTime(chain);
      for (let i = 0; i < THREATS; i++) {
        const id = await create(
          chain,
          chain.wallet(pollMs === 1000 ? 'joe' : 'jane'),
          {
            resolver: chain.address('oracle'),
            beneficiary: chain.address('joe'),
            deadline: t0 + 30 * 86400,
            timeoutAction: 0,
            terms: `Latency ${pollMs}/${i}`,
          },
          ETH / 10n,
        );
        sent.push({ id: id.toString(), at: Date.now() });
        await new Promise((r) => setTimeout(r, 150 + Math.floor(Math.random() * 350)));
      }
      const mails = await until(
        'every e-mail',
        () => {
          const got = sent.map((s) =>
            sink.messages.find((m) => m.to.includes(email) && m.subject.startsWith(`Threat #${s.id} created`)),
          );
          return got.every(Boolean) && got;
        },
        120_000,
      );
      const hooks = await until(
        'every webhook',
        () => {
          const got = sent.map((s) =>
            receiver.received.find(
              (r) =>
                r.path === `/bench-${pollMs}` &&
                JSON.parse(r.body).threatId === s.id &&
                JSON.parse(r.body).type === 'created',
            ),
          );
          return got.every(Boolean) && got;
        },
        120_000,
      );
      const email_ = summary(sent.map((s, i) => mails[i]!.receivedMs - s.at));
      const webhook = summary(sent.map((s, i) => hooks[i]!.at - s.at));
      runs.push({ notifierPollMs: pollMs, indexerPollMs: 500, email: email_, webhook });
      console.log(
        `poll ${pollMs} ms: e-mail p50 ${email_.p50} p95 ${email_.p95} max ${email_.max} · webhook p50 ${webhook.p50} p95 ${webhook.p95} max ${webhook.max} (ms, n=${THREATS})`,
      );
      await notifier.stop();
    }
  } finally {
    await receiver.stop();
    await sink.stop();
    await indexer.stop();
    await chain.stop();
    if (!process.env.KEEP_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${cpus().length}-CPU machine, 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
    threats: THREATS,
    runs,
  };
  writeFileSync(join(import.meta.dirname, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const rows = runs.map((r) => {
    const e = r.email as ReturnType<typeof summary>;
    const w = r.webhook as ReturnType<typeof summary>;
    return `| ${r.notifierPollMs} ms | ${r.indexerPollMs} ms | ${e.p50} | ${e.p95} | ${e.max} | ${w.p50} | ${w.p95} | ${w.max} |`;
  });
  writeFileSync(
    join(import.meta.dirname, 'report.md'),
    [
      '# Notifier delivery latency (event → message)',
      '',
      `${report.date}, ${report.machine}; ${THREATS} ThreatCreated events per run, one e-mail and one webhook subscription.`,
      "Latency: wall time from the create transaction's receipt to the SMTP server receiving the e-mail / the HTTP receiver receiving the webhook (ms).",
      '',
      '| notifier poll | indexer poll | e-mail p50 | e-mail p95 | e-mail max | webhook p50 | webhook p95 | webhook max |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
