import { EscalationCurve } from '@/components/charts';
import {
  formatDate,
  formatDuration,
  formatEth,
  formatUsd,
  formatPercent,
  formatPpb,
  periodName,
  periodPhrase,
} from '@/lib/format';
import { EthAmount } from '@/components/EthAmount';
import { adversaryExposure } from '@/lib/exposure';
import type { UsdPrice } from '@/lib/format';
import type { AdversaryCost, ReaderLoss } from '@/lib/threats/adversary-cost';
import type { ThreatSchedule } from '@/lib/threats/schedule';
import type { ThreatView } from '@/lib/threats/types';
import { Countdown } from './Countdown';
import { Fact, Section } from './Section';

/** Props: the threat, its schedule, the adversary's expected cost and the loss input state. */
export interface OddsSectionProps {
  threat: ThreatView;
  schedule: ThreatSchedule;
  cost: AdversaryCost;
  loss: ReaderLoss;
  /** ETH/USD from the chain's feed, null when there is none (then ETH only, and no USD entry). */
  price?: (UsdPrice & { updatedAt: number; feed: string; stale: boolean }) | null;
}

/**
 * The odds per period and the expected cost to the adversary (per period, to date, by the deadline), with
 * the loss the reader enters (a plain GET form: works without JavaScript, and the URL keeps the value).
 */
export function OddsSection({ threat, schedule, cost, loss, price }: OddsSectionProps) {
  const live = threat.status === 'live';
  const exposure = adversaryExposure({
    kind: threat.odds ? 'probabilistic' : 'commitment',
    timeoutAction: threat.timeoutAction,
    stake: formatEth(threat.stake),
    probDrawsEscalate: cost.probDrawsEscalate,
    probLiveAtDeadline: cost.probLiveAtDeadline,
  });
  const hasLoss = loss.wei !== null;
  const unit = threat.odds ? periodName(threat.odds.period) : 'period';
  const per = threat.odds ? periodPhrase(threat.odds.period) : 'period';
  return (
    <Section
      id="odds"
      title="What it costs you"
      lead={
        threat.end
          ? 'This threat has ended (see above): nothing more can happen to its stake, and it costs you nothing more.'
          : threat.odds
            ? 'Each period a verifiable random draw may pay the stake to the provider, who then acts against you.'
            : `A binding commitment: no draws. ${exposure.atDeadline}`
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
            {hasLoss ? (
              <>
                <EthAmount eth={cost.perPeriod} price={price} strong />
                <span className="text-slate-600"> = {formatPpb(threat.odds!.pEscalate)} × your loss</span>
              </>
            ) : (
              <span>
                <strong>{formatPpb(threat.odds!.pEscalate)} × your loss</strong>
                <span className="text-slate-600"> (enter your loss below to see it in ETH and USD)</span>
              </span>
            )}
          </Fact>
        ) : null}
        {threat.odds ? (
          <Fact label="Expected cost to date" testId="cost-to-date">
            {hasLoss ? <EthAmount eth={cost.toDate} price={price} strong /> : null}
            <span className="text-slate-600">
              {' '}
              ({formatPercent(cost.probToDate)} chance of escalation over the {schedule.elapsedPeriods} {unit}
              {schedule.elapsedPeriods === 1 ? '' : 's'} so far)
            </span>
          </Fact>
        ) : null}
        {threat.end ? null : (
          <Fact label="If you never comply" testId="cost-by-deadline">
            <span data-testid="exposure-summary">{exposure.summary}</span>{' '}
            {threat.odds ? <span data-testid="exposure-at-deadline">{exposure.atDeadline} </span> : null}
            {hasLoss ? (
              <>
                Expected cost:{' '}
                <EthAmount eth={exposure.probActed * cost.loss} price={price} strong testId="expected-cost" />{' '}
                <span className="text-slate-600">= {formatPercent(exposure.probActed)} × your loss.</span>
              </>
            ) : (
              <span className="text-slate-600">
                Expected cost: {formatPercent(exposure.probActed)} × your loss (enter it below).
              </span>
            )}
          </Fact>
        )}
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
          {threat.timeoutAction === 'forfeit'
            ? 'Your loss if the provider or the maker acts against you'
            : 'Your loss if the stake reaches the provider'}
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
          {price ? (
            <select
              name="unit"
              aria-label="Unit of your loss"
              defaultValue={loss.unit}
              className="shrink-0 rounded-md border border-slate-300 bg-white px-2 py-2 text-base"
            >
              <option value="eth">ETH</option>
              <option value="usd">USD</option>
            </select>
          ) : null}
          <button
            type="submit"
            className="shrink-0 rounded-md bg-slate-800 px-3 py-2 font-semibold text-white hover:bg-slate-900"
          >
            Recompute
          </button>
        </div>
        {loss.error ? (
          <p id="loss-error" role="alert" className="mt-1 text-sm text-red-800" data-testid="loss-error">
            {loss.error}
          </p>
        ) : null}
        <p id="loss-help" className="mt-1 text-sm text-slate-600">
          {exposure.lossSource} Nothing is assumed until you enter it.
          {hasLoss ? (
            <>
              {' '}
              Computing with <EthAmount wei={loss.wei!} price={price} testId="loss-used" />
              {loss.unit === 'usd' ? ` (you entered $${loss.text.replace(/^\$/, '')})` : ''}.
            </>
          ) : null}
          {price ? (
            <span data-testid="usd-source">
              {' '}
              Dollars at {formatUsd(Number(price.answer) / 10 ** price.decimals)} per ETH from the Chainlink ETH/USD
              feed <code className="break-all">{price.feed}</code>, updated {formatDate(price.updatedAt)}
              {price.stale ? ' (stale: older than 6 hours)' : ''}.
            </span>
          ) : null}
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
