import { EthAmount } from '@/components/EthAmount';
import { formatDate, formatEth, formatPpb, periodPhrase } from '@/lib/format';
import type { EthUsdPrice } from '@/lib/prices/eth-usd';
import { adversaryCost, adversaryLossFromParam } from '@/lib/threats/adversary-cost';
import { KIND_LABELS, STATUS_LABELS } from '@/lib/threats/labels';
import { threatSchedule } from '@/lib/threats/schedule';
import type { ThreatView } from '@/lib/threats/types';
import type { ResolutionView } from '@/lib/resolvers/read';
import { ComplySection } from './ComplySection';
import { EvidenceSection } from './EvidenceTimeline';
import { Countdown } from './Countdown';
import { DemandSection } from './DemandSection';
import { DrawsSection } from './DrawsSection';
import { EndBanner } from './EndBanner';
import { EngagementSection } from './EngagementSection';
import { explorerLinks } from './explorer';
import { OddsSection } from './OddsSection';
import { StakeSection } from './StakeSection';
import { HandsSections } from '@/components/funding/HandsSections';
import type { HandsData } from '@/components/funding/load-hands';
import { KindBadge, StatusPill } from './StatusPill';
import { Subscribe } from '@/components/notify/Subscribe';

/** Props: the threat read from the chain, the chain's name and explorer, and the `loss` URL parameter. */
export interface ThreatPageProps {
  threat: ThreatView;
  chainName: string;
  explorer?: string;
  lossParam?: string | string[];
  /** The `unit` URL parameter of the loss: `eth` (default) or `usd`. */
  unitParam?: string | string[];
  /** ETH/USD from the chain's Chainlink feed; null or absent: ETH only. */
  price?: EthUsdPrice | null;
  /** The resolver's state and the evidence timeline (issue #9), read from the chain. */
  resolution?: ResolutionView;
  /** Counter-moves and the maker's promises (issue #15), read by the route. */
  hands?: HandsData | null;
}

/** The adversary's view of one threat (server component; only small islands hydrate). */
export function ThreatPage({
  threat,
  chainName,
  explorer,
  lossParam,
  unitParam,
  price,
  resolution,
  hands,
}: ThreatPageProps) {
  const links = explorerLinks(explorer);
  const schedule = threatSchedule(threat);
  const loss = adversaryLossFromParam(lossParam, { unit: unitParam, price });
  const cost = adversaryCost(threat, schedule, loss.wei ?? 0n);
  const live = threat.status === 'live';
  const unit = threat.odds ? periodPhrase(threat.odds.period) : '';

  return (
    <main className="mx-auto max-w-2xl space-y-4 px-3 py-4 sm:px-6 sm:py-8">
      <header>
        <p className="text-sm text-slate-600">
          Threat <span data-testid="threat-id">#{threat.id.toString()}</span> on {chainName}
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <StatusPill status={threat.status} />
          <KindBadge kind={threat.kind} />
        </div>
        <h1 className="mt-2 text-2xl font-bold leading-tight text-slate-900 sm:text-3xl">
          {live ? `${formatEth(threat.stake)} is staked against you.` : STATUS_LABELS[threat.status].explain}
        </h1>
        {threat.end ? null : <p className="mt-1 text-slate-700">{KIND_LABELS[threat.kind].explain}</p>}
        <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
          <div className="rounded-lg bg-white p-2 ring-1 ring-slate-200">
            <dt className="text-slate-500">Stake</dt>
            <dd className="font-semibold">
              <EthAmount wei={threat.stake} price={price} testId="header-stake" />
            </dd>
          </div>
          <div className="rounded-lg bg-white p-2 ring-1 ring-slate-200">
            <dt className="text-slate-500">{threat.end ? 'Ended' : 'Deadline'}</dt>
            <dd className="font-semibold" data-testid="header-deadline">
              {threat.end ? (
                formatDate(threat.end.timestamp)
              ) : (
                <Countdown target={threat.deadline} chainNow={threat.readAt.timestamp} />
              )}
            </dd>
          </div>
          {threat.odds ? (
            <div className="rounded-lg bg-white p-2 ring-1 ring-slate-200">
              <dt className="text-slate-500">Escalation chance every {unit}</dt>
              <dd className="font-semibold text-red-800">{formatPpb(threat.odds.pEscalate)}</dd>
            </div>
          ) : null}
          {cost.perPeriod !== null && loss.wei !== null && live ? (
            <div className="rounded-lg bg-white p-2 ring-1 ring-slate-200">
              <dt className="text-slate-500">Your expected cost per {unit}</dt>
              <dd className="font-semibold">
                <EthAmount eth={cost.perPeriod} price={price} />
              </dd>
            </div>
          ) : null}
        </dl>
        <nav aria-label="On this page" className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {[
            ['#demand', 'Demand'],
            ['#comply', 'How to comply'],
            ['#odds', 'Cost to you'],
            ['#draws', threat.odds ? 'Draws' : 'Settlement'],
            ['#stake', 'Stake & provider'],
          ].map(([href, label]) => (
            <a key={href} href={href} className="text-indigo-700 underline underline-offset-2">
              {label}
            </a>
          ))}
        </nav>
      </header>
      <EndBanner threat={threat} links={links} price={price} />
      <DemandSection threat={threat} />
      <ComplySection threat={threat} schedule={schedule} links={links} resolution={resolution} />
      <EvidenceSection threat={threat} timeline={resolution?.timeline} links={links} />
      <OddsSection threat={threat} schedule={schedule} cost={cost} loss={loss} price={price} />
      <DrawsSection threat={threat} schedule={schedule} links={links} />
      <StakeSection threat={threat} links={links} price={price} />
      <EngagementSection threat={threat} />
      <HandsSections threat={threat} hands={hands} />
      <Subscribe target={{ type: 'threat', threatId: threat.id.toString() }} title="Get told before the deadline" />
      <footer className="pb-6 text-center text-xs text-slate-500">
        Read from the chain at block {threat.readAt.blockNumber.toString()}. Nothing on this page needs a wallet.
      </footer>
    </main>
  );
}
