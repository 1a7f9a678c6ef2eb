import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Wizard } from '@/components/wizard/Wizard';

// Rendered per request, so the server renders the step in the URL (`?step=`) and the page paints it before any
// JavaScript runs (a static page would bail out to client rendering at useSearchParams and paint only a
// "Loading" line until the wizard's code arrived: Lighthouse's LCP of 4 s on a slow phone, issue #13).
export const dynamic = 'force-dynamic';

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
