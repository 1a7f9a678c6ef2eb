'use client';

import { useFormContext } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';
import { Field, inputClass } from '../Field';
import { MathPanel } from '../MathPanel';
import { LossFields, StakeInUsd } from './LossFields';

/** Step 6: the stake, each side's loss if escalated, and the math with plots and warnings. */
export function StakesStep({ now }: { now: number }) {
  const { register } = useFormContext<WizardValues>();
  return (
    <>
      <Field
        name="stakeEth"
        label="Stake (ETH)"
        hint="Locked in the registry now; paid to the provider if the threat escalates, back to you if the demand is met."
      >
        {(a11y) => <input {...a11y} inputMode="decimal" className={`${inputClass} w-48`} {...register('stakeEth')} />}
      </Field>
      <StakeInUsd />
      <LossFields />
      <MathPanel now={now} />
    </>
  );
}
