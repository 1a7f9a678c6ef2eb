// A scripted fetch for the lib/indexer unit tests: answers by path, records every request URL.
import { createIndexerClient, type IndexerClient } from '../client';

export type Route = (url: URL) => { status?: number; body: unknown } | Promise<{ status?: number; body: unknown }>;

export function fakeIndexer(
  routes: Record<string, Route>,
  options: { timeoutMs?: number } = {},
): { client: IndexerClient; requests: URL[] } {
  const requests: URL[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    requests.push(url);
    const route = Object.entries(routes).find(([path]) =>
      path.endsWith('*') ? url.pathname.startsWith(path.slice(0, -1)) : url.pathname === path,
    );
    if (!route) return new Response(JSON.stringify({ error: `no route ${url.pathname}` }), { status: 404 });
    const signal = init?.signal;
    const answer = await Promise.race([
      Promise.resolve(route[1](url)),
      new Promise<never>((_, reject) =>
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      ),
    ]);
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return {
    client: createIndexerClient({ url: 'http://indexer.test', fetch: fetchImpl, timeoutMs: options.timeoutMs ?? 1000 }),
    requests,
  };
}

/** A route that never answers (until the request is aborted). */
export const hang: Route = () => new Promise(() => {});

/** A wire threat row with every column (bigints as strings), for conversions. */
export function wireThreat(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: String(id),
    kind: 'commitment',
    status: 'live',
    maker: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8',
    provider: null,
    beneficiary: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8',
    resolver: '0x15d34aaf54267db7d7c367839aaf71a00a2c6a65',
    resolverKind: 'account',
    adversary: null,
    makerStake: '1000000000000000000',
    stake: '1000000000000000000',
    backed: '0',
    funders: 0,
    fee: '10000000000000000000',
    engagementId: null,
    agreementHash: null,
    deadline: 2000,
    timeoutAction: 'refund',
    flags: 0,
    isPromise: false,
    terms: `threat ${id}`,
    linkedTo: null,
    beacon: null,
    beaconKind: null,
    period: null,
    pEscalate: null,
    pTerminate: null,
    periodsTotal: null,
    start: 1000,
    settledPeriods: 0,
    pendingFrom: null,
    pendingThrough: null,
    ticket: null,
    lapses: 0,
    drawRequests: 0,
    drawFailures: 0,
    fundingCap: null,
    backersRoot: null,
    gatherUntil: null,
    minPledgers: null,
    minTotal: null,
    activatedAt: null,
    holds: 0,
    holdUntil: null,
    firstClaimAt: null,
    openClaimAt: null,
    decidedAt: null,
    claimsFailed: 0,
    evidenceCount: 0,
    resolverEvidenceCount: 0,
    nextDueAt: 2000,
    nextDueBlock: null,
    endedAt: null,
    endedBlock: null,
    endTx: null,
    endCause: null,
    escalatedAmount: null,
    refundedAmount: null,
    forfeitedAmount: null,
    actedAt: null,
    actedCount: 0,
    createdAt: 1000,
    createdBlock: 5,
    createdTx: `0x${'ab'.repeat(32)}`,
    updatedBlock: 5,
    ...overrides,
  };
}
