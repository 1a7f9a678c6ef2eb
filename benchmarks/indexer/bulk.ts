// Bulk transactions on anvil for the benchmark seed: every account is auto-impersonated (no signing), automine
// is off while a batch is queued, then blocks are mined until the pool is empty and the receipts are read.
import { decodeEventLog, encodeFunctionData, type Address, type Hex, type Log } from 'viem';
import { levetrageAbi } from '../../indexer/abis.generated';

export async function rpc<T = unknown>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/**
 * Mines `n` blocks `interval` seconds apart, in chunks: one `anvil_mine` of thousands of blocks can take longer than
 * fetch's 5-minute headers timeout on a loaded machine (anvil's cost per block grows with the chain).
 */
export async function mineBlocks(
  url: string,
  n: bigint | number,
  interval: bigint | number = 1,
  chunk = 250,
): Promise<void> {
  let left = BigInt(n);
  while (left > 0n) {
    const k = left < BigInt(chunk) ? left : BigInt(chunk);
    await rpc(url, 'anvil_mine', [`0x${k.toString(16)}`, `0x${BigInt(interval).toString(16)}`]);
    left -= k;
  }
}

/** One JSON-RPC batch; throws on the first error. */
export async function rpcBatch<T = unknown>(url: string, calls: { method: string; params: unknown[] }[]): Promise<T[]> {
  if (calls.length === 0) return [];
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(calls.map((c, i) => ({ jsonrpc: '2.0', id: i, method: c.method, params: c.params }))),
  });
  const body = (await res.json()) as { id: number; result?: T; error?: { message: string } }[];
  const out: T[] = new Array(calls.length);
  for (const r of body) {
    if (r.error) throw new Error(`${calls[r.id]!.method}: ${r.error.message}`);
    out[r.id] = r.result as T;
  }
  return out;
}

export interface Tx {
  from: Address;
  to: Address;
  data: Hex;
  value?: bigint;
  gas?: bigint;
  /** Anything the caller wants back with the receipt. */
  tag?: unknown;
}

export interface Receipt {
  tx: Tx;
  hash: Hex;
  status: 'success' | 'reverted';
  blockNumber: bigint;
  logs: Log[];
}

const hex = (n: bigint | number) => `0x${BigInt(n).toString(16)}`;

export class Bulk {
  private queue: Tx[] = [];
  readonly nonces = new Map<string, bigint>();
  failures = 0;
  sent = 0;
  constructor(readonly url: string) {}

  static async open(url: string): Promise<Bulk> {
    await rpc(url, 'anvil_autoImpersonateAccount', [true]);
    // Mainnet's block gas limit: about 150 creates per block, so blocks look like a busy real chain's.
    await rpc(url, 'evm_setBlockGasLimit', [hex(30_000_000n)]);
    return new Bulk(url);
  }

  /** Queues a registry call. */
  call(
    from: Address,
    to: Address,
    functionName: string,
    args: readonly unknown[],
    opts: { value?: bigint; gas?: bigint; tag?: unknown; abi?: readonly unknown[] } = {},
  ) {
    const data = encodeFunctionData({
      abi: (opts.abi ?? levetrageAbi) as typeof levetrageAbi,
      functionName: functionName as 'settle',
      args: args as never,
    });
    this.queue.push({ from, to, data, value: opts.value, gas: opts.gas ?? 700_000n, tag: opts.tag });
  }

  get pending() {
    return this.queue.length;
  }

  private async nonceOf(a: Address): Promise<bigint> {
    const key = a.toLowerCase();
    let n = this.nonces.get(key);
    if (n === undefined) {
      n = BigInt(await rpc<string>(this.url, 'eth_getTransactionCount', [a, 'pending']));
    }
    this.nonces.set(key, n + 1n);
    return n;
  }

  /** Sends everything queued, mines it, returns the receipts in queue order. */
  async flush(): Promise<Receipt[]> {
    const txs = this.queue;
    this.queue = [];
    if (txs.length === 0) return [];
    await rpc(this.url, 'evm_setAutomine', [false]);
    const hashes: Hex[] = [];
    try {
      for (let i = 0; i < txs.length; i += 200) {
        const chunk = txs.slice(i, i + 200);
        const calls = [];
        for (const t of chunk) {
          calls.push({
            method: 'eth_sendTransaction',
            params: [
              {
                from: t.from,
                to: t.to,
                data: t.data,
                value: hex(t.value ?? 0n),
                gas: hex(t.gas ?? 700_000n),
                nonce: hex(await this.nonceOf(t.from)),
              },
            ],
          });
        }
        hashes.push(...(await rpcBatch<Hex>(this.url, calls)));
      }
      // Mine until the pool is empty.
      for (let guard = 0; guard < 1000; guard++) {
        const status = await rpc<{ pending: string }>(this.url, 'txpool_status', []);
        if (BigInt(status.pending) === 0n) break;
        await rpc(this.url, 'evm_mine', []);
      }
    } finally {
      await rpc(this.url, 'evm_setAutomine', [true]);
    }
    const receipts: Receipt[] = [];
    for (let i = 0; i < hashes.length; i += 500) {
      const raw = await rpcBatch<{ status: Hex; blockNumber: Hex; logs: Log[] } | null>(
        this.url,
        hashes.slice(i, i + 500).map((h) => ({ method: 'eth_getTransactionReceipt', params: [h] })),
      );
      raw.forEach((r, j) => {
        const tx = txs[i + j]!;
        if (!r) throw new Error(`no receipt for ${hashes[i + j]}`);
        const status = r.status === '0x1' ? 'success' : 'reverted';
        if (status === 'reverted') this.failures++;
        receipts.push({ tx, hash: hashes[i + j]!, status, blockNumber: BigInt(r.blockNumber), logs: r.logs });
      });
    }
    this.sent += txs.length;
    return receipts;
  }
}

/** The registry events of a receipt, decoded (others skipped). */
export function registryEvents(r: Receipt, registry: Address) {
  const out: { eventName: string; args: Record<string, unknown> }[] = [];
  for (const log of r.logs) {
    if (log.address.toLowerCase() !== registry.toLowerCase()) continue;
    try {
      const e = decodeEventLog({ abi: levetrageAbi, data: log.data, topics: log.topics as [Hex, ...Hex[]] });
      out.push({ eventName: e.eventName, args: e.args as unknown as Record<string, unknown> });
    } catch {
      /* not ours */
    }
  }
  return out;
}
