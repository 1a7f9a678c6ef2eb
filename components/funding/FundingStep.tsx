'use client';

import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';
import { Field, inputClass } from '@/components/wizard/Field';

const FUNDING = [
  {
    value: 'maker',
    title: 'Only me',
    text: 'You alone fund the threat, and it is live at once.',
  },
  {
    value: 'backers',
    title: 'Me, and backers who add to it (white paper §10.4, §12.5)',
    text: 'Anyone (or the accounts you list) may add stake to the live threat, up to a cap. The whole stake goes to the provider on escalation; each backer takes back exactly their share on a refund or fulfilment.',
  },
  {
    value: 'pool',
    title: 'A pledge pool with a threshold (§12.1, §12.2)',
    text: 'The threat gathers pledges until a date and goes live only when enough pledgers, or enough ETH, joined. Otherwise every pledger takes their pledge back: nothing is ever locked.',
  },
] as const;

/**
 * The wizard's step for issue #15: who funds the threat (backers, a pool), who receives the refunds (a
 * professional's client), the threat it answers (a counter-commitment), and the "review and fund" link.
 */
export function FundingStep() {
  const { register, watch } = useFormContext<WizardValues>();
  const funding = watch('funding');
  const forClient = watch('forClient');
  return (
    <>
      <Field name="funding" label="Who funds it?" group>
        {(a11y) => (
          <div className="grid gap-3" id={a11y.id} tabIndex={-1}>
            {FUNDING.map((f) => (
              <label
                key={f.value}
                className="flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-indigo-700 has-[:checked]:ring-2 has-[:checked]:ring-indigo-700"
              >
                <input
                  type="radio"
                  value={f.value}
                  {...register('funding')}
                  className="mt-1 h-5 w-5"
                  data-funding={f.value}
                />
                <span>
                  <span className="block font-semibold">{f.title}</span>
                  <span className="mt-1 block text-sm text-slate-700">{f.text}</span>
                </span>
              </label>
            ))}
          </div>
        )}
      </Field>
      {funding !== 'maker' && (
        <>
          <Field
            name="capEth"
            label="Cap: the most ETH the threat may hold in all (ETH)"
            hint="Your own stake included. A provider’s engagement may lower it to the largest stake it accepts."
          >
            {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('capEth')} />}
          </Field>
          <Field
            name="allowList"
            label="Only these accounts may add stake (optional)"
            hint="One address per line; empty: anyone. The list is published with the demand so each backer can prove they are on it."
          >
            {(a11y) => (
              <textarea
                {...a11y}
                rows={3}
                spellCheck={false}
                className={`${inputClass} font-mono`}
                {...register('allowList')}
              />
            )}
          </Field>
        </>
      )}
      {funding === 'pool' && (
        <>
          <Field name="poolUntil" label="Gather pledges until" hint="Before the deadline. Your local time.">
            {(a11y) => <input {...a11y} type="datetime-local" className={inputClass} {...register('poolUntil')} />}
          </Field>
          <Field
            name="poolMinPledgers"
            label="Threshold: number of pledgers (optional)"
            hint="You count as one. Leave empty to use only the ETH threshold."
          >
            {(a11y) => <input {...a11y} inputMode="numeric" className={inputClass} {...register('poolMinPledgers')} />}
          </Field>
          <Field
            name="poolMinTotalEth"
            label="Threshold: total ETH pledged (optional)"
            hint="Leave empty to use only the number of pledgers. If you set both, both must be reached."
          >
            {(a11y) => <input {...a11y} inputMode="decimal" className={inputClass} {...register('poolMinTotalEth')} />}
          </Field>
        </>
      )}
      <Field
        name="beneficiary"
        label="Refunds go to (optional)"
        hint="A professional acting for a client (white paper §3.2) names the client here. Empty: refunds go to the wallet that signs."
      >
        {(a11y) => (
          <input
            {...a11y}
            spellCheck={false}
            placeholder="0x…"
            className={`${inputClass} font-mono`}
            {...register('beneficiary')}
          />
        )}
      </Field>
      <Field
        name="forClient"
        label="Who signs?"
        group
        hint="A professional can prepare everything and send the client a link: the client reviews the answers and signs with their own wallet. The provider’s engagement must then name the client as the maker."
      >
        {() => (
          <div className="grid gap-2">
            <label className="flex gap-2">
              <input type="radio" value="no" {...register('forClient')} className="h-5 w-5" /> I sign and fund it now
            </label>
            <label className="flex gap-2">
              <input
                type="radio"
                value="link"
                {...register('forClient')}
                className="h-5 w-5"
                data-testid="for-client-link"
              />
              Prepare a “review and fund” link for my client
            </label>
          </div>
        )}
      </Field>
      {forClient === 'link' && (
        <p className="mt-2 text-sm text-slate-700">
          Your address is written into the published terms as the professional who prepared it, so your desk lists it.
        </p>
      )}
      <Field
        name="linkedTo"
        label="This answers threat number (optional)"
        hint="A counter-commitment (white paper §7): the number of the threat it responds to. Both pages will show the link."
      >
        {(a11y) => <input {...a11y} inputMode="numeric" className={inputClass} {...register('linkedTo')} />}
      </Field>
    </>
  );
}
