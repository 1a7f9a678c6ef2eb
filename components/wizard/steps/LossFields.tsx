'use client';

import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';
import { Field, inputClass } from '../Field';

/** The numbers the math uses: the amount in dispute, each side's loss if escalated, the hard-line chance. */
export function LossFields() {
  const { register } = useFormContext<WizardValues>();
  return (
    <div className="grid gap-x-4 sm:grid-cols-2">
      <Field
        name="disputedAmount"
        label="Amount in dispute"
        hint="What you ask the adversary for, in any currency (Jane: 13000)."
      >
        {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('disputedAmount')} />}
      </Field>
      <Field name="makerLoss" label="Your loss if it escalates" hint="Same currency (Jane: 2000).">
        {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('makerLoss')} />}
      </Field>
      <Field name="adversaryLoss" label="The adversary’s loss if it escalates" hint="Same currency (X: 100000).">
        {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('adversaryLoss')} />}
      </Field>
      <Field
        name="ignoreChancePct"
        label="Chance the adversary ignores any threat (%)"
        hint="They did not get it, did not believe it, or never give in."
      >
        {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('ignoreChancePct')} />}
      </Field>
    </div>
  );
}
