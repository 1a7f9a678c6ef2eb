// A JSON-RPC proxy that behaves like a public RPC provider with a block-range limit: it refuses eth_getLogs over
// more than `maxRange` blocks (the error text of common providers, which Ponder and the app both recognize),
// and forwards everything else to `upstream`. Counts what passes through.
import { createServer, type Server } from 'node:http';

export interface RpcProxy {
  url: string;
  counts: { requests: number; getLogs: number; refused: number };
  close: () => Promise<void>;
}

export async function startRpcProxy(opts: { upstream: string; port: number; maxRange: number }): Promise<RpcProxy> {
  const counts = { requests: 0, getLogs: 0, refused: 0 };
  let head: { at: number; value: bigint } = { at: 0, value: 0n };
  const blockNumber = async () => {
    if (Date.now() - head.at < 500) return head.value;
    const r = await fetch(opts.upstream, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_blockNumber', params: [] }),
    });
    head = { at: Date.now(), value: BigInt(((await r.json()) as { result: string }).result) };
    return head.value;
  };
  const toNumber = async (tag: unknown) =>
    typeof tag === 'string' && tag.startsWith('0x') ? BigInt(tag) : tag === 'earliest' ? 0n : blockNumber();
  type Req = { id: unknown; method: string; params?: unknown[] };
  const refuse = async (req: Req) => {
    if (req.method !== 'eth_getLogs') return null;
    counts.getLogs++;
    const filter = (req.params?.[0] ?? {}) as { fromBlock?: string; toBlock?: string; blockHash?: string };
    if (filter.blockHash) return null;
    const from = await toNumber(filter.fromBlock ?? 'latest');
    const to = await toNumber(filter.toBlock ?? 'latest');
    if (to - from + 1n <= BigInt(opts.maxRange)) return null;
    counts.refused++;
    return {
      jsonrpc: '2.0',
      id: req.id,
      error: { code: -32600, message: `query exceeds max block range ${opts.maxRange}` },
    };
  };
  const server: Server = createServer((inReq, res) => {
    const chunks: Buffer[] = [];
    inReq.on('data', (c) => chunks.push(c));
    inReq.on('end', async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Req | Req[];
        const list = Array.isArray(body) ? body : [body];
        counts.requests += list.length;
        const answers = await Promise.all(list.map(refuse));
        const forward = list.filter((_, i) => answers[i] === null);
        let forwarded: { id: unknown }[] = [];
        if (forward.length) {
          const r = await fetch(opts.upstream, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(Array.isArray(body) ? forward : forward[0]),
          });
          const j = await r.json();
          forwarded = Array.isArray(j) ? j : [j];
        }
        const byId = new Map(forwarded.map((f) => [JSON.stringify(f.id), f]));
        const out = list.map((req, i) => answers[i] ?? byId.get(JSON.stringify(req.id)));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(Array.isArray(body) ? out : out[0]));
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: (e as Error).message } }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(opts.port, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${opts.port}`, counts, close: () => new Promise((r) => server.close(() => r())) };
}
