// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRandomnessBeacon} from "../interfaces/IRandomnessBeacon.sol";

/// @notice Life cycle of a threat. Only ever moves forward: None -> Live -> one terminal status.
/// Fulfilled and Refunded both return the stake to the maker; Escalated pays the provider;
/// Forfeited sends the stake to NASH holders.
enum Status {
    None, // no threat with this id
    Live, // stake held, demand open
    Fulfilled, // a terminator marked the demand met before the deadline: stake refunded
    Refunded, // timeout action Refund, or a dovish (terminate) draw: stake refunded
    Escalated, // timeout action Escalate, or a hawkish draw: stake paid to the provider
    Forfeited // timeout action Forfeit: stake distributed to NASH holders
}

/// @notice What happens to the stake when the deadline passes with the demand unmet.
enum Action {
    Refund,
    Forfeit,
    Escalate
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
    Terminate // dovish: the stake is refunded to the maker
}

/// @notice Availability of a beacon value for a ticket.
enum Availability {
    Pending, // not fixed yet: nobody can know it
    Ready, // fixed and proven
    Lapsed // can never be proven any more (its window passed)
}

/// @notice Creation parameters shared by commitments and probabilistic threats.
struct CommitmentParams {
    address provider; // escalation recipient (law firm, PR firm)
    bytes32 agreementHash; // sha-256 of the signed off-chain agreement with the provider
    address[] terminators; // addresses allowed to mark the demand fulfilled (1..MAX_TERMINATORS)
    uint40 deadline; // unix seconds; the demand must be met strictly before it
    Action timeoutAction; // what happens at the deadline
    string terms; // the demand, readable by the adversary (only emitted, never stored)
}

/// @notice Odds of a probabilistic threat. Probabilities are parts per PROB_SCALE (1e9).
struct OddsParams {
    IRandomnessBeacon beacon; // an allowed beacon
    uint32 period; // seconds between draws; period i is due at start + i * period
    uint32 pEscalate; // probability per draw of escalating (hawkish), > 0
    uint32 pTerminate; // probability per draw of refunding (dovish), may be 0
}

/// @notice Storage layout of one threat, 4 slots.
struct Threat {
    // slot 0
    address maker;
    uint96 stake;
    // slot 1
    address provider;
    uint40 deadline;
    uint40 start; // creation time; draws are counted from here
    Status status;
    Action timeoutAction;
    // slot 2
    bytes32 agreementHash;
    // slot 3
    address terminator; // the first terminator; further ones live in a mapping
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
