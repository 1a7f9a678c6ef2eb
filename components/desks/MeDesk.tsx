import type { Address } from 'viem';
import type { Deployment } from '@/lib/contracts/deployments';
import { formatEth, formatNash } from '@/lib/format';
import { BalanceAction } from './BalanceAction';
import { DeskReadError } from './DeskShell';
import { loadMeDesk, type MeDeskData } from './load-desks';
import { ThreatCard } from './ThreatCard';
import { HandsDesk } from '@/components/funding/HandsDesk';

/** "My threats" for `address` (server component): the maker's threats, refunds to withdraw, NASH and dividends. */
export async function MeDesk({ deployment, address }: { deployment: Deployment; address: Address }) {
  let data: MeDeskData;
  try {
    data = await loadMeDesk(deployment, address);
  } catch (e) {
    return <DeskReadError error={e} />;
  }
  return (
    <div className="space-y-8">
      <section aria-labelledby="me-balances-h" className="grid gap-4 sm:grid-cols-3">
        <h2 id="me-balances-h" className="sr-only">
          Balances
        </h2>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-sm text-slate-600">NASH balance</h3>
          <p className="mt-1 text-xl font-semibold" data-testid="nash-balance">
            {formatNash(data.nashBalance, { maxDecimals: 2 })}
          </p>
          <p className="mt-1 text-xs text-slate-600">Burned as a fee for each move; holders share forfeited stakes.</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-sm text-slate-600">Forfeit dividends</h3>
          <p className="mt-1 text-xl font-semibold" data-testid="claimable">
            {formatEth(data.claimable)}
          </p>
          <div className="mt-2">
            <BalanceAction
              owner={address}
              chainId={deployment.chainId}
              contract={deployment.nash}
              functionName="claim"
              amount={data.claimable}
              label="Claim"
              testId="claim"
            />
          </div>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-sm text-slate-600">Refunds to withdraw</h3>
          <p className="mt-1 text-xl font-semibold" data-testid="withdrawable">
            {formatEth(data.withdrawable)}
          </p>
          <p className="mt-1 text-xs text-slate-600">Refunds whose direct transfer failed wait here.</p>
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
        </div>
      </section>
      <section aria-labelledby="me-threats-h">
        <h2 id="me-threats-h" className="text-lg font-semibold">
          Threats you made ({data.threats.length})
        </h2>
        {data.threats.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600" data-testid="me-none">
            No threats made by this address yet.{' '}
            <a className="underline" href="/create">
              Create one
            </a>
            .
          </p>
        ) : (
          <div className="mt-3 space-y-3">
            {data.threats.map((t) => (
              <ThreatCard key={String(t.id)} threat={t} now={data.now} showOdds />
            ))}
          </div>
        )}
      </section>
      <HandsDesk deployment={deployment} address={address} />
    </div>
  );
}
