// The notifier's HTTP API (hono on node):
//   POST /subscriptions                       {channel: "email"|"webhook", email?, url?, target} → 201
//        target: {type:"threat", threatId} | {type:"address", address, role} | {type:"filter", query}
//        errors: {error} with 400 (bad input), 409 (duplicate), 429 (rate limit)
//   GET  /subscriptions/confirm?token=        the double opt-in link (HTML page)
//   GET  /subscriptions/unsubscribe?token=    asks; POST the same URL unsubscribes (RFC 8058 one-click too)
//   GET  /subscriptions/:id?token=            the owner's view: status and delivery log (manage token)
//   GET  /feeds/threat/:id.atom, /feeds/address/:address.atom   Atom feeds of notices
//   GET  /calendar/threat/:id.ics             the deadline (alarms 24 h and 1 h before) and every draw time
//   GET  /dev/mail                            the local SMTP sink's inbox (only when it runs: npm run dev)
//   GET  /health
// E-mail addresses never appear in a public answer (the owner's view masks them).
import { Hono, type Context } from 'hono';
import type { NotifierConfig } from './config';
import type { Db } from './db';
import { atomFeed, threatCalendar } from './core/feeds';
import { InputError, type Lookup } from './core/validate';
import { describeTarget } from './core/messages';
import { toStoredNotice } from './delivery';
import { threatLink } from './core/triggers';
import { confirmSubscription, createSubscription, ownerView, unsubscribe } from './store';
import type { MailSink } from './mail-sink';
import { getIndexedThreat, type IndexerClient } from '../lib/indexer';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, paragraphs: string[], extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)} · Levetrage</title>
<style>body{font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc}main{max-width:36rem;margin:3rem auto;padding:1.5rem;background:#fff;border-radius:.75rem;box-shadow:0 0 0 1px #e2e8f0}a{color:#1d4ed8}button{background:#b91c1c;color:#fff;border:0;border-radius:.5rem;padding:.5rem 1rem;font-size:1rem}</style></head>
<body><main><h1>${esc(title)}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}${extra}</main></body></html>`;
}

export interface ServerDeps {
  db: Db;
  cfg: NotifierConfig;
  indexer: IndexerClient;
  lookup: Lookup;
  sink: MailSink | null;
  /** Wakes the delivery loop (a confirmation goes out at once). */
  kick: () => void;
}

/** The requester, for rate limits: the socket's address, or X-Forwarded-For when the peer is on this machine (the app's proxy). */
function clientOf(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress ?? 'unknown';
  const loopback = peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  return loopback && forwarded ? forwarded : peer;
}

export function createApp(d: ServerDeps) {
  const app = new Hono();
  const { db, cfg } = d;

  app.onError((e, c) => {
    if (e instanceof InputError) return c.json({ error: e.message }, e.status as 400);
    console.error('[notifier]', e);
    return c.json({ error: 'The notifier failed to handle this request; try again in a moment.' }, 500);
  });

  app.get('/health', (c) => c.json({ ok: true, database: db.kind, production: cfg.production }));

  app.post('/subscriptions', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new InputError('The request body must be JSON.');
    }
    const created = await createSubscription(db, cfg, body, clientOf(c), d.lookup);
    d.kick();
    return c.json(created, 201);
  });

  app.get('/subscriptions/confirm', async (c) => {
    const r = await confirmSubscription(db, c.req.query('token') ?? '');
    if (!r.ok) return c.html(page('Confirmation failed', [esc(r.message)]), 400);
    const s = r.subscription;
    const what = describeTarget(s.target_type, s.target, s.role);
    const link =
      s.target_type === 'threat' ? threatLink({ appUrl: cfg.appUrl, chainId: cfg.chainId }, s.target) : cfg.appUrl;
    return c.html(
      page(r.already ? 'Already confirmed' : 'Subscription confirmed', [
        `You will be told by e-mail about ${esc(what)}. Every message has an unsubscribe link.`,
        `<a href="${esc(link)}">Back to Levetrage</a>`,
      ]),
    );
  });

  app.get('/subscriptions/unsubscribe', async (c) => {
    const token = c.req.query('token') ?? '';
    return c.html(
      page(
        'Unsubscribe',
        ['Stop receiving these messages?'],
        `<form method="post" action="unsubscribe?token=${encodeURIComponent(token)}"><button type="submit">Unsubscribe</button></form>`,
      ),
    );
  });

  app.post('/subscriptions/unsubscribe', async (c) => {
    const r = await unsubscribe(db, c.req.query('token') ?? '');
    if (!r.ok) return c.html(page('Unsubscribe failed', [esc(r.message)]), 400);
    const s = r.subscription;
    return c.html(
      page('Unsubscribed', [
        `You will no longer receive messages about ${esc(describeTarget(s.target_type, s.target, s.role))}.`,
      ]),
    );
  });

  app.get('/subscriptions/:id', async (c) => {
    const view = await ownerView(db, c.req.param('id'), c.req.query('token') ?? '');
    if (!view) return c.json({ error: 'No such subscription, or the token is wrong.' }, 404);
    return c.json(view);
  });

  const noticesOf = async (sql: string, param: string) =>
    (await db.query<Parameters<typeof toStoredNotice>[0]>(sql, [param])).map(toStoredNotice);
  const atom = (c: Context, text: string) =>
    c.body(text, 200, { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-store' });

  app.get('/feeds/threat/:file', async (c) => {
    const m = c.req.param('file').match(/^([1-9][0-9]{0,77})\.atom$/);
    if (!m) throw new InputError('Feed file must be /feeds/threat/<id>.atom with a threat id.');
    const id = m[1]!;
    const notices = await noticesOf('select * from notice where threat_id = $1 order by seq desc limit 200', id);
    const pageUrl = threatLink({ appUrl: cfg.appUrl, chainId: cfg.chainId }, id);
    return atom(
      c,
      atomFeed({
        id: `urn:levetrage:${cfg.chainId}:threat:${id}`,
        title: `Levetrage threat #${id}`,
        selfUrl: `${cfg.publicUrl}/feeds/threat/${id}.atom`,
        pageUrl,
        notices,
        nowUnix: Math.floor(Date.now() / 1000),
      }),
    );
  });

  app.get('/feeds/address/:file', async (c) => {
    const m = c.req.param('file').match(/^(0x[0-9a-fA-F]{40})\.atom$/);
    if (!m) throw new InputError('Feed file must be /feeds/address/<0x address>.atom.');
    const address = m[1]!.toLowerCase();
    const notices = await noticesOf(
      'select n.* from notice n where n.key in (select notice_key from notice_party where address = $1) order by n.seq desc limit 200',
      address,
    );
    return atom(
      c,
      atomFeed({
        id: `urn:levetrage:${cfg.chainId}:address:${address}`,
        title: `Levetrage: everything naming ${address}`,
        selfUrl: `${cfg.publicUrl}/feeds/address/${address}.atom`,
        pageUrl: `${cfg.appUrl}/a/${address}`,
        notices,
        nowUnix: Math.floor(Date.now() / 1000),
      }),
    );
  });

  app.get('/calendar/threat/:file', async (c) => {
    const m = c.req.param('file').match(/^([1-9][0-9]{0,77})\.ics$/);
    if (!m) throw new InputError('Calendar file must be /calendar/threat/<id>.ics with a threat id.');
    const id = m[1]!;
    const detail = await getIndexedThreat(d.indexer, { id: BigInt(id) });
    if (!detail) return c.json({ error: `No threat #${id} is indexed yet.` }, 404);
    const t = detail.threat;
    const text = threatCalendar(
      {
        chainId: cfg.chainId,
        id,
        terms: t.terms,
        deadline: t.deadline,
        start: t.start,
        period: t.period,
        settledPeriods: t.settledPeriods,
        link: threatLink({ appUrl: cfg.appUrl, chainId: cfg.chainId }, id),
      },
      Math.floor(Date.now() / 1000),
    );
    return c.body(text, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="levetrage-threat-${id}.ics"`,
      'cache-control': 'no-store',
    });
  });

  app.get('/dev/mail', (c) => {
    if (!d.sink)
      return c.json(
        {
          error:
            'No local mail sink: the notifier sends through SMTP_URL (start it with npm run dev for a local inbox).',
        },
        404,
      );
    return c.json([...d.sink.messages].reverse());
  });

  return app;
}
