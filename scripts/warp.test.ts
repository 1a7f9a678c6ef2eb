// `npm run warp` finds the running `npm run dev` chain on a non-default port through .dev/dev-chain.json
// (DEV_CHAIN_FILE here, a temp file), and a restored chain's clock never runs backwards (issue #13 item 8).
// Real anvil processes on this checkout's test ports; no mocks.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { rpc, startAnvil } from './lib/anvil.mjs';
import {
  DEFAULT_RPC_URL,
  keepClockMonotonic,
  readDevChain,
  removeDevChain,
  resolveRpcUrl,
  writeDevChain,
} from './lib/dev-chain.mjs';
import { ROOT, testPort } from './lib/tools.mjs';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'levetrage-warp-'));
// this test's own dev-chain record, and no RPC_URL from the shell
const env: NodeJS.ProcessEnv = { ...process.env, RPC_URL: '', DEV_CHAIN_FILE: join(dir, 'dev-chain.json') };
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
  rmSync(dir, { recursive: true, force: true });
});

const latestTime = async (url: string) =>
  Number(BigInt((await rpc(url, 'eth_getBlockByNumber', ['latest', false])).timestamp));

describe('side commands find the dev chain', () => {
  it('without a running dev loop they fall back to 8545 (what they always did); with one, they use its port', () => {
    expect(resolveRpcUrl(undefined, env)).toEqual({ rpcUrl: DEFAULT_RPC_URL, source: 'default' });
    writeDevChain({ rpcUrl: 'http://127.0.0.1:9999' }, env);
    expect(resolveRpcUrl(undefined, env)).toEqual({ rpcUrl: 'http://127.0.0.1:9999', source: 'dev-chain' });
    expect(resolveRpcUrl('http://x:1', env).source).toBe('argument');
    expect(resolveRpcUrl(undefined, { ...env, RPC_URL: 'http://y:2' }).source).toBe('RPC_URL');
    // a record left by a dev loop that is gone is ignored
    writeDevChain({ rpcUrl: 'http://127.0.0.1:9999', pid: 2 ** 22 + 12345 }, env);
    expect(readDevChain(env)).toBeNull();
    removeDevChain(2 ** 22 + 12345, env);
  });

  it('`npm run warp -- 2d` warps the dev chain on a non-default port, not 8545', async () => {
    const port = testPort(8745);
    const anvil = await startAnvil({ port });
    stops.push(anvil.stop);
    writeDevChain({ rpcUrl: anvil.rpcUrl }, env);
    const before = await latestTime(anvil.rpcUrl);
    const { stdout } = await run(process.execPath, ['scripts/warp.mjs', '2d'], {
      cwd: ROOT,
      env,
    });
    expect(stdout).toContain(`Chain: ${anvil.rpcUrl} (the running \`npm run dev\``);
    expect(stdout).toMatch(/Warped 172800 s/);
    expect((await latestTime(anvil.rpcUrl)) - before).toBeGreaterThanOrEqual(172_800);
    removeDevChain(process.pid, env);
  });
});

describe('persisted time stays monotonic across restarts', () => {
  it('a chain warped 30 days ahead restarts in the past without the fix, and continues from its last block with it', async () => {
    const port = testPort(8746);
    const statePath = join(dir, 'state.json');
    const warpAndStop = async () => {
      const a = await startAnvil({ port, statePath });
      await rpc(a.rpcUrl, 'evm_increaseTime', [30 * 86_400]);
      await rpc(a.rpcUrl, 'evm_mine', []);
      const t = await latestTime(a.rpcUrl);
      await a.stop();
      return t;
    };
    // the bug: anvil restores the blocks but dates the next one by the wall clock
    const saved = await warpAndStop();
    let a = await startAnvil({ port, statePath });
    await rpc(a.rpcUrl, 'evm_mine', []);
    expect(await latestTime(a.rpcUrl)).toBeLessThan(saved);
    await a.stop();

    // the fix (scripts/dev.mjs after restoring): next block at max(saved latest + 1, now)
    const saved2 = await warpAndStop();
    a = await startAnvil({ port, statePath });
    stops.push(a.stop);
    const clock = await keepClockMonotonic(a.rpcUrl);
    expect(clock.saved).toBe(saved2);
    await rpc(a.rpcUrl, 'evm_mine', []);
    const t1 = await latestTime(a.rpcUrl);
    expect(t1).toBeGreaterThan(saved2);
    await rpc(a.rpcUrl, 'evm_mine', []);
    expect(await latestTime(a.rpcUrl)).toBeGreaterThanOrEqual(t1); // and keeps counting from there
  });
});
