// The notifier as one object: database, HTTP API, the event follower and the delivery loop (and, in the
// local loop, the SMTP sink). notifier/main.ts starts it from the environment.
import { lookup as dnsLookup } from 'node:dns/promises';
import { serve, type ServerType } from '@hono/node-server';
import type { NotifierConfig } from './config';
import { openPglite, openPostgres, type Db } from './db';
import type { Lookup } from './core/validate';
import { createDeliverer } from './delivery';
import { createFollower } from './follower';
import { startMailSink, type MailSink } from './mail-sink';
import { createApp } from './server';
import { createIndexerClient } from '../lib/indexer';

export interface Notifier {
  db: Db;
  url: string;
  sink: MailSink | null;
  stop: () => Promise<void>;
}

export const systemLookup: Lookup = async (host) => (await dnsLookup(host, { all: true })).map((a) => a.address);

export async function startNotifier(
  cfg: NotifierConfig,
  log: (m: string) => void = (m) => console.log(`[notifier] ${m}`),
): Promise<Notifier> {
  const db = cfg.databaseUrl ? await openPostgres(cfg.databaseUrl, cfg.dbSchema) : await openPglite(cfg.pgliteDir);
  const sink = cfg.devSmtpPort ? await startMailSink({ port: cfg.devSmtpPort }) : null;
  const indexer = createIndexerClient({ url: cfg.indexerUrl, timeoutMs: 10_000 });
  const follower = createFollower(db, cfg, indexer);
  const deliverer = createDeliverer(db, cfg, systemLookup);

  let stopping = false;
  let wake: (() => void) | null = null;
  const kick = () => wake?.();
  const app = createApp({ db, cfg, indexer, lookup: systemLookup, sink, kick });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: cfg.port, hostname: cfg.host }, () => resolve(s));
  });
  log(
    `listening on http://${cfg.host}:${cfg.port} (${db.kind}${cfg.databaseUrl ? '' : ` in ${cfg.pgliteDir}`}; mail ${sink ? `to the local sink on port ${sink.port}` : 'through SMTP_URL'}; ${cfg.production ? 'production' : 'development'} mode); following ${cfg.indexerUrl}`,
  );

  let lastError = '';
  const loop = (async () => {
    while (!stopping) {
      try {
        const s = await follower.tick();
        if (s.events || s.enqueued)
          log(`handled ${s.events} events: ${s.notices} notices, ${s.enqueued} messages queued`);
        if (lastError) log('indexer reachable again');
        lastError = '';
      } catch (e) {
        const m = (e as Error).message;
        if (m !== lastError) log(`cannot follow the indexer (${m}); retrying`);
        lastError = m;
      }
      try {
        await deliverer.tick();
      } catch (e) {
        log(`delivery pass failed: ${(e as Error).message}`);
      }
      await new Promise<void>((r) => {
        const t = setTimeout(r, cfg.pollMs);
        wake = () => {
          clearTimeout(t);
          r();
        };
      });
      wake = null;
    }
  })();

  return {
    db,
    url: `http://${cfg.host}:${cfg.port}`,
    sink,
    stop: async () => {
      stopping = true;
      kick();
      await loop;
      await new Promise<void>((r) => server.close(() => r()));
      deliverer.close();
      await sink?.stop();
      await db.close();
    },
  };
}
