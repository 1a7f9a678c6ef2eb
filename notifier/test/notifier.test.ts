// The notifier end to end, with nothing mocked: a fresh anvil with the v2 contracts, the real indexer (Ponder on
// PGlite), the real notifier (notifier/main.ts as a child process, PGlite), a real SMTP server (smtp-server,
// started here) and a real HTTP receiver for webhooks. Subscribe → confirm → a warped deadline triggers the 24 h
// and 1 h reminders (the SMTP server down in between: queued, then sent) → an escalation e-mails the provider →
// the webhook receives a correctly signed body (after retries); a restart mid-stream sends no duplicates and
// skips nothing; the Atom feeds and the .ics parse back with fast-xml-parser and ical.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levetrageAbi } from '../../indexer/abis.generated';
import { rpc } from '../../scripts/lib/anvil.mjs';
import { testPort } from '../../scripts/lib/tools.mjs';
import { startTestChain, type TestChain } from '../../indexer/test/harness/chain';
import { startIndexer, waitForIndexed, type IndexerProcess } from '../../indexer/test/harness/indexer-process';
import {
  ETH,
  PROB,
  chainTime,
  create,
  headBlock,
  settle,
  signEngagement,
  type Engagement,
} from '../../indexer/test/harness/v2';
import { startMailSink, type MailSink } from '../mail-sink';
import { verifySignature } from '../core/sign';
import { postJson, startNotifierProcess, startReceiver, until, type NotifierProcess } from './harness';

const PORTS = {
  anvil: testPort(8845),
  indexer: testPort(42269),
  notifier: testPort(42280),
  receiver: testPort(42281),
  smtp: testPort(2625),
};
const HOUR = 3600;
const AGREEMENT = `0x${'a7'.repeat(32)}` as const;

let dir: string;
let chain: TestChain;
let indexer: IndexerProcess;
let sink: MailSink;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let notifier: NotifierProcess;
let nonce = 100n;

const notifierEnv = () => ({
  NOTIFIER_PORT: String(PORTS.notifier),
  INDEXER_URL: indexer.url,
  NOTIFIER_PGLITE_DIR: join(dir, 'notifier-pglite'),
  SMTP_URL: `smtp://127.0.0.1:${PORTS.smtp}`,
  NOTIFIER_DEV: '1', // the webhook receiver is on loopback (refused in production mode: see server.test.ts)
  NOTIFIER_APP_URL: 'http://app.test',
  NOTIFIER_POLL_MS: '150',
  NOTIFIER_RETRY_BASE_MS: '200',
  NOTIFIER_RETRY_MAX_MS: '1000',
  NOTIFIER_WEBHOOK_MAX_ATTEMPTS: '3',
  NOTIFIER_RATE_CLIENT: '1000',
});

async function signed(maker: `0x${string}`): Promise<[Engagement, `0x${string}`]> {
  const t0 = await chainTime(chain);
  const e: Engagement = {
    provider: chain.address('lawFirm'),
    maker,
    agreementHash: AGREEMENT,
    minStake: 0n,
    maxStake: 0n,
    kinds: 3,
    validUntil: t0 + 60 * 86400,
    uses: 1,
    nonce: nonce++,
  };
  return [e, await signEngagement(chain, chain.wallet('lawFirm'), e)];
}

/** Moves the chain's clock to `at` (one block mined there). */
async function warpTo(at: number) {
  const now = await chainTime(chain);
  await rpc(chain.rpcUrl, 'evm_increaseTime', [Math.max(1, at - now)]);
  await rpc(chain.rpcUrl, 'anvil_mine', ['0x1']);
}

const subscribe = (body: unknown) => postJson(`${notifier.url}/subscriptions`, body);
const mailTo = (to: string) => sink.messages.filter((m) => m.to.includes(to));
const linkIn = (m: { links: string[] }, part: string) => m.links.find((l) => l.includes(part))!;
const owner = async (id: string, token: string) =>
  (await (await fetch(`${notifier.url}/subscriptions/${id}?token=${token}`)).json()) as {
    status: string;
    disabledReason: string | null;
    pending: number;
    destination: string;
    deliveries: { ok: boolean; status_code: number | null; error: string | null; notice_key: string | null }[];
  };

