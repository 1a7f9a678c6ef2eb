// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRandomnessBeacon} from "../interfaces/IRandomnessBeacon.sol";

/// @notice Life cycle of a threat. Only ever moves forward, except Live <-> Claimed:
///   None -> Gathering (a pool) -> Live -> [Claimed -> Live]* -> one terminal status, or Gathering -> Cancelled.
/// Fulfilled, Refunded and Cancelled return every funder's stake; Escalated pays the provider; Forfeited sends the
/// stake to NASH holders.
enum Status {
    None, // no threat with this id
    Gathering, // a pledge pool collecting pledges until its gathering date; not live yet
    Live, // stake held, demand open
    Claimed, // the resolver reported a fulfilment claim made before the deadline; held until it is decided
    Fulfilled, // the resolver marked the demand met (a promise: kept): stake refunded
    Refunded, // timeout action Refund, or a dovish (terminate) draw: stake refunded
    Escalated, // timeout action Escalate, or a hawkish draw: stake paid to the provider
    Forfeited, // timeout action Forfeit: stake distributed to NASH holders
    Cancelled // a pool that missed its threshold by its gathering date: every pledge refunded
}

/// @notice What happens to the stake when the deadline passes with the demand unmet.
enum Action {
    Refund,
    Forfeit,
    Escalate
}

/// @notice The two kinds of threat. An engagement lists the kinds it accepts as bits `1 << uint8(kind)`.
enum Kind {
    Commitment, // the timeout action happens for sure at the deadline (white paper section 7)
    Probabilistic // in addition, each period a verifiable draw may escalate or terminate (sections 8-10)
}

/// @notice Moves that burn a NASH fee. The fee per move is set by the fee controller.
enum Move {
    CreateCommitment,
    CreateProbabilistic
}

/// @notice The outcome of one period's draw (white paper section 10.3).
enum DrawOutcome {
    Continue, // neutral: nothing happens, the threat stays live
    Escalate, // hawkish: the stake is paid to the provider
    Terminate // dovish: the stake is refunded
}

/// @notice Availability of a beacon value for a ticket.
enum Availability {
    Pending, // not fixed yet: nobody can know it
    Ready, // fixed and proven
    Lapsed // can never be proven any more (its window passed)
}

/// @notice The role in which an account attaches evidence to a threat, as the registry can verify it.
/// Anyone else (for example the adversary, who has no on-chain role) submits as Other; the adversary's
/// address, when the maker named one, is in ThreatCreated so readers can label it.
enum Role {
    Other,
    Maker, // the account that created the threat, or its beneficiary
    Provider,
    Resolver
}

/// @notice Bits of `ThreatParams.flags`.
library Flags {
    /// @notice A public promise (white paper section 12.4): the demand is the maker's own act, fulfilment means
    /// "kept", the stake may be zero, and the resolver may record it broken before the deadline.
    uint8 internal constant PROMISE = 1;
    /// @notice Every bit the registry knows.
    uint8 internal constant ALL = PROMISE;
}

/// @notice Odds of a probabilistic threat. Probabilities are parts per PROB_SCALE (1e9). A zero beacon means
/// a commitment (the other fields must then be zero too).
struct OddsParams {
    IRandomnessBeacon beacon; // an allowed beacon
    uint32 period; // seconds between draws; period i is due at start + i * period
    uint32 pEscalate; // probability per draw of escalating (hawkish), > 0
    uint32 pTerminate; // probability per draw of refunding (dovish), may be 0
}

/// @notice Who else may add stake (backers, white paper sections 10.4 and 12.5) and whether the threat first
/// gathers pledges (a pool, sections 12.1-12.2). All zero: only the maker funds it and it is live at once.
struct FundingParams {
    uint96 cap; // most total stake, maker's included; 0 = nobody else may add stake
    bytes32 backersRoot; // Merkle root of the accounts allowed to add stake (OpenZeppelin leaf); 0 = anyone
    uint40 gatherUntil; // a pool: pledges are collected until this time; 0 = live at once
    uint16 minPledgers; // a pool goes live once this many funders (the maker counts when she pledged) joined
    uint96 minTotal; // ... or once this much ETH is pledged; a threshold of 0 is not used
}

