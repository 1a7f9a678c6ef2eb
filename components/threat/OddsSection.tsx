import { EscalationCurve } from '@/components/charts';
import {
  formatDuration,
  formatEth,
  formatEthNumber,
  formatPercent,
  formatPpb,
  periodName,
  periodPhrase,
} from '@/lib/format';
import type { AdversaryCost } from '@/lib/threats/adversary-cost';
import { DEFAULT_LOSS_MULTIPLE } from '@/lib/threats/adversary-cost';
import type { ThreatSchedule } from '@/lib/threats/schedule';
import type { ThreatView } from '@/lib/threats/types';
import { Countdown } from './Countdown';
import { Fact, Section } from './Section';

/** Props: the threat, its schedule, the adversary's expected cost and the loss input state. */
export interface OddsSectionProps {
  threat: ThreatView;
  schedule: ThreatSchedule;
  cost: AdversaryCost;
  loss: { wei: bigint; isDefault: boolean; error?: string; text: string };
}

/**
 * The odds per period and the expected cost to the adversary (per period, to date, by the deadline), with
 * the loss the reader enters (a plain GET form: works without JavaScript, and the URL keeps the value).
 */
export function OddsSection({ threat, schedule, cost, loss }: OddsSectionProps) {
  const live = threat.status === 'live';
  const unit = threat.odds ? periodName(threat.odds.period) : 'period';
  const per = threat.odds ? periodPhrase(threat.odds.period) : 'period';
  return (
    <Section
      id="odds"
      title="What it costs you"
      lead={
        threat.odds
          ? 'Each period a verifiable random draw may pay the stake to the provider, who then acts against you.'
          : 'A binding commitment: no draws. At the deadline the timeout action happens for sure unless the demand is marked fulfilled.'
      }
    >
      <dl className="divide-y divide-slate-100">
        {threat.odds ? (
          <>
            <Fact label={`Chance of escalation every ${per}`} testId="odds-escalate">
              <strong className="text-red-800">{formatPpb(threat.odds.pEscalate)}</strong> every{' '}
              {formatDuration(threat.odds.period)}
            </Fact>
            {threat.odds.pTerminate > 0 ? (
              <Fact label="Chance a draw calls it off" testId="odds-terminate">
                {formatPpb(threat.odds.pTerminate)} (the stake goes back to the maker)
              </Fact>
            ) : null}
            <Fact label="Draws" testId="draw-progress">
              {threat.settledPeriods} settled of {schedule.totalPeriods} before the deadline
              {schedule.unsettledDue > 0 && live ? `; ${schedule.unsettledDue} due now` : ''}
            </Fact>
            {live && schedule.nextDrawAt !== null ? (
              <Fact label="Next draw due">
                <Countdown
                  target={schedule.nextDrawAt}
                  chainNow={threat.readAt.timestamp}
                  testId="next-draw-countdown"
                />
              </Fact>
            ) : null}
          </>
        ) : null}
        {cost.perPeriod !== null ? (
          <Fact label={`Your expected cost per ${per}`} testId="cost-per-period">
            <strong>{formatEthNumber(cost.perPeriod)}</strong>
            <span className="text-slate-600"> = {formatPpb(threat.odds!.pEscalate)} × your loss</span>
          </Fact>
        ) : null}
        {threat.odds ? (
          <Fact label="Expected cost to date" testId="cost-to-date">
            <strong>{formatEthNumber(cost.toDate)}</strong>
            <span className="text-slate-600">
              {' '}
              ({formatPercent(cost.probToDate)} chance of escalation over the {schedule.elapsedPeriods} {unit}
              {schedule.elapsedPeriods === 1 ? '' : 's'} so far)
            </span>
          </Fact>
        ) : null}
        <Fact label="If you never comply" testId="cost-by-deadline">
          {formatPercent(cost.probByDeadline)} chance the stake reaches the provider by the deadline: expected cost{' '}
          <strong>{formatEthNumber(cost.byDeadline)}</strong>
        </Fact>
        {cost.timing ? (
          <Fact label="Typical wait">
            half of such threats escalate within {cost.timing.medianPeriod} {unit}
            {cost.timing.medianPeriod === 1 ? '' : 's'}; on average after{' '}
            {formatDuration(cost.timing.expectedPeriods * threat.odds!.period)}
          </Fact>
        ) : null}
      </dl>

      <form method="get" action="#odds" className="mt-4 rounded-lg bg-slate-50 p-3" aria-describedby="loss-help">
        <label htmlFor="loss" className="block text-sm font-semibold text-slate-800">
          Your loss if the stake reaches the provider (ETH)
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="loss"
            name="loss"
            inputMode="decimal"
            defaultValue={loss.text}
            aria-invalid={loss.error ? true : undefined}
            aria-describedby={loss.error ? 'loss-error loss-help' : 'loss-help'}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          />
          <button
            type="submit"
            className="shrink-0 rounded-md bg-slate-800 px-3 py-2 font-semibold text-white hover:bg-slate-900"
          >
            Recompute
          </button>
        </div>
        {loss.error ? (
          <p id="loss-error" role="alert" className="mt-1 text-sm text-red-800" data-testid="loss-error">
            {loss.error} Showing the default instead.
          </p>
        ) : null}
        <p id="loss-help" className="mt-1 text-sm text-slate-600">
          Not on-chain: only you know what the provider&apos;s action would cost you.{' '}
          {loss.isDefault ? `Assumed: ${DEFAULT_LOSS_MULTIPLE}× the stake of ${formatEth(threat.stake)}.` : ''}
        </p>
      </form>

      {threat.odds && cost.curve.length > 1 ? (
        <div className="mt-4" data-testid="escalation-curve">
          <EscalationCurve
            points={cost.curve}
            periodLabel={unit}
            marker={{ n: schedule.elapsedPeriods, label: 'now' }}
            title={`Chance the threat has escalated, by ${unit}`}
          />
        </div>
      ) : null}
    </Section>
  );
}
