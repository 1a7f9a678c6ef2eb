import type { Address } from 'viem';
import type { Deployment } from '@/lib/contracts/deployments';
import { DeskReadError } from './DeskShell';
import { FulfilAction } from './FulfilAction';
import { loadOracleDesk, type OracleDeskData } from './load-desks';
import { ThreatCard } from './ThreatCard';
import { ResolverDeskSection } from '@/components/oracle/ResolverDeskSection';
import { PromiseVerdict } from '@/components/promise/PromiseVerdict';

/** The oracle desk for `address` (server component): threats where it is the oracle account, with "mark fulfilled";
 * then panels naming it, Reality.eth questions and UMA assertions, each with its actions and evidence timeline. */
export async function OracleDesk({ deployment, address }: { deployment: Deployment; address: Address }) {
  let data: OracleDeskData;
  try {
    data = await loadOracleDesk(deployment, address);
  } catch (e) {
    return <DeskReadError error={e} />;
  }
  const live = data.threats.filter((t) => t.status === 'live');
  const closed = data.threats.filter((t) => t.status !== 'live');
  return (
    <div className="space-y-8">
      <section aria-labelledby="oracle-live-h">
        <h2 id="oracle-live-h" className="text-lg font-semibold">
          Waiting for your decision ({live.length})
        </h2>
        {live.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600" data-testid="oracle-none">
            No live threat names this address as a terminator.
          </p>
        ) : (
          <div className="mt-3 space-y-3">
            {live.map((t) => (
              <ThreatCard key={String(t.id)} threat={t} now={data.now} showOdds>
                <FulfilAction
                  id={t.id}
                  chainId={t.chainId}
                  registry={deployment.levetrage}
                  terminator={address}
                  terms={t.terms}
                  maker={t.maker}
                  stake={t.stake}
                  deadline={t.deadline}
                  blocked={t.blocked}
                />
                {t.isPromise && (
                  <PromiseVerdict id={t.id} chainId={t.chainId} registry={deployment.levetrage} resolver={address} />
                )}
              </ThreatCard>
            ))}
          </div>
        )}
      </section>
      {closed.length > 0 && (
        <section aria-labelledby="oracle-closed-h">
          <h2 id="oracle-closed-h" className="text-lg font-semibold">
            Closed ({closed.length})
          </h2>
          <div className="mt-3 space-y-3">
            {closed.map((t) => (
              <ThreatCard key={String(t.id)} threat={t} now={data.now} />
            ))}
          </div>
        </section>
      )}
      <ResolverDeskSection deployment={deployment} address={address} />
    </div>
  );
}
