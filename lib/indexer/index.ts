/**
 * The app's typed client of the indexer (indexer/): pure TS `(client, params)` functions, no React.
 * `isIndexerAvailable` first (seconds, never a hang); without an indexer the app reads the chain and says so.
 */
export * from './client';
export * from './enums';
export * from './query';
export type * from './types';
export { DIRECTORY_ROLES, DIRECTORY_SORTS, LEDGER_SORTS } from './types';
export { isIndexerAvailable, type IndexerAvailability } from './is-indexer-available';
export { getIndexerStatus } from './get-indexer-status';
export { searchThreats } from './search-threats';
export { threatsByRole, type ThreatRole } from './threats-by-role';
export { getIndexedThreat } from './get-threat';
export { getLedgerStats } from './get-ledger-stats';
export { exportUrl, type ExportFormat } from './export-url';
export { getTrackRecord } from './get-track-record';
export { getDirectory } from './get-directory';
export { getDueThreats, getAllDueThreats } from './get-due-threats';
export { listProviderEscalations } from './list-escalations';
export { listFunderShares } from './list-funder-shares';
export { listEngagements } from './list-engagements';
export { threatRowToSummary } from './to-summary';
export { readSource, clearReadSourceCache, DEFAULT_MAX_LAG_BLOCKS, type ReadSource } from './read-source';
export { listEvents } from './list-events';
