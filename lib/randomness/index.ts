/**
 * Verifiable randomness for probabilistic threats (pure, no React): the draw rule mirrored from
 * DrawRule.sol, browser verification of settled draws, and block-header proofs for PrevrandaoBeacon.
 * See docs/randomness.md for the threat model.
 */
export { PROB_SCALE, drawOutcome, drawRoll } from './draw-rule';
export type { DrawInput, DrawRoll } from './draw-rule';
export { verifyDraw } from './verify-draw';
export type { VerifyDrawInput, VerifyDrawResult } from './verify-draw';
export { HEADER_FIELDS, getHeaderRlp, headerRlpFromRpcBlock } from './header-proof';
export type { RpcHeader } from './header-proof';
export { settleProof } from './settle-proof';
export type { PendingDraws } from './settle-proof';
