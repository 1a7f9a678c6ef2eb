'use client';

import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { CostPerPeriod, CumulativeCost, EscalationCurve } from '@/components/charts';
import { formatAmount, periodName } from '@/lib/format';
import { periodSeconds } from '@/lib/wizard/units';
import { computeWizardMath, formatChance, type WizardMath } from '@/lib/wizard/math';
import type { WizardValues } from '@/lib/wizard/types';

/**
 * The math of the threat as typed so far, all from lib/game-theory: expected cost per period and to date
 * for each side, the escalation curve with the useful range shaded, the Nash benchmark and warnings.
 */
export function MathPanel({ now }: { now: number }) {
  const values = useWatch() as WizardValues;
  const result = useMemo((): { math: WizardMath } | { error: string } => {
    try {
      return { math: computeWizardMath(values, now) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [values, now]);

  if ('error' in result)
    return (
      <p className="mt-6 rounded-md bg-slate-100 p-3 text-sm" role="status">
        The math appears once the numbers above are valid. ({result.error})
      </p>
    );
  const m = result.math;
  // "day", "hour", "week" … for a named period length, else "period" (lib/format, as on the public page)
  const periodLabel = periodName(periodSeconds(values.periodValue, values.periodUnit));

  return (
    <section aria-labelledby="math-title" className="mt-8" data-testid="math-panel">
      <h3 id="math-title" className="text-lg font-bold">
        What it costs each side
      </h3>
      {m.warnings.length > 0 && (
        <ul className="mt-3 space-y-2" data-testid="math-warnings">
          {m.warnings.map((w) => (
            <li
              key={w.kind}
              className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm"
              data-warning={w.kind}
            >
              <strong>Warning: </strong>
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
        {values.kind === 'probabilistic' ? (
          <>
            <div className="rounded-md bg-white p-3">
              <dt className="text-sm text-slate-600">Your expected cost per {periodLabel} while live</dt>
              <dd className="text-xl font-bold" data-testid="cost-maker">
                {formatAmount(m.perPeriodWhileLive.maker)}
              </dd>
            </div>
            <div className="rounded-md bg-white p-3">
              <dt className="text-sm text-slate-600">The adversary’s expected cost per {periodLabel}</dt>
              <dd className="text-xl font-bold" data-testid="cost-adversary">
                {formatAmount(m.perPeriodWhileLive.adversary)}
              </dd>
            </div>
            <div className="rounded-md bg-white p-3">
              <dt className="text-sm text-slate-600">Chance of escalation by the deadline if they never comply</dt>
              <dd className="text-xl font-bold" data-testid="q-total">
                {formatChance(m.q)}
              </dd>
            </div>
            <div className="rounded-md bg-white p-3">
              <dt className="text-sm text-slate-600">Half of such threats escalate by</dt>
              <dd className="text-xl font-bold">{m.medianPeriod ? `${periodLabel} ${m.medianPeriod}` : '—'}</dd>
            </div>
          </>
        ) : (
          <div className="rounded-md bg-white p-3 sm:col-span-2">
            <dt className="text-sm text-slate-600">If the adversary does not comply by the deadline</dt>
            <dd className="font-semibold" data-testid="q-total">
              {m.exposure.summary}
            </dd>
            <dd className="mt-1 text-sm text-slate-700" data-testid="exposure-at-deadline">
              {m.exposure.atDeadline}
            </dd>
          </div>
        )}
        {values.kind === 'probabilistic' && (
          <div className="rounded-md bg-white p-3 sm:col-span-2">
            <dt className="text-sm text-slate-600">If the adversary never complies (as its page will say)</dt>
            <dd data-testid="exposure-summary">{m.exposure.summary}</dd>
            <dd className="mt-1 text-sm text-slate-700" data-testid="exposure-at-deadline">
              {m.exposure.atDeadline}
            </dd>
          </div>
        )}
        {m.bounds && (
          <div className="rounded-md bg-white p-3">
            <dt className="text-sm text-slate-600">Useful range of the escalation chance</dt>
            <dd className="text-xl font-bold" data-testid="useful-range">
              {formatChance(m.bounds.qMin)} – {formatChance(m.bounds.qMax)}
            </dd>
          </div>
        )}
        <div className="rounded-md bg-white p-3">
          <dt className="text-sm text-slate-600">Nash bargaining benchmark</dt>
          <dd data-testid="nash-benchmark">
            {m.nash === null
              ? 'Enter the amount in dispute to see it.'
              : 'error' in m.nash
                ? `Not defined for these numbers: ${m.nash.error}`
                : `A fair settlement gives you ${formatAmount(m.nash.x)} of the ${formatAmount(Number(values.disputedAmount))} in dispute${m.nash.atBoundary ? ' — all of it' : ''}.`}
          </dd>
        </div>
      </dl>

      {values.kind === 'probabilistic' && m.curve.length > 1 && (
        <div className="mt-6 grid gap-6">
          <EscalationCurve
            points={m.curve}
            periodLabel={periodLabel}
            band={
              m.bounds && m.bounds.feasible
                ? { from: m.bounds.qMin, to: m.bounds.qMax, label: 'useful range' }
                : undefined
            }
            marker={{ n: m.periods, label: 'deadline' }}
          />
          <CostPerPeriod
            periodLabel={periodLabel}
            series={[
              { key: 'maker', label: 'You (maker)', values: m.costPerPeriod.maker },
              { key: 'adversary', label: 'Adversary', values: m.costPerPeriod.adversary },
            ]}
          />
          <CumulativeCost
            periodLabel={periodLabel}
            series={[
              { key: 'maker', label: 'You (maker)', values: m.costToDate.maker },
              { key: 'adversary', label: 'Adversary', values: m.costToDate.adversary },
            ]}
          />
        </div>
      )}
    </section>
  );
}