/// @notice Creation parameters of every threat.
struct ThreatParams {
    address resolver; // decides fulfilment: an oracle account (k = n = 1) or a resolver contract (IResolver)
    address beneficiary; // receives the maker's refunds (a professional's client, section 3.2); never zero
    address adversary; // optional: whom the demand is addressed to; only emitted, never stored
    uint40 deadline; // unix seconds; the demand must be met (or claimed met) strictly before it
    Action timeoutAction; // what happens at the deadline
    uint8 flags; // Flags bits
    uint96 maxFee; // the most NASH the maker agrees to burn for this move (guards against a fee change)
    uint256 linkedTo; // optional: the threat this one answers (a counter-commitment, section 7); 0 = none
    OddsParams odds; // zero beacon: a commitment
    FundingParams funding; // all zero: the maker alone funds it
    string terms; // the demand, readable by the adversary (only emitted, never stored)
    bytes resolverData; // non-empty: passed to IResolver(resolver).onThreatCreated (a panel's members, a question's bond)
}

/// @notice A provider's consent to act on one maker's escalation (EIP-712 type `Engagement`). Signed off chain
/// (ECDSA for an account, ERC-1271 for a contract) or accepted on chain with `acceptEngagement`.
struct Engagement {
    address provider; // the law firm or PR firm paid on escalation
    address maker; // the only account that may create a threat with it
    bytes32 agreementHash; // sha-256 of the agreement the provider acts on
    uint96 minStake; // the smallest stake the provider acts on
    uint96 maxStake; // the largest stake it accepts (backers cannot push the stake beyond it); 0 = no cap
    uint8 kinds; // bits 1 << uint8(Kind) of the kinds of threat it accepts
    uint40 validUntil; // a threat must be created at or before this time
    uint32 uses; // how many threats it may back (1 = one)
    uint64 nonce; // the provider's nonce: consumed by a one-use engagement, revocable
}

/// @notice Storage layout of one threat, 4 slots.
struct Threat {
    // slot 0
    address beneficiary; // receives the maker's refund
    uint96 stake; // total stake held (maker's and every backer's)
    // slot 1
    address provider; // zero when the threat can never escalate
    uint40 deadline;
    uint40 start; // when draws count from: creation, or a pool's activation
    Status status;
    Action timeoutAction;
    // slot 2
    bytes32 engagementId; // the EIP-712 digest of the provider's engagement; zero without a provider
    // slot 3
    address resolver;
    uint24 settledPeriods; // draws settled so far (probabilistic only)
    uint24 pendingThrough; // draws settledPeriods+1 .. pendingThrough wait on `ticket`
    uint48 ticket; // the beacon ticket of the pending draws
}

/// @notice Storage layout of a probabilistic threat's odds, 1 slot. `beacon == 0` means a commitment.
struct Odds {
    IRandomnessBeacon beacon;
    uint32 period;
    uint32 pEscalate;
    uint32 pTerminate;
}

/// @notice A fulfilment claim holding a threat (status Claimed), 1 slot, written by `hold`.
struct Claim {
    uint40 since; // when the current hold began (0: not held now)
    uint40 until; // the current hold ends at this time unless released or decided before
    uint32 used; // seconds of hold used by earlier, released holds (all holds together <= MAX_HOLD)
}

/// @notice Per-threat state most threats never need, 1 slot, written only when used.
struct ThreatExtra {
    uint96 backed; // stake added by backers or pledgers (the maker's own share is `stake - backed`)
    uint32 funders; // backers or pledgers holding a share (the maker is not counted here)
    uint8 lapses; // consecutive lapsed requests of the pending draws (re-requested up to MAX_LAPSES)
    bool isPromise; // Flags.PROMISE
    bool funded; // FundingParams were given (backers allowed or a pool)
}

/// @notice Storage of a threat's funding policy (`FundingParams` without the root), 1 slot.
struct Funding {
    uint96 cap;
    uint40 gatherUntil;
    uint16 minPledgers;
    uint96 minTotal;
}
