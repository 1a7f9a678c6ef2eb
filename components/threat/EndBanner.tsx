import { formatDate, formatEth, formatUsdOf } from '@/lib/format';
import { Mono, type ThreatSectionProps } from './Section';

const TONE = {
  fulfilled: 'bg-green-50 ring-green-200 text-green-950',
  refunded: 'bg-green-50 ring-green-200 text-green-950',
  escalated: 'bg-red-50 ring-red-200 text-red-950',
  forfeited: 'bg-slate-100 ring-slate-300 text-slate-900',
  cancelled: 'bg-slate-100 ring-slate-300 text-slate-900',
} as const;

/** How the threat ended, prominently, when it has. */
export function EndBanner({ threat, links, price }: ThreatSectionProps) {
  const end = threat.end;
  if (!end) return null;
  const usd = formatUsdOf(end.amount, price);
  const amount = `${formatEth(end.amount)}${usd ? ` (${usd})` : ''}`;
  const text = {
    fulfilled: `The demand was marked fulfilled${end.by ? ' by its resolver' : ''}; ${amount} went back to the maker${threat.funders.length ? ', and every backer can take back their share' : ''}.`,
    refunded: `${end.period ? `The draw of period ${end.period} called it off` : 'The deadline passed with a refund'}; ${amount} went back to the maker.`,
    escalated: `${end.period ? `The draw of period ${end.period} escalated` : 'The deadline passed and the threat escalated'}: ${amount} was ${end.paid ? 'paid' : 'credited'} to the provider, who acts on receipt.`,
    forfeited: `${end.breached ? 'The promise was recorded broken' : 'The deadline passed'}; ${amount} was distributed to NASH holders.`,
    cancelled: `The pool missed its threshold by its gathering date; every pledge can be taken back.`,
  }[end.kind];
  return (
    <div
      role="status"
      data-testid="threat-end"
      data-end={end.kind}
      className={`rounded-xl p-4 ring-1 ${TONE[end.kind]}`}
    >
      <p className="font-semibold">{text}</p>
      <p className="mt-1 text-sm">The deadline no longer applies: nothing more can happen to this threat’s stake.</p>
      <p className="mt-1 text-sm">
        {formatDate(end.timestamp)} · tx <Mono value={end.txHash} href={links.tx(end.txHash)} />
        {end.paid ? '' : ' · the transfer failed, so the amount waits in the registry for the recipient to withdraw'}
      </p>
    </div>
  );
}
