import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { WizardValues } from '@/lib/wizard/types';

/** Renders `ui` inside a react-hook-form FormProvider with `values`; returns a getter for the live values. */
export function renderInForm(ui: ReactNode, values: WizardValues) {
  const ref: { get?: () => WizardValues } = {};
  function Host() {
    const methods = useForm<WizardValues>({ defaultValues: values });
    ref.get = methods.getValues;
    return <FormProvider {...methods}>{ui}</FormProvider>;
  }
  const r = render(<Host />);
  return { ...r, values: () => ref.get!() };
}
