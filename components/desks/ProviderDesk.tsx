import type { Address } from 'viem';
import { getChain } from '@/lib/chains';
import { getServerClient } from '@/lib/server-client';
import type { Deployment } from '@/lib/contracts/deployments';
import { formatDate, formatEth } from '@/lib/format';
import { BalanceAction } from './BalanceAction';
import { DeskReadError } from './DeskShell';
import { loadProviderDesk, type ProviderDeskData } from './load-desks';
import { ProviderEngagements } from './ProviderEngagements';
import { escalationTrust, groupEngagements, loadProviderEngagements } from './provider-engagements';
import { RecordActedAction } from './RecordActedAction';
import { ThreatCard } from './ThreatCard';

/**
 * The provider desk for `address` (server component): live threats naming it with their odds,
 * authentic escalations (registry `Escalated` events only) and the fallback balance to withdraw.
 */
export async function ProviderDesk({ deployment, address }: { deployment: Deployment; address: Address }) {
  let data: ProviderDeskData;
  let mine: Awaited<ReturnType<typeof loadProviderEngagements>>;
  try {
    [data, mine] = await Promise.all([
      loadProviderDesk(deployment, address),
      loadProviderEngagements(getServerClient(deployment.chainId), deployment, address),
    ]);
  } catch (e) {
    return <DeskReadError error={e} />;
  }
  const explorer = getChain(deployment.chainId)?.blockExplorers?.default.url;
  const live = data.threats.filter((t) => t.status === 'live');
  const closed = data.threats.filter((t) => t.status !== 'live' && t.status !== 'escalated');
  const groups = groupEngagements(data.threats, mine.accepted);
  return (
    <div className="space-y-8">
      <section aria-labelledby="withdraw-h" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="withdraw-h" className="font-semibold">
          Fallback balance
        </h2>
        <p className="mt-1 text-sm text-slate-700" data-testid="withdrawable">
          {data.withdrawable > 0n
            ? `${formatEth(data.withdrawable)} from escalations whose transfer failed is waiting for you.`
            : 'Nothing waiting: every escalation to this address was paid directly.'}
        </p>
        <div className="mt-2">
          <BalanceAction
            owner={address}
            chainId={deployment.chainId}
            contract={deployment.levetrage}
            functionName="withdraw"
            amount={data.withdrawable}
            label="Withdraw"
            testId="withdraw"
          />
        </div>
      </section>

      <section aria-labelledby="escalations-h">
        <h2 id="escalations-h" className="text-lg font-semibold">
          Escalations received ({data.escalations.length})
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Only payments announced by the Levetrage registry itself (its <code>Escalated</code> event, with the threat id
          and the id of the engagement you signed or accepted) are listed. A plain ETH transfer to this address is not
          an escalation and never appears here. Act only on an escalation of your own engagement.
        </p>
        {data.escalations.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600" data-testid="no-escalations">
            No escalations yet.
          </p>
        ) : (
          <ul className="mt-3 space-y-3" data-testid="escalations">
            {data.escalations.map((e) => {
              const trust = escalationTrust(e, data.threats);
              const acted = mine.acted.get(e.id) ?? [];
              return (
                <li
                  key={`${e.txHash}-${e.id}`}
                  data-testid={`escalation-${e.id}`}
                  data-trust={trust}
                  className={`rounded-lg border p-4 text-sm ${trust === 'trusted' ? 'border-rose-200 bg-rose-50' : 'border-slate-300 bg-slate-100'}`}
                >
                  {trust === 'trusted' ? (
                    <p
                      className="mb-1 text-xs font-semibold uppercase tracking-wide text-rose-900"
                      data-testid={`escalation-trust-${e.id}`}
                    >
                      Authentic: an escalation of your engagement
                    </p>
                  ) : (
                    <p className="mb-1 font-semibold text-slate-900" data-testid={`escalation-trust-${e.id}`}>
                      Untrusted: this escalation carries no engagement of yours (an old threat made before providers had
                      to accept). Do not act on it unless you have a signed agreement for it.
                    </p>
                  )}
                  <p className="font-semibold text-rose-950">
                    <a className="underline" href={`/t/${e.chainId}/${e.id}`}>
                      Threat #{String(e.id)}
                    </a>{' '}
                    escalated: {formatEth(e.amount)}{' '}
                    {e.paid ? 'paid to you' : 'credited to your fallback balance (withdraw above)'}
                  </p>
                  {e.terms && <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">Demand: {e.terms}</p>}
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                    <dt className="text-slate-600">When</dt>
                    <dd>{formatDate(e.timestamp)}</dd>
                    <dt className="text-slate-600">Agreement hash</dt>
                    <dd className="break-all font-mono text-xs">{e.agreementHash}</dd>
                    <dt className="text-slate-600">Maker</dt>
                    <dd className="break-all font-mono text-xs">{e.maker}</dd>
                    <dt className="text-slate-600">Transaction</dt>
                    <dd className="break-all font-mono text-xs">
                      {explorer ? (
                        <a className="underline" href={`${explorer}/tx/${e.txHash}`} target="_blank" rel="noreferrer">
                          {e.txHash}
                        </a>
                      ) : (
                        e.txHash
                      )}
                    </dd>
                  </dl>
                  {trust === 'trusted' && (
                    <p className="mt-2 text-xs text-slate-600" data-testid={`escalation-engagement-${e.id}`}>
                      Engagement <span className="break-all font-mono">{e.engagementId}</span>. Check the agreement hash
                      against your copy before you act.
                    </p>
                  )}
                  {acted.length > 0 && (
                    <ul className="mt-2 space-y-1" data-testid={`acted-${e.id}`}>
                      {acted.map((a) => (
                        <li key={a.txHash} className="rounded bg-white p-2 text-xs">
                          ✓ You recorded that you acted
                          {a.timestamp ? ` on ${formatDate(a.timestamp)}` : ''}: evidence{' '}
                          <span className="break-all font-mono">{a.evidenceHash}</span>
                          {a.uri && (
                            <>
                              {' '}
                              at{' '}
                              <a className="underline" href={a.uri} rel="noreferrer nofollow" target="_blank">
                                {a.uri}
                              </a>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                  {trust === 'trusted' && (
                    <div className="mt-3 border-t border-rose-100 pt-3">
                      <RecordActedAction
                        id={e.id}
                        chainId={deployment.chainId}
                        registry={deployment.levetrage}
                        provider={address}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <ProviderEngagements groups={groups} now={data.now} />

      <section aria-labelledby="live-h">
        <h2 id="live-h" className="text-lg font-semibold">
          Live threats naming you ({live.length})
        </h2>
        {live.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No live threat names this address as its provider.</p>
        ) : (
          <div className="mt-3 space-y-3">
            {live.map((t) => (
              <ThreatCard key={String(t.id)} threat={t} now={data.now} showOdds />
            ))}
          </div>
        )}
      </section>

      {closed.length > 0 && (
        <section aria-labelledby="closed-h">
          <h2 id="closed-h" className="text-lg font-semibold">
            Closed without escalation ({closed.length})
          </h2>
          <div className="mt-3 space-y-3">
            {closed.map((t) => (
              <ThreatCard key={String(t.id)} threat={t} now={data.now} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
