import Link from 'next/link';
import { formatDuration, formatEth, formatInteger, formatPercent } from '@/lib/format';
import type { Distribution, LedgerStats, StatsGroup } from '@/lib/indexer';
import { RateChart } from './RateChart';
import { TableHead } from '@/components/ledger/TableHead';

/** The groupings offered on the page (the four the issue asks for; the API has two more). */
export const STATS_TABS: { group: StatsGroup; label: string }[] = [
  { group: 'kind', label: 'kind' },
  { group: 'p', label: 'p per period' },
  { group: 'stake', label: 'stake' },
  { group: 'period', label: 'period length' },
];

const rate = (v: number | null) => (v === null ? '—' : formatPercent(v, { maxDecimals: 1 }));
const dist = (d: Distribution, fmt: (n: number) => string) =>
  d.n === 0 || d.median === null ? '—' : `${fmt(d.median)} (p90 ${d.p90 === null ? '—' : fmt(d.p90)}, n=${d.n})`;
const duration = (s: number) => formatDuration(s, { short: true });
const count = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/**
 * Statistics for researchers over the filtered view: outcome rates per bucket (a server-rendered SVG plot), time
 * to comply and draws before compliance (median and 90th percentile).
 */
export function LedgerStatsView({ stats, hrefFor }: { stats: LedgerStats; hrefFor: (group: StatsGroup) => string }) {
  const dimension = STATS_TABS.find((t) => t.group === stats.groupBy)?.label ?? stats.groupBy;
  const rows = [...stats.rows, stats.overall];
  return (
    <section aria-labelledby="stats-h" className="mt-8" data-testid="ledger-stats">
      <h2 id="stats-h" className="text-xl font-semibold">
        Statistics of this view
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Rates are shares of the threats that ended ({formatInteger(stats.overall.ended)} of{' '}
        {formatInteger(stats.overall.total)} here). Time to comply runs from the start (creation, or a pool’s
        activation) to the fulfilment.
      </p>
      <nav aria-label="Group the statistics by" className="mt-3 flex flex-wrap gap-2 text-sm">
        {STATS_TABS.map((t) => (
          <Link
            key={t.group}
            href={hrefFor(t.group)}
            aria-current={t.group === stats.groupBy ? 'true' : undefined}
            className={`rounded-full border px-3 py-0.5 ${t.group === stats.groupBy ? 'border-slate-900 bg-slate-900 text-white' : 'border-slate-300 text-slate-800 hover:border-slate-500'}`}
          >
            By {t.label}
          </Link>
        ))}
      </nav>
      <div className="mt-3 max-w-xl">
        <RateChart rows={stats.rows} dimension={dimension} />
      </div>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full min-w-[48rem] text-left text-sm" data-testid="stats-table">
          <caption className="sr-only">
            Outcome rates, time to comply and draws before compliance by {dimension}
          </caption>
          <TableHead
            columns={[
              { label: dimension },
              { label: 'Threats', right: true },
              { label: 'Ended', right: true },
              { label: 'Fulfilled', right: true },
              { label: 'Escalated', right: true },
              { label: 'Refunded', right: true },
              { label: 'Forfeited', right: true },
              { label: 'Time to comply' },
              { label: 'Draws before compliance' },
              { label: 'Stake', right: true },
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.group}-${r.bucket}`}
                className={`border-b border-slate-100 ${r.group === 'all' ? 'font-semibold' : ''}`}
                data-bucket={r.bucket}
              >
                <th scope="row" className="py-1.5 pr-2 font-medium">
                  {r.label}
                </th>
                <td className="pr-2 text-right">{formatInteger(r.total)}</td>
                <td className="pr-2 text-right">{formatInteger(r.ended)}</td>
                <td className="pr-2 text-right">{rate(r.fulfilmentRate)}</td>
                <td className="pr-2 text-right">{rate(r.escalationRate)}</td>
                <td className="pr-2 text-right">{rate(r.refundRate)}</td>
                <td className="pr-2 text-right">{rate(r.forfeitRate)}</td>
                <td className="pr-2">{dist(r.timeToComply, duration)}</td>
                <td className="pr-2">{dist(r.drawsBeforeCompliance, count)}</td>
                <td className="text-right font-mono">{formatEth(r.stake)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
