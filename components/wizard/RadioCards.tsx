'use client';

import type { Path } from 'react-hook-form';
import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';
import { Field } from './Field';

/** One choice of a `<RadioCards />` group. */
export interface RadioCard {
  value: string;
  title: string;
  text: string;
}

/** A labelled group of radio cards (title and explanation each) for one form field, its error linked. */
export function RadioCards({
  name,
  label,
  options,
  columns = '',
  testIdPrefix,
}: {
  name: Path<WizardValues>;
  label: string;
  options: readonly RadioCard[];
  /** Grid columns from the small breakpoint up, e.g. "sm:grid-cols-2". */
  columns?: string;
  /** Adds `data-testid={`${testIdPrefix}-${value}`}` to each radio. */
  testIdPrefix?: string;
}) {
  const { register } = useFormContext<WizardValues>();
  return (
    <Field name={name} label={label} group>
      {(a11y) => (
        <div className={`grid gap-3 ${columns}`} id={a11y.id} tabIndex={-1}>
          {options.map((o) => (
            <label
              key={o.value}
              className="flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700"
            >
              <input
                type="radio"
                value={o.value}
                {...register(name)}
                aria-describedby={a11y['aria-describedby']}
                className="mt-1 h-5 w-5"
                data-testid={testIdPrefix ? `${testIdPrefix}-${o.value}` : undefined}
              />
              <span>
                <span className="block font-semibold">{o.title}</span>
                <span className="mt-1 block text-sm text-slate-700">{o.text}</span>
              </span>
            </label>
          ))}
        </div>
      )}
    </Field>
  );
}
