'use client';

import { useState } from 'react';
import type { DrawOutcomeKey } from '@/lib/contracts/enums.generated';

/** Props: one settled draw as the chain recorded it. */
export interface VerifyDrawButtonProps {
  threatId: string;
  period: number;
  value: `0x${string}`;
  pEscalate: number;
  pTerminate: number;
  outcome: DrawOutcomeKey;
  lapsed: boolean;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; ok: boolean; text: string };

/**
 * Recomputes one draw in the browser with the draw rule (keccak256 of value, threat id and period, modulo 1e9)
 * and says whether the chain's recorded outcome is right. The rule's code loads only when clicked.
 */
export function VerifyDrawButton(props: VerifyDrawButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  async function verify() {
    setState({ kind: 'busy' });
    try {
      const { verifyDraw } = await import('@/lib/randomness/verify-draw');
      const r = verifyDraw({
        value: props.value,
        threatId: BigInt(props.threatId),
        period: props.period,
        pEscalate: props.pEscalate,
        pTerminate: props.pTerminate,
        claimedOutcome: props.outcome,
        lapsed: props.lapsed,
      });
      setState({ kind: 'done', ok: r.ok, text: r.explanation });
    } catch (e) {
      setState({ kind: 'done', ok: false, text: `Could not verify: ${(e as Error).message}` });
    }
  }
  return (
    <div className="mt-1">
      <button
        type="button"
        onClick={verify}
        disabled={state.kind === 'busy'}
        data-testid={`verify-draw-${props.period}`}
        className="rounded-md bg-white px-2.5 py-1 text-sm font-semibold text-indigo-800 ring-1 ring-inset ring-indigo-300 hover:bg-indigo-50 disabled:opacity-60"
      >
        {state.kind === 'busy' ? 'Verifying…' : 'Verify'}
      </button>
      {state.kind === 'done' ? (
        <p
          role="status"
          data-testid={`verify-result-${props.period}`}
          data-ok={state.ok ? 'true' : 'false'}
          className={`mt-1 text-sm ${state.ok ? 'text-green-800' : 'text-red-800'}`}
        >
          {state.ok ? '✓ ' : '✗ '}
          {state.text}
        </p>
      ) : null}
    </div>
  );
}
