import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Wizard } from '@/components/wizard/Wizard';

export const metadata: Metadata = {
  title: 'Create a threat',
  description: 'Make a binding commitment or a probabilistic threat, step by step, with the math shown.',
};

/** `/create?step=…`: the threat maker's wizard (client-side form; the step lives in the URL). */
export default function CreatePage() {
  return (
    <main>
      <Suspense fallback={<p className="p-6">Loading the wizard…</p>}>
        <Wizard />
      </Suspense>
    </main>
  );
}
