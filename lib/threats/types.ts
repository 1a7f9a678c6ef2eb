/**
 * The read model of a threat: everything a page shows about one threat, rebuilt from the registry's
 * `getThreat` view and the events of that threat. Pure types, no React, no RPC.
 * Amounts are wei (bigint); times are unix seconds (number); probabilities are parts per 1e9.
 */
import type { Address, Hex } from 'viem';
import type { ActionKey, DrawOutcomeKey, MoveKey, StatusKey } from '../contracts/enums.generated';

// The registry's enums exist once, generated from contracts/src/types/DataTypes.sol
// (lib/contracts/enums.generated.ts); these are their names in the read model.
/** A threat's `Status`: 'none' | 'live' | 'fulfilled' | 'refunded' | 'escalated' | 'forfeited'. */
export type ThreatStatus = StatusKey;
/** The timeout `Action`: what happens at the deadline. */
export type TimeoutAction = ActionKey;
/** A period's `DrawOutcome`. */
export type DrawOutcomeName = DrawOutcomeKey;
/** A `Move` that burns a NASH fee. */
export type MoveName = MoveKey;

/** Not an on-chain enum: a threat is probabilistic when its odds name a beacon, else a binding commitment. */
export type ThreatKind = 'commitment' | 'probabilistic';

/** Where and when something happened on-chain. */
export interface TxRef {
  txHash: Hex;
  blockNumber: bigint;
  /** Block timestamp, unix seconds. */
  timestamp: number;
}

/** A probabilistic threat's odds (absent for a commitment). */
export interface ThreatOdds {
  beacon: Address;
  /** Seconds between draws; period i is due at start + i·period. */
  period: number;
  /** Probability per draw of escalating, parts per 1e9. */
  pEscalate: number;
  /** Probability per draw of refunding (dovish), parts per 1e9. */
  pTerminate: number;
  /** Which of the deployment's beacons: 'block' (prevrandao of a future block, ticket = block number), 'vrf' (Chainlink VRF), or 'other'. */
  beaconKind?: BeaconKind;
}

export type BeaconKind = 'block' | 'vrf' | 'other';

/** One settled draw, from a `DrawSettled` event. */
export interface ThreatDraw {
  period: number;
  /** The beacon's random value. */
  value: Hex;
  outcome: DrawOutcomeName;
  /** The value could never be proven; the draw counts as escalate. */
  lapsed: boolean;
  txHash: Hex;
  blockNumber: bigint;
}

/** Draws fromPeriod..throughPeriod were handed to the beacon as `ticket` (a `DrawRequested` event). */
export interface DrawRequest {
  fromPeriod: number;
  throughPeriod: number;
  ticket: number;
  txHash: Hex;
  blockNumber: bigint;
}

/** How a threat ended. `fulfilled` is a refund triggered by a terminator (`by`). */
export interface ThreatEnd extends TxRef {
  kind: 'fulfilled' | 'refunded' | 'escalated' | 'forfeited';
  amount: bigint;
  /** False when the transfer failed and the amount was credited to the recipient's withdrawable balance. */
  paid: boolean;
  /** The terminator who marked the demand fulfilled. */
  by?: Address;
  /** The draw period that ended the threat, if a draw did. */
  period?: number;
}

/** What every reading of a threat has: its terms from the creation event and its status. */
export interface ThreatCore {
  id: bigint;
  chainId: number;
  kind: ThreatKind;
  status: ThreatStatus;
  maker: Address;
  /** Stake in wei. */
  stake: bigint;
  provider: Address;
  /** sha-256 of the signed off-chain agreement with the provider. */
  agreementHash: Hex;
  terminators: Address[];
  /** Unix seconds: the demand must be met strictly before it. */
  deadline: number;
  /** Unix seconds: creation time, draws count from here. */
  start: number;
  timeoutAction: TimeoutAction;
  /** The demand text (from the creation event). */
  terms: string;
  odds?: ThreatOdds;
  /** Draws settled so far. */
  settledPeriods: number;
  /** Draws settledPeriods+1..pendingThrough wait on `ticket` (pendingThrough == settledPeriods: none pending). */
  pendingThrough: number;
  /** The beacon ticket of the pending draws. */
  ticket: number;
}

/** Everything the public page needs about one threat. */
export interface ThreatView extends ThreatCore {
  /** The registry contract. */
  registry: Address;
  /** Periods due now (registry view `duePeriods`). */
  duePeriods: number;
  draws: ThreatDraw[];
  requests: DrawRequest[];
  created: TxRef;
  /** NASH burned for this threat's moves (wei of NASH). */
  feesBurned: bigint;
  end: ThreatEnd | null;
  /** The chain's view when this was read: latest block number and timestamp (the clock the contract uses). */
  readAt: { blockNumber: bigint; timestamp: number };
}

/**
 * A threat in a list (provider, oracle and maker desks): rebuilt from events only, one getLogs pass
 * (`settledPeriods` counts the DrawSettled events seen, `pendingThrough`/`ticket` come from the last DrawRequested;
 * block timestamps are not fetched).
 */
export interface ThreatSummary extends ThreatCore {
  created: Omit<TxRef, 'timestamp'> & { timestamp?: number };
  end: (Omit<ThreatEnd, 'timestamp'> & { timestamp?: number }) | null;
}

/** An authentic escalation: an `Escalated` event emitted by the registry itself (never a plain transfer). */
export interface EscalationRecord extends TxRef {
  id: bigint;
  chainId: number;
  registry: Address;
  provider: Address;
  agreementHash: Hex;
  amount: bigint;
  /** False: the transfer failed and the amount waits in `withdrawable(provider)`. */
  paid: boolean;
  /** The demand text of the escalated threat. */
  terms: string;
  maker: Address;
}

/** Filter for `listThreats`: every given field must match (terminator: one of the threat's terminators). */
export interface ThreatFilter {
  maker?: Address;
  provider?: Address;
  terminator?: Address;
}

/** The registry a read runs against: its address and the block it was deployed at (logs start there). */
export interface RegistryRef {
  chainId: number;
  levetrage: Address;
  startBlock: bigint | number;
  /** The deployment's beacons, to name a threat's beacon kind (optional). */
  prevrandaoBeacon?: Address;
  vrfBeacon?: Address;
}
