// `npm run dev` without the Next.js part (--no-next): anvil + deploy + seed + keeper come up, Ctrl-C stops
// everything and saves the chain, a restart keeps it without redeploying, and --fresh starts over.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getDeployment } from '../../../lib/contracts/deployments';
import { ROOT } from '../../../scripts/lib/tools.mjs';
import { rpc } from './chain';

const stateDir = mkdtempSync(join(tmpdir(), 'levetrage-dev-loop-'));
const stateFile = join(stateDir, 'anvil-state.json');
const running: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Starts scripts/dev.mjs --no-next and resolves with its output once it says the chain is running. */
function startDev(port: number, extra: string[] = []) {
  const child = spawn(process.execPath, ['scripts/dev.mjs', '--no-next', ...extra], {
    cwd: ROOT,
    env: {
      ...process.env,
      DEV_ANVIL_PORT: String(port),
      DEV_STATE_FILE: stateFile,
      DEV_CHAIN_FILE: join(stateDir, 'dev-chain.json'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Levetrage chain is running')) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`dev.mjs exited (${code}) before it was ready:\n${out}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => out };
}

/** The registry's nextId() (selector 0x61b8ce8c) at the recorded local address. */
const nextId = async (rpcUrl: string) =>
  BigInt(
    await rpc<string>('eth_call', [{ to: getDeployment(31337)!.levetrage, data: '0x61b8ce8c' }, 'latest'], rpcUrl),
  );

describe('npm run dev (chain part)', () => {
  afterAll(() => {
    for (const c of running) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('deploys and seeds a fresh chain, prints the accounts, stops cleanly and keeps the chain across restarts', async () => {
    const port = await freePort();
    const rpcUrl = `http://127.0.0.1:${port}`;

    const first = startDev(port);
    await first.ready;
    expect(first.output()).toContain('deploying contracts');
    expect(first.output()).toMatch(/seeded #4 commitment mike-raise/);
    expect(first.output()).toContain('X Corp (adversary)');
    expect(first.output()).toContain('0x14dC79964da2C08b23698B3D3cc7Ca32193d9955');
    expect(await nextId(rpcUrl)).toBe(5n);
    // The keeper announces itself once it is running.
    await expect
      .poll(() => first.output(), { timeout: 30_000 })
      .toContain('[keeper] settling due threats on chain 31337');

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('chain state saved');
    expect(existsSync(stateFile)).toBe(true);
    await expect(rpc('eth_chainId', [], rpcUrl)).rejects.toThrow();

    const second = startDev(port);
    await second.ready;
    expect(second.output()).toContain('contracts already on the persisted chain');
    expect(second.output()).not.toContain('seeded #');
    expect(await nextId(rpcUrl)).toBe(5n);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);

    const third = startDev(port, ['--fresh']);
    await third.ready;
    expect(third.output()).toContain('--fresh: removed the persisted chain');
    expect(third.output()).toContain('deploying contracts');
    expect(await nextId(rpcUrl)).toBe(5n);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
  }, 300_000);

  it('refuses an unknown flag with the usage', async () => {
    const dev = startDev(await freePort(), ['--frseh']);
    await expect(dev.ready).rejects.toThrow(/Unknown flag --frseh/);
    expect(await dev.exited).toBe(2);
  });
});
