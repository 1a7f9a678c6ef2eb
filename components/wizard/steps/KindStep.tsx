'use client';

import { useFormContext } from 'react-hook-form';
import { PRESETS } from '@/lib/wizard/presets';
import type { WizardValues } from '@/lib/wizard/types';
import { RadioCards } from '../RadioCards';
import { PromiseOption } from '@/components/promise/PromiseOption';

const KINDS = [
  {
    value: 'commitment',
    title: 'Commitment (binding threat)',
    text: 'You lock a stake that is lost unless an oracle marks your demand met before the deadline. Acting on your threat becomes your only rational move, so the adversary must take it seriously (white paper §7).',
  },
  {
    value: 'probabilistic',
    title: 'Probabilistic threat (mixed strategy)',
    text: 'Each period a verifiable random draw pays your stake to the provider with a probability you choose. You cap your own risk while the adversary’s expected cost grows every period (white paper §8–9).',
  },
] as const;

/** Step 1: commitment or probabilistic threat, and the white paper's stories as one-click presets. */
export function KindStep({ onPreset, localChain }: { onPreset: (id: string) => void; localChain: boolean }) {
  const { watch } = useFormContext<WizardValues>();
  const preset = watch('preset');
  return (
    <>
      <RadioCards name="kind" label="What kind of threat?" options={KINDS} columns="sm:grid-cols-2" />
      <PromiseOption />

      <section aria-labelledby="presets-title" className="mt-8">
        <h3 id="presets-title" className="font-semibold">
          Or start from a story in the white paper
        </h3>
        <p className="text-sm text-slate-600">
          {localChain
            ? 'One click fills every step; you can change anything afterwards. Addresses are the local dev accounts — replace them with your real provider and oracle.'
            : 'One click fills in the story; you enter the provider, the oracle and the adversary’s address (presets fill in addresses only on the local dev chain).'}
        </p>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {PRESETS.map((p) => (
            <li key={p.id} className="rounded-md border border-slate-300 bg-white p-4">
              <button
                type="button"
                onClick={() => onPreset(p.id)}
                aria-pressed={preset === p.id}
                className="font-semibold text-indigo-800 underline"
                data-preset={p.id}
              >
                Use “{p.title}”
              </button>
              <p className="mt-1 text-sm text-slate-700">{p.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
