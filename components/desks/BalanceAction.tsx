'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Address } from 'viem';
import { useTransaction } from '@/components/tx/use-transaction';
import { TxStatus } from '@/components/tx/TxStatus';
import { claimCall } from '@/lib/contracts/actions/claim';
import { withdrawCall } from '@/lib/contracts/actions/withdraw';
import { formatEth } from '@/lib/format';
import { useDeskActor } from './use-desk-actor';

/** Props of `<BalanceAction />`. */
export interface BalanceActionProps {
  /** The desk's address (only its wallet may act). */
  owner: Address;
  chainId: number;
  /** The payout: `withdraw` from the registry, or `claim` from the NASH token; `contract` is that contract. */
  contract: Address;
  functionName: 'withdraw' | 'claim';
  amount: bigint;
  label: string;
  testId: string;
}

/** A balance the owner can take out (fallback balance or forfeit dividends) with its button. */
export function BalanceAction({ owner, chainId, contract, functionName, amount, label, testId }: BalanceActionProps) {
  const router = useRouter();
  const tx = useTransaction();
  // the amount sent, kept: after the refresh `amount` is the new balance (0), not what was sent
  const [sent, setSent] = useState<bigint>(0n);
  const actor = useDeskActor(owner, chainId);
  const disabledReason = amount === 0n ? 'Nothing to take out.' : actor.reason;
  return (
    <div className="space-y-2">
      <button
        type="button"
        data-testid={testId}
        disabled={!!disabledReason || tx.busy}
        onClick={async () => {
          setSent(amount);
          const call = functionName === 'claim' ? claimCall({ nash: contract }) : withdrawCall({ registry: contract });
          const r = await tx.run({ ...call, chainId });
          if (r.ok) router.refresh();
        }}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
      >
        {label} {amount > 0n ? formatEth(amount) : ''}
      </button>
      {disabledReason && amount > 0n && <p className="text-xs text-slate-600">{disabledReason}</p>}
      <TxStatus state={tx.state} successMessage={`Sent ${formatEth(sent)} to your wallet.`} onReset={tx.reset} />
    </div>
  );
}
