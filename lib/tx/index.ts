export { txReducer, initialTxState, canTransition, isBusy, type TxState, type TxEvent, type TxPhase } from './tx-state';
export {
  runTransactions,
  TransactionRevertedOnChainError,
  type TxRequest,
  type TxStep,
  type TxResult,
  type RunOptions,
} from './run-transaction';
