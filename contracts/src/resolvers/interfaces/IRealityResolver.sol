// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRealityETH} from "./IRealityETH.sol";
import {IResolverCommon} from "./IResolverCommon.sol";

/// @title IRealityResolver
/// @notice A Reality.eth v3 question per threat: "Did <adversary> do <terms> before <deadline>?", asked at
/// creation with the maker's arbitrator, timeout and minimum bond. Answers are bonded and double; the arbitrator
/// can be asked to rule. A "yes" seen before the deadline is a fulfilment claim: the threat is held while the
/// question could still finalize after the deadline; a final "yes" fulfils, a final "no" releases.
/// `resolverData = abi.encode(address arbitrator, uint32 timeout, uint256 minBond)`.
interface IRealityResolver is IResolverCommon {
    /// @notice What a `sync` did.
    enum SyncResult {
        Unanswered, // nobody answered yet
        Open, // answered, not final; no claim to hold for now
        Held, // a claim is open and the threat is held (taken or extended now, or already long enough)
        Fulfilled, // the question finalized "yes": the threat is fulfilled
        Rejected, // the question finalized not "yes": the claim (if any) failed and the hold was released
        Failed, // a registry call failed (RegistryCallFailed says why); sync again later
        Closed // the threat is decided; nothing to do
    }

    /// @notice A threat's question as the resolver and Reality.eth see it.
    struct QuestionView {
        bytes32 questionId;
        uint32 round; // 0 for the question asked at creation, +1 per `reask`
        bool claimed; // a "yes" of this question was seen before the deadline
        bool done; // the threat is decided
        uint40 heldUntil; // end of the last hold this resolver took (0: none)
        address arbitrator;
        uint32 timeout;
        uint32 finalizeTs; // 0: unanswered
        bool pendingArbitration;
        bool finalized;
        bytes32 bestAnswer; // 1 yes, 0 no
        uint256 bond; // the current bond (the next answer must double it)
        uint256 minBond;
    }

    /// @notice Question `questionId` (round `round`) was asked on Reality.eth for threat `id`; its text is in
    /// Reality.eth's LogNewQuestion.
    event QuestionAsked(
        uint256 indexed id,
        bytes32 indexed questionId,
        uint32 round,
        address arbitrator,
        uint32 timeout,
        uint256 minBond
    );
    /// @notice `answerer` answered through this resolver (the bond is credited to it on Reality.eth).
    event Answered(uint256 indexed id, bytes32 indexed questionId, address indexed answerer, bool yes, uint256 bond);
    /// @notice A "yes" was seen before the deadline: a fulfilment claim, held while the question may finalize late.
    event ClaimRecorded(uint256 indexed id, bytes32 indexed questionId);
    /// @notice The threat is held until `until` for the open claim.
    event HoldSynced(uint256 indexed id, bytes32 indexed questionId, uint40 until);
    /// @notice The question finalized: "yes" fulfilled the threat, anything else failed the claim.
    event QuestionResolved(uint256 indexed id, bytes32 indexed questionId, bool yes);

    /// @notice Thrown at creation with a zero arbitrator (every question needs an escape from an answer war).
    error ZeroArbitrator();
    /// @notice Thrown at creation with a timeout of 0 or above MAX_TIMEOUT.
    error InvalidTimeout(uint32 timeout, uint32 maxTimeout);
    /// @notice Thrown at creation with a zero minimum bond (claims must be bonded).
    error ZeroMinBond();
    /// @notice Thrown at creation when the arbitrator charges a question fee (the registry's hook carries no ETH).
    error QuestionFeeNotSupported(address arbitrator, uint256 fee);
    /// @notice Thrown by `answer` once the question is finalized.
    error QuestionFinalized(uint256 id, bytes32 questionId);
    /// @notice Thrown by `answer` while the arbitrator is deciding.
    error QuestionPendingArbitration(uint256 id, bytes32 questionId);
    /// @notice Thrown by `answer` with a bond below the question's minimum (first answer) or double the last.
    error BondTooLow(uint256 bond, uint256 minimum);
    /// @notice Thrown by `reask` unless the current question finalized with an answer other than "yes".
    error QuestionNotRejected(uint256 id, bytes32 questionId);
    /// @notice Thrown by `reask` at or after the deadline, or when the threat is decided.
    error ReaskTooLate(uint256 id, uint40 deadline);
    /// @notice Thrown by `reask` when the text given is not the threat's question.
    error QuestionMismatch(uint256 id);

    /// @notice Answers threat `id`'s question with msg.value as the bond (credited to the caller), then `sync`s.
    /// @dev Requirements: the question is open (not finalized, not pending arbitration); msg.value >= the
    /// minimum bond for a first answer, else >= twice the current bond; `maxPrevious` as Reality.eth's.
    function answer(uint256 id, bool yes, uint256 maxPrevious) external payable returns (SyncResult);

    /// @notice Brings the registry in line with the question (anyone, any time; answers given directly on
    /// Reality.eth need it): records a "yes" seen before the deadline as a claim, holds the threat while the
    /// claim could finalize after the deadline (until finalization + SETTLE_WINDOW; while arbitration is pending,
    /// for what is left of MAX_HOLD), fulfils on a final "yes", releases on a final other answer. Registry
    /// failures are reported (RegistryCallFailed), never reverted.
    function sync(uint256 id) external returns (SyncResult);

    /// @notice Asks the threat's question again (same text, arbitrator, timeout, minimum bond; next round) after
    /// the current one finalized with an answer other than "yes" before the deadline: the demand may still be
    /// met in time. msg.value is passed to Reality.eth (bounty and any question fee).
    /// @dev Requirements: the current question finalized not "yes"; the threat is undecided and before its
    /// deadline; `question` is the threat's question text (Reality.eth's LogNewQuestion).
    function reask(uint256 id, string calldata question) external payable returns (bytes32 questionId);

    /// @notice The Reality.eth instance this resolver asks on.
    function reality() external view returns (IRealityETH);

    /// @notice Threat `id`'s current question and its state.
    function describe(uint256 id) external view returns (QuestionView memory);

    /// @notice The question text this resolver asks for a threat with these parameters (title, then the
    /// category and language after Reality.eth's U+241F separator), for UIs.
    function questionText(uint256 id, address adversary, string calldata terms, uint40 deadline)
        external
        view
        returns (string memory);
}
