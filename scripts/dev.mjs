#!/usr/bin/env node
// `npm run dev`: the whole local loop in one command.
//   1. anvil on 127.0.0.1:8545 (chain 31337, a block every 2 s), state persisted in .dev/anvil-state.json
//   2. deploys the contracts with contracts/script/Deploy.s.sol unless the persisted chain already has them,
//      records the addresses in lib/contracts/deployments.json, and seeds the white paper's demo threats
//   3. the keeper (scripts/keeper.ts), which settles due draws and deadlines every few seconds
//   4. the indexer (indexer/, Ponder) on http://127.0.0.1:42069: PGlite in .dev/indexer/ (Postgres when
//      DATABASE_URL is set); the app reads lists from it and falls back to the chain when it is down
//   5. the notifier (notifier/) on http://127.0.0.1:42080 beside the indexer: e-mail goes to a local SMTP sink
//      (port 2525), shown at http://localhost:3000/dev/mail; PGlite in .dev/notifier/
//   6. next dev on http://localhost:3000
// Flags: --fresh      wipe the persisted chain first (new deploy + seed)
//        --no-keeper  do not start the keeper
//        --no-next    chain only (anvil, contracts, seed, keeper, indexer), e.g. when the app runs elsewhere
//        --no-indexer do not start the indexer (the app then reads the chain directly; no notifier either)
//        --no-notifier do not start the notifier
// Env:   DEV_ANVIL_PORT (8545), DEV_APP_PORT (3000), DEV_INDEXER_PORT (42069), DEV_STATE_FILE (.dev/anvil-state.json),
//        DEV_NOTIFIER_PORT (42080), DEV_SMTP_PORT (2525)
//        DEV_CHAIN_FILE (.dev/dev-chain.json: the RPC URL `npm run warp`, seed and keeper read to find this chain)
// A restored chain's clock continues from its last block (scripts/lib/dev-chain.mjs keepClockMonotonic).
// Ctrl-C stops everything (anvil writes its state on the way out).
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startAnvil } from './lib/anvil.mjs';
import { deployContracts, recordedDeploymentIsLive, run, staleContracts, writeDeployment } from './lib/deploy.mjs';
import { devAccounts } from './lib/dev-accounts.mjs';
import { keepClockMonotonic, removeDevChain, writeDevChain } from './lib/dev-chain.mjs';
import { ROOT, foundryBin, sleep } from './lib/tools.mjs';

const port = (name, fallback) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) {
    console.error(`${name} must be a port number, got "${process.env[name]}"`);
    process.exit(2);
  }
  return n;
};
const ANVIL_PORT = port('DEV_ANVIL_PORT', 8545);
const APP_PORT = port('DEV_APP_PORT', 3000);
const INDEXER_PORT = port('DEV_INDEXER_PORT', 42069);
const NOTIFIER_PORT = port('DEV_NOTIFIER_PORT', 42080);
const SMTP_PORT = port('DEV_SMTP_PORT', 2525);
const RPC_URL = `http://127.0.0.1:${ANVIL_PORT}`;
const STATE = process.env.DEV_STATE_FILE ? resolve(process.env.DEV_STATE_FILE) : join(ROOT, '.dev', 'anvil-state.json');
const FLAGS = ['--fresh', '--no-keeper', '--no-next', '--no-indexer', '--no-notifier'];
const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!FLAGS.includes(a)) {
    console.error(`Unknown flag ${a}. Usage: npm run dev [-- ${FLAGS.join(' | ')}]`);
    process.exit(2);
  }
}

const log = (msg) => console.log(`[dev] ${msg}`);
const children = [];
let anvil = null;
let stopping = false;

