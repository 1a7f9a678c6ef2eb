'use client';

import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';
import { Field, inputClass } from '../Field';

/** Step 2: what the adversary must do, by when, and (optionally) who the adversary is. */
export function DemandStep() {
  const { register } = useFormContext<WizardValues>();
  return (
    <>
      <Field
        name="terms"
        label="What must the adversary do?"
        hint="Be specific: the adversary and the oracle read exactly this. It is published on-chain for anyone to see."
      >
        {(a11y) => <textarea {...a11y} rows={4} className={inputClass} {...register('terms')} />}
      </Field>
      <Field
        name="deadline"
        label="By when?"
        hint="The demand must be met before this moment (your local time). At most 5 years away."
      >
        {(a11y) => <input {...a11y} type="datetime-local" className={inputClass} {...register('deadline')} />}
      </Field>
      <Field
        name="adversaryName"
        label="Adversary’s name (optional)"
        hint="A company or person, as you would address them."
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            autoComplete="organization"
            className={inputClass}
            {...register('adversaryName')}
          />
        )}
      </Field>
      <Field
        name="adversaryAddress"
        label="Adversary’s Ethereum address (optional)"
        hint="Only if you know it; it is shown on the threat’s page."
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            spellCheck={false}
            autoComplete="off"
            placeholder="0x…"
            className={`${inputClass} font-mono`}
            {...register('adversaryAddress')}
          />
        )}
      </Field>
    </>
  );
}
