import type { Metadata } from 'next';
import Link from 'next/link';
import { CalculatorTabs } from '@/components/calculator/CalculatorTabs';
import { CounterMoveSection } from '@/components/calculator/CounterMoveSection';
import { PresetCards } from '@/components/calculator/PresetCards';
import { SplitForm } from '@/components/calculator/SplitForm';
import { SplitResults } from '@/components/calculator/SplitResults';
import { ThreatForm } from '@/components/calculator/ThreatForm';
import { ThreatResults } from '@/components/calculator/ThreatResults';
import { computeIntervalSplit, computeSurplusSplit } from '@/lib/calculator/compute-split';
import { computeThreat } from '@/lib/calculator/compute-threat';
import { attempt } from '@/lib/calculator/outcome';
import { parseCalculatorParams, type SearchParamsInput } from '@/lib/calculator/url';

export const metadata: Metadata = {
  title: 'Calculator',
  description: 'Nash, Kalai–Smorodinsky and Rubinstein splits, and the odds and costs of a probabilistic threat.',
};

/** The parsed value of a form already checked to be valid. */
function value<T>(form: { value: T | null }): T {
  if (form.value === null) throw new Error('value() called on an invalid form');
  return form.value;
}

/** Shown instead of results while some input is invalid: never a blank plot or NaN. */
function FixInputs({ errors }: { errors: Record<string, string> }) {
  const count = Object.keys(errors).length;
  return (
    <div
      role="status"
      className="self-start rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
      data-fix-inputs=""
    >
      <p className="font-semibold">
        {count === 1 ? 'One input needs fixing' : `${count} inputs need fixing`} before the results and plots can be
        drawn:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {Object.entries(errors).map(([field, message]) => (
          <li key={field}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A computation the library rejected as a whole (a RangeError): its message, never a blank page. */
function Rejected({ message }: { message: string }) {
  return (
    <p
      role="alert"
      className="self-start rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-800"
      data-rejected=""
    >
      These inputs cannot be computed: {message}
    </p>
  );
}

/** Renders a computed view, or the library's message if the whole computation was rejected. */
function Computed<T>({ compute, render }: { compute: () => T; render: (view: T) => React.ReactNode }) {
  const outcome = attempt(compute);
  return outcome.ok ? <>{render(outcome.value)}</> : <Rejected message={outcome.error} />;
}

/**
 * `/calculator`: rendered on the server from the URL's search params (a calculation is a link; the
 * GET forms work with JavaScript off). No wallet providers: it lives outside the (wallet) layout.
 */
export default async function CalculatorPage({ searchParams }: { searchParams: Promise<SearchParamsInput> }) {
  const params = await searchParams;
  const state = parseCalculatorParams(params);
  const { split, threat } = state;

  return (
    <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6">
      <header>
        <p className="text-sm">
          <Link href="/" className="text-indigo-700 hover:underline">
            Levetrage
          </Link>
        </p>
        <h1 className="text-2xl font-bold">Bargaining and threat calculator</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Pick a stake, odds and deadline from game theory instead of guessing (white paper §5, §6, §8). Every input is
          in the address bar: copy it to share a calculation.
        </p>
      </header>
      <CalculatorTabs active={state.tab} params={params} />

      {state.tab === 'split' && (
        <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
          <SplitForm mode={split.mode} raw={split.form.raw} errors={split.form.errors} />
          {split.mode === 'surplus' && split.form.value ? (
            <Computed
              compute={() => computeSurplusSplit(value(split.form))}
              render={(view) => <SplitResults mode="surplus" view={view} />}
            />
          ) : split.mode === 'interval' && split.form.value ? (
            <Computed
              compute={() => computeIntervalSplit(value(split.form))}
              render={(view) => <SplitResults mode="interval" view={view} />}
            />
          ) : (
            <FixInputs errors={split.form.errors} />
          )}
        </div>
      )}

      {state.tab === 'threat' && (
        <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
          <ThreatForm raw={threat.raw} errors={threat.errors} />
          {threat.value ? (
            <Computed compute={() => computeThreat(value(threat))} render={(view) => <ThreatResults view={view} />} />
          ) : (
            <FixInputs errors={threat.errors} />
          )}
        </div>
      )}

      {state.tab === 'presets' && <PresetCards />}
      <CounterMoveSection params={params as Record<string, string | string[] | undefined>} />
    </main>
  );
}
