'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { EIP1193Provider } from 'viem';

const STEP_WORDS = {
  connecting: 'Connecting to your wallet…',
  checking: 'Reading the threat…',
  proving: 'Fetching the block header that proves the random value…',
  simulating: 'Checking the transaction would succeed…',
  signing: 'Confirm the transaction in your wallet…',
  mining: 'Waiting for the transaction to be mined…',
} as const;

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; step: keyof typeof STEP_WORDS }
  | { kind: 'ok'; summary: string; txHash: string }
  | { kind: 'error'; title: string; message: string };

/**
 * "Trigger due draws / settle": anyone may advance a threat by its rules. The wallet code (viem wallet client,
 * the beacon proof builder and the error decoder) loads only on click; any injected EIP-1193 wallet works.
 * On success the server-rendered page refreshes, so new draws appear.
 */
export function SettleButton({
  chainId,
  registry,
  threatId,
  label,
  disabledReason,
}: {
  chainId: number;
  registry: `0x${string}`;
  threatId: string;
  label: string;
  /** Why nothing can be settled now (the button is disabled); the last result stays visible. */
  disabledReason?: string;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [refreshing, startRefresh] = useTransition();
  const router = useRouter();

  async function run() {
    setState({ kind: 'busy', step: 'connecting' });
    const { settleFromBrowser } = await import('@/lib/threats/settle');
    const provider = (window as unknown as { ethereum?: EIP1193Provider }).ethereum;
    const result = await settleFromBrowser({
      provider,
      chainId,
      registry,
      id: BigInt(threatId),
      onStep: (step) => setState({ kind: 'busy', step }),
    });
    if (result.ok) {
      setState({ kind: 'ok', summary: result.summary, txHash: result.txHash });
      startRefresh(() => router.refresh());
    } else {
      setState({ kind: 'error', title: result.error.title, message: result.error.message });
    }
  }

  const busy = state.kind === 'busy' || refreshing;
  return (
    <div>
      <button
        type="button"
        onClick={run}
        disabled={busy || disabledReason !== undefined}
        aria-describedby={disabledReason ? 'settle-disabled-reason' : undefined}
        data-testid="settle-button"
        className="rounded-lg bg-indigo-700 px-4 py-2 font-semibold text-white shadow-sm hover:bg-indigo-800 disabled:opacity-60"
      >
        {busy ? 'Working…' : label}
      </button>
      {disabledReason ? (
        <p id="settle-disabled-reason" className="mt-1 text-sm text-slate-600" data-testid="nothing-due">
          {disabledReason}
        </p>
      ) : null}
      <div aria-live="polite" className="mt-2 text-sm">
        {state.kind === 'busy' ? <p>{STEP_WORDS[state.step]}</p> : null}
        {state.kind === 'ok' ? (
          <p data-testid="settle-result" className="text-green-800">
            {state.summary} <span className="break-all font-mono text-xs text-slate-600">tx {state.txHash}</span>
          </p>
        ) : null}
        {state.kind === 'error' ? (
          <div role="alert" data-testid="settle-error" className="rounded-md bg-red-50 p-2 text-red-900">
            <p className="font-semibold">{state.title}</p>
            <p>{state.message}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
