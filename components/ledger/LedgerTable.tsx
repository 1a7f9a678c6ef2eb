import Link from 'next/link';
import { AddressLink } from '@/components/AddressLink';
import { StatusPill } from '@/components/threat/StatusPill';
import { formatDate, formatDuration, formatEth, formatPpb } from '@/lib/format';
import { KIND_LABELS, type ThreatSummary } from '@/lib/threats';
import { TableHead } from '@/components/ledger/TableHead';

/** One page of the ledger as a table: every row links to its public page and each party to its track record. */
export function LedgerTable({ threats }: { threats: ThreatSummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="ledger-table">
        <caption className="sr-only">Threats matching the filters</caption>
        <TableHead
          columns={[
            { label: 'Threat' },
            { label: 'Status' },
            { label: 'Kind' },
            { label: 'Stake', right: true },
            { label: 'Odds' },
            { label: 'Maker' },
            { label: 'Provider' },
            { label: 'Oracle' },
            { label: 'Created' },
            { label: 'Terms' },
          ]}
        />
        <tbody>
          {threats.map((t) => (
            <tr
              key={String(t.id)}
              className="border-b border-slate-100 align-top"
              data-testid="ledger-row"
              data-threat-id={String(t.id)}
              data-status={t.status}
            >
              <td className="py-2 pr-2">
                <Link href={`/t/${t.chainId}/${t.id}`} className="font-semibold underline">
                  #{String(t.id)}
                </Link>
              </td>
              <td className="pr-2">
                <StatusPill status={t.status} size="sm" />
              </td>
              <td className="pr-2 text-slate-700">{KIND_LABELS[t.kind].label}</td>
              <td className="pr-2 text-right font-mono">{formatEth(t.stake)}</td>
              <td className="pr-2 text-slate-700">
                {t.odds ? `${formatPpb(t.odds.pEscalate)} / ${formatDuration(t.odds.period, { short: true })}` : '—'}
              </td>
              <td className="pr-2">
                <AddressLink address={t.maker} chainId={t.chainId} />
              </td>
              <td className="pr-2">
                <AddressLink address={t.provider} chainId={t.chainId} />
              </td>
              <td className="pr-2">
                <AddressLink address={t.resolver} chainId={t.chainId} />
              </td>
              <td className="pr-2 text-slate-700">
                {t.created.timestamp ? formatDate(t.created.timestamp) : `block ${t.created.blockNumber}`}
              </td>
              <td className="max-w-xs truncate text-slate-800" title={t.terms}>
                {t.terms}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
