import type { Metadata } from 'next';
import { EngagePage } from '@/components/engage/EngagePage';

export const metadata: Metadata = { title: 'Accept an engagement', robots: { index: false } };

/**
 * /engage#<code>: the provider opens the maker's engagement request link. The code stays in the fragment (the
 * server never sees it); everything is read and checked in the browser.
 */
export default function Page() {
  return (
    <main className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Accept an engagement</h1>
      <p className="mt-1 text-slate-700">
        Read the terms and the agreement, check its fingerprint, then sign with your wallet or accept on chain. Reading
        needs no wallet.
      </p>
      <div className="mt-4">
        <EngagePage />
      </div>
    </main>
  );
}
