'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import type { Address, EIP1193Provider, Hex } from 'viem';
import { activateCall, joinCall, leaveCall, reclaimCall } from '@/lib/contracts/actions/funding';
import { settleCall } from '@/lib/contracts/actions/settle';
import { allowListProof } from '@/lib/funding/allow-list';
import type { BrowserWriteStep } from '@/lib/funding/browser-write';
import {
  activateBlock,
  checkJoinAmount,
  joinBlock,
  poolProgress,
  reclaimPlan,
  type FundedThreat,
} from '@/lib/funding/pool';
import type { ThreatStatus } from '@/lib/threats/types';

/** The threat as the server serialised it (bigints as strings). */
export interface FundingActionsThreat {
  id: string;
  status: ThreatStatus;
  stake: string;
  maker: Address;
  beneficiary: Address;
  funding: { cap: string; backersRoot: Hex; gatherUntil: number; minPledgers: number; minTotal: string };
  funders: { account: Address; amount: string; reclaimed: boolean }[];
}

const STEP_WORDS: Record<BrowserWriteStep, string> = {
  connecting: 'Connecting to your wallet…',
  simulating: 'Checking the transaction would succeed…',
  signing: 'Confirm the transaction in your wallet…',
  mining: 'Waiting for the transaction to be mined…',
};

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; step: BrowserWriteStep }
  | { kind: 'ok'; message: string }
  | { kind: 'error'; title: string; message: string };

function revive(t: FundingActionsThreat): FundedThreat {
  return {
    id: BigInt(t.id),
    status: t.status,
    stake: BigInt(t.stake),
    maker: t.maker,
    beneficiary: t.beneficiary,
    funding: { ...t.funding, cap: BigInt(t.funding.cap), minTotal: BigInt(t.funding.minTotal) },
    funders: t.funders.map((f) => ({ ...f, amount: BigInt(f.amount) })),
  };
}

/**
 * Join (back or pledge), leave, activate and reclaim, with any injected wallet (the write code loads on click).
 * Amounts are checked against the cap before the wallet is asked; every refusal, the registry's included
 * (FundingCapExceeded, GatheringOver, NotGathering, ThreatNotLive…), is shown in words.
 */
