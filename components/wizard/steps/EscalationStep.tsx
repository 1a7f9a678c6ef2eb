'use client';

import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { canEscalate } from '@/lib/wizard/schema';
import { newAgreementDraft, parseAgreementDraft, type AgreementDraft } from '@/lib/wizard/agreement-draft';
import type { WizardValues } from '@/lib/wizard/types';
import { AgreementDrop } from '../AgreementDrop';
import { AgreementTemplate } from '../AgreementTemplate';
import { EngagementCheckNote, useEngagementCheck } from '../EngagementCheck';
import { EngagementRequestLink } from '../EngagementRequestLink';
import { Field, inputClass } from '../Field';
import { RecordHint } from '../RecordHint';

/**
 * Step 3: who gets the stake on escalation, what they will do, the agreement's hash, and the provider's
 * engagement (its consent for this maker and agreement, which the registry requires before it can pay it).
 */
export function EscalationStep() {
  const { register, watch, setValue, getValues } = useFormContext<WizardValues>();
  const kind = watch('kind');
  const rawDraft = watch('agreementDraft');
  const stored = parseAgreementDraft(rawDraft);
  // No draft yet: start one on the drop-a-file path (what a preset fills in); the maker switches to a template
  // with one click. Made once, in an effect (its nonce is random): the request link must not change on renders.
  useEffect(() => {
    if (stored) return;
    const d = newAgreementDraft('law-firm-retainer', getValues(), Math.floor(Date.now() / 1000));
    setValue('agreementDraft', JSON.stringify({ ...d, mode: 'file' }));
  }, [stored, getValues, setValue]);
  const draft: AgreementDraft | null = stored;
  const onDraft = (d: AgreementDraft) => setValue('agreementDraft', JSON.stringify(d), { shouldDirty: true });
  const setMode = (mode: AgreementDraft['mode']) => {
    if (!draft || mode === draft.mode) return;
    onDraft({ ...draft, mode });
    setValue('agreementHash', '', { shouldDirty: true });
    setValue('agreementFileName', '', { shouldDirty: true });
  };
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
      <RecordHint address={watch('provider') ?? ''} role="provider" />
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
        label="The agreement with the provider"
        hint="The agreement says the provider acts only on an escalation of its engagement from the Levetrage registry (white paper §10.2). Fill in a template, or bring a file you signed elsewhere."
        group
      >
        {(a11y) => (
          <>
            <div className="flex flex-wrap gap-4" role="radiogroup" aria-label="Where the agreement comes from">
              {(
                [
                  ['template', 'Fill in a template'],
                  ['file', 'Bring my own signed file'],
                ] as const
              ).map(([mode, label]) => (
                <label key={mode} className="flex items-center gap-2 text-sm font-semibold">
                  <input
                    type="radio"
                    name="agreement-mode"
                    value={mode}
                    checked={(draft?.mode ?? 'file') === mode}
                    onChange={() => setMode(mode)}
                    data-testid={`agreement-mode-${mode}`}
                  />
                  {label}
                </label>
              ))}
            </div>
            <div className="mt-3">
              {draft?.mode === 'template' ? (
                <AgreementTemplate draft={draft} onDraft={onDraft} a11y={a11y} />
              ) : (
                <AgreementDrop a11y={a11y} />
              )}
            </div>
            {draft && <EngagementRequestLink draft={draft} onDraft={onDraft} />}
          </>
        )}
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
