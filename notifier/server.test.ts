// The HTTP API in production mode, in process (PGlite in a temp dir; no indexer or SMTP needed for these
// routes): private webhook targets refused, rate limits per e-mail, client and address, duplicates, and the
// owner's view that never shows an e-mail address in full.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from './config';
import { openPglite, type Db } from './db';
import { createApp } from './server';
import { createIndexerClient } from '../lib/indexer';

let dir: string;
let db: Db;
let app: ReturnType<typeof createApp>;
const address = '0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'levetrage-notifier-server-'));
  db = await openPglite(join(dir, 'db'));
  const cfg = configFromEnv({
    SMTP_URL: 'smtp://127.0.0.1:1',
    NOTIFIER_RATE_EMAIL: '2',
    NOTIFIER_RATE_ADDRESS: '3',
    NOTIFIER_RATE_CLIENT: '100',
  });
  expect(cfg.production).toBe(true);
  const lookup = async (host: string) => (host === 'internal.example' ? ['192.168.0.10'] : ['93.184.216.34']);
  app = createApp({
    db,
    cfg,
    indexer: createIndexerClient({ url: 'http://127.0.0.1:1' }),
    lookup,
    sink: null,
    kick: () => undefined,
  });
}, 60_000);

afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const post = async (body: unknown) => {
  const res = await app.request('/subscriptions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, string> };
};
const threat = (id: string) => ({ type: 'threat', threatId: id });

describe('notifier API (production mode)', () => {
  it('refuses webhooks to loopback or private addresses, accepts public HTTPS', async () => {
    for (const url of [
      'https://127.0.0.1/hook',
      'https://internal.example/x',
      'https://[::1]:8443/x',
      'https://169.254.169.254/latest',
    ])
      expect((await post({ channel: 'webhook', url, target: threat('1') })).json.error).toMatch(/private or loopback/);
    expect((await post({ channel: 'webhook', url: 'http://hooks.example/x', target: threat('1') })).json.error).toMatch(
      /must start with https/,
    );
    const ok = await post({ channel: 'webhook', url: 'https://hooks.example/x', target: threat('1') });
    expect(ok.status).toBe(201);
    expect(ok.json.secret).toMatch(/^whsec_/);
    const view = await (await app.request(`/subscriptions/${ok.json.id}?token=${ok.json.manageToken}`)).json();
    expect(view).toMatchObject({ status: 'active', destination: 'https://hooks.example/x' });
    expect(JSON.stringify(view)).not.toContain(ok.json.secret);
    expect((await app.request(`/subscriptions/${ok.json.id}?token=wrong`)).status).toBe(404);
  });

  it('rate-limits per e-mail and per address, rejects duplicates, masks e-mails', async () => {
    const a = await post({ channel: 'email', email: 'jane@example.com', target: threat('2') });
    expect(a.status).toBe(201);
    expect((await post({ channel: 'email', email: 'jane@example.com', target: threat('2') })).status).toBe(409);
    expect((await post({ channel: 'email', email: 'jane@example.com', target: threat('3') })).status).toBe(201);
    const limited = await post({ channel: 'email', email: 'JANE@example.com', target: threat('4') });
    expect(limited.status).toBe(429);
    expect(limited.json.error).toContain('Too many subscriptions for this e-mail address');
    for (const who of ['a', 'b', 'c'])
      expect(
        (
          await post({
            channel: 'email',
            email: `${who}@example.com`,
            target: { type: 'address', address, role: 'oracle' },
          })
        ).status,
      ).toBe(201);
    expect(
      (await post({ channel: 'email', email: 'd@example.com', target: { type: 'address', address, role: 'oracle' } }))
        .json.error,
    ).toContain(`Too many new subscriptions to ${address}`);
    const view = await (await app.request(`/subscriptions/${a.json.id}?token=${a.json.manageToken}`)).json();
    expect(view.destination).toBe('j…@example.com');
    expect(view.status).toBe('pending');
  });

  it('answers a body that is not JSON with a message', async () => {
    const res = await app.request('/subscriptions', { method: 'POST', body: 'nope' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('The request body must be JSON.');
  });
});
