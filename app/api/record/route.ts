import { getAddress, isAddress } from 'viem';
import { getTrackRecord, readSource } from '@/lib/indexer';
import { recordLine, type PickedRole, type RecordAnswer } from '@/lib/indexer/record-line';
import { pageChain } from '@/components/ledger/ledger-chain';

export const dynamic = 'force-dynamic';

const json = (status: number, body: RecordAnswer) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * GET /api/record?address=0x…&role=provider|oracle[&chain=ID]: the address's track record in that role as one
 * sentence (lib/indexer/record-line.ts), for the wizard to show where the maker picks the provider and the oracles.
 * Read from the indexer; without one, a 503 saying so (the full page /a/0x… rebuilds the record from the chain).
 */
export async function GET(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams;
  const raw = (search.get('address') ?? '').trim();
  const role = search.get('role') as PickedRole | null;
  if (role !== 'provider' && role !== 'oracle')
    return json(400, { ok: false, message: 'Say which role: role=provider or role=oracle.' });
  if (!isAddress(raw, { strict: false }))
    return json(400, { ok: false, message: `“${raw.slice(0, 60)}” is not an address.` });
  const address = getAddress(raw);
  const href = `/a/${address}`;
  const { chainId } = pageChain(Object.fromEntries(search));
  const source = await readSource({ chainId });
  if (source.kind !== 'indexer')
    return json(503, {
      ok: false,
      message: `No track record here: the indexer is not available (${source.reason}). The full page rebuilds it from the chain.`,
      href,
    });
  try {
    const record = await getTrackRecord(source.client, { address });
    return json(200, { ok: true, line: recordLine(record, role), href });
  } catch (e) {
    return json(503, { ok: false, message: `The indexer could not answer: ${(e as Error).message}`, href });
  }
}
