import { formatDate, formatEth, formatPercent, shortAddress, shortHash } from '@/lib/format';
import { STATUS_LABELS } from '@/lib/threats/labels';
import type { EngagementGroup } from './provider-engagements';
import { liveOdds } from './threat-odds';

/**
 * The provider's engagements (signed, or accepted on chain) and the threats each backs, with live odds: a
 * provider's software and people see at once what it has committed to.
 */
export function ProviderEngagements({ groups, now }: { groups: EngagementGroup[]; now: number }) {
  return (
    <section aria-labelledby="engagements-h">
      <h2 id="engagements-h" className="text-lg font-semibold">
        Your engagements ({groups.length})
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Every threat that can pay you was created with an engagement you signed or accepted on chain: the registry
        checked it. Each engagement backs the threats below, and nothing else.
      </p>
      {groups.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600" data-testid="no-engagements">
          No engagement of yours backs a threat yet.
        </p>
      ) : (
        <ul className="mt-3 space-y-3" data-testid="engagements">
          {groups.map((g) => (
            <li
              key={g.engagementId}
              data-testid={`engagement-${g.engagementId}`}
              className="rounded-lg border border-indigo-200 bg-white p-4 text-sm"
            >
              <p className="font-semibold">
                {g.how === 'signed' ? 'Signed' : 'Accepted on chain'} for maker{' '}
                <span className="font-mono text-xs" title={g.maker}>
                  {shortAddress(g.maker)}
                </span>
                , agreement{' '}
                <span className="font-mono text-xs" title={g.agreementHash}>
                  {shortHash(g.agreementHash)}
                </span>
              </p>
              {g.engagement && (
                <p className="mt-1 text-slate-700">
                  From {formatEth(g.engagement.minStake)}, valid until {formatDate(g.engagement.validUntil)},{' '}
                  {g.engagement.uses} threat{g.engagement.uses === 1 ? '' : 's'}.
                </p>
              )}
              <p className="mt-1 break-all font-mono text-xs text-slate-600">{g.engagementId}</p>
              {g.threats.length === 0 ? (
                <p className="mt-2 text-slate-600">It backs no threat yet.</p>
              ) : (
                <ul className="mt-2 space-y-1">
                  {g.threats.map((t) => {
                    const odds = t.status === 'live' ? liveOdds(t, now) : undefined;
                    return (
                      <li key={String(t.id)} data-testid={`engagement-threat-${t.id}`}>
                        <a className="font-semibold underline" href={`/t/${t.chainId}/${t.id}`}>
                          Threat #{String(t.id)}
                        </a>{' '}
                        · {STATUS_LABELS[t.status].label} · {formatEth(t.stake)}
                        {odds &&
                          ` · ${formatPercent(odds.escalationByDeadline)} chance it escalates before the deadline`}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
