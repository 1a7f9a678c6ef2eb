'use client';

import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useAccount } from '@/components/wallet/wallet-store';
import { ConnectWalletButton } from '@/components/wallet/ConnectControl';
import { getDeployment } from '@/lib/contracts/deployments';
import { fundLinkUrl } from '@/lib/funding/fund-link';
import { canEscalate, engagementProblems, firstInvalidStep } from '@/lib/wizard/schema';
import { STEP_TITLES, type StepId } from '@/lib/wizard/steps';
import type { WizardValues } from '@/lib/wizard/types';

/**
 * Instead of signing: the professional's "review and fund" link (white paper section 3.2). Every step is checked
 * first, the engagement against the client (it must name the client as the maker); the link opens /fund, where
 * the client reviews the same answers and signs with their own wallet.
 */
export function FundLinkPanel({ goTo }: { goTo: (s: StepId) => void }) {
  const { getValues } = useFormContext<WizardValues>();
  const { address, chainId, isConnected } = useAccount();
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<{ step: StepId; message?: string } | null>(null);
  const [copied, setCopied] = useState('');

  function prepare() {
    if (!address || chainId === undefined) return;
    const v = getValues();
    const deployment = getDeployment(chainId);
    const ctx = { now: Math.floor(Date.now() / 1000), chainId, registry: deployment?.levetrage };
    const bad = firstInvalidStep(v, ctx);
    if (bad) return setProblem({ step: bad });
    if (canEscalate(v)) {
      const [first] = engagementProblems(v, { ...ctx, account: v.beneficiary.trim() });
      if (first) return setProblem({ step: 'escalation', message: first.replace('your wallet', 'the client') });
    }
    setProblem(null);
    setUrl(fundLinkUrl(window.location.origin, { chainId, preparedBy: address, values: v }));
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied.');
    } catch {
      setCopied('Copying is blocked here: select the link and copy it.');
    }
  }

  return (
    <section
      aria-labelledby="fund-link-title"
      className="mt-8 rounded-md border border-slate-300 bg-white p-4"
      data-testid="fund-link-panel"
    >
      <h3 id="fund-link-title" className="text-lg font-bold">
        Review-and-fund link for your client
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        Nothing is signed here. Your client opens the link, checks these answers and creates the threat from their own
        wallet; the stake is theirs and refunds go to them.
      </p>
      {!isConnected ? (
        <div className="mt-2">
          <p className="mb-2 text-sm">
            Connect your wallet: its address is recorded as the professional who prepared it.
          </p>
          <ConnectWalletButton />
        </div>
      ) : (
        <button
          type="button"
          onClick={prepare}
          className="mt-3 rounded-md bg-indigo-700 px-5 py-2 font-semibold text-white"
          data-testid="fund-link-button"
        >
          Make the link
        </button>
      )}
      {problem && (
        <p className="mt-3 text-sm font-semibold text-red-700" role="alert">
          {problem.message ?? `Step “${STEP_TITLES[problem.step]}” needs attention before the link can be made.`}{' '}
          <button type="button" className="underline" onClick={() => goTo(problem.step)}>
            Go to {STEP_TITLES[problem.step]}
          </button>
        </p>
      )}
      {url && (
        <div className="mt-3">
          <label htmlFor="fund-link" className="block text-sm font-semibold">
            Send this link to your client
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id="fund-link"
              readOnly
              value={url}
              className="min-w-0 grow rounded-md border border-slate-400 px-3 py-2 font-mono text-sm"
              data-testid="fund-link-url"
            />
            <button type="button" onClick={copy} className="rounded-md bg-slate-800 px-4 py-2 font-semibold text-white">
              Copy link
            </button>
          </div>
          <p aria-live="polite" className="mt-1 text-sm">
            {copied}
          </p>
        </div>
      )}
    </section>
  );
}
