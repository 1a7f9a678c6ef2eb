import { UtilityFrontier } from '@/components/charts';
import type { SplitView } from '@/lib/calculator/compute-split';
import { formatAmount } from '@/lib/format';
import type { SplitMode } from '@/lib/calculator/split-schema';

/**
 * The three bargaining solutions side by side and the frontier plot. A solution the library
 * rejects shows its message in place of numbers; the plot still shows the others.
 */
export function SplitResults({ view, mode }: { view: SplitView; mode: SplitMode }) {
  const [n1, n2] = view.names;
  const solved = view.solutions.flatMap((s) => (s.outcome.ok ? [s.outcome.value] : []));
  return (
    <section aria-labelledby="split-results" className="flex flex-col gap-4">
      <h2 id="split-results" className="text-lg font-semibold">
        Solutions
      </h2>
      {view.problemError && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800"
          data-problem-error=""
        >
          No agreement to bargain over: {view.problemError}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        {view.solutions.map((s) => (
          <article
            key={s.key}
            data-solution={s.key}
            className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
          >
            <h3 className="font-semibold">{s.label}</h3>
            {s.outcome.ok ? (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {mode === 'surplus' ? (
                  <>
                    <dt className="text-slate-600">{n1}</dt>
                    <dd className="text-right font-mono" data-value="x1">
                      {formatAmount(s.outcome.value.x1 ?? NaN)}
                    </dd>
                    <dt className="text-slate-600">{n2}</dt>
                    <dd className="text-right font-mono" data-value="x2">
                      {formatAmount(s.outcome.value.x2 ?? NaN)}
                    </dd>
                  </>
                ) : (
                  <>
                    <dt className="text-slate-600">Agreement x</dt>
                    <dd className="text-right font-mono" data-value="x">
                      {formatAmount(s.outcome.value.x ?? NaN)}
                    </dd>
                  </>
                )}
                <dt className="text-slate-600">Utilities</dt>
                <dd className="text-right font-mono text-xs">
                  ({formatAmount(s.outcome.value.u1)}, {formatAmount(s.outcome.value.u2)})
                </dd>
              </dl>
            ) : (
              <p className="mt-2 text-sm text-red-800" data-solution-error="">
                Not available: {s.outcome.error}
              </p>
            )}
            {s.outcome.ok && (
              <ul className="mt-2 list-disc pl-4 text-xs text-slate-600">
                {s.outcome.value.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </article>
        ))}
      </div>
      <figure className="mx-auto w-full max-w-2xl rounded-lg border border-slate-200 bg-white p-2">
        <UtilityFrontier
          frontier={view.frontier}
          disagreement={view.disagreement}
          ideal={view.ideal}
          solutions={solved.map((s) => ({ key: s.key, label: s.label, u1: s.u1, u2: s.u2 }))}
          axisLabels={{ u1: `${n1}'s utility`, u2: `${n2}'s utility` }}
        />
        <figcaption className="px-2 pb-1 text-xs text-slate-600">
          Every split on the frontier is efficient; the solutions differ in how they share the gains over the
          disagreement point d. The dotted line runs from d to the ideal point (each side’s best possible outcome);
          Kalai–Smorodinsky lies where it meets the frontier.
        </figcaption>
      </figure>
    </section>
  );
}
