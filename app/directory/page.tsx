import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDuration, formatInteger, formatPercent } from '@/lib/format';
import {
  DIRECTORY_ROLES,
  DIRECTORY_SORTS,
  getDirectory,
  readSource,
  type DirectoryEntry,
  type DirectoryRole,
  type DirectorySort,
  type Page,
} from '@/lib/indexer';
import { AddressLink } from '@/components/AddressLink';
import { pageChain } from '@/components/ledger/ledger-chain';
import { ReadSourceBanner } from '@/components/ledger/ReadSourceBanner';
import { TableHead } from '@/components/ledger/TableHead';

export const metadata: Metadata = { title: 'Directory of providers and oracles' };
export const dynamic = 'force-dynamic';

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? '';

const SORT_LABELS: Record<DirectoryRole, Record<string, string>> = {
  provider: {
    escalations: 'most escalations received',
    'acted-rate': 'most often acted on',
    speed: 'fastest to act',
    threats: 'most threats',
  },
  oracle: {
    threats: 'most threats judged',
    fulfilments: 'most fulfilments',
    speed: 'fastest from claim to decision',
    silent: 'fewest silent timeouts',
  },
};
const COLUMNS: Record<
  DirectoryRole,
  { decided: string; positive: string; rate: string; time: string; negative: string }
> = {
  provider: {
    decided: 'Escalations',
    positive: 'Acted on',
    rate: 'Acted rate',
    time: 'Mean time to act',
    negative: 'Never acted on',
  },
  oracle: {
    decided: 'Ended',
    positive: 'Fulfilments',
    rate: 'Fulfilment rate',
    time: 'Mean claim to decision',
    negative: 'Silent timeouts',
  },
};

/**
 * /directory: providers and oracles ranked by their record, so a new maker can find the ones that fit (?role=
 * provider|oracle, ?sort=…). Each links to its track record. Needs the indexer (rankings over every address).
 */
export default async function DirectoryPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const chain = pageChain(params);
  const roleText = one(params.role) || 'provider';
  const role: DirectoryRole = (DIRECTORY_ROLES as readonly string[]).includes(roleText)
    ? (roleText as DirectoryRole)
    : 'provider';
  const sorts = DIRECTORY_SORTS[role] as readonly string[];
  const sortText = one(params.sort) || sorts[0];
  const sort = (sorts.includes(sortText) ? sortText : sorts[0]) as DirectorySort;
  const problems = [
    ...(chain.error ? [chain.error] : []),
    ...(role !== roleText ? [`“${roleText.slice(0, 20)}” is not a role of the directory (provider or oracle).`] : []),
    ...(sort !== sortText ? [`“${sortText.slice(0, 20)}” is not a ranking for ${role}s.`] : []),
  ];
  const cursor = one(params.cursor) || null;
  const source = await readSource({ chainId: chain.chainId });
  let page: Page<DirectoryEntry> | null = null;
  let error: string | null = null;
  if (source.kind === 'indexer') {
    try {
      page = await getDirectory(source.client, { role, sort, limit: 50, cursor });
    } catch (e) {
      error = `The indexer could not answer: ${(e as Error).message}`;
    }
  }
  const href = (q: Record<string, string>) => `/directory?${new URLSearchParams({ role, ...q }).toString()}`;
  const col = COLUMNS[role];
  return (
    <main className="mx-auto max-w-5xl p-4 sm:p-6">
      <h1 className="text-2xl font-bold">Directory</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Providers (law firms, PR firms and others who act on escalations) and oracles (who decide whether a demand was
        met), ranked by what they did. Open one to see its whole track record.
      </p>
      <div className="mt-4">
        <ReadSourceBanner
          source={source}
          fallback="Rankings need the indexer; each address's track record page still works from the chain"
        />
      </div>
      {problems.length > 0 && (
        <p role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {problems.join(' ')}
        </p>
      )}
      <nav aria-label="Role" className="flex gap-2 text-sm">
        {DIRECTORY_ROLES.map((r) => (
          <Link
            key={r}
            href={`/directory?role=${r}`}
            aria-current={r === role ? 'page' : undefined}
            className={`rounded-full border px-3 py-0.5 ${r === role ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 text-slate-800'}`}
          >
            {r === 'provider' ? 'Providers' : 'Oracles'}
          </Link>
        ))}
      </nav>
      <nav aria-label="Ranking" className="mt-2 flex flex-wrap gap-3 text-sm">
        <span className="text-slate-600">Rank by:</span>
        {sorts.map((s) => (
          <Link
            key={s}
            href={href({ sort: s })}
            aria-current={s === sort ? 'true' : undefined}
            className={s === sort ? 'font-semibold' : 'underline'}
          >
            {SORT_LABELS[role][s]}
          </Link>
        ))}
      </nav>
      {error && (
        <p role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      {page && page.items.length === 0 && (
        <p
          className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700"
          data-testid="directory-empty"
        >
          No {role} has a record yet.
        </p>
      )}
      {page && page.items.length > 0 && (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm" data-testid="directory-table">
            <caption className="sr-only">
              {role === 'provider' ? 'Providers' : 'Oracles'} ranked by {SORT_LABELS[role][sort]}
            </caption>
            <TableHead
              columns={[
                { label: 'Rank' },
                { label: 'Address' },
                { label: 'Threats', right: true },
                { label: col.decided, right: true },
                { label: col.positive, right: true },
                { label: col.rate, right: true },
                { label: col.time },
                { label: col.negative, right: true },
              ]}
            />
            <tbody>
              {page.items.map((e) => (
                <tr
                  key={e.address}
                  className="border-b border-slate-100"
                  data-testid="directory-row"
                  data-address={e.address}
                >
                  <td className="py-1.5 pr-2">{e.rank}</td>
                  <td className="pr-2">
                    <AddressLink address={e.address} chainId={chain.chainId} />
                    {e.resolverKind && e.resolverKind !== 'account' && (
                      <span className="ml-1 text-xs text-slate-600">({e.resolverKind})</span>
                    )}
                  </td>
                  <td className="pr-2 text-right">{formatInteger(e.threats)}</td>
                  <td className="pr-2 text-right">{formatInteger(e.decided)}</td>
                  <td className="pr-2 text-right">{formatInteger(e.positive)}</td>
                  <td className="pr-2 text-right">
                    {e.rate === null ? '—' : formatPercent(e.rate, { maxDecimals: 1 })}
                  </td>
                  <td className="pr-2">{e.meanSeconds === null ? '—' : formatDuration(e.meanSeconds)}</td>
                  <td className="text-right">{formatInteger(e.negative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.nextCursor && (
            <Link href={href({ sort, cursor: page.nextCursor })} className="mt-2 inline-block text-sm underline">
              More
            </Link>
          )}
        </div>
      )}
    </main>
  );
}
