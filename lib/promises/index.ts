/** Public promises (white paper section 12.4): a maker's record of promises kept and broken. */
export { loadPromiseRecord, promiseOutcome, promiseRecord, promiseRecordText } from './record';
export type { PromiseEntry, PromiseRecord } from './record';
