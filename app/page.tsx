import Link from 'next/link';
import { defaultChainId, deployedChains, getChain } from '@/lib/chains';
import { getServerClient } from '@/lib/server-client';
import { getDeployment } from '@/lib/contracts/deployments';
import { formatDate, formatDuration, formatEth, formatInteger, formatPpb } from '@/lib/format';
import { StatusPill } from '@/components/threat/StatusPill';
import { AddressLink } from '@/components/AddressLink';
import { chainNow, withinDeadline } from '@/components/desks/load-desks';
import { ReadSourceBanner } from '@/components/ledger/ReadSourceBanner';
import { readSource, searchThreats, threatRowToSummary, type ReadSource } from '@/lib/indexer';
import { KIND_LABELS, listThreats, type ThreatSummary } from '@/lib/threats';

// Read on every request: the list changes with every block.
export const dynamic = 'force-dynamic';

const NAV = [
  { href: '/create', label: 'Create a threat', explain: 'Stake ETH behind a demand (wallet).' },
  { href: '/calculator', label: 'Calculator', explain: 'Bargaining math: what a threat is worth.' },
  { href: '/provider', label: 'Provider desk', explain: 'Law and PR firms: authentic escalations.' },
  { href: '/oracle', label: 'Oracle desk', explain: 'Terminators: mark demands fulfilled.' },
  { href: '/me', label: 'My threats', explain: 'What you made, your NASH and dividends.' },
  { href: '/ledger', label: 'Ledger', explain: 'Search every threat and outcome; statistics; download.' },
  { href: '/directory', label: 'Directory', explain: 'Providers and oracles ranked by their track record.' },
] as const;

/** Threats per page of the home list. */
const PAGE_SIZE = 20;

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** Where the next and previous pages are: a keyset cursor (indexer) or a page number (chain fallback). */
interface Paging {
  total: number | null;
  next: string | null;
  /** 0-based page number in the chain fallback (null with the indexer: its cursors only go forward). */
  page: number | null;
  firstPage: boolean;
}

type ChainThreats =
  | { chainId: number; name: string; ok: true; threats: ThreatSummary[]; source: ReadSource; paging: Paging }
  | { chainId: number; name: string; ok: false; message: string; source: ReadSource | null };

function chainMessage(chainId: number, e: unknown): string {
  const chain = getChain(chainId);
  const rpc = chain?.rpcUrls.default.http[0];
  if ((e as Error).name === 'ChainUnreachableError') return (e as Error).message;
  const detail = (e as { shortMessage?: string; message?: string }).shortMessage ?? (e as Error).message ?? String(e);
  return chainId === 31337
    ? `The local chain is not reachable at ${rpc}. Start it with \`npm run dev\` (it starts anvil, deploys and seeds the demo).`
    : `Could not read ${chain?.name ?? chainId} at ${rpc}: ${detail.split('\n')[0]}`;
}

/**
 * One page of the threats of one deployed chain, newest first: from the indexer when it is up (a keyset page),
 * else from the chain (the fallback: every log read, one page rendered). A chain that is down gives a message.
 */
async function loadChain(chainId: number, params: Params, selected: boolean): Promise<ChainThreats | null> {
  const chain = getChain(chainId);
  const deployment = getDeployment(chainId);
  if (!chain || !deployment) return null;
  const source = await readSource({ chainId });
  try {
    if (source.kind === 'indexer') {
      const cursor = selected ? (first(params.cursor) ?? null) : null;
      const page = await searchThreats(source.client, {
        sort: 'id',
        order: 'desc',
        limit: PAGE_SIZE,
        cursor,
        count: true,
      });
      return {
        chainId,
        name: chain.name,
        ok: true,
        source,
        threats: page.items.map((t) => threatRowToSummary(t, chainId)),
        paging: { total: page.total ?? null, next: page.nextCursor, page: null, firstPage: !cursor },
      };
    }
    await chainNow(chainId);
    const all = await withinDeadline('the threats', listThreats(getServerClient(chainId), deployment));
    const n = Number(selected ? (first(params.page) ?? '0') : '0');
    const page = Number.isInteger(n) && n >= 0 ? n : 0;
    const sorted = [...all].sort((a, b) => Number(b.id - a.id));
    const slice = sorted.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    return {
      chainId,
      name: chain.name,
      ok: true,
      source,
      threats: slice,
      paging: {
        total: all.length,
        next: (page + 1) * PAGE_SIZE < all.length ? String(page + 1) : null,
        page,
        firstPage: page === 0,
      },
    };
  } catch (e) {
    return { chainId, name: chain.name, ok: false, message: chainMessage(chainId, e), source };
  }
}

function pageHref(chainId: number, key: 'cursor' | 'page', value: string | null): string {
  const q = new URLSearchParams();
  if (chainId !== defaultChainId()) q.set('chain', String(chainId));
  if (value !== null) q.set(key, value);
  const s = q.toString();
  return s ? `/?${s}#threats-${chainId}` : `/#threats-${chainId}`;
}

