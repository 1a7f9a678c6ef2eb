import type { ReactNode } from 'react';
import { ACTION_LABELS, KIND_LABELS, STATUS_LABELS, type ThreatSummary } from '@/lib/threats';
import { formatDate, formatDuration, formatEth, formatPercent, formatRelative, shortHash } from '@/lib/format';
import { StatusPill } from '@/components/threat/StatusPill';
import { AddressLink } from '@/components/AddressLink';
import { liveOdds } from './threat-odds';

/** Props of `<ThreatCard />`. */
export interface ThreatCardProps {
  threat: ThreatSummary;
  /** Chain time of the read (unix seconds). */
  now: number;
  /** Show the current odds (provider desk). */
  showOdds?: boolean;
  /** Actions (client islands) under the card. */
  children?: ReactNode;
}

/** One threat in a desk list: status, demand, stake, parties, deadline and (optionally) the live odds. */
export function ThreatCard({ threat: t, now, showOdds, children }: ThreatCardProps) {
  const status = STATUS_LABELS[t.status];
  const odds = showOdds ? liveOdds(t, now) : undefined;
  return (
    <article data-testid={`threat-${t.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <header className="flex flex-wrap items-center gap-2">
        <a href={`/t/${t.chainId}/${t.id}`} className="font-semibold text-slate-900 underline">
          Threat #{String(t.id)}
        </a>
        <StatusPill status={t.status} size="sm" />
        <span className="text-xs text-slate-600">{KIND_LABELS[t.kind].label}</span>
      </header>
      <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-900">{t.terms || '(no terms text)'}</p>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">Stake: </dt>
          <dd className="inline font-medium">{formatEth(t.stake)}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Deadline: </dt>
          <dd className="inline">
            {formatDate(t.deadline)}
            {t.status === 'live' && <span className="text-slate-600"> ({formatRelative(t.deadline, now)})</span>}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Maker: </dt>
          <dd className="inline text-xs">
            <AddressLink address={t.maker} chainId={t.chainId} />
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Provider: </dt>
          <dd className="inline text-xs">
            <AddressLink address={t.provider} chainId={t.chainId} />
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">At the deadline: </dt>
          <dd className="inline">
            {ACTION_LABELS[t.timeoutAction].label.toLowerCase()} ({ACTION_LABELS[t.timeoutAction].explain})
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Agreement: </dt>
          <dd className="inline font-mono text-xs" title={t.agreementHash}>
            {shortHash(t.agreementHash)}
          </dd>
        </div>
      </dl>
      {odds && (
        <p data-testid={`odds-${t.id}`} className="mt-3 rounded-md bg-sky-50 p-2 text-sm text-sky-950">
          {formatPercent(odds.pEscalate, { maxDecimals: 4 })} chance of escalation per draw, every{' '}
          {formatDuration(odds.period)}
          {odds.pTerminate > 0 && `, ${formatPercent(odds.pTerminate, { maxDecimals: 4 })} of a refund`}.{' '}
          <strong>{formatPercent(odds.escalationByDeadline)}</strong> chance it escalates before the deadline (
          {odds.drawsLeft} draw
          {odds.drawsLeft === 1 ? '' : 's'} left).{' '}
          {odds.drawsDue > 0
            ? `${odds.drawsDue} draw${odds.drawsDue === 1 ? ' is' : 's are'} due now: anyone can settle on the threat page.`
            : `Next draw ${formatRelative(odds.nextDrawAt, now)}.`}
        </p>
      )}
      {t.end && (
        <p className="mt-2 text-xs text-slate-600">
          {status.label} {t.end.timestamp ? formatDate(t.end.timestamp) : ''} · {formatEth(t.end.amount)}
          {!t.end.paid && ' (credited to a withdrawable balance)'} · tx{' '}
          <span className="font-mono">{shortHash(t.end.txHash)}</span>
        </p>
      )}
      {children && <div className="mt-3 border-t border-slate-100 pt-3">{children}</div>}
    </article>
  );
}
