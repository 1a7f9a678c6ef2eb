'use client';

import { useCallback, useReducer, useRef } from 'react';
import { useConfig } from 'wagmi';
import { useQueryClient } from '@tanstack/react-query';
import { initialTxState, isBusy, txReducer, type TxState } from '@/lib/tx/tx-state';
import { runTransactions, type TxRequest, type TxResult, type TxStep } from '@/lib/tx/run-transaction';

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
 * Must be used under `WalletProviders`. On success, refetches every wagmi read (balances, threats).
 */
export function useTransaction(): UseTransaction {
  const config = useConfig();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(txReducer, initialTxState);
  const running = useRef(false);

  const run = useCallback(
    async (request: TxRequest | TxStep[]): Promise<TxResult> => {
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
        const result = await runTransactions(config, steps, { onEvent: dispatch });
        if (result.receipts.length > 0) await queryClient.invalidateQueries();
        return result;
      } finally {
        running.current = false;
      }
    },
    [config, queryClient],
  );

  const reset = useCallback(() => dispatch({ type: 'reset' }), []);
  return { ...state, state, busy: isBusy(state), run, reset };
}
