// Runs the real indexer (indexer/scripts/start.mjs → ponder start) as a child process for tests and benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface IndexerOptions {
  rpcUrl: string;
  chainId?: number;
  deploymentsFile: string;
  port: number;
  /** PGlite directory (ignored with databaseUrl). */
  pgliteDir?: string;
  databaseUrl?: string;
  schema?: string;
  pollingMs?: number;
  getLogsRange?: number;
  /** Where the child's output goes (appended). */
  logFile: string;
  env?: Record<string, string>;
}

export interface IndexerProcess {
  /**
   * Base URL of its HTTP server: the port Ponder says it bound ("Created HTTP server port=N"), which is the port
   * asked for unless that one was taken (Ponder then takes the next free one); the asked port until it says.
   */
  readonly url: string;
  /** Resolves with `url` once the server is up; rejects when the process exits first. */
  listening: Promise<string>;
  child: ChildProcess;
  /** Everything the child printed since it started. */
  output: () => string;
  /** SIGTERM and wait (graceful: Ponder releases its lock). */
  stop: () => Promise<void>;
  /** SIGKILL and wait: a crash. */
  kill: () => Promise<void>;
  exited: Promise<number | null>;
}

/** The text without ANSI colour codes (what a log matcher reads, whatever the environment turned on). */
export const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

export function startIndexer(o: IndexerOptions): IndexerProcess {
  mkdirSync(dirname(o.logFile), { recursive: true });
  const file = createWriteStream(o.logFile, { flags: 'a' });
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PONDER_TELEMETRY_DISABLED: 'true',
    INDEXER_RPC_URL: o.rpcUrl,
    INDEXER_CHAIN_ID: String(o.chainId ?? 31337),
    INDEXER_DEPLOYMENTS_FILE: o.deploymentsFile,
    INDEXER_POLLING_MS: String(o.pollingMs ?? 100),
    INDEXER_LOG_FORMAT: 'pretty',
    // Plain text in the log files: with CI set, Ponder's logger would colour its lines even into a pipe.
    NO_COLOR: '1',
    ...(o.env ?? {}),
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  if (o.databaseUrl) env.DATABASE_URL = o.databaseUrl;
  if (o.pgliteDir) env.INDEXER_PGLITE_DIR = o.pgliteDir;
  if (o.schema) env.INDEXER_SCHEMA = o.schema;
  if (o.getLogsRange) env.INDEXER_GETLOGS_RANGE = String(o.getLogsRange);
  const child = spawn(
    process.execPath,
    [join(ROOT, 'indexer', 'scripts', 'start.mjs'), 'start', '--port', String(o.port), '--hostname', '127.0.0.1'],
    {
      cwd: ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  let boundPort: number | null = null;
  let onListening: (url: string) => void = () => {};
  const onData = (d: Buffer) => {
    text += stripAnsi(d.toString());
    if (boundPort === null) {
      const m = /Created HTTP server port=(\d+)/.exec(text);
      if (m) {
        boundPort = Number(m[1]);
        onListening(`http://127.0.0.1:${boundPort}`);
      }
    }
    if (text.length > 2_000_000) text = text.slice(-1_000_000);
    file.write(d);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  void exited.then(() => file.end());
  const listening = new Promise<string>((resolve, reject) => {
    onListening = resolve;
    void exited.then((code) =>
      reject(new Error(`indexer exited (${code}) before its HTTP server was up:\n${text.slice(-4000)}`)),
    );
  });
  listening.catch(() => {}); // observed by whoever awaits it
  const waitExit = async (signal: NodeJS.Signals, ms: number) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = new Promise((r) => setTimeout(r, ms));
    await Promise.race([exited, timer]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  return {
    get url() {
      return `http://127.0.0.1:${boundPort ?? o.port}`;
    },
    listening,
    child,
    output: () => text,
    stop: () => waitExit('SIGTERM', 15_000),
    kill: () => waitExit('SIGKILL', 5_000),
    exited,
  };
}

interface StatusLike {
  indexedBlock: number;
  ready: boolean;
}

/**
 * Waits until the indexer's tables include block `block` (and its backfill is done). Fails early when the
 * process exits, with the tail of its output.
 */
export async function waitForIndexed(
  ix: IndexerProcess,
  block: number | bigint,
  timeoutMs = 180_000,
): Promise<StatusLike> {
  const until = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < until) {
    if (ix.child.exitCode !== null || ix.child.signalCode !== null) {
      throw new Error(
        `indexer exited (${ix.child.exitCode ?? ix.child.signalCode}) before block ${block}:\n${ix.output().slice(-4000)}`,
      );
    }
    // Only our child's server counts (not a stale indexer left on the port): ix.url is the port it bound.
    if (!/Created HTTP server port=\d+/.test(ix.output())) {
      await new Promise((r) => setTimeout(r, 150));
      continue;
    }
    try {
      const res = await fetch(`${ix.url}/api/status`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) {
        const s = (await res.json()) as StatusLike;
        last = s;
        if (s.ready && s.indexedBlock >= Number(block)) return s;
      }
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(
    `indexer did not reach block ${block} within ${timeoutMs} ms (last status ${JSON.stringify(last)}):\n${ix.output().slice(-4000)}`,
  );
}
