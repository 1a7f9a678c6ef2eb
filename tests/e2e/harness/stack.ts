// The e2e stack: a fresh anvil, the real contracts deployed by the same forge script as `npm run dev`,
// optional demo seed, a production Next.js build served by `next start`, and headless Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { getDeployment, type Deployment } from '../../../lib/contracts/deployments';
import { startAnvil } from '../../../scripts/lib/anvil.mjs';
import { deployContracts } from '../../../scripts/lib/deploy.mjs';
import { E2E_BUILD_RPC_URL, ensureNextBuild } from '../../../scripts/lib/next-build.mjs';
import { ROOT, testPort } from '../../../scripts/lib/tools.mjs';
import { seedDemo, type SeededThreat } from '../../../scripts/seed';
import { startIndexer, waitForIndexed, type IndexerProcess } from '../../../indexer/test/harness/indexer-process';
import { setCurrentRpcUrl } from './current';
import { DESKTOP } from './screenshot';

/** Chromium flags for this machine (no sandbox as root, no GPU, no background traffic). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Options of startStack. Ports default to E2E_ANVIL_PORT / E2E_APP_PORT, else 8645 / 3100; a port in use is
 * replaced by a free one (with a warning), so use stack.rpcUrl / stack.appUrl rather than fixed ports.
 * The app is the production build of the working tree (built on first use; E2E_APP_DIR pins a build).
 */
export interface StackOptions {
  /** Create the white paper's demo threats (Jane, Joe, Mike) after deploying. */
  seed?: boolean;
  /** Start Next.js and Chromium (default true); false gives a chain-only stack for fast tests. */
  app?: boolean;
  /**
   * Also run the indexer (Ponder on PGlite in a temp dir, port E2E_INDEXER_PORT else testPort(42169)) and give its
   * URL to the app (INDEXER_URL). Default false: the app then reads the chain directly, as before.
   */
  indexer?: boolean;
  anvilPort?: number;
  appPort?: number;
  indexerPort?: number;
}

/** A running stack. */
export interface Stack {
  rpcUrl: string;
  /** Base URL of the app, e.g. http://127.0.0.1:3100 (empty when app: false). */
  appUrl: string;
  chainId: 31337;
  deployment: Deployment;
  /** The seeded threats (empty unless seed: true). */
  seeded: SeededThreat[];
  /** Chromium (null when app: false). */
  browser: Browser | null;
  /** A new page in a fresh browser context whose calls to the built-in RPC URL reach this stack's anvil. */
  newPage(opts?: { viewport?: { width: number; height: number } }): Promise<Page>;
  /** Timings of the start, in ms, for reports. */
  timings: Record<string, number>;
  /** Base URL of the indexer (empty unless indexer: true). */
  indexerUrl: string;
  /** Waits until the indexer has indexed the chain's current head (no-op without an indexer). */
  waitForIndexer(timeoutMs?: number): Promise<void>;
  /** Stops only the indexer (to test the app's fallback when it is down). */
  stopIndexer(): Promise<void>;
  /** Stops only anvil (to test how pages behave when the chain is down); stop() still cleans up the rest. */
  stopChain(): Promise<void>;
  stop(): Promise<void>;
}

let current: Stack | null = null;
/** Stops a stack whose start has not returned yet (a beforeAll that timed out): see stopStack. */
let starting: (() => Promise<void>) | null = null;

/**
 * The longest each step of startStack may take before it fails with a message naming the step (a hang would
 * otherwise hold the file until vitest's hook timeout and leak its processes into the next file). Generous: a
 * loaded 2-core machine takes a few seconds for each.
 */
// Not here: the deploy (deployContracts kills forge after 10 minutes) and nextStart (waitForHttp gives up after
// 60 s): each has its own limit, which also stops the process.
const STEP_TIMEOUT_MS: Record<string, number> = {
  anvil: 30_000,
  seed: 300_000,
  chromium: 90_000,
  indexerUp: 120_000,
  indexer: 600_000,
};

