/**
 * The chain read model of threats (no React): `readThreat` for the public page, `listThreats` for the
 * desks, `listEscalationsFor` for the provider desk, the ThreatView types and the enum labels.
 */
export * from './types';
export * from './labels';
export { readThreat, listThreats, listEscalationsFor, parseThreatId } from './read';
export { foldThreatLogs, summaryFromHistory, statusFromHistory, THREAT_EVENT_NAMES } from './history';
export { getRegistryLogs, getLogsSplitting } from './logs';
export { threatSchedule, duePeriodsAt, type ThreatSchedule } from './schedule';
export { adversaryCost, adversaryLossFromParam, type AdversaryCost, type ReaderLoss } from './adversary-cost';
export { beaconKind } from './read';
