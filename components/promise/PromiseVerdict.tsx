'use client';

import { useRouter } from 'next/navigation';
import type { Address } from 'viem';
import { breachCall } from '@/lib/contracts/actions/hold';
import { fulfilCall } from '@/lib/contracts/actions/fulfil';
import { TxStatus } from '@/components/tx/TxStatus';
import { useTransaction } from '@/components/tx/use-transaction';
import { useDeskActor } from '@/components/desks/use-desk-actor';

/**
 * The resolver records a public promise kept (`fulfil`: every funder refunded) or broken (`breach`: the timeout
 * action applies at once), white paper section 12.4. Mounted on the oracle desk for promises; a second verdict on
 * a decided promise is refused by the registry (ThreatNotLive), shown in words.
 */
export function PromiseVerdict({
  id,
  chainId,
  registry,
  resolver,
}: {
  id: bigint;
  chainId: number;
  registry: Address;
  resolver: Address;
}) {
  const router = useRouter();
  const tx = useTransaction();
  const actor = useDeskActor(resolver, chainId);
  async function record(kept: boolean) {
    const call = kept ? fulfilCall({ registry, id }) : breachCall({ registry, id });
    const r = await tx.run({ ...call, chainId });
    if (r.ok) router.refresh();
  }
  return (
    <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid={`promise-verdict-${id}`}>
      <p className="text-sm font-semibold">This is a public promise: record whether it was kept.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={tx.busy || !actor.canAct}
          onClick={() => void record(true)}
          className="rounded-md bg-emerald-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
          data-testid={`promise-kept-${id}`}
        >
          Record kept
        </button>
        <button
          type="button"
          disabled={tx.busy || !actor.canAct}
          onClick={() => void record(false)}
          className="rounded-md bg-red-800 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50"
          data-testid={`promise-broken-${id}`}
        >
          Record broken
        </button>
      </div>
      {actor.reason && <p className="mt-1 text-xs text-slate-600">{actor.reason}</p>}
      <TxStatus
        state={tx.state}
        onReset={tx.reset}
        successMessage="Recorded: the maker’s public record of promises is updated."
      />
    </div>
  );
}
