// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {IRealityResolver} from "../../src/resolvers/interfaces/IRealityResolver.sol";
import {IResolverCommon} from "../../src/resolvers/interfaces/IResolverCommon.sol";
import {RealityResolver} from "../../src/resolvers/RealityResolver.sol";
import {Action, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {IRealityMore} from "./PeerInterfaces.sol";
import {ResolverFixture} from "./ResolverFixture.sol";

/// @notice RealityResolver on the real Reality.eth v3.0 and its reference arbitrator.
contract RealityResolverTest is ResolverFixture {
    function _create() internal returns (uint256 id, ThreatParams memory p) {
        p = _realityParams(TIMEOUT, MIN_BOND);
        id = _create(p);
    }

    function _text(uint256 id, ThreatParams memory p) internal view returns (string memory) {
        return realityResolver.questionText(id, p.adversary, p.terms, p.deadline);
    }

    function _r(RealityResolver.SyncResult got, IRealityResolver.SyncResult want) internal pure {
        assertEq(uint8(got), uint8(want), "sync result");
    }

    /*//////////////////////////////////////////////////////////////
                                CREATION
    //////////////////////////////////////////////////////////////*/

    function test_create_asksTheQuestion() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        vm.expectEmit(true, false, false, false, address(realityResolver));
        emit IRealityResolver.QuestionAsked(1, bytes32(0), 0, address(arbitrator), TIMEOUT, MIN_BOND);
        uint256 id = _create(p);
        bytes32 q = _questionId(id);
        string memory expected = string.concat(
            "Did ",
            vm.toString(adversary),
            " do \\\"",
            TERMS,
            "\\\" before 2025-07-15T15:06:40Z? (Levetrage threat 31337/",
            vm.toString(address(registry)),
            "/1)\u241fmisc\u241fen_US"
        );
        assertEq(_text(id, p), expected);
        emit log_named_string("question", expected);
        assertEq(reality.getContentHash(q), keccak256(abi.encodePacked(uint256(0), uint32(0), expected)));
        assertEq(reality.getArbitrator(q), address(arbitrator));
        assertEq(reality.getTimeout(q), TIMEOUT);
        assertEq(reality.getMinBond(q), MIN_BOND);
        IRealityResolver.QuestionView memory v = realityResolver.describe(id);
        assertEq(v.questionId, q);
        assertEq(v.round, 0);
        assertEq(v.finalizeTs, 0);
        assertEq(realityResolver.kind(), "reality");
        // Question id as Reality.eth derives it: nonce = the threat id, asker = the resolver.
        bytes32 contentHash = keccak256(abi.encodePacked(uint256(0), uint32(0), expected));
        assertEq(
            q,
            keccak256(
                abi.encodePacked(
                    contentHash, address(arbitrator), TIMEOUT, MIN_BOND, address(reality), address(realityResolver), id
                )
            )
        );
    }

    function test_create_noAdversary() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        p.adversary = address(0);
        uint256 id = _create(p);
        assertEq(
            _text(id, p),
            string.concat(
                "Was \\\"",
                TERMS,
                "\\\" done before 2025-07-15T15:06:40Z? (Levetrage threat 31337/",
                vm.toString(address(registry)),
                "/1)\u241fmisc\u241fen_US"
            )
        );
    }

    function test_create_revert_zeroArbitrator() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        p.resolverData = abi.encode(address(0), TIMEOUT, MIN_BOND);
        vm.expectRevert(IRealityResolver.ZeroArbitrator.selector);
        _create(p);
    }

    function test_create_revert_timeoutZero() public {
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.InvalidTimeout.selector, 0, 7 days));
        _create(_realityParams(0, MIN_BOND));
    }

    function test_create_revert_timeoutTooLong() public {
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.InvalidTimeout.selector, 7 days + 1, 7 days));
        _create(_realityParams(7 days + 1, MIN_BOND));
    }

    function test_create_revert_zeroMinBond() public {
        vm.expectRevert(IRealityResolver.ZeroMinBond.selector);
        _create(_realityParams(TIMEOUT, 0));
    }

    function test_create_revert_arbitratorQuestionFee() public {
        arbitrator.setQuestionFee(1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IRealityResolver.QuestionFeeNotSupported.selector, address(arbitrator), 1 ether)
        );
        _create(_realityParams(TIMEOUT, MIN_BOND));
    }

    function test_create_revert_badData() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        p.resolverData = abi.encode(address(arbitrator), TIMEOUT);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.InvalidResolverData.selector, 64));
        _create(p);
    }

    function test_onThreatCreated_revert_notRegistry() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.NotRegistry.selector, address(this)));
        realityResolver.onThreatCreated(1, maker, p);
    }

    /*//////////////////////////////////////////////////////////////
                                ANSWERS
    //////////////////////////////////////////////////////////////*/

    function test_yesFinalBeforeDeadline_fulfilsWithQuestionAsEvidence() public {
        (uint256 id,) = _create();
        bytes32 q = _questionId(id);
        vm.expectEmit(address(realityResolver));
        emit IRealityResolver.Answered(id, q, answerer, true, MIN_BOND);
        vm.expectEmit(address(realityResolver));
        emit IRealityResolver.ClaimRecorded(id, q);
        _r(_answer(answerer, id, true), IRealityResolver.SyncResult.Open); // far from the deadline: no hold
        _assertStatus(id, Status.Live);
        assertTrue(realityResolver.describe(id).claimed);
        assertEq(_claim(id).used, 0, "no hold budget spent");
        vm.warp(block.timestamp + TIMEOUT);
        uint256 before = maker.balance;
        vm.expectEmit(address(registry));
        emit ILevetrageEvents.Fulfilled(id, address(realityResolver), q);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
        _assertStatus(id, Status.Fulfilled);
        assertEq(maker.balance, before + STAKE);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Closed);
    }

    function test_bondBelongsToTheAnswerer() public {
        (uint256 id,) = _create();
        bytes32 q = _questionId(id);
        _answer(answerer, id, true);
        bytes32 history = keccak256(abi.encodePacked(bytes32(0), YES, MIN_BOND, answerer, false));
        assertEq(IRealityMore(address(reality)).getHistoryHash(q), history);
        vm.warp(block.timestamp + TIMEOUT);
        bytes32[] memory hashes = new bytes32[](1);
        address[] memory addrs = new address[](1);
        uint256[] memory bonds = new uint256[](1);
        bytes32[] memory answers = new bytes32[](1);
        addrs[0] = answerer;
        bonds[0] = MIN_BOND;
        answers[0] = YES;
        IRealityMore(address(reality)).claimWinnings(q, hashes, addrs, bonds, answers);
        assertEq(IRealityMore(address(reality)).balanceOf(answerer), MIN_BOND);
        assertEq(IRealityMore(address(reality)).balanceOf(address(realityResolver)), 0);
    }

    function test_noFinal_reaskedThenYes() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes32 first = _questionId(id);
        _answer(challenger, id, false);
        vm.warp(block.timestamp + TIMEOUT);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Rejected);
        _assertStatus(id, Status.Live);
        vm.prank(anyone);
        bytes32 second = realityResolver.reask(id, _text(id, p));
        assertTrue(second != first);
        assertEq(realityResolver.describe(id).round, 1);
        assertEq(reality.getContentHash(second), reality.getContentHash(first));
        _answer(answerer, id, true);
        vm.warp(block.timestamp + TIMEOUT);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_answer_revert_firstBondBelowMinimum() public {
        (uint256 id,) = _create();
        vm.prank(answerer);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.BondTooLow.selector, MIN_BOND - 1, MIN_BOND));
        realityResolver.answer{value: MIN_BOND - 1}(id, true, 0);
    }

    function test_answer_revert_bondNotDoubled() public {
        (uint256 id,) = _create();
        _answer(answerer, id, true);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.BondTooLow.selector, 2 * MIN_BOND - 1, 2 * MIN_BOND));
        realityResolver.answer{value: 2 * MIN_BOND - 1}(id, false, 0);
    }

    function test_answer_revert_finalized() public {
        (uint256 id,) = _create();
        _answer(answerer, id, true);
        vm.warp(block.timestamp + TIMEOUT);
        bytes32 q = _questionId(id);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.QuestionFinalized.selector, id, q));
        realityResolver.answer{value: 2 * MIN_BOND}(id, false, 0);
    }

    function test_answer_revert_pendingArbitration() public {
        (uint256 id,) = _create();
        _answer(answerer, id, true);
        _requestArbitration(challenger, id);
        bytes32 q = _questionId(id);
        vm.prank(challenger);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.QuestionPendingArbitration.selector, id, q));
        realityResolver.answer{value: 2 * MIN_BOND}(id, false, 0);
    }

    function test_answer_revert_unknownThreat() public {
        vm.prank(answerer);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.UnknownThreat.selector, 9));
        realityResolver.answer{value: MIN_BOND}(9, true, 0);
    }

    function test_sync_revert_unknownThreat() public {
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.UnknownThreat.selector, 9));
        realityResolver.sync(9);
    }

    function test_sync_unanswered() public {
        (uint256 id,) = _create();
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Unanswered);
    }

    /*//////////////////////////////////////////////////////////////
                          HOLDS AND THE DEADLINE
    //////////////////////////////////////////////////////////////*/

    function test_yesNearDeadline_holds_finalAfterDeadline_fulfils() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        _r(_answer(answerer, id, true), IRealityResolver.SyncResult.Held);
        _assertStatus(id, Status.Claimed);
        uint40 until = uint40(block.timestamp + TIMEOUT + WINDOW);
        assertEq(_claim(id).until, until);
        assertEq(realityResolver.describe(id).heldUntil, until);
        vm.warp(p.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.Held.selector, id, until));
        registry.settle(id, "");
        vm.warp(p.deadline - 1 hours + TIMEOUT);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
        _assertStatus(id, Status.Fulfilled);
    }

    /// @dev A contested claim: every answer pushes finalization and the hold follows it; the final "no" releases
    /// and the timeout applies.
    function test_answerWar_holdFollows_finalNoReleases() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        _answer(answerer, id, true);
        vm.warp(p.deadline + 10 minutes);
        _r(_answer(challenger, id, false), IRealityResolver.SyncResult.Held);
        assertEq(_claim(id).until, block.timestamp + TIMEOUT + WINDOW, "extended by the counter-answer");
        vm.warp(block.timestamp + 12 hours);
        _r(_answer(answerer, id, true), IRealityResolver.SyncResult.Held);
        vm.warp(block.timestamp + 12 hours);
        _r(_answer(challenger, id, false), IRealityResolver.SyncResult.Held);
        assertEq(reality.getBond(_questionId(id)), 8 * MIN_BOND);
        vm.warp(block.timestamp + TIMEOUT);
        vm.expectEmit(address(realityResolver));
        emit IRealityResolver.QuestionResolved(id, _questionId(id), false);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Rejected);
        _assertStatus(id, Status.Live);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    function test_arbitration_holdsForBudget_rulesYes() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        _answer(answerer, id, true);
        uint256 since = block.timestamp;
        _answer(challenger, id, false);
        _requestArbitration(answerer, id);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Held);
        assertEq(_claim(id).until, since + MAX_HOLD, "the rest of the budget");
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Held); // no second hold call
        vm.warp(p.deadline + 20 days);
        _rule(id, YES, answerer);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_arbitration_rulesNo_releases() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        _answer(answerer, id, true);
        _answer(challenger, id, false);
        _requestArbitration(answerer, id);
        realityResolver.sync(id);
        vm.warp(p.deadline + 3 days);
        _rule(id, NO, challenger);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Rejected);
        assertEq(_claim(id).used, 3 days + 1 hours, "hold time used: only until the ruling was applied");
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    function test_directAnswerSyncedBeforeDeadline_counts() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        vm.prank(answerer);
        IRealityMore(address(reality)).submitAnswer{value: MIN_BOND}(_questionId(id), YES, 0);
        vm.prank(anyone);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Held);
        vm.warp(p.deadline - 1 hours + TIMEOUT);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
    }

    /// @dev The stated limit: a "yes" given on Reality.eth that nobody synced before the deadline is no claim.
    function test_directAnswerNotSynced_doesNotCount() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        vm.prank(answerer);
        IRealityMore(address(reality)).submitAnswer{value: MIN_BOND}(_questionId(id), YES, 0);
        vm.warp(p.deadline);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Open);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        vm.warp(block.timestamp + TIMEOUT);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Closed);
    }

    function test_yesAtDeadline_isNoClaim() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline);
        _r(_answer(answerer, id, true), IRealityResolver.SyncResult.Open);
        assertFalse(realityResolver.describe(id).claimed);
        _assertStatus(id, Status.Live);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    /// @dev A recorded early claim needs no hold; a counter-answer that pushes finalization past the deadline
    /// needs one, taken by any sync before the deadline (at least SETTLE_WINDOW after that answer).
    function test_counterAnswerPastDeadline_syncHolds() public {
        ThreatParams memory p = _realityParams(3 days, MIN_BOND);
        uint256 id = _create(p);
        vm.warp(p.deadline - 5 days); // finalizes 2 days before the deadline: no hold needed
        _r(_answer(answerer, id, true), IRealityResolver.SyncResult.Open);
        vm.warp(p.deadline - 2 days - 1); // a direct counter-answer: finalization moves past the deadline
        vm.prank(challenger);
        IRealityMore(address(reality)).submitAnswer{value: 2 * MIN_BOND}(_questionId(id), NO, 0);
        vm.warp(p.deadline - 1);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Held);
        assertEq(_claim(id).until, p.deadline + 1 days - 1 + WINDOW);
        vm.warp(p.deadline + 1 hours);
        _answer(answerer, id, true);
        vm.warp(block.timestamp + 3 days);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
    }

    /// @dev A threat with draws is held from the claim on: a draw must not escalate while the claim is open.
    function test_probabilistic_claimHoldsAtOnce() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1e8, 0));
        _r(_answer(answerer, id, true), IRealityResolver.SyncResult.Held);
        _assertStatus(id, Status.Claimed);
        vm.warp(block.timestamp + TIMEOUT);
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
        assertEq(beacon.requests(), 0, "no draw was requested while the claim was open");
    }

    function test_sync_reportsDeterminedDraw_thenFulfils() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1e8, 0));
        vm.warp(block.timestamp + PERIOD);
        _settle(anyone, id);
        uint48 ticket = _ticketOf(id);
        _answer(answerer, id, true);
        beacon.setReady(ticket, _valueFor(id, 1, 1e8, 0, 0, 0));
        vm.warp(block.timestamp + TIMEOUT);
        vm.expectEmit(address(realityResolver));
        emit IResolverCommon.RegistryCallFailed(
            id,
            registry.fulfil.selector,
            abi.encodeWithSelector(ILevetrageErrors.DrawDetermined.selector, id, 1, ticket)
        );
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Failed);
        _settle(anyone, id); // the pending draw is settled during the hold (neutral)
        _r(realityResolver.sync(id), IRealityResolver.SyncResult.Fulfilled);
    }

    /*//////////////////////////////////////////////////////////////
                                 REASK
    //////////////////////////////////////////////////////////////*/

    function test_reask_revert_whileOpen() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes32 q = _questionId(id);
        string memory text = _text(id, p);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.QuestionNotRejected.selector, id, q));
        realityResolver.reask(id, text);
        _answer(answerer, id, true);
        vm.warp(block.timestamp + TIMEOUT);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.QuestionNotRejected.selector, id, q));
        realityResolver.reask(id, text);
    }

    function test_reask_revert_wrongText() public {
        (uint256 id,) = _create();
        _answer(challenger, id, false);
        vm.warp(block.timestamp + TIMEOUT);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.QuestionMismatch.selector, id));
        realityResolver.reask(id, "Did anyone do anything?\u241fmisc\u241fen_US");
    }

    function test_reask_revert_afterDeadline() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        _answer(challenger, id, false);
        vm.warp(p.deadline + TIMEOUT);
        string memory text = _text(id, p);
        vm.expectRevert(abi.encodeWithSelector(IRealityResolver.ReaskTooLate.selector, id, p.deadline));
        realityResolver.reask(id, text);
    }
}
