// The notifier's test rig: the real notifier (notifier/main.ts) as a child process, a real HTTP receiver for
// webhooks, and small HTTP helpers. The chain, the deploy and the indexer come from indexer/test/harness.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface NotifierProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startNotifierProcess(env: Record<string, string>): Promise<NotifierProcess> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'notifier', 'main.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = `http://127.0.0.1:${env.NOTIFIER_PORT}`;
  const until = Date.now() + 300_000; // tsx compiles on start: slow on a loaded machine
  for (;;) {
    if (child.exitCode !== null) throw new Error(`notifier exited (${child.exitCode}):\n${text.slice(-3000)}`);
    if (/listening on/.test(text)) {
      try {
        if ((await fetch(`${url}/health`)).ok) break;
      } catch {
        /* starting */
      }
    }
    if (Date.now() > until) throw new Error(`notifier did not start within 300 s:\n${text.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    output: () => text,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** An HTTP receiver: records every request; `failFirst(path, n)` answers the next n requests on `path` with 500. */
export async function startReceiver(port: number) {
  const received: Received[] = [];
  const failures = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body, at: Date.now() });
      const left = failures.get(path) ?? 0;
      if (path.startsWith('/always-500') || left > 0) {
        failures.set(path, left - 1);
        res.writeHead(500).end('broken on purpose');
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failFirst: (path: string, n: number) => failures.set(path, n),
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function until<T>(
  what: string,
  fn: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
