/**
 * The read model of a threat: everything a page shows about one threat, rebuilt from the registry's
 * `getThreat` view and the events of that threat. Pure types, no React, no RPC.
 * Amounts are wei (bigint); times are unix seconds (number); probabilities are parts per 1e9.
 */
import type { Address, Hex } from 'viem';
import type { ActionKey, DrawOutcomeKey, MoveKey, StatusKey } from '../contracts/enums.generated';

// The registry's enums exist once, generated from contracts/src/types/DataTypes.sol
// (lib/contracts/enums.generated.ts); these are their names in the read model.
/** A threat's `Status`: 'none' | 'gathering' | 'live' | 'claimed' | 'fulfilled' | 'refunded' | 'escalated' |
 * 'forfeited' | 'cancelled'. */
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
  /** The beacon's random value (zero when neutralized). */
  value: Hex;
  outcome: DrawOutcomeName;
  /** The beacon lapsed MAX_LAPSES times or refused past the grace time: the period counted as neutral. */
  neutralized: boolean;
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

/** How a threat ended. `fulfilled` is a refund triggered by the resolver (`by`), relying on `evidence`. */
export interface ThreatEnd extends TxRef {
  kind: 'fulfilled' | 'refunded' | 'escalated' | 'forfeited' | 'cancelled';
  /** Paid out: the beneficiary's own share (refunds), the whole stake (escalation, forfeit). */
  amount: bigint;
  /** False when the transfer failed and the amount was credited to the recipient's withdrawable balance. */
  paid: boolean;
  /** The resolver who marked the demand fulfilled, or recorded a promise broken. */
  by?: Address;
  /** The evidence hash the resolver relied on. */
  evidence?: Hex;
  /** The draw period that ended the threat, if a draw did. */
  period?: number;
  /** A promise recorded broken by its resolver (then the timeout action followed). */
  breached?: boolean;
}

/** A fulfilment claim holding the threat (`FulfilmentClaimed`, until a `ClaimReleased`, `Fulfilled` or expiry). */
export interface ThreatClaim {
  /** The hold ends at this time (unix seconds) unless decided before. */
  until: number;
  txHash: Hex;
  blockNumber: bigint;
}

/** Evidence attached to a threat (`Evidence`, ERC-1497 style). */
export interface ThreatEvidence {
  submitter: Address;
  role: 'other' | 'maker' | 'provider' | 'resolver';
  evidenceHash: Hex;
  uri: string;
  txHash: Hex;
  blockNumber: bigint;
  timestamp?: number;
}

/** A backer's or pledger's stake (`Joined` less `Left`; `reclaimed` once taken back). */
export interface ThreatFunder {
  account: Address;
  amount: bigint;
  reclaimed: boolean;
}

/** The funding policy (`FundingSet`): who else may add stake, and a pool's gathering rule. */
export interface ThreatFunding {
  cap: bigint;
  backersRoot: Hex;
  /** A pool: pledges are collected until this time (0: not a pool). */
  gatherUntil: number;
  minPledgers: number;
  minTotal: bigint;
}

/** What every reading of a threat has: its terms from the creation event and its status. */
export interface ThreatCore {
  id: bigint;
  chainId: number;
  kind: ThreatKind;
  status: ThreatStatus;
  /** The account that created it. */
  maker: Address;
  /** Receives the maker's refunds (the maker, or the client a professional acts for). */
  beneficiary: Address;
  /** Stake in wei: the maker's and every backer's. */
  stake: bigint;
  /** Zero when the threat can never escalate (no engagement needed). */
  provider: Address;
  /** sha-256 of the agreement the provider accepted (zero without a provider). */
  agreementHash: Hex;
  /** The EIP-712 id of the provider's engagement, carried by ThreatCreated and Escalated (zero without one). */
  engagementId: Hex;
  /** Decides fulfilment: an oracle account, or a resolver contract (panel, Reality.eth, UMA). */
  resolver: Address;
  /** Whom the demand is addressed to, when the maker named an address (zero otherwise). */
  adversary: Address;
  /** A public promise (white paper section 12.4): fulfilled means kept. */
  isPromise: boolean;
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
  /** NASH burned for the move (wei of NASH, from ThreatCreated). */
  fee: bigint;
  /** The threat this one answers (a counter-commitment, white paper section 7), when linked. */
  linkedTo?: bigint;
  /** Who else may add stake, and a pool's rule (absent: the maker alone funds it). */
  funding?: ThreatFunding;
  /** The fulfilment claim holding it, while status is 'claimed'. */
  claim?: ThreatClaim;
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
  end: ThreatEnd | null;
  /** Evidence attached so far, oldest first. */
  evidence: ThreatEvidence[];
  /** Backers and pledgers with their stakes. */
  funders: ThreatFunder[];
  /** Draws whose request the beacon refused (they stay due; see DrawRequestFailed). */
  failedRequests: number;
  /** The provider's records that it acted on the escalation. */
  acted: ActedRecord[];
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

/** The provider's record that it acted on an escalation (`ProviderActed`). */
export interface ActedRecord {
  evidenceHash: Hex;
  uri: string;
  txHash: Hex;
  blockNumber: bigint;
  timestamp?: number;
}

/** An authentic escalation: an `Escalated` event emitted by the registry itself (never a plain transfer), for the
 * engagement the provider accepted. */
export interface EscalationRecord extends TxRef {
  id: bigint;
  chainId: number;
  registry: Address;
  provider: Address;
  /** The EIP-712 id of the engagement the provider signed or accepted for this threat. */
  engagementId: Hex;
  /** The agreement of that engagement (from ThreatCreated). */
  agreementHash: Hex;
  amount: bigint;
  /** False: the transfer failed and the amount waits in `withdrawable(provider)`. */
  paid: boolean;
  /** The demand text of the escalated threat. */
  terms: string;
  maker: Address;
}

/** Filter for `listThreats`: every given field must match (maker: the creator or the beneficiary). */
export interface ThreatFilter {
  maker?: Address;
  provider?: Address;
  resolver?: Address;
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
