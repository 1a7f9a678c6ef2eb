// Sends what the outbox holds: confirmation and notice e-mails over SMTP (nodemailer), notices to webhooks
// (HTTPS POST, HMAC-SHA256 signed). A failure is retried with exponential backoff; e-mail stays queued while
// the SMTP server is down (never dropped); a webhook that fails NOTIFIER_WEBHOOK_MAX_ATTEMPTS times in a row is
// disabled, with the reason in its delivery log. Only a confirmed e-mail subscription receives notices.
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { backoffMs, type NotifierConfig } from './config';
import type { Db } from './db';
import { confirmationMail, describeTarget, noticeMail, webhookBody, type StoredNotice } from './core/messages';
import { SIGNATURE_HEADER, signBody } from './core/sign';
import { checkWebhookUrl, type Lookup } from './core/validate';
import type { NoticeKind } from './core/triggers';
import type { SubscriptionRow } from './store';

interface OutboxRow {
  id: string | number;
  subscription_id: string;
  kind: 'confirm' | 'notice';
  notice_key: string;
  attempts: number;
}

interface NoticeRow {
  key: string;
  threat_id: string | null;
  kind: NoticeKind;
  title: string;
  body: string;
  next_step: string;
  link: string;
  data: Record<string, unknown> | string;
  chain_time: string | number;
}

export const toStoredNotice = (r: NoticeRow): StoredNotice => ({
  key: r.key,
  threatId: r.threat_id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  nextStep: r.next_step,
  link: r.link,
  data: typeof r.data === 'string' ? JSON.parse(r.data) : r.data,
  chainTime: Number(r.chain_time),
});

export function links(cfg: NotifierConfig, sub: SubscriptionRow) {
  return {
    confirmUrl: `${cfg.publicUrl}/subscriptions/confirm?token=${encodeURIComponent(sub.confirm_token ?? '')}`,
    unsubscribeUrl: `${cfg.publicUrl}/subscriptions/unsubscribe?token=${encodeURIComponent(sub.manage_token)}`,
  };
}

