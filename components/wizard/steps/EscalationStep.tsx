'use client';

import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';
import { AgreementDrop } from '../AgreementDrop';
import { Field, inputClass } from '../Field';

/** Step 3: who gets the stake on escalation, what they will do, and the signed agreement's hash. */
export function EscalationStep() {
  const { register } = useFormContext<WizardValues>();
  return (
    <>
      <Field
        name="provider"
        label="Provider’s address"
        hint="The law firm, PR firm or other service provider who receives the stake if the threat escalates, and acts on receipt."
      >
        {(a11y) => (
          <input
            {...a11y}
            type="text"
            spellCheck={false}
            autoComplete="off"
            placeholder="0x…"
            className={`${inputClass} font-mono`}
            {...register('provider')}
          />
        )}
      </Field>
      <Field
        name="providerAction"
        label="What will the provider do on receipt?"
        hint="As agreed with them, e.g. “file a civil action and bill 40 hours”. Published with the demand."
      >
        {(a11y) => <textarea {...a11y} rows={3} className={inputClass} {...register('providerAction')} />}
      </Field>
      <Field
        name="agreementHash"
        label="The signed agreement with the provider"
        hint="The agreement says the provider acts when the stake arrives from the Levetrage registry (white paper §10.2)."
        group
      >
        {(a11y) => <AgreementDrop a11y={a11y} />}
      </Field>
    </>
  );
}
