'use client';

import { useState } from 'react';
import type { DrawOutcomeKey } from '@/lib/contracts/enums.generated';
import type { BeaconSource } from '@/lib/randomness/verify-beacon';

/** Props: one settled draw as the chain recorded it, and where its value must come from. */
export interface VerifyDrawButtonProps {
  chainId: number;
  threatId: string;
  period: number;
  value: `0x${string}`;
  pEscalate: number;
  pTerminate: number;
  outcome: DrawOutcomeKey;
  lapsed: boolean;
  /** The beacon, ticket and request block (serialisable: the block as a decimal string); absent: unknown. */
  source?: Omit<BeaconSource, 'requestedAtBlock'> & { requestedAtBlock: string };
  /** The explorer link of the beacon's block, when the chain has an explorer. */
  blockHref?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; ok: boolean; fair: string; outcome: string; block: string | null };

/**
 * Verifies one draw in the browser (code loaded on click): that its value is the beacon's (the block header
 * hashed to the block hash and its prevrandao, or the VRF's answer event) and that the draw rule (keccak256 of
 * value, threat id and period, modulo 1e9) gives the outcome the chain recorded; says both in words.
 */
export function VerifyDrawButton(props: VerifyDrawButtonProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  async function verify() {
    setState({ kind: 'busy' });
    try {
      const [{ verifyDraw }, { verifyBeaconValue, drawOutcomeInWords }] = await Promise.all([
        import('@/lib/randomness/verify-draw'),
        import('@/lib/randomness/verify-beacon'),
      ]);
      const r = verifyDraw({
        value: props.value,
        threatId: BigInt(props.threatId),
        period: props.period,
        pEscalate: props.pEscalate,
        pTerminate: props.pTerminate,
        claimedOutcome: props.outcome,
        lapsed: props.lapsed,
      });
      const outcome = drawOutcomeInWords(r, props.pEscalate, props.pTerminate);
      if (props.lapsed || !props.source) {
        setState({
          kind: 'done',
          ok: r.ok,
          fair: props.lapsed ? '' : 'The beacon of this draw is unknown to the page; only the arithmetic was checked.',
          outcome,
          block: null,
        });
        return;
      }
      const [{ createPublicClient, http }, { getChain }] = await Promise.all([import('viem'), import('@/lib/chains')]);
      const chain = getChain(props.chainId);
      if (!chain) throw new Error(`chain ${props.chainId} is not configured`);
      const client = createPublicClient({ chain, transport: http(chain.rpcUrls.default.http[0], { timeout: 8_000 }) });
      const source = { ...props.source, requestedAtBlock: BigInt(props.source.requestedAtBlock) };
      const b = await verifyBeaconValue(client, source, props.value);
      setState({ kind: 'done', ok: r.ok && b.ok, fair: b.text, outcome, block: b.block?.toString() ?? null });
    } catch (e) {
      setState({
        kind: 'done',
        ok: false,
        fair: `Could not verify: ${(e as Error).message}`,
        outcome: '',
        block: null,
      });
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
        <div
          role="status"
          data-testid={`verify-result-${props.period}`}
          data-ok={state.ok ? 'true' : 'false'}
          className={`mt-1 text-sm ${state.ok ? 'text-green-800' : 'text-red-800'}`}
        >
          <p data-testid={`verify-fair-${props.period}`}>
            {state.ok ? '✓ ' : '✗ '}
            {state.fair}
            {state.block !== null && props.blockHref ? (
              <>
                {' '}
                <a href={props.blockHref} className="underline" rel="noopener noreferrer">
                  See block {state.block}
                </a>
              </>
            ) : null}
          </p>
          {state.outcome ? <p data-testid={`verify-outcome-${props.period}`}>{state.outcome}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
