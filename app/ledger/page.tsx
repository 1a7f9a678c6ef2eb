import type { Metadata } from 'next';
import Link from 'next/link';
import { getServerClient } from '@/lib/server-client';
import { formatInteger } from '@/lib/format';
import { getLedgerStats, readSource, searchThreats, threatRowToSummary, type LedgerStats } from '@/lib/indexer';
import { listThreats, type ThreatSummary } from '@/lib/threats';
import { chainNow, withinDeadline } from '@/components/desks/load-desks';
import { chainLedgerPage } from '@/components/ledger/chain-ledger';
import { pageChain } from '@/components/ledger/ledger-chain';
import { LedgerFilters } from '@/components/ledger/LedgerFilters';
import { PAGE_SIZE, ledgerSearch, parseLedgerParams } from '@/components/ledger/ledger-params';
import { LedgerStatsView } from '@/components/ledger/LedgerStatsView';
import { LedgerTable } from '@/components/ledger/LedgerTable';
import { ReadSourceBanner } from '@/components/ledger/ReadSourceBanner';

export const metadata: Metadata = { title: 'Ledger' };
export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;

interface Results {
  threats: ThreatSummary[];
  total: number | null;
  /** Search of the next page, null on the last one. */
  next: string | null;
  firstPage: boolean;
  stats: LedgerStats | null;
  error?: string;
}

/**
 * /ledger: every threat and outcome, searchable (status, kind, parties, stake, p, period length, dates, terms),
 * sorted and paged, with statistics for researchers and a CSV / JSON download of any view. All state is in the
 * URL. Read from the indexer; without one, the list is read from the chain (statistics and exports need it).
 */
