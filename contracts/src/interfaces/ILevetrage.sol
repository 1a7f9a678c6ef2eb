// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Action, CommitmentParams, DrawOutcome, Move, Odds, OddsParams, Status, Threat} from "../types/DataTypes.sol";
import {IRandomnessBeacon} from "./IRandomnessBeacon.sol";
import {INashToken} from "./INashToken.sol";

/// @title ILevetrage
/// @notice One registry of threats keyed by id: binding commitments (white paper section 7) and
/// probabilistic threats with verifiable draws (sections 8-10). Every state change emits an event
/// from which the full history of a threat can be rebuilt.
interface ILevetrage {
    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A threat was created and its stake locked. `terms` is the demand text, stored only here.
    event ThreatCreated(
        uint256 indexed id,
        address indexed maker,
        address indexed provider,
        uint256 stake,
        bytes32 agreementHash,
        address[] terminators,
        uint40 deadline,
        Action timeoutAction,
        string terms
    );

    /// @notice A probabilistic threat's odds, emitted right after its ThreatCreated. `start` is the time draws count from.
    event OddsSet(
        uint256 indexed id, address indexed beacon, uint32 period, uint32 pEscalate, uint32 pTerminate, uint40 start
    );

    /// @notice A NASH fee was burned for a move.
    event FeeBurned(uint256 indexed id, address indexed payer, Move move, uint256 amount);

    /// @notice A terminator marked the demand fulfilled; the stake goes back to the maker.
    event Fulfilled(uint256 indexed id, address indexed terminator);

    /// @notice Draws `fromPeriod`..`throughPeriod` now wait on the beacon's `ticket`.
    event DrawRequested(uint256 indexed id, uint24 fromPeriod, uint24 throughPeriod, uint48 ticket);

    /// @notice A period was drawn. `outcome == DrawRule.outcome(value, id, period, pEscalate, pTerminate)`
    /// unless `lapsed`, in which case the value could never be proven and the draw counts as Escalate.
    event DrawSettled(uint256 indexed id, uint24 indexed period, bytes32 value, DrawOutcome outcome, bool lapsed);

    /// @notice The stake was paid to the provider: the authentic escalation a provider acts on.
    /// `paid == false` means the transfer failed and the amount was credited to `withdrawable(provider)`.
    event Escalated(
        uint256 indexed id, address indexed provider, bytes32 indexed agreementHash, uint256 amount, bool paid
    );

    /// @notice The stake was returned to the maker (fulfilment, refund timeout or a dovish draw).
    /// `paid == false` means the transfer failed and the amount was credited to `withdrawable(maker)`.
    event Refunded(uint256 indexed id, address indexed maker, uint256 amount, bool paid);

    /// @notice The stake was distributed to NASH holders.
    event Forfeited(uint256 indexed id, uint256 amount);

    /// @notice `account` withdrew a balance left by a failed transfer.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice The NASH fee of a move changed.
    event FeeSet(Move indexed move, uint96 fee);

    /// @notice A beacon was allowed or disallowed for new threats (existing threats keep theirs).
    event BeaconAllowed(address indexed beacon, bool allowed);

    /// @notice The fee controller changed.
    event FeeControllerChanged(address indexed previous, address indexed next);

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    error ZeroStake();
    error StakeTooLarge(uint256 stake);
    error DeadlineInPast(uint40 deadline, uint256 nowTime);
    error DeadlineTooFar(uint40 deadline, uint256 maxDeadline);
    error ZeroProvider();
    error ZeroAgreementHash();
    error NoTerminators();
    error TooManyTerminators(uint256 count, uint256 max);
    error InvalidTerminator(address terminator); // zero or duplicate
    error BeaconNotAllowed(address beacon);
    error InvalidPeriod(uint32 period, uint32 minPeriod, uint256 maxPeriod);
    error TooManyPeriods(uint256 count, uint256 max);
    error InvalidOdds(uint32 pEscalate, uint32 pTerminate); // pEscalate == 0 or sum > PROB_SCALE
    error ThreatNotFound(uint256 id);
    error ThreatNotLive(uint256 id, Status status);
    error NotTerminator(uint256 id, address caller);
    error DeadlinePassed(uint256 id, uint40 deadline); // fulfil at or after the deadline
    error DeadlineNotReached(uint256 id, uint40 deadline); // commitment settled before its deadline
    error DrawDetermined(uint256 id, uint24 period, uint48 ticket); // fulfil after a draw's value is fixed
    error DrawNotReady(uint256 id, uint48 ticket); // the pending draw's value is not fixed yet
    error NothingToSettle(uint256 id); // no period due and deadline not reached
    error NothingToWithdraw(address account);
    error EthTransferFailed(address to, uint256 amount);
    error NotFeeController(address caller);
    error ZeroAddress();