function Pager({ c }: { c: Extract<ChainThreats, { ok: true }> }) {
  const { paging } = c;
  const key = c.source.kind === 'indexer' ? 'cursor' : 'page';
  const prev = paging.page !== null && paging.page > 0 ? String(paging.page - 1) : null;
  return (
    <nav aria-label={`Pages of the threats on ${c.name}`} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {paging.total !== null && (
        <span className="text-slate-600" data-testid="threat-total">
          {formatInteger(paging.total)} threat{paging.total === 1 ? '' : 's'} in all
          {paging.page !== null
            ? ` · page ${paging.page + 1} of ${Math.max(1, Math.ceil(paging.total / PAGE_SIZE))}`
            : ''}
        </span>
      )}
      {!paging.firstPage && (
        <Link href={pageHref(c.chainId, key, null)} className="underline">
          Newest
        </Link>
      )}
      {prev !== null && paging.page! > 1 && (
        <Link href={pageHref(c.chainId, 'page', prev)} className="underline">
          Previous page
        </Link>
      )}
      {paging.next !== null && (
        <Link href={pageHref(c.chainId, key, paging.next)} className="underline" data-testid="next-page" rel="next">
          Older threats
        </Link>
      )}
      <Link href="/ledger" className="ml-auto underline">
        Search every threat in the ledger
      </Link>
    </nav>
  );
}

function excerpt(text: string, max = 180): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function ThreatRow({ t }: { t: ThreatSummary }) {
  return (
    <li
      data-testid="threat-row"
      data-threat-id={t.id.toString()}
      data-status={t.status}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Link
          href={`/t/${t.chainId}/${t.id}`}
          className="font-semibold text-slate-900 underline-offset-2 hover:underline"
        >
          Threat #{t.id.toString()}
        </Link>
        <StatusPill status={t.status} size="sm" />
        <span className="text-slate-600">{KIND_LABELS[t.kind].label}</span>
        <span className="ml-auto font-mono text-slate-900">{formatEth(t.stake)}</span>
      </div>
      <p className="mt-2 text-sm text-slate-700">{excerpt(t.terms)}</p>
      <p className="mt-1 text-xs text-slate-500">
        Maker <AddressLink address={t.maker} chainId={t.chainId} /> · deadline {formatDate(t.deadline)}
        {t.odds
          ? ` · ${formatPpb(t.odds.pEscalate)} escalation chance every ${formatDuration(t.odds.period)} · ${t.settledPeriods} draw${t.settledPeriods === 1 ? '' : 's'} settled`
          : ''}
      </p>
    </li>
  );
}

/**
 * Home: what Levetrage is, where to go, and the newest threats on each deployed chain, a page at a time (from the
 * indexer, or read from the chain when there is none).
 */
export default async function Home({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const selectedChain = Number(first(params.chain) ?? defaultChainId());
  const chains = (
    await Promise.all(deployedChains().map((c) => loadChain(c.id, params, c.id === selectedChain)))
  ).filter((c): c is ChainThreats => c !== null);
  return (
    <main className="mx-auto max-w-3xl p-4 sm:p-6">
      <h1 className="text-3xl font-bold">Levetrage</h1>
      <p className="mt-2 text-slate-700">
        Credible threats on Ethereum. Stake ETH behind a demand: unless an oracle marks it fulfilled, the stake is
        irrevocably paid to a law or PR firm that acts on receipt — for sure (a commitment) or with probability p each
        period, by a verifiable draw (a probabilistic threat).
      </p>
      <p className="mt-4 flex flex-wrap items-center gap-3">
        <Link
          href="/create"
          prefetch={false} // the wizard's code loads on the click, not with the home page (first-load budget)
          data-testid="home-cta"
          className="rounded-md bg-indigo-700 px-5 py-2.5 text-lg font-semibold text-white shadow-sm hover:bg-indigo-800"
        >
          Create a threat
        </Link>
        <span className="text-sm text-slate-600">Step by step, with the math shown; a wallet only at the end.</span>
      </p>

      <nav aria-label="Main" className="mt-6 grid gap-3 sm:grid-cols-2">
        {NAV.map((n) => (
          <Link
            key={n.href}
            href={n.href}
            prefetch={false}
            className="rounded-lg border border-slate-200 bg-white p-3 hover:border-slate-400"
          >
            <span className="font-medium text-slate-900">{n.label}</span>
            <span className="block text-sm text-slate-600">{n.explain}</span>
          </Link>
        ))}
      </nav>

      {chains.length === 0 && (
        <p role="status" className="mt-8 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
          No deployment is recorded for any configured chain. Run <code>npm run dev</code> for a local chain.
        </p>
      )}

      {chains.map((c) => (
        <section key={c.chainId} aria-labelledby={`threats-${c.chainId}`} className="mt-8">
          <h2 id={`threats-${c.chainId}`} className="text-xl font-semibold">
            Threats on {c.name}
          </h2>
          {c.source && <ReadSourceBanner source={c.source} fallback="The list below is read from the chain directly" />}
          {!c.ok ? (
            <p
              role="alert"
              data-testid="chain-error"
              className="mt-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
            >
              {c.message}
            </p>
          ) : c.threats.length === 0 ? (
            <p className="mt-3 text-slate-600">
              No threats yet.{' '}
              <Link href="/create" prefetch={false} className="underline">
                Create the first one
              </Link>
              .
            </p>
          ) : (
            <>
              <ul className="mt-3 space-y-3" data-testid="threat-list">
                {c.threats.map((t) => (
                  <ThreatRow key={t.id.toString()} t={t} />
                ))}
              </ul>
              <Pager c={c} />
            </>
          )}
        </section>
      ))}
    </main>
  );
}