export default async function LedgerPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const chain = pageChain(params);
  const { form, query, errors } = parseLedgerParams(params);
  if (chain.error) errors.unshift(chain.error);
  const showChain = typeof params.chain === 'string' && !chain.error;
  const withChain = (search: string) => (showChain ? `${search ? `${search}&` : '?'}chain=${chain.chainId}` : search);
  const source = await readSource({ chainId: chain.chainId });
  let results: Results;
  if (!chain.deployment) {
    results = {
      threats: [],
      total: 0,
      next: null,
      firstPage: true,
      stats: null,
      error: `Levetrage is not deployed on network ${chain.chainId}.`,
    };
  } else if (source.kind === 'indexer') {
    try {
      const cursor = form.cursor || null;
      const [page, stats] = await Promise.all([
        searchThreats(source.client, { ...query, limit: PAGE_SIZE, cursor, count: true }),
        getLedgerStats(source.client, { filter: query, groupBy: form.group }),
      ]);
      results = {
        threats: page.items.map((t) => threatRowToSummary(t, chain.chainId)),
        total: page.total ?? null,
        next: page.nextCursor ? ledgerSearch(form, { cursor: page.nextCursor, page: null }) : null,
        firstPage: !cursor,
        stats,
      };
    } catch (e) {
      const message = (e as Error).message;
      results = {
        threats: [],
        total: null,
        next: null,
        firstPage: !form.cursor,
        stats: null,
        error: /cursor/.test(message)
          ? 'This page link is out of date or was cut (its cursor is not one the ledger made). Start again from the first page.'
          : `The indexer could not answer: ${message}`,
      };
    }
  } else {
    try {
      await chainNow(chain.chainId);
      const all = await withinDeadline('the ledger', listThreats(getServerClient(chain.chainId), chain.deployment));
      const n = Number(form.page || '0');
      const pageNo = Number.isInteger(n) && n >= 0 ? n : 0;
      const page = chainLedgerPage(all, query, pageNo, PAGE_SIZE);
      results = {
        threats: page.items,
        total: page.total,
        next: page.hasNext ? ledgerSearch(form, { page: String(pageNo + 1), cursor: null }) : null,
        firstPage: pageNo === 0,
        stats: null,
      };
    } catch (e) {
      results = { threats: [], total: null, next: null, firstPage: true, stats: null, error: (e as Error).message };
    }
  }
  const exportHref = (format: 'csv' | 'json') => {
    const q = new URLSearchParams(ledgerSearch(form, { cursor: null, page: null, group: null }).slice(1));
    q.set('format', format);
    if (showChain) q.set('chain', String(chain.chainId));
    return `/ledger/export?${q.toString()}`;
  };
  // The view's filter, without paging, grouping or order: what /notify follows (the notifier checks it again).
  const filterSearch = ledgerSearch(form, { cursor: null, page: null, group: null, sort: null, order: null });
  const notifyHref = filterSearch.length > 1 ? `/notify?filter=${encodeURIComponent(filterSearch)}` : null;
  return (
    <main className="mx-auto max-w-6xl p-4 sm:p-6">
      <h1 className="text-3xl font-bold">Ledger</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Every threat and its outcome. Search by status, kind, parties, stake, odds, period length, dates or the text of
        the demand; every view is a link you can share, and can be downloaded. Each row links to its public page, which
        proves its state from the chain.
      </p>
      <div className="mt-4">
        <ReadSourceBanner
          source={source}
          fallback="The list below is read from the chain directly; statistics and downloads need the indexer"
        />
      </div>
      <LedgerFilters form={form} chainId={chain.chainId} showChain={showChain} />
      {errors.length > 0 && (
        <div
          role="alert"
          data-testid="ledger-errors"
          className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          <p className="font-semibold">Some filters could not be read and were left out:</p>
          <ul className="list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="results-h" className="mt-6">
        <h2 id="results-h" className="text-xl font-semibold">
          Threats
        </h2>
        {results.error ? (
          <div
            role="alert"
            data-testid="ledger-read-error"
            className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          >
            <p>{results.error}</p>
            <Link href={`/ledger${withChain(ledgerSearch(form, { cursor: null, page: null }))}`} className="underline">
              First page of this view
            </Link>
          </div>
        ) : (
          <>
            <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
              <span data-testid="ledger-total">
                {results.total === null
                  ? ''
                  : `${formatInteger(results.total)} threat${results.total === 1 ? '' : 's'} match.`}
              </span>
              {source.kind === 'indexer' && (results.total ?? 0) > 0 && (
                <span className="flex gap-2">
                  Download all of them:
                  <a href={exportHref('csv')} className="underline" data-testid="export-csv" download>
                    CSV
                  </a>
                  <a href={exportHref('json')} className="underline" data-testid="export-json" download>
                    JSON
                  </a>
                </span>
              )}
              {notifyHref && (
                <Link href={notifyHref} className="underline" data-testid="notify-filter">
                  Notify me of activity on threats matching these filters
                </Link>
              )}
            </div>
            {results.threats.length === 0 ? (
              <p
                className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700"
                data-testid="ledger-empty"
              >
                {results.firstPage
                  ? 'No threat matches these filters, so there is nothing to list or download. Widen the filters or clear them.'
                  : 'No more threats on this page.'}
              </p>
            ) : (
              <div className="mt-3">
                <LedgerTable threats={results.threats} />
              </div>
            )}
            <nav aria-label="Ledger pages" className="mt-3 flex gap-4 text-sm">
              {!results.firstPage && (
                <Link
                  href={`/ledger${withChain(ledgerSearch(form, { cursor: null, page: null }))}`}
                  className="underline"
                >
                  First page
                </Link>
              )}
              {results.next && (
                <Link
                  href={`/ledger${withChain(results.next)}`}
                  className="underline"
                  data-testid="ledger-next"
                  rel="next"
                >
                  Next page
                </Link>
              )}
            </nav>
          </>
        )}
      </section>
      {results.stats && results.stats.overall.total > 0 && (
        <LedgerStatsView
          stats={results.stats}
          hrefFor={(group) => `/ledger${withChain(ledgerSearch(form, { group, cursor: null, page: null }))}`}
        />
      )}
    </main>
  );
}
