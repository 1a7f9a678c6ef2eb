/**
 * The registry's rules as numbers, mirrored from `contracts/src/Levetrage.sol` (its constants PROB_SCALE,
 * MIN_PERIOD, MAX_DURATION, MAX_TERMINATORS) for code that must agree with them before a transaction:
 * the draw rule, the formatters and the wizard's validation. The one TypeScript copy of each.
 */

/** Probabilities on-chain are integers out of PROB_SCALE (1e9). */
export const PROB_SCALE = 1_000_000_000;

/** Shortest period between draws, seconds. */
export const MIN_PERIOD_SECONDS = 60;

/** Longest time from creation to deadline, seconds (5 × 365 days). */
export const MAX_DURATION_SECONDS = 5 * 365 * 24 * 3600;

/** Most terminators a threat may name. */
export const MAX_TERMINATORS = 16;
