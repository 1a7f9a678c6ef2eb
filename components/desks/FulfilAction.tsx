'use client';

import { useId, useRef, useState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import type { Address } from 'viem';
import { fulfilCall } from '@/lib/contracts/actions/fulfil';
import { useTransaction } from '@/components/tx/use-transaction';
import { TxStatus } from '@/components/tx/TxStatus';
import { formatDate, formatEth, shortAddress } from '@/lib/format';
import { useDeskActor } from './use-desk-actor';
import type { FulfilBlock } from './load-desks';

/** Props of `<FulfilAction />`: what the confirm step restates. */
export interface FulfilActionProps {
  id: bigint;
  chainId: number;
  registry: Address;
  /** The oracle desk's address (a terminator of the threat). */
  terminator: Address;
  terms: string;
  maker: Address;
  stake: bigint;
  deadline: number;
  blocked?: FulfilBlock;
}

/** Why fulfilment is not possible, in words. */
export function blockedReason(b: FulfilBlock): string {
  switch (b.reason) {
    case 'deadline':
      return `The deadline passed on ${formatDate(b.deadline)}; the demand can no longer be marked fulfilled.`;
    case 'draw-determined':
      return `The randomness of draw ${b.period} is already fixed, so fulfilling now could pre-empt a known outcome. Settle the draw on the threat page first.`;
    case 'closed':
      return 'The threat is closed.';
  }
}

/**
 * "Mark fulfilled" with a confirm step that restates the demand (terms, maker, stake, deadline)
 * before calling `fulfil(id)`. Disabled with the reason after the deadline or when a draw is determined.
 */
export function FulfilAction(p: FulfilActionProps) {
  const router = useRouter();
  const tx = useTransaction();
  const actor = useDeskActor(p.terminator, p.chainId);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) headingRef.current?.focus();
  }, [confirming]);

  const reason = p.blocked ? blockedReason(p.blocked) : actor.reason;

  if (tx.phase === 'success') {
    return (
      <TxStatus
        state={tx.state}
        successMessage={`Marked fulfilled: ${formatEth(p.stake)} refunded to the maker.`}
        href={`/t/${p.chainId}/${p.id}`}
        hrefLabel="Open the threat page"
      />
    );
  }

  return (
    <div className="space-y-2">
      {!confirming ? (
        <button
          type="button"
          data-testid={`fulfil-${p.id}`}
          disabled={!!reason}
          onClick={() => setConfirming(true)}
          className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
        >
          Mark fulfilled…
        </button>
      ) : (
        <section
          aria-labelledby={headingId}
          data-testid={`fulfil-confirm-${p.id}`}
          className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm"
        >
          <h4 id={headingId} ref={headingRef} tabIndex={-1} className="font-semibold text-emerald-900">
            Confirm: the demand of threat #{String(p.id)} was met
          </h4>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-600">Demand</dt>
            <dd className="whitespace-pre-wrap break-words">{p.terms || '(no terms text)'}</dd>
            <dt className="text-slate-600">Maker</dt>
            <dd className="break-all font-mono text-xs" title={p.maker}>
              {p.maker}
            </dd>
            <dt className="text-slate-600">Stake</dt>
            <dd>{formatEth(p.stake)}</dd>
            <dt className="text-slate-600">Deadline</dt>
            <dd>{formatDate(p.deadline)}</dd>
          </dl>
          <p className="mt-2 text-slate-700">
            Marking it fulfilled refunds {formatEth(p.stake)} to the maker ({shortAddress(p.maker)}) and closes the
            threat for good. Only do this if the demand was actually met.
          </p>
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              data-testid={`fulfil-confirm-button-${p.id}`}
              disabled={tx.busy || !!reason}
              onClick={async () => {
                const r = await tx.run({ ...fulfilCall({ registry: p.registry, id: p.id }), chainId: p.chainId });
                if (r.ok) router.refresh();
              }}
              className="rounded-md bg-emerald-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
            >
              Yes, mark fulfilled
            </button>
            <button
              type="button"
              disabled={tx.busy}
              onClick={() => {
                setConfirming(false);
                tx.reset();
              }}
              className="rounded-md border border-slate-300 px-3 py-1.5"
            >
              Cancel
            </button>
          </div>
        </section>
      )}
      {reason && (
        <p className="text-xs text-slate-600" data-testid={`fulfil-reason-${p.id}`}>
          {reason}
        </p>
      )}
      <TxStatus state={tx.state} onReset={tx.reset} />
    </div>
  );
}
