// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Claim, DrawOutcome, Funding, Status, ThreatExtra, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fulfilment claims hold a threat (issue #9 deadline rule): the resolver may hold a Live threat
/// before its deadline (or extend a hold), for at most MAX_HOLD in all; while held no draw is requested and no
/// timeout applies, pending draws are still resolved, fulfilment stays possible until the hold ends, and the
/// draws that came due meanwhile are requested afterwards.
contract HoldsTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    uint32 internal constant P = 50_000_000;

    function _hold(uint256 id, uint32 duration) internal returns (uint40) {
        vm.prank(oracle);
        return registry.hold(id, duration);
    }

    function _release(uint256 id) internal {
        vm.prank(oracle);
        registry.release(id);
    }

    function _claim(uint256 id) internal view returns (Claim memory c) {
        (,,, c) = registry.getThreatExtra(id);
    }

    function test_HoldMakesClaimed() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.expectEmit(address(registry));
        emit FulfilmentClaimed(id, oracle, uint40(block.timestamp + 2 days));
        assertEq(_hold(id, 2 days), block.timestamp + 2 days);
        _assertStatus(id, Status.Claimed);
        Claim memory c = _claim(id);
        assertEq(c.since, block.timestamp);
        assertEq(c.until, block.timestamp + 2 days);
        assertEq(c.used, 0);
    }

    function test_RevertWhen_HoldByOtherOrInvalid() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, maker));
        vm.prank(maker);
        registry.hold(id, 1 days);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotFound.selector, 9));
        vm.prank(oracle);
        registry.hold(9, 1 days);
        vm.expectRevert(ZeroHold.selector);
        _hold(id, 0);
        _fulfil(id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Fulfilled));
        _hold(id, 1 days);
    }

    function test_HoldDeadlineBoundary() public {
        uint256 a = _createCommitment(Action.Escalate);
        uint256 b = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(a).deadline;
        vm.warp(deadline - 1);
        _hold(a, 1 days); // a claim made before the deadline
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, b, deadline));
        _hold(b, 1 days);
    }

    /// A claim made before the deadline holds the threat past it: fulfil succeeds until the hold ends.
    function test_FulfilWhileClaimedAfterTheDeadline() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline - 1 hours);
        uint40 until = _hold(id, 3 days);
        vm.warp(deadline + 1 days);
        uint256 before = maker.balance;
        _fulfil(id);
        assertEq(maker.balance, before + STAKE);
        _assertStatus(id, Status.Fulfilled);
        assertGt(until, block.timestamp);
    }

    function test_RevertWhen_FulfilAfterTheHoldEnds() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline - 1 hours);
        uint40 until = _hold(id, 3 days);
        vm.warp(until);
        vm.expectRevert(abi.encodeWithSelector(HoldExpired.selector, id, until));
        _fulfil(id);
        // The expired hold is ended by settle, which then applies the timeout.
        vm.expectEmit(address(registry));
        emit ClaimReleased(id, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated));
    }

    /// A hold that ran out before the deadline leaves the threat as decidable as a live one: a commitment's
    /// settle cannot end it before the deadline, so fulfil (and breach) must still work until the deadline.
    function test_FulfilAfterAHoldThatRanOutBeforeTheDeadline() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 until = _hold(id, 1 days);
        vm.warp(until + 1 days);
        _assertStatus(id, Status.Claimed);
        vm.expectRevert(abi.encodeWithSelector(DeadlineNotReached.selector, id, _threat(id).deadline));
        _settle(anyone, id);
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    /// ... but once both the hold and the deadline passed, it is too late.
    function test_RevertWhen_FulfilAfterAnEarlyHoldAndTheDeadline() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 until = _hold(id, 1 days);
        vm.warp(_threat(id).deadline);
        vm.expectRevert(abi.encodeWithSelector(HoldExpired.selector, id, until));
        _fulfil(id);
    }

    function test_RevertWhen_SettleWhileHeld() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.warp(_threat(id).deadline - 1);
        uint40 until = _hold(id, 2 days);
        vm.warp(block.timestamp + 1 days);
        vm.expectRevert(abi.encodeWithSelector(Held.selector, id, until));
        _settle(anyone, id);
        _assertStatus(id, Status.Claimed);
    }

    function test_Release() public {
        uint256 id = _createCommitment(Action.Escalate);
        _hold(id, 2 days);
        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(address(registry));
        emit ClaimReleased(id, false);
        _release(id);
        _assertStatus(id, Status.Live);
        Claim memory c = _claim(id);
        assertEq(c.used, 1 days, "the time held counts against the budget");
        assertEq(c.since, 0);
        assertEq(c.until, 0);
        vm.expectRevert(abi.encodeWithSelector(NotHeld.selector, id));
        _release(id);
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, adversary));
        vm.prank(adversary);
        registry.release(id);
    }

    /// @dev Releasing a hold whose time already ran out reports it as expired, and counts only its length.
    function test_ReleaseOfAnExpiredHoldSaysExpired() public {
        uint256 id = _createCommitment(Action.Escalate);
        _hold(id, 1 days);
        vm.warp(block.timestamp + 2 days);
        vm.expectEmit(address(registry));
        emit ClaimReleased(id, true);
        _release(id);
        assertEq(_claim(id).used, 1 days, "an expired hold counts its length, not the time since");
    }

    /*//////////////////////////////////////////////////////////////
                             HOLD BUDGET
    //////////////////////////////////////////////////////////////*/

    /// All holds together last at most MAX_HOLD (30 days), across hold/release cycles and extensions.
    function test_HoldBudgetIsCumulative() public {
        ThreatParams memory params = _params(Action.Escalate);
        params.deadline = uint40(block.timestamp + 365 days);
        uint256 id = _create(params);
        _hold(id, 10 days);
        vm.warp(block.timestamp + 10 days);
        _release(id);
        _hold(id, 12 days);
        vm.warp(block.timestamp + 4 days);
        _hold(id, 12 days); // extends to now + 12 days (16 of 20 left so far)
        vm.warp(block.timestamp + 12 days);
        _release(id); // 10 + 16 = 26 days used
        assertEq(_claim(id).used, 26 days);
        uint40 until = _hold(id, 30 days);
        assertEq(until, block.timestamp + 4 days, "capped by what is left");
        vm.warp(block.timestamp + 4 days);
        vm.expectRevert(abi.encodeWithSelector(HoldBudgetSpent.selector, id));
        _hold(id, 1);
        // The budget spent, the hold expires and the threat is Live again at the next settle.
        vm.warp(params.deadline);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated));
    }

    function test_SingleHoldCappedAtMaxHold() public {
        ThreatParams memory params = _params(Action.Escalate);
        params.deadline = uint40(block.timestamp + 365 days);
        uint256 id = _create(params);
        assertEq(_hold(id, type(uint32).max), block.timestamp + core.MAX_HOLD());
    }

    /// Holding again after a hold ran out closes it (ClaimReleased(expired)) and needs a new claim before the
    /// deadline.
    function test_HoldAgainAfterExpiry() public {
        uint256 id = _createCommitment(Action.Escalate);
        _hold(id, 1 days);
        vm.warp(block.timestamp + 2 days);
        vm.expectEmit(address(registry));
        emit ClaimReleased(id, true);
        _hold(id, 1 days);
        assertEq(_claim(id).used, 1 days, "only the time actually held counts");
        _assertStatus(id, Status.Claimed);

        vm.warp(_threat(id).deadline);
        vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, id, _threat(id).deadline));
        _hold(id, 1 days); // the old hold expired: a new claim after the deadline is refused
    }

    /*//////////////////////////////////////////////////////////////
                               DRAWS
    //////////////////////////////////////////////////////////////*/

    function test_NoDrawsRequestedWhileHeldAndNoneSkippedAfter() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD / 2);
        uint40 until = _hold(id, 10 days);
        vm.warp(START_TIME + 5 * PERIOD);
        vm.expectRevert(abi.encodeWithSelector(Held.selector, id, until));
        _settle(anyone, id);
        assertEq(beacon.requests(), 0, "no draw while held");
        _release(id);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, 5, 1);
        _settle(anyone, id);
        assertEq(_threat(id).pendingThrough, 5, "all five periods due during the hold are drawn");
    }

    /// A pending draw is still resolved while held (it was fixed before the claim), but no new one is requested.
    function test_PendingDrawResolvedWhileHeld() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        _hold(id, 10 days);
        bytes32 value = _valueFor(id, 1, P, 0, 0, 0);
        beacon.setReady(1, value);
        vm.warp(START_TIME + 4 * PERIOD);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, value, DrawOutcome.Continue, false);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Claimed));
        assertEq(_threat(id).settledPeriods, 1);
        assertEq(_threat(id).pendingThrough, 1, "periods 2-4 wait for the hold to end");
        assertEq(beacon.requests(), 1);
    }

    /// A hold running past the deadline: once it expires, the draws due meanwhile are requested first and the
    /// timeout applies only after they are all drawn.
    function test_ExpiredHoldPastDeadlineDrawsThenTimesOut() public {
        uint256 id = _createProbabilistic(P, 0, Action.Escalate);
        vm.warp(START_TIME + 29 days + 1 hours);
        _hold(id, 5 days);
        vm.warp(START_TIME + 35 days);
        vm.expectEmit(address(registry));
        emit ClaimReleased(id, true);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, 30, 1);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live));
        beacon.setReady(1, _quietValue(id, 1, 30, P, 0));
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated), "the timeout after all draws");
    }

    /// The extra state of a hold: the budget is per threat.
    function test_HoldsArePerThreat() public {
        uint256 a = _createCommitment(Action.Escalate);
        uint256 b = _createCommitment(Action.Escalate);
        _hold(a, 30 days);
        _hold(b, 1 days);
        (ThreatExtra memory x, Funding memory f,, Claim memory c) = registry.getThreatExtra(b);
        assertEq(c.until, block.timestamp + 1 days);
        assertEq(x.funders, 0);
        assertEq(f.cap, 0);
    }
}
