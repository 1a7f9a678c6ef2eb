'use client';

import { useRouter } from 'next/navigation';
import type { Abi, Address } from 'viem';
import { useTransaction } from '@/components/tx/use-transaction';
import { TxStatus } from '@/components/tx/TxStatus';
import { formatEth } from '@/lib/format';
import { useDeskActor } from './use-desk-actor';

/** Props of `<BalanceAction />`. */
export interface BalanceActionProps {
  /** The desk's address (only its wallet may act). */
  owner: Address;
  chainId: number;
  /** The contract and its no-argument payout function (`withdraw` on the registry, `claim` on NASH). */
  contract: Address;
  abi: Abi | readonly unknown[];
  functionName: 'withdraw' | 'claim';
  amount: bigint;
  label: string;
  testId: string;
}

/** A balance the owner can take out (fallback balance or forfeit dividends) with its button. */
export function BalanceAction({
  owner,
  chainId,
  contract,
  abi,
  functionName,
  amount,
  label,
  testId,
}: BalanceActionProps) {
  const router = useRouter();
  const tx = useTransaction();
  const actor = useDeskActor(owner, chainId);
  const disabledReason = amount === 0n ? 'Nothing to take out.' : actor.reason;
  return (
    <div className="space-y-2">
      <button
        type="button"
        data-testid={testId}
        disabled={!!disabledReason || tx.busy}
        onClick={async () => {
          const r = await tx.run({ address: contract, abi, functionName, chainId });
          if (r.ok) router.refresh();
        }}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
      >
        {label} {amount > 0n ? formatEth(amount) : ''}
      </button>
      {disabledReason && amount > 0n && <p className="text-xs text-slate-600">{disabledReason}</p>}
      <TxStatus state={tx.state} successMessage={`Sent ${formatEth(amount)} to your wallet.`} onReset={tx.reset} />
    </div>
  );
}
