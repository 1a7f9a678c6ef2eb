'use client';

import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { formatChance, pickPForTarget, pickPFromRange } from '@/lib/wizard/math';
import { probabilityToPercentString } from '@/lib/wizard/units';
import type { WizardValues } from '@/lib/wizard/types';
import { Field, inputClass } from '../Field';
import { LossFields } from './LossFields';
import { useAppChain } from '@/components/wallet/use-app-chain';
import { beaconOptions, chosenBeacon } from '@/lib/wizard/beacons';

const MODES = [
  { value: 'manual', title: 'I’ll set p myself' },
  { value: 'target', title: 'Pick p for me from a target' },
  { value: 'range', title: 'Pick p for me from the useful range' },
] as const;

/** Step 5 (probabilistic only): the chance per period and the period length, or p picked from a target. */
export function OddsStep({ now }: { now: number }) {
  const { register, watch, setValue, getValues } = useFormContext<WizardValues>();
  const mode = watch('oddsMode');
  const { deployment } = useAppChain();
  const beacons = beaconOptions(deployment);
  const beacon = chosenBeacon(watch('beacon'), deployment);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  function setP(p: number, text: string) {
    setValue('pEscalatePct', probabilityToPercentString(p), { shouldDirty: true, shouldValidate: true });
    setNote({ ok: true, text });
  }

  function pickFromTarget() {
    try {
      const v = getValues();
      const { p, n } = pickPForTarget(v);
      setP(
        p,
        `p = ${probabilityToPercentString(p)}% per period gives a ${v.targetPct}% chance of escalation within ${n} periods (${v.targetDays} days).`,
      );
    } catch (e) {
      setNote({ ok: false, text: (e as Error).message });
    }
  }

  function pickFromRange() {
    try {
      const r = pickPFromRange(getValues(), now);
      setP(
        r.p,
        `Useful range of the total escalation chance: ${formatChance(r.qMin)} to ${formatChance(r.qMax)}. Aiming at the middle, ${formatChance(r.q)} over the ${r.n} periods before the deadline, gives p = ${probabilityToPercentString(r.p)}% per period.`,
      );
    } catch (e) {
      setNote({ ok: false, text: (e as Error).message });
    }
  }

  return (
    <>
      <fieldset className="mt-6">
        <legend className="font-semibold">How do you want to choose the odds?</legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {MODES.map((m) => (
            <label
              key={m.value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700"
            >
              <input
                type="radio"
                value={m.value}
                {...register('oddsMode', { onChange: () => setNote(null) })}
                className="h-4 w-4"
              />
              {m.title}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="mt-6 grid grid-cols-[1fr_auto] items-end gap-2">
        <Field
          name="periodValue"
          label="One draw every"
          hint="At least 1 minute, and no longer than the time to the deadline."
        >
          {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('periodValue')} />}
        </Field>
        <div className="mb-0">
          <label htmlFor="field-periodUnit" className="sr-only">
            Period unit
          </label>
          <select id="field-periodUnit" className={`${inputClass} w-auto`} {...register('periodUnit')}>
            <option value="minutes">minutes</option>
            <option value="hours">hours</option>
            <option value="days">days</option>
          </select>
        </div>
      </div>

      {mode === 'target' && (
        <div className="mt-6 rounded-md border border-slate-300 bg-white p-4">
          <p className="font-semibold">Target</p>
          <div className="flex flex-wrap items-end gap-3">
            <Field name="targetPct" label="Chance of escalation (%)">
              {(a11y) => (
                <input {...a11y} inputMode="decimal" className={`${inputClass} w-28`} {...register('targetPct')} />
              )}
            </Field>
            <Field name="targetDays" label="within (days)">
              {(a11y) => (
                <input {...a11y} inputMode="decimal" className={`${inputClass} w-28`} {...register('targetDays')} />
              )}
            </Field>
            <button
              type="button"
              onClick={pickFromTarget}
              className="mt-6 rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white"
            >
              Pick p for me
            </button>
          </div>
        </div>
      )}

      {mode === 'range' && (
        <div className="mt-6 rounded-md border border-slate-300 bg-white p-4">
          <p className="text-sm text-slate-700">
            The useful range is where the threat is strong enough that a rational adversary prefers to comply, yet not
            so likely to escalate that the chance they ignore any threat makes it a bad bet for you (Schelling,{' '}
            <i>The Strategy of Conflict</i>, p. 180).
          </p>
          <LossFields />
          <button
            type="button"
            onClick={pickFromRange}
            className="mt-4 rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white"
          >
            Pick p for me
          </button>
        </div>
      )}

      {note && (
        <p
          role="status"
          className={`mt-4 rounded-md p-3 text-sm ${note.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 font-semibold text-red-800'}`}
          data-testid="pick-note"
        >
          {note.text}
        </p>
      )}

      <Field
        name="pEscalatePct"
        label="Chance of escalation per period (%)"
        hint="Each draw pays your stake to the provider with this probability. Jane’s example: 5% a day."
      >
        {(a11y) => (
          <input {...a11y} inputMode="decimal" className={`${inputClass} w-40`} {...register('pEscalatePct')} />
        )}
      </Field>
      <Field
        name="pTerminatePct"
        label="Chance of a refund per period (%) — optional"
        hint="A “dovish” draw that ends the threat and returns your stake. 0 for none. Together with escalation at most 100%."
      >
        {(a11y) => (
          <input {...a11y} inputMode="decimal" className={`${inputClass} w-40`} {...register('pTerminatePct')} />
        )}
      </Field>
      <fieldset className="mt-6" data-testid="beacon-choice">
        <legend className="font-semibold">Where the draws’ randomness comes from</legend>
        {beacons.length === 0 ? (
          <p className="mt-1 text-sm text-red-700" role="alert">
            This network has no randomness beacon deployed: a probabilistic threat cannot be created here.
          </p>
        ) : (
          <div className="mt-2 grid gap-2">
            {beacons.map((b) => (
              <label
                key={b.id}
                className="flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700"
              >
                <input
                  type="radio"
                  value={b.id}
                  checked={beacon?.id === b.id}
                  onChange={() => setValue('beacon', b.id, { shouldDirty: true })}
                  name="beacon"
                  className="mt-1 h-5 w-5"
                />
                <span>
                  <span className="block font-semibold">{b.title}</span>
                  <span className="mt-1 block text-sm text-slate-700">{b.trust}</span>
                </span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
    </>
  );
}
