// The notifier's settings, from the environment (every one has a default for the local loop):
//   NOTIFIER_PORT (42080), NOTIFIER_HOST (127.0.0.1)     where its HTTP API listens
//   NOTIFIER_PUBLIC_URL                                 base of the links in messages (confirm, unsubscribe,
//                                                       feeds); default http://NOTIFIER_HOST:NOTIFIER_PORT
//   NOTIFIER_APP_URL (http://localhost:3000)            the app, for threat links
//   INDEXER_URL (http://127.0.0.1:42069), NOTIFIER_CHAIN_ID (31337)
//   DATABASE_URL (Postgres, schema NOTIFIER_DB_SCHEMA) or NOTIFIER_PGLITE_DIR (.dev/notifier/pglite)
//   SMTP_URL (smtp://user:pass@host:587, smtps://…)    production mail; NOTIFIER_MAIL_FROM
//   NOTIFIER_DEV_SMTP_PORT                              start the local SMTP sink on this port (npm run dev),
//                                                       mail goes there and GET /dev/mail lists the inbox
//   NOTIFIER_DEV=1                                      development mode: webhooks to loopback/private
//                                                       addresses and plain http are allowed (refused otherwise)
//   NOTIFIER_POLL_MS (1000), NOTIFIER_RETRY_BASE_MS (5000), NOTIFIER_RETRY_MAX_MS (900000),
//   NOTIFIER_WEBHOOK_MAX_ATTEMPTS (6), NOTIFIER_WEBHOOK_TIMEOUT_MS (5000),
//   NOTIFIER_RATE_EMAIL (5 subscriptions per e-mail per hour), NOTIFIER_RATE_CLIENT (30 per client IP per hour),
//   NOTIFIER_RATE_ADDRESS (20 subscriptions to one address per hour)
import { join, resolve } from 'node:path';

export interface NotifierConfig {
  port: number;
  host: string;
  publicUrl: string;
  appUrl: string;
  indexerUrl: string;
  chainId: number;
  databaseUrl: string | null;
  dbSchema: string;
  pgliteDir: string;
  smtpUrl: string | null;
  mailFrom: string;
  devSmtpPort: number | null;
  production: boolean;
  pollMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  webhookMaxAttempts: number;
  webhookTimeoutMs: number;
  rate: { email: number; client: number; address: number; windowMs: number };
}

export function configFromEnv(
  env: Record<string, string | undefined> = process.env,
  root = process.cwd(),
): NotifierConfig {
  const int = (name: string, fallback: number, min = 0) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
    return n;
  };
  const port = int('NOTIFIER_PORT', 42080, 1);
  const host = env.NOTIFIER_HOST || '127.0.0.1';
  const devSmtpPort = env.NOTIFIER_DEV_SMTP_PORT ? int('NOTIFIER_DEV_SMTP_PORT', 0, 1) : null;
  const smtpUrl = env.SMTP_URL || (devSmtpPort ? `smtp://127.0.0.1:${devSmtpPort}` : null);
  if (!smtpUrl)
    throw new Error(
      'Set SMTP_URL (e.g. smtps://user:password@smtp.example.com:465) or NOTIFIER_DEV_SMTP_PORT for the local sink.',
    );
  return {
    port,
    host,
    publicUrl: (env.NOTIFIER_PUBLIC_URL || `http://${host}:${port}`).replace(/\/+$/, ''),
    appUrl: (env.NOTIFIER_APP_URL || 'http://localhost:3000').replace(/\/+$/, ''),
    indexerUrl: env.INDEXER_URL || 'http://127.0.0.1:42069',
    chainId: int('NOTIFIER_CHAIN_ID', 31337, 1),
    databaseUrl: env.DATABASE_URL || null,
    dbSchema: env.NOTIFIER_DB_SCHEMA || 'levetrage_notifier',
    pgliteDir: resolve(root, env.NOTIFIER_PGLITE_DIR || join('.dev', 'notifier', 'pglite')),
    smtpUrl,
    mailFrom: env.NOTIFIER_MAIL_FROM || 'Levetrage <notify@levetrage.localhost>',
    devSmtpPort,
    production: env.NOTIFIER_DEV !== '1',
    pollMs: int('NOTIFIER_POLL_MS', 1000, 10),
    retryBaseMs: int('NOTIFIER_RETRY_BASE_MS', 5000, 1),
    retryMaxMs: int('NOTIFIER_RETRY_MAX_MS', 15 * 60_000, 1),
    webhookMaxAttempts: int('NOTIFIER_WEBHOOK_MAX_ATTEMPTS', 6, 1),
    webhookTimeoutMs: int('NOTIFIER_WEBHOOK_TIMEOUT_MS', 5000, 100),
    rate: {
      email: int('NOTIFIER_RATE_EMAIL', 5, 1),
      client: int('NOTIFIER_RATE_CLIENT', 30, 1),
      address: int('NOTIFIER_RATE_ADDRESS', 20, 1),
      windowMs: 3600_000,
    },
  };
}

/** Exponential backoff: base·2^(attempt−1), capped. */
export const backoffMs = (attempt: number, base: number, max: number) =>
  Math.min(max, base * 2 ** Math.max(0, attempt - 1));
