'use client';

import { useFormContext } from 'react-hook-form';
import { canEscalate } from '@/lib/wizard/schema';
import type { WizardValues } from '@/lib/wizard/types';
import { AgreementDrop } from '../AgreementDrop';
import { EngagementCheckNote, useEngagementCheck } from '../EngagementCheck';
import { Field, inputClass } from '../Field';

/**
 * Step 3: who gets the stake on escalation, what they will do, the agreement's hash, and the provider's
 * engagement (its consent for this maker and agreement, which the registry requires before it can pay it).
 */
export function EscalationStep() {
  const { register, watch } = useFormContext<WizardValues>();
  const kind = watch('kind');
  const timeoutAction = watch('timeoutAction');
  const code = watch('engagementCode');
  const check = useEngagementCheck(code);
  const needed = canEscalate({ kind, timeoutAction });
  return (
    <>
      {!needed && (
        <p className="mt-4 rounded-md bg-slate-100 p-3 text-sm text-slate-800" data-testid="escalation-optional">
          A commitment whose timeout action is Refund or Forfeit never pays a provider: leave this step empty unless you
          choose Escalate in the next step.
        </p>
      )}
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
      <p className="text-sm text-slate-600">
        <a href="/directory?role=provider" target="_blank" rel="noopener" className="underline">
          Compare providers by their track record
        </a>{' '}
        (escalations received and acted on, and how fast; opens the directory).
      </p>
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
      <Field
        name="engagementCode"
        label="The provider’s engagement code"
        hint="The provider accepts the engagement (this maker, this agreement, the smallest stake it acts on) by signing it or on chain, and sends you a code. The registry pays only a provider who did: a copied agreement hash gets a prankster nothing."
      >
        {(a11y) => (
          <>
            <textarea
              {...a11y}
              rows={3}
              spellCheck={false}
              autoComplete="off"
              className={`${inputClass} font-mono text-sm break-all`}
              {...register('engagementCode')}
            />
            <EngagementCheckNote check={check} />
          </>
        )}
      </Field>
    </>
  );
}
