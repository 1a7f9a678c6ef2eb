// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {Action, Claim, Flags, Funding, Status, ThreatExtra, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Public promises (white paper 12.4, Flags.PROMISE): the stake may be zero when it can never
/// escalate, fulfilment means "kept", and `breach` by the resolver applies the timeout action at once.
contract PromisesTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    bytes32 internal constant EVIDENCE = keccak256("the promise was broken: proof");

    function _promise(Action action) internal view returns (ThreatParams memory params) {
        params = _params(action);
        params.flags = Flags.PROMISE;
    }

    function _breach(uint256 id) internal returns (Status) {
        vm.prank(oracle);
        return registry.breach(id, EVIDENCE);
    }

    function test_PromiseWithZeroStake() public {
        uint256 id = _createWith(_promise(Action.Refund), 0);
        (ThreatExtra memory x,,,) = registry.getThreatExtra(id);
        assertTrue(x.isPromise);
        assertEq(_threat(id).stake, 0);
        vm.expectEmit(address(registry));
        emit Refunded(id, maker, 0, true);
        _fulfil(id); // kept
        _assertStatus(id, Status.Fulfilled);
    }

    function test_ZeroStakeForfeitPromiseTimesOut() public {
        uint256 id = _createWith(_promise(Action.Forfeit), 0);
        vm.warp(_threat(id).deadline);
        vm.recordLogs();
        vm.expectEmit(address(registry));
        emit Forfeited(id, 0);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        assertEq(_count(vm.getRecordedLogs(), address(nash), INashToken.Distributed.selector), 0, "nothing sent");
    }

    /// Zero stake only where nothing could ever be paid to a provider.
    function test_RevertWhen_ZeroStakePromiseCouldEscalate() public {
        vm.expectRevert(ZeroStake.selector);
        _createWith(_promise(Action.Escalate), 0);
        ThreatParams memory params = _promise(Action.Refund);
        params.odds = _odds(1e8, 0);
        vm.expectRevert(ZeroStake.selector);
        _createWith(params, 0);
    }

    function test_BreachEscalates() public {
        uint256 id = _create(_promise(Action.Escalate));
        vm.expectEmit(address(registry));
        emit PromiseBroken(id, oracle, EVIDENCE);
        vm.expectEmit(address(registry));
        emit Escalated(id, provider, _threat(id).engagementId, STAKE, true);
        assertEq(uint8(_breach(id)), uint8(Status.Escalated));
        assertEq(provider.balance, STAKE, "at once, long before the deadline");
    }

    function test_BreachForfeits() public {
        uint256 id = _create(_promise(Action.Forfeit));
        assertEq(uint8(_breach(id)), uint8(Status.Forfeited));
        assertEq(address(nash).balance, STAKE);
    }

    function test_BreachRefunds() public {
        uint256 id = _create(_promise(Action.Refund));
        uint256 before = maker.balance;
        assertEq(uint8(_breach(id)), uint8(Status.Refunded));
        assertEq(maker.balance, before + STAKE);
    }

    function test_BreachWhileClaimed() public {
        uint256 id = _create(_promise(Action.Escalate));
        vm.prank(oracle);
        registry.hold(id, 1 days);
        assertEq(uint8(_breach(id)), uint8(Status.Escalated));
    }

    function test_RevertWhen_BreachNotAPromise() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.expectRevert(abi.encodeWithSelector(NotAPromise.selector, id));
        _breach(id);
    }

    function test_RevertWhen_BreachByOther() public {
        uint256 id = _create(_promise(Action.Escalate));
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, maker));
        vm.prank(maker);
        registry.breach(id, EVIDENCE);
    }

    function test_RevertWhen_BreachAfterDeadline() public {
        uint256 id = _create(_promise(Action.Escalate));
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, id, deadline));
        _breach(id);
    }

    /// A promise is decided once: recorded broken (or kept) twice reverts.
    function test_RevertWhen_PromiseRecordedTwice() public {
        uint256 id = _create(_promise(Action.Escalate));
        _breach(id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Escalated));
        _breach(id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Escalated));
        _fulfil(id);
        uint256 kept = _create(_promise(Action.Refund));
        _fulfil(kept);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, kept, Status.Fulfilled));
        _breach(kept);
    }

    /// breach requires a Live or Claimed promise: a pool still gathering pledges (not live yet) cannot be
    /// breached into an escalation of a pot below its threshold; it is cancelled or activated first.
    function test_RevertWhen_BreachWhileGathering() public {
        ThreatParams memory params = _promise(Action.Escalate);
        _asPool(params, 10 ether, uint40(block.timestamp + 7 days), 3, 0);
        uint256 id = _create(params);
        _join(holder2, id, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Gathering));
        _breach(id);
        assertEq(provider.balance, 0);
        vm.warp(block.timestamp + 7 days + 1);
        _settle(anyone, id); // cancelled: everyone gets their pledge back
        vm.prank(holder2);
        registry.reclaim(id);
        assertEq(holder2.balance, 1 ether);
    }

    /// Like fulfil, breach cannot pre-empt a pending draw whose value is already fixed: with a Refund timeout, a
    /// resolver who saw an escalating value would otherwise refund the promise instead.
    function test_RevertWhen_BreachPreemptsADeterminedDraw() public {
        ThreatParams memory params = _promise(Action.Refund);
        params.odds = _odds(50_000_000, 0);
        uint256 id = _create(params);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, 50_000_000, 0, 1, 0)); // escalates
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, 1));
        _breach(id);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated), "the draw decides");
    }

    /// Before the draw is determined a breach may abandon it, as a fulfilment may.
    function test_BreachAbandonsAnUndeterminedDraw() public {
        ThreatParams memory params = _promise(Action.Forfeit);
        params.odds = _odds(50_000_000, 0);
        uint256 id = _create(params);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        assertEq(uint8(_breach(id)), uint8(Status.Forfeited));
    }

    function test_BreachAfterAHoldThatRanOutBeforeTheDeadline() public {
        uint256 id = _create(_promise(Action.Escalate));
        vm.prank(oracle);
        uint40 until = registry.hold(id, 1 days);
        vm.warp(until + 1);
        assertEq(uint8(_breach(id)), uint8(Status.Escalated));
    }

    function test_PromiseFlagStored() public {
        uint256 id = _create(_promise(Action.Refund));
        (ThreatExtra memory x, Funding memory f, bytes32 root, Claim memory c) = registry.getThreatExtra(id);
        assertTrue(x.isPromise);
        assertFalse(x.funded);
        assertEq(f.cap, 0);
        assertEq(root, bytes32(0));
        assertEq(c.until, 0);
    }
}
