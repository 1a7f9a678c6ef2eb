import { encodeAbiParameters, isHex, keccak256, type Hex } from 'viem';

/**
 * The draw rule of probabilistic threats, mirrored from `contracts/src/libraries/DrawRule.sol`:
 *
 *   r = uint256(keccak256(abi.encode(value, threatId, period))) % PROB_SCALE
 *   r <  pEscalate              -> 'escalate'  (hawkish)
 *   r <  pEscalate + pTerminate -> 'terminate' (dovish)
 *   otherwise                   -> 'continue'  (neutral)
 *
 * Pure (no React, no network), so anyone can recompute a draw in a browser.
 */

import { PROB_SCALE } from '../contracts/constants';
import type { DrawOutcomeKey } from '../contracts/enums.generated';

/** Probabilities are parts per PROB_SCALE (1e9), as on-chain (`lib/contracts/constants.ts`). */
export { PROB_SCALE };

/** Inputs of one draw. */
export interface DrawInput {
  /** The beacon value, 32 bytes hex. */
  value: Hex;
  /** The threat id (uint256). */
  threatId: bigint | number;
  /** The period number (1-based, uint256). */
  period: bigint | number;
  /** Probability of escalating, parts per 1e9. */
  pEscalate: number | bigint;
  /** Probability of terminating, parts per 1e9. */
  pTerminate: number | bigint;
}

/** A draw's outcome together with the roll r in [0, PROB_SCALE). */
export interface DrawRoll {
  outcome: DrawOutcomeKey;
  roll: number;
}

const UINT256_MAX = (1n << 256n) - 1n;
const UINT32_MAX = 2n ** 32n - 1n;

function toUint(name: string, x: bigint | number, max: bigint): bigint {
  if (typeof x === 'number' && !Number.isSafeInteger(x)) {
    throw new RangeError(`${name} must be a whole number, got ${x}`);
  }
  const v = BigInt(x);
  if (v < 0n || v > max) throw new RangeError(`${name} must be between 0 and ${max}, got ${v}`);
  return v;
}

/** Checks and normalises draw inputs; throws a RangeError naming the bad field. */
function checkInput(input: DrawInput): { value: Hex; threatId: bigint; period: bigint; pE: bigint; pT: bigint } {
  const { value } = input;
  if (typeof value !== 'string' || !isHex(value, { strict: true }) || value.length !== 66) {
    throw new RangeError(`value must be 32 bytes of hex (0x + 64 hex digits), got ${String(value)}`);
  }
  const threatId = toUint('threatId', input.threatId, UINT256_MAX);
  const period = toUint('period', input.period, UINT256_MAX);
  const pE = toUint('pEscalate', input.pEscalate, UINT32_MAX);
  const pT = toUint('pTerminate', input.pTerminate, UINT32_MAX);
  return { value: value as Hex, threatId, period, pE, pT };
}

/**
 * The roll r = uint256(keccak256(abi.encode(value, threatId, period))) % PROB_SCALE and the outcome.
 * Probabilities are compared as on-chain (uint32 values; a sum above PROB_SCALE is not rejected here,
 * the registry never stores one).
 */
export function drawRoll(input: DrawInput): DrawRoll {
  const { value, threatId, period, pE, pT } = checkInput(input);
  const encoded = encodeAbiParameters(
    [{ type: 'bytes32' }, { type: 'uint256' }, { type: 'uint256' }],
    [value, threatId, period],
  );
  const r = BigInt(keccak256(encoded)) % BigInt(PROB_SCALE);
  let outcome: DrawOutcomeKey;
  if (r < pE) outcome = 'escalate';
  else if (r < pE + pT) outcome = 'terminate';
  else outcome = 'continue';
  return { outcome, roll: Number(r) };
}

/** The outcome of period `period` of threat `threatId` for beacon value `value`. */
export function drawOutcome(input: DrawInput): DrawOutcomeKey {
  return drawRoll(input).outcome;
}
