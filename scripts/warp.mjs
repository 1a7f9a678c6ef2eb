#!/usr/bin/env node
// `npm run warp -- 1h|2d|90m|3600`: moves the local chain's time forward and mines a block, so deadlines
// and draw periods come due now (the keeper of `npm run dev` then settles them). RPC: `--rpc URL`, RPC_URL, or
// the running `npm run dev`'s chain (.dev/dev-chain.json, whatever DEV_ANVIL_PORT it uses), else 8545.
import { rpc } from './lib/anvil.mjs';
import { describeRpcSource, resolveRpcUrl } from './lib/dev-chain.mjs';
import { parseDuration } from './lib/duration.mjs';

const argv = process.argv.slice(2);
const rpcFlag = argv.indexOf('--rpc');
const explicit = rpcFlag >= 0 ? argv.splice(rpcFlag, 2)[1] : undefined;
const resolved = resolveRpcUrl(explicit);
const rpcUrl = resolved.rpcUrl;
const arg = argv[0];
if (!arg) {
  console.error('Usage: npm run warp -- <duration> [--rpc URL]   e.g. 1h, 2d, 90m, 1d12h, 3600');
  process.exit(2);
}
console.log(`Chain: ${describeRpcSource(resolved)}`);
try {
  const seconds = parseDuration(arg);
  const chainId = Number(await rpc(rpcUrl, 'eth_chainId'));
  if (chainId !== 31337) throw new Error(`refusing to warp chain ${chainId}: only the local anvil chain (31337)`);
  const before = Number(BigInt((await rpc(rpcUrl, 'eth_getBlockByNumber', ['latest', false])).timestamp));
  await rpc(rpcUrl, 'evm_increaseTime', [seconds]);
  await rpc(rpcUrl, 'evm_mine', []);
  const block = await rpc(rpcUrl, 'eth_getBlockByNumber', ['latest', false]);
  const after = Number(BigInt(block.timestamp));
  console.log(
    `Warped ${seconds} s: chain time ${new Date(before * 1000).toISOString()} -> ${new Date(after * 1000).toISOString()} (block ${Number(BigInt(block.number))})`,
  );
} catch (e) {
  const msg =
    e.cause?.code === 'ECONNREFUSED' || /fetch failed/.test(e.message)
      ? `no chain at ${rpcUrl} (is \`npm run dev\` running?)`
      : e.message;
  console.error(`warp failed: ${msg}`);
  process.exit(1);
}
