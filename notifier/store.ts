// Subscriptions: create (with rate limits and duplicate detection), confirm, unsubscribe, and the owner's view
// (status + delivery log). E-mail addresses and webhook secrets never leave through a public route.
import { randomUUID } from 'node:crypto';
import type { NotifierConfig } from './config';
import type { Db, Queryable } from './db';
import { InputError, checkWebhookUrl, parseEmail, parseTarget, targetKey, type Lookup } from './core/validate';
import { newSecret, newToken } from './core/sign';

export interface SubscriptionRow {
  id: string;
  channel: 'email' | 'webhook';
  email: string | null;
  url: string | null;
  secret: string | null;
  target_type: string;
  target: string;
  role: string;
  status: 'pending' | 'active' | 'unsubscribed' | 'disabled';
  confirm_token: string | null;
  manage_token: string;
  failures: number;
  disabled_reason: string | null;
  created_ms: string | number;
  confirmed_ms: string | number | null;
}

export interface CreatedSubscription {
  id: string;
  channel: 'email' | 'webhook';
  status: string;
  /** The owner's token: read the delivery log, unsubscribe. Shown once. */
  manageToken: string;
  /** Webhooks: the HMAC-SHA256 secret. Shown once. */
  secret?: string;
  message: string;
}

/** "a…@example.com": what the owner's view shows of an e-mail address. */
export const maskEmail = (email: string) => email.replace(/^(.)[^@]*/, '$1…');

async function rateCheck(q: Queryable, key: string, limit: number, windowMs: number, now: number, message: string) {
  const [row] = await q.query<{ n: string | number }>(
    'select count(*) as n from rate_event where key = $1 and at_ms > $2',
    [key, now - windowMs],
  );
  if (Number(row?.n ?? 0) >= limit) throw new InputError(message, 429);
}

