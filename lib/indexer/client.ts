/**
 * The indexer's HTTP client: a base URL, a timeout and a fetch. Every helper in lib/indexer takes it as its
 * first argument (`(client, params)`), so the app, the keeper and tests can point them anywhere.
 */

export interface IndexerClient {
  /** Base URL of the indexer's HTTP server, e.g. http://127.0.0.1:42069 (no trailing slash). */
  url: string;
  /** Abort a request after this many milliseconds (default 10,000). */
  timeoutMs: number;
  fetch: typeof fetch;
}

/** Why an indexer request failed. */
export type IndexerErrorKind = 'timeout' | 'network' | 'http' | 'bad-response';

export class IndexerError extends Error {
  readonly kind: IndexerErrorKind;
  readonly status?: number;
  constructor(kind: IndexerErrorKind, message: string, status?: number) {
    super(message);
    this.name = 'IndexerError';
    this.kind = kind;
    this.status = status;
  }
}

/** A client for the indexer at `url`. */
export function createIndexerClient(options: { url: string; timeoutMs?: number; fetch?: typeof fetch }): IndexerClient {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new TypeError(`indexer url is not a URL: "${options.url}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`indexer url must be http(s): "${options.url}"`);
  return {
    url: options.url.replace(/\/+$/, ''),
    timeoutMs: options.timeoutMs ?? 10_000,
    fetch: options.fetch ?? ((...args) => fetch(...args)),
  };
}

/**
 * The indexer URL the app is configured with: NEXT_PUBLIC_INDEXER_URL (browser and server) or INDEXER_URL
 * (server only). Null when none is set: the app then reads the chain directly and says so.
 */
export function indexerUrlFromEnv(env: Record<string, string | undefined> = process.env): string | null {
  const url = env.NEXT_PUBLIC_INDEXER_URL || env.INDEXER_URL;
  return url ? url : null;
}

/** The full URL of `path` with `params`. */
export function indexerUrl(client: IndexerClient, path: string, params?: URLSearchParams): string {
  const query = params && [...params.keys()].length ? `?${params.toString()}` : '';
  return `${client.url}${path}${query}`;
}

/**
 * GETs `path` and returns its JSON body. Throws IndexerError: 'timeout' after client.timeoutMs (or
 * `timeoutMs`), 'network' when nothing answers, 'http' on a non-2xx answer (with the server's message),
 * 'bad-response' when the body is not JSON.
 */
export async function indexerGet<T>(
  client: IndexerClient,
  path: string,
  params?: URLSearchParams,
  options: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? client.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const url = indexerUrl(client, path, params);
  try {
    let res: Response;
    try {
      res = await client.fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch (e) {
      if (controller.signal.aborted)
        throw new IndexerError('timeout', `indexer did not answer ${path} within ${timeoutMs} ms`);
      throw new IndexerError('network', `indexer unreachable at ${client.url}: ${(e as Error).message}`);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (controller.signal.aborted)
        throw new IndexerError('timeout', `indexer did not finish ${path} within ${timeoutMs} ms`);
      throw new IndexerError('network', `indexer dropped ${path}: ${(e as Error).message}`);
    }
    if (!res.ok) {
      let message = text.slice(0, 500);
      try {
        const body = JSON.parse(text) as { error?: string };
        if (body.error) message = body.error;
      } catch {
        /* not JSON */
      }
      throw new IndexerError('http', `indexer ${path} answered ${res.status}: ${message}`, res.status);
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new IndexerError('bad-response', `indexer ${path} did not answer JSON`);
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
