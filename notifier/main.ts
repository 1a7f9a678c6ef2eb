#!/usr/bin/env -S npx tsx
// `npm run notifier`: the notification service alone (production), configured from the environment (see
// notifier/config.ts). `npm run dev` starts it too, with the local SMTP sink (NOTIFIER_DEV_SMTP_PORT).
import { configFromEnv } from './config';
import { startNotifier } from './service';

async function main() {
  let cfg;
  try {
    cfg = configFromEnv();
  } catch (e) {
    console.error(`[notifier] ${(e as Error).message}`);
    process.exit(2);
  }
  const notifier = await startNotifier(cfg);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('[notifier] stopping ...');
    await notifier.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  console.error(`[notifier] ${(e as Error).stack ?? e}`);
  process.exit(1);
});
