import { CostPerPeriod, CumulativeCost, EscalationCurve } from '@/components/charts';
import type { ThreatCalculation } from '@/lib/calculator/compute-threat';
import { certainDrawWarning } from '@/lib/exposure';
import { formatAmount, formatPercent, formatPeriods } from '@/lib/format';

function Stat({ label, value, id }: { label: string; value: string; id: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-stat={id}>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="font-mono text-lg font-semibold">{value}</dd>
    </div>
  );
}

/**
 * Results of the threat tab: headline numbers, the escalation curve with the useful range shaded,
 * expected cost per period and to date for each side, and the brinkmanship reading.
 */
export function ThreatResults({ view }: { view: ThreatCalculation }) {
  const [you, them] = view.names;
  const unit = view.unit;
  const b = view.brinkmanship;
  const band = b.ok && b.value.feasible ? { from: b.value.qMin, to: b.value.qMax, label: 'useful range' } : undefined;
  const costSeries = (data: ThreatCalculation['costPerPeriod']) => [
    { key: 'maker', label: you, values: data.maker },
    { key: 'adversary', label: them, values: data.adversary },
  ];
  return (
    <section aria-labelledby="threat-results" className="flex flex-col gap-4">
      <h2 id="threat-results" className="text-lg font-semibold">
        What the threat does
      </h2>
      {certainDrawWarning(view.p) ? (
        <p
          className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm"
          data-testid="certain-draw-warning"
        >
          <strong>Warning: </strong>
          {certainDrawWarning(view.p)}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          id="cost-maker"
          label={`${you}: expected cost per ${unit} while live`}
          value={formatAmount(view.perPeriod.maker)}
        />
        <Stat
          id="cost-adversary"
          label={`${them}: expected cost per ${unit} while live`}
          value={formatAmount(view.perPeriod.adversary)}
        />
        <Stat
          id="prob-deadline"
          label={`Escalated by the deadline (${formatPeriods(view.periods, unit)})`}
          value={formatPercent(view.probByDeadline, { significant: 3 })}
        />
        <Stat
          id="median"
          label={`Median wait (mean ${formatPeriods(view.timing.expectedPeriods, unit)})`}
          value={formatPeriods(view.timing.medianPeriod, unit)}
        />
      </dl>

      <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-brinkmanship="">
        <h3 className="font-semibold">Useful range of escalation odds</h3>
        {!b.ok ? (
          <p className="mt-1 text-red-800" data-brinkmanship-error="">
            Not available: {b.error}. The range needs {them}’s loss to exceed the demand, and a positive demand and loss
            for {you}.
          </p>
        ) : b.value.feasible ? (
          <div className="mt-1 space-y-1">
            <p>
              For the threat to work, {them} must see at least a{' '}
              <strong data-value="qMin">{formatPercent(b.value.qMin, { significant: 3 })}</strong> chance of escalation
              before the deadline; for it to be worth {you}’s risk, at most{' '}
              <strong data-value="qMax">{formatPercent(b.value.qMax, { significant: 3 })}</strong>
              {b.value.qMax >= 1 ? ' (no upper limit: even a certain threat pays)' : ''}.
            </p>
            <p>
              With {formatPercent(view.p, { significant: 3 })} per {unit}, the chance reaches the range{' '}
              {b.value.firstUsefulPeriod === null
                ? `only after the deadline — raise the odds or the deadline`
                : `after ${formatPeriods(b.value.firstUsefulPeriod, unit)}${
                    b.value.lastUsefulPeriod !== null && b.value.lastUsefulPeriod < view.periods
                      ? ` and leaves it after ${formatPeriods(b.value.lastUsefulPeriod, unit)}`
                      : ''
                  }`}
              .
              {b.value.pForQMin !== null && (
                <>
                  {' '}
                  To land in the range by the deadline, use between{' '}
                  <strong data-value="pForQMin">{formatPercent(b.value.pForQMin, { significant: 3 })}</strong> and{' '}
                  <strong data-value="pForQMax">
                    {b.value.pForQMax === null ? '100%' : formatPercent(b.value.pForQMax, { significant: 3 })}
                  </strong>{' '}
                  per {unit}.
                </>
              )}
            </p>
          </div>
        ) : (
          <p className="mt-1 text-amber-800" data-value="infeasible">
            No odds work: {them} needs at least {formatPercent(b.value.qMin, { significant: 3 })} to comply, but above{' '}
            {formatPercent(b.value.qMaxRaw, { significant: 3 })} the threat costs {you} more than it gains, given how
            likely {them} is to ignore it.
          </p>
        )}
        {view.thresholds.ok && (
          <p className="mt-1 text-slate-600">
            A certain threat pays while the chance that {them} ignores it is below{' '}
            {formatPercent(view.thresholds.value.pMaxPureThreat, { significant: 3 })}; a probabilistic one, below{' '}
            {formatPercent(view.thresholds.value.pMaxBrinkmanship, { significant: 3 })}.
          </p>
        )}
      </div>

      <figure className="mx-auto w-full max-w-2xl rounded-lg border border-slate-200 bg-white p-2">
        <EscalationCurve
          points={view.curve}
          band={band}
          marker={{ n: view.periods, label: 'deadline' }}
          periodLabel={unit}
        />
        <figcaption className="px-2 pb-1 text-xs text-slate-600">
          Chance that the draw has fired by each {unit}. Shaded: the useful range — enough risk that complying beats
          defying for {them}, not so much that the threat costs {you} more than it gains.
        </figcaption>
      </figure>
      <div className="grid gap-4 xl:grid-cols-2">
        <figure className="mx-auto w-full max-w-2xl rounded-lg border border-slate-200 bg-white p-2">
          <CostPerPeriod series={costSeries(view.costPerPeriod)} periodLabel={unit} />
          <figcaption className="px-2 pb-1 text-xs text-slate-600">
            Expected cost falling in each {unit} (escalation happens at most once, so it shrinks over time).
          </figcaption>
        </figure>
        <figure className="mx-auto w-full max-w-2xl rounded-lg border border-slate-200 bg-white p-2">
          <CumulativeCost series={costSeries(view.costToDate)} periodLabel={unit} />
          <figcaption className="px-2 pb-1 text-xs text-slate-600">
            Expected cost to date: loss × chance of escalation so far.
          </figcaption>
        </figure>
      </div>
    </section>
  );
}