    /*//////////////////////////////////////////////////////////////
                              STATE CHANGES
    //////////////////////////////////////////////////////////////*/

    /// @notice Locks msg.value as the stake of a binding commitment and burns the CreateCommitment NASH fee
    /// (the caller must have approved the registry for it).
    /// @param params Provider, agreement hash, terminators, deadline, timeout action and terms.
    /// @return id The new threat's id (ids start at 1).
    function createCommitment(CommitmentParams calldata params) external payable returns (uint256 id);

    /// @notice Locks msg.value as the stake of a probabilistic threat and burns the CreateProbabilistic NASH fee.
    /// @param params As for a commitment.
    /// @param odds Beacon, period length and per-draw probabilities (parts per 1e9).
    /// @return id The new threat's id.
    function createProbabilistic(CommitmentParams calldata params, OddsParams calldata odds)
        external
        payable
        returns (uint256 id);

    /// @notice Marks the demand fulfilled and refunds the stake to the maker. Only a terminator, strictly
    /// before the deadline, and never once a pending draw's value is determined (settle it first).
    /// @param id The threat.
    function fulfil(uint256 id) external;

    /// @notice Advances a threat by the rules; callable by anyone. For a probabilistic threat: resolves the
    /// pending draws with `proof` (stopping at the first non-neutral outcome), then requests the draws now due.
    /// Once every period up to the deadline is drawn, applies the timeout action; a commitment applies it at the deadline.
    /// @param id The threat.
    /// @param proof The beacon's proof for the pending ticket (a block header for the block beacon), or empty.
    /// @return status The threat's status afterwards.
    function settle(uint256 id, bytes calldata proof) external returns (Status status);

    /// @notice Withdraws the caller's balance left by a failed refund or escalation transfer.
    function withdraw() external returns (uint256 amount);

    /// @notice Sets the NASH fee of a move. Fee controller only.
    function setFee(Move move, uint96 fee) external;

    /// @notice Allows or disallows a beacon for new probabilistic threats. Fee controller only.
    function setBeaconAllowed(IRandomnessBeacon beacon, bool allowed) external;

    /// @notice Hands the fee controller role to `next`. Fee controller only.
    function setFeeController(address next) external;

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice Probabilities are parts per PROB_SCALE (1e9).
    function PROB_SCALE() external view returns (uint32);

    /// @notice Most terminators a threat may name (16).
    function MAX_TERMINATORS() external view returns (uint256);

    /// @notice Shortest period between draws (60 seconds).
    function MIN_PERIOD() external view returns (uint32);

    /// @notice Longest time from creation to deadline (5 * 365 days).
    function MAX_DURATION() external view returns (uint256);

    /// @notice The NASH token burned for moves and paid forfeits.
    function nash() external view returns (INashToken);

    /// @notice The address that sets fees and allowed beacons.
    function feeController() external view returns (address);

    /// @notice The NASH fee of a move, read by the UI before signing.
    function feeOf(Move move) external view returns (uint96);

    /// @notice Whether `beacon` may be used by new threats.
    function isBeaconAllowed(IRandomnessBeacon beacon) external view returns (bool);

    /// @notice The id the next threat will get.
    function nextId() external view returns (uint256);

    /// @notice A threat's stored state and, for a probabilistic threat, its odds (zero beacon for a commitment).
    function getThreat(uint256 id) external view returns (Threat memory threat, Odds memory odds);

    /// @notice Whether `account` may mark threat `id` fulfilled.
    function isTerminator(uint256 id, address account) external view returns (bool);

    /// @notice How many periods of threat `id` are due now (capped by the deadline); 0 for a commitment.
    function duePeriods(uint256 id) external view returns (uint24);

    /// @notice Balance `account` can withdraw after a failed transfer.
    function withdrawable(address account) external view returns (uint256);
}
