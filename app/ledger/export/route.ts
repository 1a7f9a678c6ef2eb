import { encodeLedgerQuery, indexerUrl, readSource } from '@/lib/indexer';
import { parseLedgerParams } from '@/components/ledger/ledger-params';
import { pageChain } from '@/components/ledger/ledger-chain';

export const dynamic = 'force-dynamic';

const text = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });

/**
 * GET /ledger/export?format=csv|json&<the ledger's filters>: every threat of a filtered ledger view, streamed from
 * the indexer as it sends it (100k rows never sit in this server's memory). Malformed filters or no indexer: 400 /
 * 503 with a sentence saying why.
 */
export async function GET(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams;
  const params = Object.fromEntries([...search.keys()].map((k) => [k, search.getAll(k)]));
  const format = search.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'json')
    return text(400, `Export format must be csv or json, not “${format.slice(0, 20)}”.`);
  const { errors, query } = parseLedgerParams(params);
  if (errors.length) return text(400, `The filter has mistakes, nothing was exported: ${errors.join(' ')}`);
  const { chainId } = pageChain(params);
  const source = await readSource({ chainId });
  if (source.kind !== 'indexer')
    return text(
      503,
      `Exports need the indexer, and it is not available: ${source.reason}. The ledger page still lists the threats read from the chain.`,
    );
  const q = encodeLedgerQuery(query);
  q.set('format', format);
  let upstream: Response;
  try {
    upstream = await source.client.fetch(indexerUrl(source.client, '/api/export', q), { signal: request.signal });
  } catch (e) {
    return text(503, `The indexer did not answer the export: ${(e as Error).message}.`);
  }
  if (!upstream.ok || !upstream.body) {
    const detail = (await upstream.text().catch(() => '')).slice(0, 300);
    return text(upstream.status === 400 ? 400 : 502, `The indexer refused the export (${upstream.status}): ${detail}`);
  }
  return new Response(upstream.body, {
    status: 200,
    headers: {
      'content-type':
        upstream.headers.get('content-type') ??
        (format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8'),
      'content-disposition': `attachment; filename="levetrage-threats.${format}"`,
      'cache-control': 'no-store',
    },
  });
}