export function createDeliverer(db: Db, cfg: NotifierConfig, lookup: Lookup) {
  const transport = nodemailer.createTransport(cfg.smtpUrl!, { from: cfg.mailFrom });
  let running = false;

  async function log(
    sub: string,
    outbox: string | number,
    attempt: number,
    ok: boolean,
    statusCode: number | null,
    error: string | null,
    ms: number,
  ) {
    await db.query(
      'insert into delivery_log (subscription_id, outbox_id, attempt, at_ms, ok, status_code, error, duration_ms) values ($1, $2, $3, $4, $5, $6, $7, $8)',
      [sub, outbox, attempt, Date.now(), ok, statusCode, error ? error.slice(0, 500) : null, Math.round(ms)],
    );
  }

  async function sendMail(sub: SubscriptionRow, o: OutboxRow, notice: StoredNotice | null) {
    const l = links(cfg, sub);
    const what = describeTarget(sub.target_type, sub.target, sub.role);
    const mail = notice
      ? noticeMail(notice, { what, unsubscribeUrl: l.unsubscribeUrl })
      : confirmationMail({ what, ...l });
    const ref = createHash('sha256').update(`${sub.id}:${o.kind}:${o.notice_key}`).digest('hex').slice(0, 32);
    await transport.sendMail({
      to: sub.email!,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      messageId: `<${ref}@levetrage.notifier>`,
    });
    return { statusCode: 250 };
  }

  async function postWebhook(sub: SubscriptionRow, o: OutboxRow, notice: StoredNotice) {
    const url = await checkWebhookUrl(sub.url, { production: cfg.production, lookup });
    const body = webhookBody(notice, { subscriptionId: sub.id, chainId: cfg.chainId, deliveryId: String(o.id) });
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'levetrage-notifier',
        [SIGNATURE_HEADER]: signBody(sub.secret!, body),
        'x-levetrage-event': notice.kind,
        'x-levetrage-delivery': String(o.id),
      },
      body,
      signal: AbortSignal.timeout(cfg.webhookTimeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status > 299)
      throw Object.assign(new Error(`HTTP ${res.status}`), { statusCode: res.status });
    return { statusCode: res.status };
  }

  async function deliver(o: OutboxRow) {
    const [sub] = await db.query<SubscriptionRow>('select * from subscription where id = $1', [o.subscription_id]);
    const wanted = o.kind === 'confirm' ? sub?.status === 'pending' : sub?.status === 'active';
    if (!sub || !wanted) {
      await db.query(`update outbox set status = 'dropped', last_error = $2 where id = $1`, [
        o.id,
        `subscription ${sub?.status ?? 'missing'}`,
      ]);
      return;
    }
    let notice: StoredNotice | null = null;
    if (o.kind === 'notice') {
      const [n] = await db.query<NoticeRow>('select * from notice where key = $1', [o.notice_key]);
      if (!n) {
        await db.query(`update outbox set status = 'dropped', last_error = 'notice missing' where id = $1`, [o.id]);
        return;
      }
      notice = toStoredNotice(n);
    }
    const attempt = o.attempts + 1;
    const t0 = performance.now();
    try {
      const r = sub.channel === 'email' ? await sendMail(sub, o, notice) : await postWebhook(sub, o, notice!);
      await db.tx(async (q) => {
        await q.query(
          `update outbox set status = 'sent', attempts = $2, sent_ms = $3, last_error = null where id = $1`,
          [o.id, attempt, Date.now()],
        );
        await q.query('update subscription set failures = 0 where id = $1', [sub.id]);
      });
      await log(sub.id, o.id, attempt, true, r.statusCode, null, performance.now() - t0);
    } catch (e) {
      const err = e as Error & { statusCode?: number; responseCode?: number; cause?: { code?: string } };
      const message =
        err.name === 'TimeoutError'
          ? `timed out after ${cfg.webhookTimeoutMs} ms`
          : `${err.message}${err.cause?.code ? ` (${err.cause.code})` : ''}`;
      await log(
        sub.id,
        o.id,
        attempt,
        false,
        err.statusCode ?? err.responseCode ?? null,
        message,
        performance.now() - t0,
      );
      const giveUp = sub.channel === 'webhook' && attempt >= cfg.webhookMaxAttempts;
      await db.tx(async (q) => {
        await q.query(
          `update outbox set status = $2, attempts = $3, next_attempt_ms = $4, last_error = $5 where id = $1`,
          [
            o.id,
            giveUp ? 'failed' : 'pending',
            attempt,
            Date.now() + backoffMs(attempt, cfg.retryBaseMs, cfg.retryMaxMs),
            message.slice(0, 500),
          ],
        );
        await q.query('update subscription set failures = failures + 1 where id = $1', [sub.id]);
        if (giveUp) {
          const reason = `Disabled after ${attempt} failed deliveries in a row (last: ${message.slice(0, 200)}). Subscribe again once the endpoint works.`;
          await q.query(`update subscription set status = 'disabled', disabled_reason = $2 where id = $1`, [
            sub.id,
            reason,
          ]);
          await q.query(
            `update outbox set status = 'dropped', last_error = 'subscription disabled' where subscription_id = $1 and status = 'pending'`,
            [sub.id],
          );
          await q.query(
            'insert into delivery_log (subscription_id, outbox_id, attempt, at_ms, ok, status_code, error, duration_ms) values ($1, null, $2, $3, false, null, $4, 0)',
            [sub.id, attempt, Date.now(), reason],
          );
        }
      });
    }
  }

  /** Sends every outbox row that is due (a few at a time); returns how many it tried. */
  async function tick(limit = 25): Promise<number> {
    if (running) return 0;
    running = true;
    try {
      const due = await db.query<OutboxRow>(
        `select id, subscription_id, kind, notice_key, attempts from outbox where status = 'pending' and next_attempt_ms <= $1 order by id limit $2`,
        [Date.now(), limit],
      );
      // One subscription's messages in order; different subscriptions in parallel.
      const bySub = new Map<string, OutboxRow[]>();
      for (const o of due) bySub.set(o.subscription_id, [...(bySub.get(o.subscription_id) ?? []), o]);
      await Promise.all(
        [...bySub.values()].map(async (list) => {
          for (const o of list) {
            await deliver(o);
            const [row] = await db.query<{ status: string }>('select status from outbox where id = $1', [o.id]);
            if (row?.status === 'pending') break; // failed: keep the rest in order behind it
          }
        }),
      );
      return due.length;
    } finally {
      running = false;
    }
  }

  return { tick, close: () => transport.close() };
}
