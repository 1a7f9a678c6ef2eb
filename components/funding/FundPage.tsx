'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { useRouter } from 'next/navigation';
import { FormProvider, useForm } from 'react-hook-form';
import { useAccount } from '@/components/wallet/wallet-store';
import type { FundLink } from '@/lib/funding/fund-link';
import { STEP_TITLES, type StepId } from '@/lib/wizard/steps';
import { EMPTY_VALUES, type WizardValues } from '@/lib/wizard/types';
import type { CreatedThreat } from '@/lib/wizard/storage';

// The link lives in the fragment, which the server never sees: its decoder (with the wizard's schema) and the
// check-your-answers page load once the page has read it.
const ReviewStep = dynamic(() => import('@/components/wizard/steps/ReviewStep').then((m) => m.ReviewStep), {
  ssr: false,
  loading: () => <p role="status">Loading the answers…</p>,
});

/**
 * The client's side of a "review and fund" link (white paper section 3.2): the answers the professional prepared,
 * on the wizard's check-your-answers page, signed with the client's own wallet. Nothing can be edited here: a
 * change goes back to the professional, who sends a new link.
 */
export function FundPage() {
  const [link, setLink] = useState<FundLink | null>(null);
  const [error, setError] = useState('');
  const [change, setChange] = useState<StepId | null>(null);
  const methods = useForm<WizardValues>({ defaultValues: EMPTY_VALUES });
  const { address } = useAccount();
  const [created, setCreated] = useState<CreatedThreat | null>(null);
  const router = useRouter();

  useEffect(() => {
    let live = true;
    const read = () => {
      const code = window.location.hash.replace(/^#/, '');
      if (!code) return setError('This page opens from a review-and-fund link: the link’s part after “#” is missing.');
      void import('@/lib/funding/fund-link').then(
        ({ decodeFundLink, LinkError }) => {
          if (!live) return;
          try {
            const l = decodeFundLink(code);
            setLink(l);
            setError('');
            methods.reset(l.values);
          } catch (e) {
            setError(e instanceof LinkError ? e.message : 'This review-and-fund link could not be read.');
          }
        },
        () => live && setError('This page could not load its code (the connection to this site dropped): reload it.'),
      );
    };
    read();
    window.addEventListener('hashchange', read);
    return () => {
      live = false;
      window.removeEventListener('hashchange', read);
    };
  }, [methods]);

  const client = link?.values.beneficiary.trim();
  const wrongWallet = !!address && !!client && address.toLowerCase() !== client.toLowerCase();
  return (
    <main className="mx-auto max-w-3xl px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Review and fund a threat prepared for you</h1>
      {error && (
        <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-red-900" data-testid="fund-error">
          {error}
        </p>
      )}
      {link && (
        <FormProvider {...methods}>
          <p className="mt-2 text-slate-700" data-testid="fund-prepared-by">
            Prepared by the professional <code className="break-all font-mono text-sm">{link.preparedBy}</code> for{' '}
            <code className="break-all font-mono text-sm">{client}</code>. You sign with your own wallet and the stake
            is yours: refunds come back to you.
          </p>
          {wrongWallet && (
            <p role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-amber-900" data-testid="fund-wrong-wallet">
              Your wallet is {address}, but this threat was prepared for {client}: connect that wallet, or ask the
              professional for a link made for your address.
            </p>
          )}
          {change && (
            <p role="status" className="mt-3 rounded-md bg-slate-100 p-3 text-sm">
              To change “{STEP_TITLES[change]}”, ask the professional to change it and send you a new link; nothing here
              can be edited, so what you sign is what they prepared.
            </p>
          )}
          <h2 className="mt-6 text-xl font-bold">{STEP_TITLES.review}</h2>
          <ReviewStep
            goTo={setChange}
            created={created}
            onCreated={setCreated}
            onCopy={() => router.push('/create')} // the client starts its own draft, never a second sign of this one
          />
        </FormProvider>
      )}
    </main>
  );
}