export function FundingActions({
  chainId,
  registry,
  threat: raw,
  allowList,
  now,
}: {
  chainId: number;
  registry: Address;
  threat: FundingActionsThreat;
  allowList: Address[];
  now: number;
}) {
  const t = revive(raw);
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState('');
  const amountId = useId();
  const pool = poolProgress(t, now);
  const id = t.id;
  const joinReason = joinBlock(t, now);
  const hasRoot = t.funding!.backersRoot !== `0x${'0'.repeat(64)}`;

  async function run(
    calls: Parameters<typeof import('@/lib/funding/browser-write').writeFromBrowser>[0]['calls'],
    done: string,
  ) {
    setState({ kind: 'busy', step: 'connecting' });
    const { writeFromBrowser } = await import('@/lib/funding/browser-write');
    const provider = (window as unknown as { ethereum?: EIP1193Provider }).ethereum;
    const r = await writeFromBrowser({ provider, chainId, calls, onStep: (step) => setState({ kind: 'busy', step }) });
    if (r.ok) {
      setState({ kind: 'ok', message: done });
      startRefresh(() => router.refresh());
    } else setState({ kind: 'error', title: r.error.title, message: r.error.message });
  }

  function join() {
    const checked = checkJoinAmount(t, amount);
    if (!checked.ok) {
      setAmountError(checked.error);
      return;
    }
    setAmountError('');
    void run(
      (account) => {
        const proof = hasRoot ? allowListProof(allowList, account) : [];
        if (proof === null)
          return `Threat #${id} accepts stake only from the accounts its maker listed, and ${account} is not one of them.`;
        return [joinCall({ registry, id, amount: checked.wei, proof })];
      },
      pool ? 'Your pledge is in.' : 'Your backing is in: the stake against the adversary grew.',
    );
  }

  const plan = (account?: Address) => reclaimPlan(t, account, now);
  function reclaim() {
    void run((account) => {
      const p = plan(account);
      if (p.kind === 'blocked') return p.reason;
      const back = reclaimCall({ registry, id });
      return p.kind === 'cancel-then-reclaim' ? [settleCall({ registry, id, proof: '0x' }), back] : [back];
    }, 'Your share was sent back to you.');
  }

  const busy = state.kind === 'busy' || refreshing;
  const btn = 'rounded-lg px-4 py-2 font-semibold text-white shadow-sm disabled:cursor-not-allowed disabled:opacity-60';
  const gathering = t.status === 'gathering';
  const ended = ['fulfilled', 'refunded', 'cancelled'].includes(t.status) || pool?.phase === 'failed';
  return (
    <div className="mt-4 space-y-3" data-testid="funding-actions">
      {!ended ? (
        <div>
          <label htmlFor={amountId} className="block text-sm font-semibold">
            {pool ? 'Pledge (ETH)' : 'Add to the stake (ETH)'}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id={amountId}
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              aria-invalid={amountError ? true : undefined}
              aria-describedby={amountError ? `${amountId}-error` : joinReason ? `${amountId}-reason` : undefined}
              className="w-36 rounded-md border border-slate-400 px-3 py-2"
              data-testid="join-amount"
            />
            <button
              type="button"
              onClick={join}
              disabled={busy}
              className={`${btn} bg-indigo-700 hover:bg-indigo-800`}
              data-testid="join-button"
            >
              {pool ? 'Join the pool' : 'Back this threat'}
            </button>
          </div>
          {amountError ? (
            <p
              id={`${amountId}-error`}
              role="alert"
              className="mt-1 text-sm font-semibold text-red-800"
              data-testid="join-error"
            >
              {amountError}
            </p>
          ) : joinReason ? (
            <p id={`${amountId}-reason`} className="mt-1 text-sm text-slate-600" data-testid="join-reason">
              {joinReason}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {pool && gathering && pool.phase !== 'failed' ? (
          <button
            type="button"
            onClick={() => void run([leaveCall({ registry, id })], 'Your pledge was sent back to you.')}
            disabled={busy}
            className={`${btn} bg-slate-700 hover:bg-slate-800`}
            data-testid="leave-button"
          >
            Leave the pool (take my pledge back)
          </button>
        ) : null}
        {pool && gathering && pool.phase !== 'failed' ? (
          <button
            type="button"
            onClick={() => void run([activateCall({ registry, id })], 'The threat is live.')}
            disabled={busy || activateBlock(t, now) !== null}
            aria-describedby="activate-reason"
            className={`${btn} bg-green-800 hover:bg-green-900`}
            data-testid="activate-button"
          >
            Make it live
          </button>
        ) : null}
        {ended || (pool && !gathering && t.status !== 'live') ? (
          <button
            type="button"
            onClick={reclaim}
            disabled={busy}
            className={`${btn} bg-green-800 hover:bg-green-900`}
            data-testid="reclaim-button"
          >
            Take back my share
          </button>
        ) : null}
      </div>
      {pool && gathering && pool.phase !== 'failed' && activateBlock(t, now) ? (
        <p id="activate-reason" className="text-sm text-slate-600" data-testid="activate-reason">
          {activateBlock(t, now)}
        </p>
      ) : null}
      <div aria-live="polite" className="text-sm">
        {state.kind === 'busy' ? <p>{STEP_WORDS[state.step]}</p> : null}
        {state.kind === 'ok' ? (
          <p className="text-green-800" data-testid="funding-result">
            {state.message}
          </p>
        ) : null}
        {state.kind === 'error' ? (
          <div role="alert" className="rounded-md bg-red-50 p-2 text-red-900" data-testid="funding-error">
            <p className="font-semibold">{state.title}</p>
            <p>{state.message}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}
