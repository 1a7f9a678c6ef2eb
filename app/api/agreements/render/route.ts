import { MAX_INPUTS_BYTES, decodeInputs, parseInputsJson, type ParseResult } from '@/lib/agreements/inputs';
import { renderAgreement } from '@/lib/agreements/pdf/render';
import type { FieldProblem } from '@/lib/agreements/types';

/**
 * Renders an agreement's canonical inputs to its PDF (white paper section 10.2). Stateless: nothing is stored,
 * the answer depends on the inputs only, and the bytes are the same as `scripts/render-agreement.ts` gives.
 *
 * - POST, body = the inputs JSON → 200 application/pdf, `x-agreement-sha256` = the agreement hash.
 * - GET `?inputs=<base64url of the JSON>` (`&download=1` for an attachment) → the same, for a download link.
 * - Bad input → 400 `{ error, problems: [{ path, message }] }` with a message per field; never a 500.
 */
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Largest request body read (the canonical inputs are at most MAX_INPUTS_BYTES; typed JSON may be padded). */
const MAX_BODY_BYTES = 4 * MAX_INPUTS_BYTES;

function problemsResponse(status: number, error: string, problems: FieldProblem[]): Response {
  return Response.json({ error, problems }, { status, headers: { 'cache-control': 'no-store' } });
}

async function pdfResponse(parsed: ParseResult, opts: { download: boolean; cache: string }): Promise<Response> {
  if (!parsed.ok) return problemsResponse(400, 'The agreement inputs are not valid.', parsed.problems);
  const r = await renderAgreement(parsed.inputs);
  const name = `levetrage-${r.inputs.template}-${r.sha256.slice(2, 10)}.pdf`;
  return new Response(r.bytes as BodyInit, {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(r.bytes.byteLength),
      'content-disposition': `${opts.download ? 'attachment' : 'inline'}; filename="${name}"`,
      'x-agreement-sha256': r.sha256,
      'x-agreement-inputs-sha256': r.inputsSha256,
      'x-content-type-options': 'nosniff',
      'cache-control': opts.cache,
    },
  });
}

/** Reads a request body up to `limit` bytes; null when it is longer. */
async function readBody(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    return '\u0000not utf-8';
  }
}

export async function POST(request: Request): Promise<Response> {
  const body = await readBody(request, MAX_BODY_BYTES);
  if (body === null)
    return problemsResponse(413, 'The request is too large.', [
      { path: '', message: `Send at most ${MAX_BODY_BYTES} bytes of inputs JSON.` },
    ]);
  if (body === '\u0000not utf-8')
    return problemsResponse(400, 'The agreement inputs are not valid.', [
      { path: '', message: 'The body is not UTF-8 text.' },
    ]);
  if (body.trim() === '')
    return problemsResponse(400, 'The agreement inputs are not valid.', [
      { path: '', message: 'Send the agreement inputs as the JSON body.' },
    ]);
  // Rendered bytes depend on the inputs only, but a POST answer is not shared: it may hold confidential clauses.
  return pdfResponse(parseInputsJson(body), { download: false, cache: 'no-store' });
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const encoded = url.searchParams.get('inputs');
  if (!encoded)
    return problemsResponse(400, 'The agreement inputs are not valid.', [
      { path: 'inputs', message: 'Add ?inputs=<the base64url of the agreement inputs JSON>, or POST the JSON.' },
    ]);
  const download = url.searchParams.get('download') === '1';
  // Same URL, same bytes: the browser may keep it, shared caches may not (the inputs may hold confidential clauses).
  return pdfResponse(decodeInputs(encoded), { download, cache: 'private, max-age=86400' });
}