/** Spawns a long-running child with its output prefixed, and stops everything if it dies unexpectedly (unless optional). */
function startChild(name, cmd, argv, env = {}, { optional = false } = {}) {
  const child = spawn(cmd, argv, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const prefix = (stream, out) =>
    stream.on('data', (d) => {
      for (const line of String(d).split('\n'))
        if (line.trim()) out.write(line.startsWith(`[${name}]`) ? `${line}\n` : `[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping && optional) {
      console.error(`[dev] ${name} exited (${signal ?? `code ${code}`}); the rest keeps running.`);
    } else if (!stopping) {
      console.error(`[dev] ${name} exited unexpectedly (${signal ?? `code ${code}`}); stopping.`);
      void shutdown(1);
    }
  });
  children.push({ name, child });
  return child;
}

function stopChild({ child }) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, 8000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping ...');
  for (const c of [...children].reverse()) await stopChild(c);
  removeDevChain();
  if (anvil) {
    await anvil.stop();
    log(`chain state saved in ${STATE.replace(ROOT + '/', '')}`);
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function waitForApp(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (res.status < 500) return true;
    } catch {
      /* compiling */
    }
    await sleep(1000);
  }
  return false;
}

function printAccounts() {
  console.log(`\nDev accounts (anvil; import a private key into your wallet, network ${RPC_URL}, chain id 31337).`);
  console.log('Well-known keys: never use them on a real network.\n');
  for (const a of devAccounts) console.log(`  ${a.label.padEnd(42)} ${a.address}  ${a.privateKey}`);
  console.log(
    '\nNo wallet extension? Use the built-in dev wallet: "Use the built-in dev wallet" under the header of /create,\n' +
      '/me, /provider or /oracle. It starts as a burner (fund it in one click) and can act as any account above\n' +
      '(the account list of its panel: "Act as a dev account", e.g. Oracle, Law firm Y, X Corp).\n',
  );
}

async function main() {
  if (args.has('--fresh') && existsSync(STATE)) {
    rmSync(STATE);
    log('--fresh: removed the persisted chain');
  }
  log(`starting anvil on ${RPC_URL} (chain 31337, a block every 2 s)`);
  anvil = await startAnvil({ port: ANVIL_PORT, statePath: STATE, blockTime: 2 });
  anvil.process.on('exit', () => {
    if (!stopping) {
      console.error('[dev] anvil exited unexpectedly; stopping.');
      void shutdown(1);
    }
  });

  // a restored chain keeps its clock: never earlier than its last block (warps survive restarts)
  const clock = await keepClockMonotonic(RPC_URL);
  if (clock.next > Math.floor(Date.now() / 1000))
    log(`chain time continues from ${new Date(clock.next * 1000).toISOString()} (ahead of the wall clock: warped)`);
  const chainFile = writeDevChain({ rpcUrl: RPC_URL });
  log(`side commands (npm run warp / seed / keeper) find this chain through ${chainFile.replace(ROOT + '/', '')}`);

  if (await recordedDeploymentIsLive(RPC_URL)) {
    log('contracts already on the persisted chain (use `npm run dev -- --fresh` for a clean one)');
    // Build so the staleness check compares current sources; a broken build is reported, not hidden.
    await run(foundryBin('forge'), ['build']).catch((e) =>
      console.warn(`[dev] WARNING: forge build failed, the check below uses the last artifacts:\n${e.message}`),
    );
    const stale = await staleContracts(RPC_URL);
    if (stale.length) {
      console.warn(
        `[dev] WARNING: ${stale.join(', ')} on the persisted chain differ from the current sources (contracts changed since it was created).`,
      );
      console.warn('[dev]          Restart with `npm run dev -- --fresh` to redeploy (this wipes the local chain).');
    }
  } else {
    log('deploying contracts (forge script contracts/script/Deploy.s.sol) ...');
    const deployment = await deployContracts({ rpcUrl: RPC_URL });
    const changed = writeDeployment(deployment);
    log(
      `deployed: Levetrage ${deployment.levetrage}, NASH ${deployment.nash}, beacon ${deployment.prevrandaoBeacon}${changed ? ' (lib/contracts/deployments.json updated)' : ''}`,
    );
    log('seeding the white paper stories ...');
    await new Promise((resolve, reject) => {
      const seed = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/seed.ts', RPC_URL], {
        cwd: ROOT,
        stdio: 'inherit',
      });
      seed.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed failed (exit ${code})`))));
    });
  }

  if (!args.has('--no-keeper')) {
    startChild('keeper', join(ROOT, 'node_modules', '.bin', 'tsx'), [
      'scripts/keeper.ts',
      '--rpc',
      RPC_URL,
      '--interval',
      '3',
      // It asks the indexer what is due (and reads the chain while the indexer is not up yet).
      ...(args.has('--no-indexer') ? [] : ['--indexer', `http://127.0.0.1:${INDEXER_PORT}`]),
    ]);
  }
  if (!args.has('--no-indexer')) {
    // Optional: without it the app reads the chain directly (and says so).
    const indexerDir = join(dirname(STATE), 'indexer', 'pglite');
    log(
      `starting the indexer on http://127.0.0.1:${INDEXER_PORT} (${process.env.DATABASE_URL ? 'Postgres: DATABASE_URL' : `PGlite in ${indexerDir.replace(ROOT + '/', '')}`})`,
    );
    startChild(
      'indexer',
      process.execPath,
      [join(ROOT, 'indexer', 'scripts', 'start.mjs'), 'dev', '--port', String(INDEXER_PORT), '--hostname', '127.0.0.1'],
      {
        INDEXER_RPC_URL: RPC_URL,
        INDEXER_CHAIN_ID: '31337',
        INDEXER_PGLITE_DIR: indexerDir,
        INDEXER_POLLING_MS: '500',
        PONDER_TELEMETRY_DISABLED: 'true',
      },
      { optional: true },
    );
  }
  const withNotifier = !args.has('--no-indexer') && !args.has('--no-notifier');
  if (withNotifier) {
    // Optional: follows the indexer; mail goes to its local SMTP sink (the app's /dev/mail page).
    log(
      `starting the notifier on http://127.0.0.1:${NOTIFIER_PORT} (mail sink on port ${SMTP_PORT}, inbox at http://localhost:${APP_PORT}/dev/mail)`,
    );
    startChild(
      'notifier',
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['notifier/main.ts'],
      {
        NOTIFIER_PORT: String(NOTIFIER_PORT),
        NOTIFIER_DEV: '1',
        NOTIFIER_DEV_SMTP_PORT: String(SMTP_PORT),
        NOTIFIER_PGLITE_DIR: join(dirname(STATE), 'notifier', 'pglite'),
        NOTIFIER_APP_URL: `http://localhost:${APP_PORT}`,
        NOTIFIER_PUBLIC_URL: `http://localhost:${APP_PORT}/api/notify`,
        INDEXER_URL: `http://127.0.0.1:${INDEXER_PORT}`,
        SMTP_URL: '',
      },
      { optional: true },
    );
  }
  if (args.has('--no-next')) {
    printAccounts();
    console.log(`Levetrage chain is running: ${RPC_URL} (no app: --no-next)`);
    console.log('Time warp: npm run warp -- 1h   ·   Stop: Ctrl-C\n');
    return;
  }
  log(`starting next dev on http://localhost:${APP_PORT} ...`);
  startChild(
    'next',
    process.execPath,
    [join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--webpack', '-p', String(APP_PORT)],
    {
      NEXT_PUBLIC_LOCAL_RPC_URL: RPC_URL,
      ...(args.has('--no-indexer') ? {} : { NEXT_PUBLIC_INDEXER_URL: `http://127.0.0.1:${INDEXER_PORT}` }),
      ...(withNotifier ? { NOTIFIER_URL: `http://127.0.0.1:${NOTIFIER_PORT}` } : {}),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  );
  const up = await waitForApp(`http://127.0.0.1:${APP_PORT}/`, 10 * 60_000);
  if (stopping) return;
  printAccounts();
  console.log(
    up
      ? `Levetrage is running: http://localhost:${APP_PORT}`
      : `next dev is still compiling; open http://localhost:${APP_PORT} in a moment`,
  );
  console.log('Time warp: npm run warp -- 1h   ·   Stop: Ctrl-C\n');
}

main().catch(async (e) => {
  console.error(`[dev] ${e.message}`);
  await shutdown(1);
});
