// Chain helpers for e2e tests: raw JSON-RPC, time warp, mining. Default RPC: the running stack's anvil.
import { currentRpcUrl } from './current';

/** Sends a JSON-RPC request to anvil; throws with the node's message on error. */
export async function rpc<T = unknown>(method: string, params: unknown[] = [], rpcUrl = currentRpcUrl()): Promise<T> {
  const res = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** Mines `n` blocks (the block beacon needs blocks after a draw is requested). */
export async function mine(n = 1, rpcUrl = currentRpcUrl()): Promise<void> {
  await rpc('anvil_mine', [`0x${n.toString(16)}`], rpcUrl);
}

/** Moves chain time forward by `seconds` and mines one block so the new time is visible to calls. */
export async function warp(seconds: number, rpcUrl = currentRpcUrl()): Promise<void> {
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new Error(`warp: seconds must be a non-negative number, got ${seconds}`);
  await rpc('evm_increaseTime', [Math.floor(seconds)], rpcUrl);
  await mine(1, rpcUrl);
}

/** The timestamp of the latest block, in seconds. */
export async function chainTime(rpcUrl = currentRpcUrl()): Promise<number> {
  const block = await rpc<{ timestamp: string }>('eth_getBlockByNumber', ['latest', false], rpcUrl);
  return Number(BigInt(block.timestamp));
}

/** Takes an anvil snapshot; pass the id to `revertTo` to undo everything since. */
export async function snapshot(rpcUrl = currentRpcUrl()): Promise<string> {
  return rpc<string>('evm_snapshot', [], rpcUrl);
}

/** Reverts to a snapshot taken with `snapshot()`. */
export async function revertTo(id: string, rpcUrl = currentRpcUrl()): Promise<void> {
  const ok = await rpc<boolean>('evm_revert', [id], rpcUrl);
  if (!ok) throw new Error(`evm_revert ${id} failed (snapshots are single-use)`);
}
