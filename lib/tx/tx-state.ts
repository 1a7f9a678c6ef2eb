import type { Hex, TransactionReceipt } from 'viem';
import type { DecodedError } from '@/lib/errors/decode-error';

/**
 * Phases of a transaction (or a sequence of them, e.g. approve NASH then create):
 * idle → simulating → signing → pending → (next step: simulating …) → success | error.
 */
export type TxPhase = 'idle' | 'simulating' | 'signing' | 'pending' | 'success' | 'error';

/** Everything the UI shows about a running transaction sequence. */
export interface TxState {
  phase: TxPhase;
  /** Index of the current step (0-based) and how many there are. */
  stepIndex: number;
  stepCount: number;
  /** Human label of the current step, e.g. "Approve 10 NASH". */
  stepLabel?: string;
  /** Hash of the current (or last) transaction. */
  hash?: Hex;
  /** Receipt of the last mined transaction. */
  receipt?: TransactionReceipt;
  /** Hashes of all transactions sent so far, in order. */
  hashes: Hex[];
  /** The failure in words, when phase is `error`. */
  error?: DecodedError;
}

/** What happened; fed to `txReducer`. */
export type TxEvent =
  | { type: 'start'; stepCount: number }
  | { type: 'simulate'; stepIndex: number; label?: string }
  | { type: 'sign' }
  | { type: 'submitted'; hash: Hex }
  | { type: 'mined'; receipt: TransactionReceipt }
  | { type: 'done' }
  | { type: 'fail'; error: DecodedError }
  | { type: 'reset' };

/** The state before anything happened. */
export const initialTxState: TxState = { phase: 'idle', stepIndex: 0, stepCount: 0, hashes: [] };

/** Which events each phase accepts. Anything else is ignored (a stale event from an old run). */
const ALLOWED: Record<TxPhase, TxEvent['type'][]> = {
  idle: ['start', 'reset'],
  simulating: ['sign', 'fail', 'reset', 'simulate'],
  signing: ['submitted', 'fail', 'reset'],
  pending: ['mined', 'fail', 'reset'],
  success: ['start', 'reset'],
  error: ['start', 'reset'],
};

/** Whether `event` is a legal transition from `phase`. */
export function canTransition(phase: TxPhase, event: TxEvent['type']): boolean {
  return ALLOWED[phase].includes(event);
}

/**
 * The transaction state machine (pure). A `mined` receipt moves on to the next step's simulation,
 * or to `done` → success after the last one; `fail` from any active phase ends in `error`.
 */
export function txReducer(state: TxState, event: TxEvent): TxState {
  // `done` and `simulate` after `mined` come from the pending phase's successor, handled below.
  if (event.type === 'done') {
    const finished = (state.phase === 'pending' && state.receipt) || state.phase === 'simulating'; // last step skipped
    return finished ? { ...state, phase: 'success' } : state;
  }
  if (event.type === 'simulate' && state.phase === 'pending' && state.receipt) {
    return { ...state, phase: 'simulating', stepIndex: event.stepIndex, stepLabel: event.label, receipt: undefined };
  }
  if (!canTransition(state.phase, event.type)) return state;
  switch (event.type) {
    case 'reset':
      return initialTxState;
    case 'start':
      return { ...initialTxState, phase: 'simulating', stepCount: event.stepCount };
    case 'simulate':
      return { ...state, phase: 'simulating', stepIndex: event.stepIndex, stepLabel: event.label, receipt: undefined };
    case 'sign':
      return { ...state, phase: 'signing' };
    case 'submitted':
      return {
        ...state,
        phase: 'pending',
        hash: event.hash,
        hashes: [...state.hashes, event.hash],
        receipt: undefined,
      };
    case 'mined':
      return { ...state, receipt: event.receipt };
    case 'fail':
      return { ...state, phase: 'error', error: event.error };
    default:
      return state;
  }
}

/** Whether the sequence is running (buttons should be disabled). */
export function isBusy(state: TxState): boolean {
  return state.phase === 'simulating' || state.phase === 'signing' || state.phase === 'pending';
}