function withTimeout<T>(step: string, promise: Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms) return promise;
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`startStack: step "${step}" did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const envPort = (name: string, fallback: number) => {
  const v = process.env[name];
  if (!v) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) throw new Error(`${name} must be a port number, got "${v}"`);
  return n;
};

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`next start exited (code ${child.exitCode}):\n${output().slice(-3000)}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer ${url} within ${timeoutMs} ms:\n${output().slice(-3000)}`);
}

/** Whether nothing listens on 127.0.0.1:port (we can bind it ourselves). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port the OS says is free now. */
function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The wanted port, or a free one when something already listens there (a dev server of the same port
 * plan, another test run): tests reach the stack through stack.rpcUrl / stack.appUrl, never fixed ports.
 */
async function pickPort(wanted: number, what: string): Promise<number> {
  if (await portIsFree(wanted)) return wanted;
  const port = await anyFreePort();
  console.warn(`[harness] ${what} port ${wanted} is in use; using ${port} instead`);
  return port;
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * Starts the stack (one per test file: call in beforeAll, and stopStack() in afterAll).
 * Throws with a clear message when a port is taken, the deploy fails, or the addresses differ from
 * lib/contracts/deployments.json (which the app was built with).
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  if (current) throw new Error('startStack: a stack is already running in this file; call stopStack() first');
  const anvilPort = await pickPort(options.anvilPort ?? envPort('E2E_ANVIL_PORT', testPort(8645)), 'anvil');
  const appPort = await pickPort(options.appPort ?? envPort('E2E_APP_PORT', testPort(3100)), 'app');
  const withApp = options.app ?? true;
  const indexerPort = options.indexer
    ? await pickPort(options.indexerPort ?? envPort('E2E_INDEXER_PORT', testPort(42169)), 'indexer')
    : 0;
  const timings: Record<string, number> = {};
  let aborted = false;
  const t = async <T>(name: string, fn: () => Promise<T>) => {
    const t0 = Date.now();
    try {
      const value = await withTimeout(name, fn(), STEP_TIMEOUT_MS[name]);
      if (aborted) throw new Error(`startStack: stopped by stopStack() during step "${name}"`);
      return value;
    } finally {
      timings[name] = Date.now() - t0;
    }
  };
  const cleanups: Array<() => Promise<void>> = [];
  let appDir = ROOT;
  const stop = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
    cleanups.length = 0;
    setCurrentRpcUrl(null);
    current = null;
    starting = null;
  };
  starting = async () => {
    aborted = true;
    await stop();
  };

  try {
    if (withApp) {
      // E2E_APP_DIR pins one build for a whole run (npm test sets it after building once).
      appDir = process.env.E2E_APP_DIR || (await t('nextBuild', () => ensureNextBuild())).dir;
    }
    const anvil = await t('anvil', () => startAnvil({ port: anvilPort }));
    cleanups.push(() => anvil.stop());
    setCurrentRpcUrl(anvil.rpcUrl);

    const deployed = await t('deploy', () => deployContracts({ rpcUrl: anvil.rpcUrl }));
    const deployment = getDeployment(31337);
    if (!deployment) throw new Error('lib/contracts/deployments.json has no entry for chain 31337');
    for (const key of [
      'levetrage',
      'nash',
      'extension',
      'prevrandaoBeacon',
      'panelResolver',
      'uniswapRouter',
    ] as const) {
      if ((deployed[key] ?? '').toLowerCase() !== (deployment[key] ?? '').toLowerCase()) {
        throw new Error(
          `Deployed ${key} at ${deployed[key]} but lib/contracts/deployments.json says ${deployment[key]}: ` +
            'the deploy script changed its transaction order; run `npm run dev -- --fresh` to record the new addresses and commit them.',
        );
      }
    }
    const seeded = options.seed ? await t('seed', () => seedDemo(anvil.rpcUrl, deployment)) : [];

    let indexer: IndexerProcess | null = null;
    if (options.indexer) {
      const dir = mkdtempSync(join(tmpdir(), 'levetrage-e2e-indexer-'));
      const ix = startIndexer({
        rpcUrl: anvil.rpcUrl,
        deploymentsFile: join(ROOT, 'lib', 'contracts', 'deployments.json'),
        port: indexerPort,
        pgliteDir: join(dir, 'pglite'),
        pollingMs: 200,
        logFile: join(dir, 'indexer.log'),
      });
      indexer = ix;
      cleanups.push(async () => {
        await ix.stop();
        rmSync(dir, { recursive: true, force: true });
      });
    }
    // The port it bound (Ponder takes the next one when the asked port is busy): the app is told this one.
    const indexerUrl = indexer ? await t('indexerUp', () => indexer!.listening) : '';
    const waitForIndexer = async (timeoutMs = 600_000) => {
      if (!indexer) return;
      const head = await fetch(anvil.rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] }),
      }).then((r) => r.json() as Promise<{ result: string }>);
      await waitForIndexed(indexer, BigInt(head.result), timeoutMs);
    };

    let browser: Browser | null = null;
    let appUrl = '';
    if (withApp) {
      appUrl = `http://127.0.0.1:${appPort}`;
      let output = '';
      const next = spawn(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'),
          'start',
          appDir,
          '-p',
          String(appPort),
          '-H',
          '127.0.0.1',
        ],
        {
          cwd: appDir,
          env: {
            ...process.env,
            LOCAL_RPC_URL: anvil.rpcUrl,
            NEXT_TELEMETRY_DISABLED: '1',
            PORT: String(appPort),
            // The app reads its lists from this stack's indexer, or (none) from the chain, whatever the shell says.
            INDEXER_URL: indexerUrl,
            NEXT_PUBLIC_INDEXER_URL: '',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        },
      );
      next.stdout!.on('data', (d) => (output += d));
      next.stderr!.on('data', (d) => (output += d));
      cleanups.push(() => stopProcessGroup(next));
      await t('nextStart', () => waitForHttp(`${appUrl}/`, next, 60_000, () => output));
      browser = await t('chromium', () =>
        chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
      );
      const b = browser;
      cleanups.push(() => b.close());
    }

    if (indexer) await t('indexer', () => waitForIndexer());

    const contexts: BrowserContext[] = [];
    const stack: Stack = {
      rpcUrl: anvil.rpcUrl,
      appUrl,
      chainId: 31337,
      deployment,
      seeded,
      browser,
      timings,
      indexerUrl,
      waitForIndexer,
      stopIndexer: async () => {
        await indexer?.stop();
      },
      stopChain: () => anvil.stop(),
      async newPage(opts = {}) {
        if (!browser) throw new Error('newPage: the stack was started with app: false');
        const context = await browser.newContext({ viewport: opts.viewport ?? DESKTOP, baseURL: appUrl });
        contexts.push(context);
        if (anvil.rpcUrl !== E2E_BUILD_RPC_URL) {
          // The build's client bundle talks to E2E_BUILD_RPC_URL; send those calls to this stack's anvil.
          await context.route(`${E2E_BUILD_RPC_URL}/**`, async (route) => {
            const url = route.request().url().replace(E2E_BUILD_RPC_URL, anvil.rpcUrl);
            await route.fulfill({ response: await route.fetch({ url }) });
          });
          await context.route(E2E_BUILD_RPC_URL, async (route) => {
            await route.fulfill({ response: await route.fetch({ url: anvil.rpcUrl }) });
          });
        }
        return context.newPage();
      },
      stop,
    };
    current = stack;
    starting = null;
    if (process.env.E2E_QUIET !== '1') {
      console.info(
        `[harness] stack up: ${Object.entries(timings)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')} (anvil ${anvil.rpcUrl}${appUrl ? `, app ${appUrl}` : ''})`,
      );
    }
    return stack;
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Stops the running stack (anvil, next, chromium), or the one still starting (its start then fails). Safe to call
 * twice.
 */
export async function stopStack(): Promise<void> {
  if (current) await current.stop();
  else if (starting) await starting();
}
