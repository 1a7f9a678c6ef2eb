export { useTransaction, type UseTransaction } from './use-transaction';
export { TxStatus, type TxStatusProps } from './TxStatus';
