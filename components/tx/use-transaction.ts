'use client';

import { useCallback, useReducer, useRef } from 'react';
import { loadWallet } from '@/components/wallet/wallet-store';
import { initialTxState, isBusy, txReducer, type TxState } from '@/lib/tx/tx-state';
import type { TxRequest, TxResult, TxStep } from '@/lib/tx/run-transaction';

/** What `useTransaction()` returns: the state plus `run` and `reset`. */
export interface UseTransaction extends TxState {
  /** The state object itself, to hand to `<TxStatus state={…} />`. */
  state: TxState;
  /** True while simulating, signing or pending. */
  busy: boolean;
  /**
   * Simulates, signs and waits for one write, or a sequence of steps (approve NASH, then create).
   * Resolves with the receipts or the decoded error; never throws. Ignored while a run is going on.
   */
  run: (request: TxRequest | TxStep[]) => Promise<TxResult>;
  /** Back to idle. */
  reset: () => void;
}

/**
 * The transaction hook of the wallet pages (wizard, desks), over `runTransactions` (lib/tx). The public
 * threat page's "trigger draws" does not use it: it runs without wagmi (`lib/threats/settle.ts`, loaded on
 * click); both reach the chain through the same pipeline and actions (`lib/contracts`).
 * Needs no provider: the wallet code (wagmi) and the pipeline are loaded on the first run (a desk read by typed
 * address loads neither). On success, refetches every wagmi read (balances, threats).
 */
export function useTransaction(): UseTransaction {
  const [state, dispatch] = useReducer(txReducer, initialTxState);
  const running = useRef(false);

  const run = useCallback(async (request: TxRequest | TxStep[]): Promise<TxResult> => {
    if (running.current) {
      return {
        ok: false,
        receipts: [],
        hashes: [],
        error: {
          kind: 'unknown',
          title: 'Already running',
          message: 'A transaction is already in progress; wait for it to finish.',
        },
      };
    }
    running.current = true;
    try {
      const steps = Array.isArray(request) ? request : [{ request }];
      let loaded;
      try {
        loaded = await Promise.all([loadWallet(), import('@/lib/tx/run-transaction')]);
      } catch (e) {
        const error = {
          kind: 'rpc-down' as const,
          title: 'Wallet code not loaded',
          message: `The wallet code could not be loaded (${(e as Error).message}). Check your connection and retry.`,
        };
        dispatch({ type: 'fail', error });
        return { ok: false, receipts: [], hashes: [], error };
      }
      const [{ config, queryClient }, { runTransactions }] = loaded;
      const result = await runTransactions(config, steps, { onEvent: dispatch });
      if (result.receipts.length > 0) await queryClient.invalidateQueries();
      return result;
    } finally {
      running.current = false;
    }
  }, []);

  const reset = useCallback(() => dispatch({ type: 'reset' }), []);
  return { ...state, state, busy: isBusy(state), run, reset };
}
