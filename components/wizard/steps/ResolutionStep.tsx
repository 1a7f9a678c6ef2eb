'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import { useAccount } from 'wagmi';
import { fieldId } from '@/lib/wizard/steps';
import type { WizardValues } from '@/lib/wizard/types';
import { Field, inputClass, useFieldError } from '../Field';
import { formatDate } from '@/lib/format';
import { deadlineSeconds, MAX_TERMINATORS } from '@/lib/wizard/units';

const ACTIONS = [
  {
    value: 'refund',
    title: 'Refund',
    text: 'The stake comes back to you. Neutral: nothing irrevocable happens, so a commitment that refunds costs the adversary nothing if they wait.',
  },
  {
    value: 'forfeit',
    title: 'Forfeit to NASH holders',
    text: 'The stake is lost to you for good and shared by NASH holders. You are committed: acting on your threat before the deadline is how you keep the stake (Jane’s commitment, §7).',
  },
  {
    value: 'escalate',
    title: 'Escalate',
    text: 'The stake is paid to the provider, who acts as agreed. The threat is carried out for certain at the deadline.',
  },
] as const;

/** Step 4: terminators (oracles), the deadline reminder and the timeout action. */
export function ResolutionStep({ onEditDeadline }: { onEditDeadline: () => void }) {
  const { register, control, watch } = useFormContext<WizardValues>();
  const { fields, append, remove, update } = useFieldArray({ control, name: 'terminators' });
  const { address } = useAccount();
  const terminators = watch('terminators');
  const deadline = watch('deadline');
  const listError = useFieldError('terminators');
  const selfIncluded = !!address && terminators.some((t) => t.address.trim().toLowerCase() === address.toLowerCase());

  return (
    <>
      <fieldset
        className={`mt-6 ${listError ? 'border-l-4 border-red-700 pl-3' : ''}`}
        aria-describedby="terminators-hint"
      >
        <legend className="font-semibold">Terminators</legend>
        <p id="terminators-hint" className="mt-1 text-sm text-slate-600">
          Addresses allowed to mark the demand fulfilled before the deadline, which returns your stake — usually an
          oracle you have briefed on what proof to accept. 1 to {MAX_TERMINATORS}, each once.{' '}
          <a href="/directory?role=oracle" target="_blank" rel="noopener" className="underline">
            Compare oracles by their track record
          </a>
          .
        </p>
        {listError && (
          <p className="mt-1 text-sm font-semibold text-red-700" data-field-error="terminators">
            <span className="sr-only">Error: </span>
            {listError}
          </p>
        )}
        <ol className="mt-2 space-y-1">
          {fields.map((f, i) => (
            <li key={f.id} className="flex items-end gap-2">
              <div className="grow">
                <Field name={`terminators.${i}.address`} label={`Terminator ${i + 1}`}>
                  {(a11y) => (
                    <input
                      {...a11y}
                      type="text"
                      spellCheck={false}
                      autoComplete="off"
                      placeholder="0x…"
                      className={`${inputClass} font-mono`}
                      {...register(`terminators.${i}.address`)}
                    />
                  )}
                </Field>
              </div>
              {fields.length > 1 && (
                <button
                  type="button"
                  onClick={() => remove(i)}
                  className="mb-1 rounded-md border border-slate-400 px-3 py-2 text-sm"
                >
                  Remove<span className="sr-only"> terminator {i + 1}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
        <div className="mt-3 flex flex-wrap gap-2">
          {fields.length < MAX_TERMINATORS && (
            <button
              type="button"
              onClick={() => {
                append({ address: '' });
                setTimeout(() => document.getElementById(fieldId(`terminators.${fields.length}.address`))?.focus(), 0);
              }}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-semibold"
            >
              Add a terminator
            </button>
          )}
          {address && !selfIncluded && fields.length < MAX_TERMINATORS && (
            <button
              type="button"
              onClick={() => {
                const empty = terminators.findIndex((t) => !t.address.trim());
                if (empty >= 0) update(empty, { address });
                else append({ address });
              }}
              className="rounded-md border border-amber-600 bg-white px-3 py-2 text-sm font-semibold"
            >
              Add myself as a terminator
            </button>
          )}
        </div>
        {selfIncluded && (
          <p
            role="note"
            className="mt-3 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm"
            data-testid="self-terminator-warning"
          >
            <strong>You can end this threat yourself.</strong> That gives you a way out, but the adversary knows it too:
            a threat its maker can cancel is weaker, because they may bet you will back down (white paper §7.3, §10.1).
            For the strongest threat, leave it to an oracle.
          </p>
        )}
      </fieldset>

      <div className="mt-6">
        <p className="font-semibold">Deadline</p>
        <p className="mt-1 text-sm">
          {deadline ? formatDate(deadlineSeconds(deadline), { timeZone: 'local' }) : 'Not set yet.'}{' '}
          <button type="button" onClick={onEditDeadline} className="text-indigo-800 underline">
            Change the deadline<span className="sr-only"> (step 2)</span>
          </button>
        </p>
      </div>

      <Field name="timeoutAction" label="If the deadline passes and the demand is not met" group>
        {(a11y) => (
          <div className="grid gap-3" id={a11y.id} tabIndex={-1}>
            {ACTIONS.map((a) => (
              <label
                key={a.value}
                className="flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700"
              >
                <input
                  type="radio"
                  value={a.value}
                  {...register('timeoutAction')}
                  aria-describedby={a11y['aria-describedby']}
                  className="mt-1 h-5 w-5"
                />
                <span>
                  <span className="block font-semibold">{a.title}</span>
                  <span className="mt-1 block text-sm text-slate-700">{a.text}</span>
                </span>
              </label>
            ))}
          </div>
        )}
      </Field>
    </>
  );
}
