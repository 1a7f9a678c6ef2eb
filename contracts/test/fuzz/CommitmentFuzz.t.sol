// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Engagement, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzzed stakes, deadlines, actions and callers of binding commitments.
contract CommitmentFuzzTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    function _fuzzParams(uint256 duration, uint8 actionSeed) internal view returns (ThreatParams memory params) {
        params = _params(Action(actionSeed % 3));
        params.deadline = uint40(block.timestamp + bound(duration, 1, core.MAX_DURATION()));
    }

    function testFuzz_CreateThenTimeout(uint96 stake, uint256 duration, uint8 actionSeed, uint256 late, address caller)
        public
    {
        stake = uint96(bound(stake, 1, type(uint96).max));
        vm.assume(caller != address(0) && caller != provider && caller != maker && caller != address(nash));
        ThreatParams memory params = _fuzzParams(duration, actionSeed);
        vm.deal(maker, stake);
        uint256 id = _createWith(params, stake);
        assertEq(address(registry).balance, stake);

        vm.warp(uint256(params.deadline) + bound(late, 0, 10 * 365 days));
        uint256 makerBefore = maker.balance;
        vm.prank(caller);
        Status status = registry.settle(id, "");

        assertEq(address(registry).balance, 0, "the whole stake leaves exactly once");
        if (params.timeoutAction == Action.Refund) {
            assertEq(uint8(status), uint8(Status.Refunded));
            assertEq(maker.balance, makerBefore + stake);
        } else if (params.timeoutAction == Action.Escalate) {
            assertEq(uint8(status), uint8(Status.Escalated));
            assertEq(provider.balance, stake);
        } else {
            assertEq(uint8(status), uint8(Status.Forfeited));
            assertEq(address(nash).balance, stake);
            vm.roll(block.number + 1);
            assertLe(nash.claimableOf(holder), stake);
            assertGe(nash.claimableOf(holder) + 1 + 2 * SUPPLY / 2 ** 64, stake, "sole holder: all but the rounding");
        }
        _assertStatus(id, status);
    }

    function testFuzz_FulfilBeforeDeadline(uint96 stake, uint256 duration, uint8 actionSeed, uint256 when) public {
        stake = uint96(bound(stake, 1, type(uint96).max));
        ThreatParams memory params = _fuzzParams(duration, actionSeed);
        vm.deal(maker, stake);
        uint256 id = _createWith(params, stake);
        vm.warp(bound(when, block.timestamp, uint256(params.deadline) - 1));
        _fulfil(id);
        assertEq(maker.balance, stake);
        _assertStatus(id, Status.Fulfilled);
    }

    function testFuzz_SettleBeforeDeadlineReverts(uint256 duration, uint256 when) public {
        ThreatParams memory params = _fuzzParams(duration, 2);
        uint256 id = _create(params);
        vm.warp(bound(when, block.timestamp, uint256(params.deadline) - 1));
        vm.expectRevert(abi.encodeWithSelector(DeadlineNotReached.selector, id, params.deadline));
        _settle(anyone, id);
    }

    function testFuzz_FulfilAtOrAfterDeadlineReverts(uint256 duration, uint256 late) public {
        ThreatParams memory params = _fuzzParams(duration, 2);
        uint256 id = _create(params);
        vm.warp(uint256(params.deadline) + bound(late, 0, 365 days));
        vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, id, params.deadline));
        _fulfil(id);
    }

    function testFuzz_DeadlineBounds(uint40 deadline) public {
        ThreatParams memory params = _params(Action.Refund);
        params.deadline = deadline;
        uint256 max = block.timestamp + core.MAX_DURATION();
        if (deadline <= block.timestamp) {
            vm.expectRevert(abi.encodeWithSelector(DeadlineInPast.selector, deadline, block.timestamp));
        } else if (deadline > max) {
            vm.expectRevert(abi.encodeWithSelector(DeadlineTooFar.selector, deadline, max));
        }
        _create(params);
    }

    function testFuzz_OnlyTheResolverFulfils(address caller) public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.prank(caller);
        if (caller != oracle) {
            vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, caller));
            registry.fulfil(id, bytes32(0));
            _assertStatus(id, Status.Live);
        } else {
            registry.fulfil(id, bytes32(0));
            _assertStatus(id, Status.Fulfilled);
        }
    }

    /// A threat that can never escalate refuses any engagement or signature; one that can requires one.
    function testFuzz_ProviderExactlyWhenEscalating(uint8 actionSeed, bool giveEngagement) public {
        ThreatParams memory params = _params(Action(actionSeed % 3));
        Engagement memory e;
        bytes memory sig;
        if (giveEngagement) {
            e = _engagement();
            sig = _sign(e);
        }
        bool escalating = params.timeoutAction == Action.Escalate;
        if (escalating && !giveEngagement) vm.expectRevert(ProviderRequired.selector);
        if (!escalating && giveEngagement) vm.expectRevert(ProviderNotUsed.selector);
        _createAs(maker, params, e, sig, STAKE);
    }
}
