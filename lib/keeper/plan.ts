/**
 * What `settle` call, if any, a threat needs now: the keeper's one rule, decided from the registry's views read
 * in a batch (`getThreat`, `getThreatExtra`, `duePeriods`). Pure: no RPC; the header proof of a block-beacon draw
 * is fetched by the caller when the plan says `resolve-draws`.
 */
import { zeroAddress, type Address } from 'viem';
import { Status } from '../contracts/enums.generated';

/** Why the keeper settles a threat. */
export type KeeperReason = 'timeout' | 'request-draws' | 'resolve-draws' | 'cancel-pool' | 'end-hold';

/** The registry's state of one threat, as the keeper reads it. */
export interface KeeperThreatState {
  id: bigint;
  status: number;
  deadline: number;
  settledPeriods: number;
  pendingThrough: number;
  ticket: number | bigint;
  /** The odds' beacon (zero for a commitment). */
  beacon: Address;
  /** A pool's gathering date (0: not a pool). */
  gatherUntil: number;
  /** The end of a fulfilment claim's hold (0: none). */
  claimUntil: number;
  /** `duePeriods(id)`: periods due now. */
  duePeriods: number;
}

export type KeeperPlan = { reason: KeeperReason } | { done: true } | null;

/**
 * The settle a threat needs at chain time `now`: null when nothing is due, `done` when it is finished (the keeper
 * stops looking at it). `resolve-draws` still needs the beacon to be ready (the caller builds the proof, or finds
 * the ticket block is not mined yet).
 */
export function planSettle(s: KeeperThreatState, now: number | bigint): KeeperPlan {
  const t = BigInt(now);
  const probabilistic = s.beacon !== zeroAddress;
  const pending = s.pendingThrough > s.settledPeriods;
  if (s.status === Status.Gathering) return t > BigInt(s.gatherUntil) ? { reason: 'cancel-pool' } : null;
  if (s.status === Status.Claimed) {
    // An expired hold is ended by a plain settle; while it holds, only pending draws may be resolved.
    if (t < BigInt(s.claimUntil) && !pending) return null;
    if (t >= BigInt(s.claimUntil) && !probabilistic) return { reason: 'end-hold' };
  } else if (s.status !== Status.Live) return { done: true };
  if (!probabilistic) return t >= BigInt(s.deadline) ? { reason: 'timeout' } : null;
  if (pending) return { reason: 'resolve-draws' };
  if (s.duePeriods > s.settledPeriods) return { reason: 'request-draws' };
  if (t >= BigInt(s.deadline)) return { reason: 'timeout' };
  return null;
}