async function confirm(email: string) {
  const m = await sink.waitFor((x) => x.to.includes(email) && x.subject.startsWith('Confirm'));
  const res = await fetch(linkIn(m, '/subscriptions/confirm'));
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Subscription confirmed');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'levetrage-notifier-test-'));
  chain = await startTestChain({ port: PORTS.anvil, dir });
  indexer = startIndexer({
    rpcUrl: chain.rpcUrl,
    deploymentsFile: chain.deploymentsFile,
    port: PORTS.indexer,
    pgliteDir: join(dir, 'indexer-pglite'),
    logFile: join(dir, 'indexer.log'),
  });
  await waitForIndexed(indexer, await headBlock(chain), 600_000);
  sink = await startMailSink({ port: PORTS.smtp });
  receiver = await startReceiver(PORTS.receiver);
  notifier = await startNotifierProcess(notifierEnv());
});

afterAll(async () => {
  await notifier?.stop();
  await receiver?.stop();
  await sink?.stop();
  await indexer?.stop();
  await chain?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('notifier', () => {
  it('answers bad input with a clear message', async () => {
    const bad = async (body: unknown, status: number, text: string) => {
      const r = await subscribe(body);
      expect(r.status).toBe(status);
      expect(String(r.json.error)).toContain(text);
    };
    const threat = { type: 'threat', threatId: '1' };
    await bad({ channel: 'email', email: 'not-an-email', target: threat }, 400, 'is not an e-mail address');
    await bad({ channel: 'webhook', url: 'not a url', target: threat }, 400, 'is not a URL');
    await bad({ channel: 'webhook', url: 'ftp://example.com/x', target: threat }, 400, 'must start with');
    await bad(
      { channel: 'email', email: 'a@example.com', target: { type: 'threat', threatId: 'abc' } },
      400,
      'positive whole number',
    );
    await bad(
      { channel: 'email', email: 'a@example.com', target: { type: 'address', address: '0x12', role: 'oracle' } },
      400,
      '20-byte hex address',
    );
    await bad({ channel: 'sms', target: threat }, 400, 'Choose a channel');
    const res = await fetch(`${notifier.url}/subscriptions/confirm?token=nope`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('not valid');
  });

  it('subscribe → confirm → 24 h and 1 h reminders (SMTP down in between: queued) → escalation to the provider → signed webhook', async () => {
    const oracle = chain.address('oracle').toLowerCase();
    const provider = chain.address('lawFirm').toLowerCase();

    const o = await subscribe({
      channel: 'email',
      email: 'Oracle@Example.com',
      target: { type: 'address', address: oracle, role: 'oracle' },
    });
    expect(o.status).toBe(201);
    expect(o.json.status).toBe('pending');
    const dup = await subscribe({
      channel: 'email',
      email: 'oracle@example.com',
      target: { type: 'address', address: oracle, role: 'oracle' },
    });
    expect(dup.status).toBe(409);
    expect(String(dup.json.error)).toContain('already asked');
    const lazy = await subscribe({
      channel: 'email',
      email: 'lazy@example.com',
      target: { type: 'address', address: oracle, role: 'any' },
    });
    expect(lazy.status).toBe(201);
    const p = await subscribe({
      channel: 'email',
      email: 'provider@example.com',
      target: { type: 'address', address: provider, role: 'provider' },
    });
    expect(p.status).toBe(201);
    const hook = await subscribe({
      channel: 'webhook',
      url: `${receiver.url}/hook`,
      target: { type: 'address', address: provider, role: 'provider' },
    });
    expect(hook.status).toBe(201);
    const secret = String(hook.json.secret);
    expect(secret).toMatch(/^whsec_/);
    const broken = await subscribe({
      channel: 'webhook',
      url: `${receiver.url}/always-500`,
      target: { type: 'address', address: provider, role: 'any' },
    });
    receiver.failFirst('/hook', 2);
    await confirm('oracle@example.com');
    await confirm('provider@example.com');

    const t0 = await chainTime(chain);
    const deadline = t0 + 3 * 86400;
    const [e, sig] = await signed(chain.address('mike'));
    const id = await create(
      chain,
      chain.wallet('mike'),
      {
        resolver: chain.address('oracle'),
        beneficiary: chain.address('mike'),
        adversary: chain.address('xcorp'),
        deadline,
        timeoutAction: 2,
        terms: 'Raise my salary by 10%',
      },
      3n * ETH,
      e,
      sig,
    );
    const a = await subscribe({
      channel: 'email',
      email: 'adversary@example.com',
      target: { type: 'threat', threatId: id.toString() },
    });
    expect(a.status).toBe(201);
    await confirm('adversary@example.com');

    const created = await sink.waitFor(
      (m) => m.to.includes('oracle@example.com') && m.subject === `Threat #${id} created: 3 ETH at stake`,
    );
    expect(created.text).toContain(`http://app.test/t/31337/${id}`);
    expect(created.text).toContain('What to do next:');
    expect(linkIn(created, '/subscriptions/unsubscribe')).toBeTruthy();

    // The webhook failed twice (500), then got the notice: retried with backoff, all in the delivery log.
    const createdHook = await until('the created webhook (third attempt)', () => {
      const list = receiver.received.filter((r) => r.path === '/hook' && JSON.parse(r.body).type === 'created');
      return list.length >= 3 && list;
    });
    expect(createdHook.length).toBe(3);
    const hookLog = await until('the delivery log', async () => {
      const v = await owner(String(hook.json.id), String(hook.json.manageToken));
      return v.deliveries.length >= 3 && v;
    });
    expect(hookLog.deliveries.map((d) => d.ok).reverse()).toEqual([false, false, true]);
    expect(hookLog.deliveries.at(-1)!.status_code).toBe(500);

    // 24 h before the deadline (chain time): the oracle and the adversary are reminded.
    await warpTo(deadline - 23 * HOUR);
    const r24 = await sink.waitFor(
      (m) => m.to.includes('oracle@example.com') && /the deadline is in 2[23] hours/.test(m.subject),
    );
    expect(r24.text).toContain('Oracle: if the demand was met');
    await sink.waitFor(
      (m) => m.to.includes('adversary@example.com') && /the deadline is in 2[23] hours/.test(m.subject),
    );

    // The SMTP server goes down: the 1 h reminder is queued and retried, then sent once it is back.
    sink.setDown(true);
    await warpTo(deadline - 50 * 60);
    const failedOnce = await until('a failed SMTP delivery', async () => {
      const v = await owner(String(o.json.id), String(o.json.manageToken));
      return v.deliveries.some((d) => !d.ok) && v;
    });
    expect(failedOnce.pending).toBeGreaterThan(0);
    expect(mailTo('oracle@example.com').some((m) => /the deadline is in (49|50) minutes/.test(m.subject))).toBe(false);
    sink.setDown(false);
    const r1 = await sink.waitFor(
      (m) => m.to.includes('oracle@example.com') && /the deadline is in (49|50) minutes/.test(m.subject),
    );
    expect(r1.text).toContain(`http://app.test/t/31337/${id}`);

    // The deadline passes silently: the keeper's settle escalates, the provider is told with what it needs.
    await warpTo(deadline + 1);
    await settle(chain, id);
    const esc = await sink.waitFor(
      (m) => m.to.includes('provider@example.com') && m.subject === `Threat #${id} escalated: 3 ETH to the provider`,
    );
    const engagementId = (await chain.client.readContract({
      address: chain.registry,
      abi: levetrageAbi,
      functionName: 'engagementIdOf',
      args: [e],
    })) as string;
    expect(esc.text).toContain(`Engagement ${engagementId}`);
    expect(esc.text).toContain('amount 3 ETH');
    expect(esc.text).toContain(`agreement hash ${AGREEMENT}`);
    expect(esc.text).toContain('Provider: act under the agreement');

    const escHook = await until('the escalated webhook', () =>
      receiver.received.find((r) => r.path === '/hook' && JSON.parse(r.body).type === 'escalated'),
    );
    expect(verifySignature(secret, escHook.body, String(escHook.headers['x-levetrage-signature']))).toBe(true);
    expect(verifySignature('whsec_wrong', escHook.body, String(escHook.headers['x-levetrage-signature']))).toBe(false);
    const payload = JSON.parse(escHook.body);
    expect(payload).toMatchObject({
      type: 'escalated',
      threatId: id.toString(),
      chainId: 31337,
      link: `http://app.test/t/31337/${id}`,
    });
    expect(payload.data).toMatchObject({ amount: (3n * ETH).toString(), agreementHash: AGREEMENT, engagementId });

    // Each notice once per subscriber, the unconfirmed address got only its confirmation, the broken hook is disabled.
    const oracleSubjects = mailTo('oracle@example.com').map((m) => m.subject);
    expect(new Set(oracleSubjects).size).toBe(oracleSubjects.length);
    expect(mailTo('lazy@example.com').map((m) => m.subject)).toEqual([expect.stringMatching(/^Confirm/)]);
    const dead = await until('the broken webhook disabled', async () => {
      const v = await owner(String(broken.json.id), String(broken.json.manageToken));
      return v.status === 'disabled' && v;
    });
    expect(dead.disabledReason).toContain('Disabled after 3 failed deliveries');
    expect(dead.deliveries.filter((d) => !d.ok).length).toBe(4); // 3 attempts + the notice

    // The unsubscribe link of a message: the adversary stops receiving.
    const last = mailTo('adversary@example.com').at(-1)!;
    const unsub = linkIn(last, '/subscriptions/unsubscribe');
    expect(await (await fetch(unsub)).text()).toContain('Stop receiving');
    const done = await fetch(unsub, { method: 'POST' });
    expect(await done.text()).toContain('You will no longer receive messages about threat #');
    const view = await owner(String(a.json.id), String(a.json.manageToken));
    expect(view.status).toBe('unsubscribed');
    expect(view.destination).toBe('a…@example.com');
  });

  it('a restart mid-stream sends every notice exactly once', async () => {
    const joe = chain.address('joe').toLowerCase();
    const s = await subscribe({
      channel: 'webhook',
      url: `${receiver.url}/restart`,
      target: { type: 'address', address: joe, role: 'maker' },
    });
    expect(s.status).toBe(201);
    const createdOnHook = () =>
      receiver.received
        .filter((r) => r.path === '/restart')
        .map((r) => JSON.parse(r.body) as { id: string; type: string; threatId: string });
    const t0 = await chainTime(chain);
    const ids: bigint[] = [];
    const N = 6;
    const making = (async () => {
      for (let i = 0; i < N; i++) {
        ids.push(
          await create(
            chain,
            chain.wallet('joe'),
            {
              resolver: chain.address('oracle'),
              beneficiary: chain.address('joe'),
              deadline: t0 + 10 * 86400,
              timeoutAction: 0,
              terms: `Restart test ${i}`,
            },
            ETH,
          ),
        );
        await new Promise((r) => setTimeout(r, 300));
      }
    })();
    await until('two notices before the restart', () => createdOnHook().length >= 2, 60_000);
    await notifier.stop();
    await making;
    const before = createdOnHook().length;
    expect(before).toBeLessThan(N);
    notifier = await startNotifierProcess(notifierEnv());
    await until('every created notice after the restart', () => createdOnHook().length >= N, 60_000);
    await new Promise((r) => setTimeout(r, 1500)); // time for a duplicate to show up, if any
    const got = createdOnHook();
    expect(
      got
        .filter((b) => b.type === 'created')
        .map((b) => b.threatId)
        .sort(),
    ).toEqual(ids.map(String).sort());
    expect(new Set(got.map((b) => b.id)).size).toBe(got.length);
    expect(got.length).toBe(N);
  });

  it('serves an Atom feed per threat and per address and an .ics per threat that parse back', async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const oracle = chain.address('oracle').toLowerCase();
    const threats = await (await fetch(`${indexer.url}/api/threats?limit=50&sort=id&order=asc&q=Raise`)).json();
    const id = String(threats.items[0].id);
    const feedText = await (await fetch(`${notifier.url}/feeds/threat/${id}.atom`)).text();
    expect(XMLValidator.validate(feedText)).toBe(true);
    const feed = parser.parse(feedText).feed;
    const kinds = [feed.entry].flat().map((x: { category: { '@_term': string } }) => x.category['@_term']);
    for (const k of ['created', 'deadline-24h', 'deadline-1h', 'escalated']) expect(kinds).toContain(k);
    expect(feedText).not.toContain('@example.com');
    const byAddress = parser.parse(await (await fetch(`${notifier.url}/feeds/address/${oracle}.atom`)).text()).feed;
    expect([byAddress.entry].flat().length).toBeGreaterThanOrEqual(4);

    const t0 = await chainTime(chain);
    const [e, sig] = await signed(chain.address('jane'));
    const prob = await create(
      chain,
      chain.wallet('jane'),
      {
        resolver: chain.address('oracle'),
        beneficiary: chain.address('jane'),
        deadline: t0 + 5 * HOUR + 60,
        timeoutAction: 0,
        odds: { beacon: chain.prevrandaoBeacon, period: HOUR, pEscalate: PROB / 100, pTerminate: 0 },
        terms: 'Hourly draws, 1% each',
      },
      ETH,
      e,
      sig,
    );
    const ics = await until('the calendar', async () => {
      const r = await fetch(`${notifier.url}/calendar/threat/${prob}.ics`);
      return r.ok && r.text();
    });
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(1 + 5);
    expect(events[0]!.startDate.toUnixTime()).toBe(t0 + 5 * HOUR + 60);
    expect(events[0]!.component.getAllSubcomponents('valarm').length).toBe(2);
    const draws = events.slice(1).map((ev) => ev.startDate.toUnixTime());
    expect(draws[1]! - draws[0]!).toBe(HOUR);
    expect(events[1]!.summary).toContain(`Draw 1 of threat #${prob}`);
  });
});
