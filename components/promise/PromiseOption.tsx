'use client';

import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';

/**
 * A public promise (white paper section 12.4): on the kind step, turns the commitment (or the probabilistic
 * threat: "with probability p I will…") into a promise about the maker's own act, whose record of being kept
 * is public. A promise that cannot escalate may have no stake.
 */
export function PromiseOption() {
  const { watch, setValue } = useFormContext<WizardValues>();
  const promise = watch('promise');
  return (
    <fieldset className="mt-6 rounded-md border border-slate-300 bg-white p-4">
      <legend className="px-1 font-semibold">Or a public promise</legend>
      <label className="flex cursor-pointer gap-3">
        <input
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={promise === 'yes'}
          onChange={(e) => setValue('promise', e.target.checked ? 'yes' : 'no', { shouldDirty: true })}
          data-testid="promise-checkbox"
        />
        <span>
          <span className="block font-semibold">This is a promise about my own act</span>
          <span className="mt-1 block text-sm text-slate-700">
            Like “If the vote passes, I will move to Canada”. The resolver records it kept (fulfilled) or broken, and
            your record of promises is public. Without escalation (timeout Refund or Forfeit) the stake is optional.
            Choose “probabilistic” above for a promise kept with a probability.
          </span>
        </span>
      </label>
    </fieldset>
  );
}
