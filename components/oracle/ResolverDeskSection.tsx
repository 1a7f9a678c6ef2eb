import type { Address } from 'viem';
import type { Deployment } from '@/lib/contracts/deployments';
import { formatDate } from '@/lib/format';
import { explainResolution } from '@/lib/resolvers/explain';
import { EvidenceTimeline } from '@/components/threat/EvidenceTimeline';
import { ThreatCard } from '@/components/desks/ThreatCard';
import { DeskReadError } from '@/components/desks/DeskShell';
import { AttachEvidence } from './AttachEvidence';
import type { DemandBrief } from './ConfirmedAction';
import { isOpen, loadResolverDesk, type ResolverDeskItem } from './load-resolver-desk';
import { PanelActions } from './PanelActions';
import { RealityActions } from './RealityActions';
import { UmaActions } from './UmaActions';
import { stateResolution } from '@/lib/resolvers/state-resolution';

/** The oracle desk's panels, Reality.eth questions and UMA assertions (server component). */
export async function ResolverDeskSection({ deployment, address }: { deployment: Deployment; address: Address }) {
  let data: Awaited<ReturnType<typeof loadResolverDesk>>;
  try {
    data = await loadResolverDesk(deployment, address);
  } catch (e) {
    return <DeskReadError error={e} />;
  }
  const open = data.items.filter((i) => isOpen(i.threat));
  return (
    <section aria-labelledby="oracle-resolvers-h">
      <h2 id="oracle-resolvers-h" className="text-lg font-semibold">
        Panels, questions and assertions ({open.length} open)
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Panels you sit on, and every Reality.eth question and UMA assertion on this network: anyone may answer or
        assert, with a bond.
      </p>
      {data.items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="resolver-none">
          No threat here is decided by a panel naming this address, a Reality.eth question or an UMA assertion.
        </p>
      ) : (
        <div className="mt-3 space-y-3">
          {data.items.map((item) => (
            <ResolverCard
              key={String(item.threat.id)}
              item={item}
              now={data.now}
              address={address}
              registry={deployment.levetrage}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function ResolverCard({
  item,
  now,
  address,
  registry,
}: {
  item: ResolverDeskItem;
  now: number;
  address: Address;
  registry: Address;
}) {
  const { threat: t, state } = item;
  const brief: DemandBrief = {
    id: t.id,
    chainId: t.chainId,
    terms: t.terms,
    maker: t.maker,
    stake: t.stake,
    deadline: t.deadline,
  };
  const open = isOpen(t);
  const explained = explainResolution(stateResolution(state));
  const held = t.status === 'claimed' && !!t.claim && now < t.claim.until;
  const late =
    now >= t.deadline && !held
      ? `The deadline passed on ${formatDate(t.deadline)}; no new approval counts.`
      : undefined;
  const lastEvidence = t.evidence.at(-1)?.evidenceHash;
  return (
    <ThreatCard threat={t} now={now}>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2">
          <h3 className="font-semibold">{explained.title}</h3>
          <p className="text-sm text-slate-700">{explained.whoDecides}</p>
          {open ? (
            <>
              {state.kind === 'panel' && (
                <PanelActions brief={brief} panel={state} desk={address} blocked={late} evidence={lastEvidence} />
              )}
              {state.kind === 'reality' && <RealityActions brief={brief} q={state} now={now} />}
              {state.kind === 'uma' && <UmaActions brief={brief} u={state} now={now} />}
            </>
          ) : (
            <p className="text-sm text-slate-700">This threat is closed.</p>
          )}
        </div>
        <div className="space-y-2">
          <h3 className="font-semibold">Evidence timeline</h3>
          <EvidenceTimeline entries={item.timeline} testId={`timeline-${t.id}`} />
          {open && <AttachEvidence brief={brief} registry={registry} />}
        </div>
      </div>
    </ThreatCard>
  );
}
