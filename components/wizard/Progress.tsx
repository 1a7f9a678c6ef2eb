import { STEP_TITLES, type StepId } from '@/lib/wizard/steps';

/** The list of steps with the current one marked (`aria-current="step"`). */
export function Progress({ steps, current }: { steps: StepId[]; current: StepId }) {
  const index = steps.indexOf(current);
  return (
    <nav aria-label="Steps" className="mt-4">
      <ol className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {steps.map((s, i) => (
          <li
            key={s}
            aria-current={s === current ? 'step' : undefined}
            className={s === current ? 'font-bold text-indigo-800' : i < index ? 'text-slate-700' : 'text-slate-500'}
          >
            {i + 1}. {STEP_TITLES[s]}
          </li>
        ))}
      </ol>
    </nav>
  );
}
