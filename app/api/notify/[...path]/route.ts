import { notifierUrlFromEnv } from '@/lib/notify/notifier-url';

/**
 * The app's same-origin door to the notifier (notifier/server.ts): subscriptions, confirm / unsubscribe links,
 * the owner's delivery log, Atom feeds, calendars. Forwards the method, the query, a JSON body and the client's
 * address (for the notifier's rate limits). The notifier down: a 503 with a message within 5 seconds.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const ALLOWED =
  /^(subscriptions(\/[A-Za-z0-9_-]+)?|subscriptions\/(confirm|unsubscribe)|feeds\/(threat|address)\/[A-Za-z0-9]+\.atom|calendar\/threat\/[0-9]+\.ics)$/;
const MAX_BODY = 16 * 1024;

async function forward(req: Request, ctx: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await ctx.params;
  const sub = path.join('/');
  if (!ALLOWED.test(sub)) return Response.json({ error: `No notifier route /${sub}.` }, { status: 404 });
  const url = `${notifierUrlFromEnv()}/${sub}${new URL(req.url).search}`;
  const headers: Record<string, string> = { 'x-forwarded-for': req.headers.get('x-forwarded-for') ?? '127.0.0.1' };
  let body: string | undefined;
  if (req.method === 'POST') {
    body = await req.text();
    if (body.length > MAX_BODY) return Response.json({ error: 'The request is too large.' }, { status: 413 });
    headers['content-type'] = req.headers.get('content-type') ?? 'application/json';
  }
  try {
    const res = await fetch(url, {
      method: req.method,
      headers,
      body,
      signal: AbortSignal.timeout(5000),
      redirect: 'manual',
    });
    const out = new Headers({ 'cache-control': 'no-store' });
    for (const h of ['content-type', 'content-disposition']) {
      const v = res.headers.get(h);
      if (v) out.set(h, v);
    }
    return new Response(await res.arrayBuffer(), { status: res.status, headers: out });
  } catch {
    return Response.json(
      { error: 'Notifications are unavailable right now (the notifier does not answer); try again in a minute.' },
      { status: 503 },
    );
  }
}

export const GET = forward;
export const POST = forward;
