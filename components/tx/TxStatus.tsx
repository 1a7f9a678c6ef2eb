'use client';

import { useAppChain } from '@/components/wallet/use-app-chain';
import { getChain } from '@/lib/chains';
import type { TxState } from '@/lib/tx/tx-state';

/** Props of `<TxStatus />`. */
export interface TxStatusProps {
  state: TxState;
  /** Where the result lives (e.g. the threat page), shown on success. */
  href?: string;
  hrefLabel?: string;
  /** What to say on success (default "Done."). */
  successMessage?: string;
  /** Shows a "Dismiss" button on success or error. */
  onReset?: () => void;
}

const PHASE_TEXT = {
  simulating: 'Checking the transaction…',
  signing: 'Confirm in your wallet…',
  pending: 'Waiting for the transaction to be mined…',
} as const;

/**
 * The status of a `useTransaction()` run in words: checking, waiting for the signature, pending
 * (with the hash), success (with a link to the result) or the decoded error. Announced to screen readers.
 */
export function TxStatus({
  state,
  href,
  hrefLabel = 'View the result',
  successMessage = 'Done.',
  onReset,
}: TxStatusProps) {
  const { chainId } = useAppChain();
  const explorer = getChain(chainId)?.blockExplorers?.default.url;
  if (state.phase === 'idle') return null;

  const step =
    state.stepCount > 1
      ? `Step ${state.stepIndex + 1} of ${state.stepCount}${state.stepLabel ? `: ${state.stepLabel}` : ''}. `
      : '';
  const hashLink = state.hash ? (
    explorer ? (
      <a
        className="break-all font-mono text-xs underline"
        href={`${explorer}/tx/${state.hash}`}
        target="_blank"
        rel="noreferrer"
      >
        {state.hash}
      </a>
    ) : (
      <span className="break-all font-mono text-xs" data-testid="tx-hash">
        {state.hash}
      </span>
    )
  ) : null;

  if (state.phase === 'error' && state.error) {
    return (
      <div
        role="alert"
        data-testid="tx-status"
        data-phase="error"
        data-kind={state.error.kind}
        className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
      >
        <p className="font-semibold">{state.error.title}</p>
        <p className="mt-1">{state.error.message}</p>
        {onReset && (
          <button type="button" onClick={onReset} className="mt-2 text-xs underline">
            Dismiss
          </button>
        )}
      </div>
    );
  }

  if (state.phase === 'success') {
    return (
      <div
        role="status"
        data-testid="tx-status"
        data-phase="success"
        className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900"
      >
        <p className="font-semibold">{successMessage}</p>
        {hashLink && <p className="mt-1">Transaction: {hashLink}</p>}
        {href && (
          <a href={href} className="mt-2 inline-block font-medium underline">
            {hrefLabel}
          </a>
        )}
        {onReset && (
          <button type="button" onClick={onReset} className="ml-3 text-xs underline">
            Dismiss
          </button>
        )}
      </div>
    );
  }

  const text = PHASE_TEXT[state.phase as keyof typeof PHASE_TEXT];
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="tx-status"
      data-phase={state.phase}
      className="flex items-start gap-2 rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-800"
    >
      <span
        aria-hidden
        className="mt-1 inline-block h-3 w-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent"
      />
      <div>
        <p>
          {step}
          {text}
        </p>
        {state.phase === 'pending' && hashLink && <p className="mt-1">Transaction: {hashLink}</p>}
      </div>
    </div>
  );
}
