/**
 * Renders an agreement through the render route (app/api/agreements/render) from the browser and hashes the
 * PDF it gets back locally (Web Crypto): the hash is computed from the bytes, never taken from the server's
 * header, so a provider who re-renders an agreement checks it itself.
 */
import type { Hex } from 'viem';
import { sha256Hex } from '../wizard/hash-file';
import { RENDER_PATH } from './link';
import type { FieldProblem } from './types';

export type BrowserRender =
  { ok: true; bytes: Uint8Array; sha256: Hex } | { ok: false; message: string; problems: FieldProblem[] };

/** POSTs `inputs` to the render route; the PDF and its sha-256, or the route's field problems in words. */
export async function renderAgreementInBrowser(
  inputs: unknown,
  opts: { origin?: string; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<BrowserRender> {
  const f = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await f(`${opts.origin ?? ''}${RENDER_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(inputs),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000),
    });
  } catch {
    return {
      ok: false,
      message: 'The agreement could not be rendered: the server did not answer. Try again.',
      problems: [],
    };
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string; problems?: FieldProblem[] } | null;
    return {
      ok: false,
      message: body?.error ?? `The agreement could not be rendered (HTTP ${res.status}).`,
      problems: body?.problems ?? [],
    };
  }
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { ok: true, bytes, sha256: await sha256Hex(bytes) };
}