export async function createSubscription(
  db: Db,
  cfg: NotifierConfig,
  body: unknown,
  client: string,
  lookup: Lookup,
  now = Date.now(),
): Promise<CreatedSubscription> {
  const b = (body ?? {}) as Record<string, unknown>;
  const channel = b.channel;
  if (channel !== 'email' && channel !== 'webhook') throw new InputError('Choose a channel: "email" or "webhook".');
  const target = parseTarget(b.target);
  const [targetType, targetValue, role] = targetKey(target);
  const email = channel === 'email' ? parseEmail(b.email) : null;
  const url =
    channel === 'webhook' ? (await checkWebhookUrl(b.url, { production: cfg.production, lookup })).toString() : null;

  return db.tx(async (q) => {
    await q.query('delete from rate_event where at_ms <= $1', [now - cfg.rate.windowMs]);
    await rateCheck(
      q,
      `client:${client}`,
      cfg.rate.client,
      cfg.rate.windowMs,
      now,
      'Too many subscriptions from your network in the last hour; try again later.',
    );
    if (email)
      await rateCheck(
        q,
        `email:${email}`,
        cfg.rate.email,
        cfg.rate.windowMs,
        now,
        'Too many subscriptions for this e-mail address in the last hour; try again later.',
      );
    if (target.type === 'address')
      await rateCheck(
        q,
        `address:${target.address}`,
        cfg.rate.address,
        cfg.rate.windowMs,
        now,
        `Too many new subscriptions to ${target.address} in the last hour; try again later.`,
      );

    const dup = await q.query<{ status: string }>(
      `select status from subscription where channel = $1 and coalesce(email, url) = $2 and target_type = $3 and target = $4 and role = $5 and status in ('pending', 'active')`,
      [channel, email ?? url, targetType, targetValue, role],
    );
    if (dup.length) {
      const pending = dup[0]!.status === 'pending';
      throw new InputError(
        channel === 'email'
          ? pending
            ? 'This e-mail address already asked to follow this; confirm it with the link in the message we sent.'
            : 'This e-mail address already follows this.'
          : 'This webhook URL already follows this.',
        409,
      );
    }
    const id = randomUUID();
    const manageToken = newToken();
    const secret = channel === 'webhook' ? newSecret() : null;
    const confirmToken = channel === 'email' ? newToken() : null;
    await q.query(
      `insert into subscription (id, channel, email, url, secret, target_type, target, role, status, confirm_token, manage_token, created_ms, confirmed_ms)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        id,
        channel,
        email,
        url,
        secret,
        targetType,
        targetValue,
        role,
        channel === 'email' ? 'pending' : 'active',
        confirmToken,
        manageToken,
        now,
        channel === 'email' ? null : now,
      ],
    );
    if (channel === 'email')
      await q.query(
        `insert into outbox (subscription_id, kind, notice_key, status, next_attempt_ms, created_ms) values ($1, 'confirm', 'confirm', 'pending', $2, $2)`,
        [id, now],
      );
    for (const key of [
      `client:${client}`,
      ...(email ? [`email:${email}`] : []),
      ...(target.type === 'address' ? [`address:${target.address}`] : []),
    ])
      await q.query('insert into rate_event (key, at_ms) values ($1, $2)', [key, now]);
    return {
      id,
      channel,
      status: channel === 'email' ? 'pending' : 'active',
      manageToken,
      ...(secret ? { secret } : {}),
      message:
        channel === 'email'
          ? 'Check your inbox: confirm the subscription with the link we sent. Nothing else is sent before that.'
          : 'The webhook is active. Keep the secret: it is shown only now, and signs every body (X-Levetrage-Signature: sha256=HMAC).',
    };
  });
}

export type TokenResult =
  { ok: true; subscription: SubscriptionRow; already: boolean } | { ok: false; message: string };

export async function confirmSubscription(db: Db, token: string, now = Date.now()): Promise<TokenResult> {
  if (!token) return { ok: false, message: 'The confirmation link is incomplete (no token).' };
  const [sub] = await db.query<SubscriptionRow>('select * from subscription where confirm_token = $1', [token]);
  if (!sub) return { ok: false, message: 'This confirmation link is not valid (it may have been mistyped).' };
  if (sub.status === 'active') return { ok: true, subscription: sub, already: true };
  if (sub.status !== 'pending')
    return { ok: false, message: 'This subscription was cancelled; subscribe again to follow it.' };
  const [updated] = await db.query<SubscriptionRow>(
    `update subscription set status = 'active', confirmed_ms = $2 where id = $1 returning *`,
    [sub.id, now],
  );
  return { ok: true, subscription: updated!, already: false };
}

export async function unsubscribe(db: Db, token: string): Promise<TokenResult> {
  if (!token) return { ok: false, message: 'The unsubscribe link is incomplete (no token).' };
  const [sub] = await db.query<SubscriptionRow>('select * from subscription where manage_token = $1', [token]);
  if (!sub) return { ok: false, message: 'This unsubscribe link is not valid (it may have been mistyped).' };
  if (sub.status === 'unsubscribed') return { ok: true, subscription: sub, already: true };
  return db.tx(async (q) => {
    const [updated] = await q.query<SubscriptionRow>(
      `update subscription set status = 'unsubscribed', confirm_token = null where id = $1 returning *`,
      [sub.id],
    );
    await q.query(
      `update outbox set status = 'dropped', last_error = 'unsubscribed' where subscription_id = $1 and status = 'pending'`,
      [sub.id],
    );
    return { ok: true as const, subscription: updated!, already: false };
  });
}

/** The owner's view: status and the delivery log (the manage token is the key; the secret is never shown again). */
export async function ownerView(db: Db, id: string, token: string) {
  const [sub] = await db.query<SubscriptionRow>('select * from subscription where id = $1 and manage_token = $2', [
    id,
    token,
  ]);
  if (!sub) return null;
  const deliveries = await db.query<Record<string, unknown>>(
    'select l.id, l.outbox_id, o.notice_key, l.attempt, l.at_ms, l.ok, l.status_code, l.error, l.duration_ms from delivery_log l left join outbox o on o.id = l.outbox_id where l.subscription_id = $1 order by l.id desc limit 200',
    [id],
  );
  const pending = await db.query<{ n: string | number }>(
    `select count(*) as n from outbox where subscription_id = $1 and status = 'pending'`,
    [id],
  );
  return {
    id: sub.id,
    channel: sub.channel,
    destination: sub.email ? maskEmail(sub.email) : sub.url,
    target: { type: sub.target_type, value: sub.target, role: sub.role },
    status: sub.status,
    disabledReason: sub.disabled_reason,
    pending: Number(pending[0]?.n ?? 0),
    deliveries: deliveries.map((d) => ({
      ...d,
      id: Number(d.id),
      outbox_id: d.outbox_id === null ? null : Number(d.outbox_id),
      at_ms: Number(d.at_ms),
    })),
  };
}
