// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../interfaces/ILevetrage.sol";
import {IResolver} from "../interfaces/IResolver.sol";
import {Status, ThreatParams} from "../types/DataTypes.sol";
import {IRealityETH} from "./interfaces/IRealityETH.sol";
import {IRealityResolver} from "./interfaces/IRealityResolver.sol";
import {ResolverBase} from "./ResolverBase.sol";
import {ThreatText} from "./ThreatText.sol";

/// @title RealityResolver
/// @notice A Reality.eth v3 question per threat (issue #9, kind 2). One deployment per Reality.eth instance
/// serves every threat of its registry whose resolver it is. `resolverData = abi.encode(address arbitrator,
/// uint32 timeout, uint256 minBond)`. At creation the resolver asks, on the bool template 0 with nonce = the
/// threat id, the question built on chain from the threat's parameters (ThreatText.realityQuestion). Anyone
/// answers with a bond (`answer` here, or directly on Reality.eth followed by `sync`); answers must double the
/// bond; the arbitrator can be asked to rule. Once the question is final: "yes" fulfils (evidence = the
/// question id), anything else fails the claim, and while the deadline is ahead the question can be asked again
/// (`reask`).
/// @dev Deadline rule (docs/oracles.md): a "yes" this resolver sees strictly before the deadline (through
/// `answer` or `sync`) is a fulfilment claim. The threat is held while the claim could finalize after the
/// deadline, or from the claim on if the threat has draws: until the question's finalize time + SETTLE_WINDOW
/// (extended by every later answer, yes or no), and while arbitration is pending for what is left of MAX_HOLD.
/// A final "yes" fulfils even after the deadline while the hold lasts; a final other answer releases. Registry
/// calls made on someone's behalf never revert the caller (RegistryCallFailed). Limit: a "yes" given directly on
/// Reality.eth counts only once someone syncs it before the deadline, and after an answer that pushes
/// finalization past the deadline someone must sync before the deadline (they have at least SETTLE_WINDOW).
/// Storage per threat: 2 slots (question id; round, claim, decided, hold end).
contract RealityResolver is ResolverBase, IRealityResolver {
    /// @notice Longest question timeout a maker may choose, so that a contested claim fits the hold budget.
    uint32 public constant MAX_TIMEOUT = 7 days;
    /// @notice Time after a question's finalization for anyone to apply it, and the least time anyone has to
    /// sync before the deadline after an answer that needs a hold.
    uint32 public constant SETTLE_WINDOW = 1 days;
    /// @notice Reality.eth's bool template.
    uint256 public constant TEMPLATE_BOOL = 0;

    bytes32 internal constant YES = bytes32(uint256(1));

    /// @inheritdoc IRealityResolver
    IRealityETH public immutable reality;

    struct Question {
        bytes32 questionId;
        uint32 round;
        bool claimed;
        bool done;
        bool heldForArbitration;
        uint40 heldUntil;
    }

    /// @dev Reality.eth's stored question, the fields sync reads.
    struct Peer {
        uint32 finalizeTs;
        bool pendingArbitration;
        bytes32 bestAnswer;
        uint256 bond;
        uint256 minBond;
    }

    mapping(uint256 id => Question) internal _questions;

    /// @param registry_ The registry whose threats this resolver decides.
    /// @param reality_ The Reality.eth v3 instance questions are asked on.
    constructor(ILevetrage registry_, IRealityETH reality_) ResolverBase(registry_) {
        if (address(reality_) == address(0)) revert ZeroAddress();
        reality = reality_;
    }

    /// @inheritdoc IResolver
    function kind() external pure returns (string memory) {
        return "reality";
    }

    /// @notice Asks threat `id`'s question. Called by the registry at creation.
    /// @dev Requirements: msg.sender is the registry; `resolverData` is 96 bytes (arbitrator, timeout, minBond)
    /// with a non-zero arbitrator that charges no question fee, 0 < timeout <= MAX_TIMEOUT, minBond > 0.
    function onThreatCreated(uint256 id, address, ThreatParams calldata params) external onlyRegistry {
        if (params.resolverData.length != 96) revert InvalidResolverData(params.resolverData.length);
        (address arbitrator, uint32 timeout, uint256 minBond) =
            abi.decode(params.resolverData, (address, uint32, uint256));
        if (arbitrator == address(0)) revert ZeroArbitrator();
        if (timeout == 0 || timeout > MAX_TIMEOUT) revert InvalidTimeout(timeout, MAX_TIMEOUT);
        if (minBond == 0) revert ZeroMinBond();
        uint256 fee = reality.arbitrator_question_fees(arbitrator);
        if (fee != 0) revert QuestionFeeNotSupported(arbitrator, fee);
        string memory question = _questionText(id, params.adversary, params.terms, params.deadline);
        bytes32 questionId =
            reality.askQuestionWithMinBond(TEMPLATE_BOOL, question, arbitrator, timeout, 0, id, minBond);
        _questions[id].questionId = questionId;
        emit QuestionAsked(id, questionId, 0, arbitrator, timeout, minBond);
    }

    /// @inheritdoc IRealityResolver
    function answer(uint256 id, bool yes, uint256 maxPrevious) external payable nonReentrant returns (SyncResult) {
        bytes32 questionId = _questionIdOf(id);
        Peer memory q = _peer(questionId);
        if (q.pendingArbitration) revert QuestionPendingArbitration(id, questionId);
        if (q.finalizeTs != 0 && q.finalizeTs <= block.timestamp) revert QuestionFinalized(id, questionId);
        uint256 minimum = q.bond == 0 ? q.minBond : q.bond * 2;
        if (minimum == 0) minimum = 1;
        if (msg.value < minimum) revert BondTooLow(msg.value, minimum);
        reality.submitAnswerFor{value: msg.value}(questionId, yes ? YES : bytes32(0), maxPrevious, msg.sender);
        emit Answered(id, questionId, msg.sender, yes, msg.value);
        return _sync(id);
    }

    /// @inheritdoc IRealityResolver
    function sync(uint256 id) external nonReentrant returns (SyncResult) {
        return _sync(id);
    }

    /// @inheritdoc IRealityResolver
    function reask(uint256 id, string calldata question) external payable nonReentrant returns (bytes32 questionId) {
        bytes32 previous = _questionIdOf(id);
        if (!reality.isFinalized(previous) || reality.resultFor(previous) == YES) {
            revert QuestionNotRejected(id, previous);
        }
        _sync(id); // fails the claim and releases the hold, if any
        (Status status, uint40 deadline,) = _threatState(id);
        if (_isDecided(status) || block.timestamp >= deadline) revert ReaskTooLate(id, deadline);
        if (keccak256(abi.encodePacked(TEMPLATE_BOOL, uint32(0), question)) != reality.getContentHash(previous)) {
            revert QuestionMismatch(id);
        }
        questionId = _askAgain(id, question, previous);
    }

    /// @notice The Reality.eth nonce of round `round` of threat `id`'s question (`id` for the first).
    function nonceOf(uint256 id, uint32 round) public pure returns (uint256) {
        return id | (uint256(round) << 64);
    }

    /// @inheritdoc IRealityResolver
    function describe(uint256 id) external view returns (QuestionView memory v) {
        Question memory stored = _questions[id];
        v.questionId = stored.questionId;
        v.round = stored.round;
        v.claimed = stored.claimed;
        v.done = stored.done;
        v.heldUntil = stored.heldUntil;
        if (stored.questionId == bytes32(0)) return v;
        Peer memory q = _peer(stored.questionId);
        v.arbitrator = reality.getArbitrator(stored.questionId);
        v.timeout = reality.getTimeout(stored.questionId);
        v.finalizeTs = q.finalizeTs;
        v.pendingArbitration = q.pendingArbitration;
        v.finalized = _finalized(q);
        v.bestAnswer = q.bestAnswer;
        v.bond = q.bond;
        v.minBond = q.minBond;
    }

    /// @inheritdoc IRealityResolver
    function questionText(uint256 id, address adversary, string calldata terms, uint40 deadline)
        external
        view
        returns (string memory)
    {
        return _questionText(id, adversary, terms, deadline);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev See `sync`. Reads the threat and the question once; every registry call is try/caught.
    function _sync(uint256 id) private returns (SyncResult) {
        Question storage stored = _questions[id];
        Question memory question = stored;
        if (question.questionId == bytes32(0)) revert UnknownThreat(id);
        if (question.done) return SyncResult.Closed;
        (Status status, uint40 deadline, bool probabilistic) = _threatState(id);
        if (_isDecided(status)) {
            stored.done = true;
            return SyncResult.Closed;
        }
        Peer memory q = _peer(question.questionId);

        if (_finalized(q)) {
            if (q.bestAnswer == YES) {
                // Evidence: the question id (its history and the arbitrator's ruling are on Reality.eth).
                try registry.fulfil(id, question.questionId) {
                    stored.done = true;
                    emit QuestionResolved(id, question.questionId, true);
                    return SyncResult.Fulfilled;
                } catch (bytes memory reason) {
                    emit RegistryCallFailed(id, ILevetrage.fulfil.selector, reason);
                    return SyncResult.Failed;
                }
            }
            if (question.claimed) {
                stored.claimed = false;
                stored.heldForArbitration = false;
                emit QuestionResolved(id, question.questionId, false);
            }
            if (status == Status.Claimed) {
                try registry.release(id) {
                    stored.heldUntil = 0;
                } catch (bytes memory reason) {
                    emit RegistryCallFailed(id, ILevetrage.release.selector, reason);
                    return SyncResult.Failed;
                }
            }
            return SyncResult.Rejected;
        }
        if (q.finalizeTs == 0) return SyncResult.Unanswered;

        if (!question.claimed) {
            // Only a "yes" standing before the deadline is a claim (a pool still gathering cannot be held, but
            // its question may finalize "yes" before the deadline and fulfil it).
            if (q.bestAnswer != YES || block.timestamp >= deadline || status == Status.Gathering) {
                return SyncResult.Open;
            }
            stored.claimed = true;
            emit ClaimRecorded(id, question.questionId);
        }
        return _hold(id, stored, question, q, status, deadline, probabilistic);
    }

    /// @dev Holds for an open claim when needed: until finalization + SETTLE_WINDOW, or for the rest of the
    /// budget while arbitration is pending. A hold is never shortened; the registry caps it by MAX_HOLD.
    function _hold(
        uint256 id,
        Question storage stored,
        Question memory question,
        Peer memory q,
        Status status,
        uint40 deadline,
        bool probabilistic
    ) private returns (SyncResult) {
        uint256 want = uint256(q.finalizeTs) + SETTLE_WINDOW;
        bool held = status == Status.Claimed && block.timestamp < question.heldUntil;
        if (!q.pendingArbitration && !probabilistic && want <= deadline && !held) return SyncResult.Open;
        if (!held && block.timestamp >= deadline) return SyncResult.Open; // too late to start a hold
        if (q.pendingArbitration ? question.heldForArbitration && held : held && question.heldUntil >= want) {
            return SyncResult.Held;
        }
        uint32 duration = q.pendingArbitration ? type(uint32).max : uint32(want - block.timestamp);
        try registry.hold(id, duration) returns (uint40 until) {
            stored.heldUntil = until;
            stored.heldForArbitration = q.pendingArbitration;
            emit HoldSynced(id, question.questionId, until);
            return SyncResult.Held;
        } catch (bytes memory reason) {
            emit RegistryCallFailed(id, ILevetrage.hold.selector, reason);
            return SyncResult.Failed;
        }
    }

    /// @dev Asks round `round + 1` with the previous question's text, arbitrator, timeout and minimum bond.
    function _askAgain(uint256 id, string calldata question, bytes32 previous) private returns (bytes32 questionId) {
        Question storage stored = _questions[id];
        uint32 round = stored.round + 1;
        address arbitrator = reality.getArbitrator(previous);
        uint32 timeout = reality.getTimeout(previous);
        uint256 minBond = reality.getMinBond(previous);
        uint256 nonce = nonceOf(id, round);
        questionId = reality.askQuestionWithMinBond{value: msg.value}(
            TEMPLATE_BOOL, question, arbitrator, timeout, 0, nonce, minBond
        );
        stored.questionId = questionId;
        stored.round = round;
        emit QuestionAsked(id, questionId, round, arbitrator, timeout, minBond);
    }

    function _questionIdOf(uint256 id) private view returns (bytes32 questionId) {
        questionId = _questions[id].questionId;
        if (questionId == bytes32(0)) revert UnknownThreat(id);
    }

    function _peer(bytes32 questionId) private view returns (Peer memory q) {
        (,,,, q.finalizeTs, q.pendingArbitration,, q.bestAnswer,, q.bond, q.minBond) = reality.questions(questionId);
    }

    /// @dev Reality.eth's isFinalized on the fields read.
    function _finalized(Peer memory q) private view returns (bool) {
        return !q.pendingArbitration && q.finalizeTs != 0 && q.finalizeTs <= block.timestamp;
    }

    function _questionText(uint256 id, address adversary, string memory terms, uint256 deadline)
        private
        view
        returns (string memory)
    {
        return ThreatText.realityQuestion(
            adversary, terms, deadline, ThreatText.threatRef(block.chainid, address(registry), id)
        );
    }
}
