// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {Action, CommitmentParams, Status} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzzed stakes, deadlines, actions, terminator lists and terms of binding commitments.
contract CommitmentFuzzTest is BaseTest {
    function _fuzzParams(uint256 duration, uint8 actionSeed) internal view returns (CommitmentParams memory params) {
        params = _params(Action(actionSeed % 3));
        params.deadline = uint40(block.timestamp + bound(duration, 1, registry.MAX_DURATION()));
    }

    function testFuzz_CreateThenTimeout(uint96 stake, uint256 duration, uint8 actionSeed, uint256 late, address caller)
        public
    {
        stake = uint96(bound(stake, 1, type(uint96).max));
        vm.assume(caller != address(0) && caller != provider && caller != maker);
        CommitmentParams memory params = _fuzzParams(duration, actionSeed);
        vm.deal(maker, stake);
        vm.prank(maker);
        uint256 id = registry.createCommitment{value: stake}(params);
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
            assertLe(nash.claimableOf(holder), stake);
            assertGe(nash.claimableOf(holder) + 1 + 2 * SUPPLY / 2 ** 64, stake, "sole holder: all but the rounding");
        }
        _assertStatus(id, status);
    }

    function testFuzz_FulfilBeforeDeadline(uint96 stake, uint256 duration, uint8 actionSeed, uint256 when) public {
        stake = uint96(bound(stake, 1, type(uint96).max));
        CommitmentParams memory params = _fuzzParams(duration, actionSeed);
        vm.deal(maker, stake);
        vm.prank(maker);
        uint256 id = registry.createCommitment{value: stake}(params);
        vm.warp(bound(when, block.timestamp, uint256(params.deadline) - 1));
        vm.prank(oracle);
        registry.fulfil(id);
        assertEq(maker.balance, stake);
        _assertStatus(id, Status.Fulfilled);
    }

    function testFuzz_SettleBeforeDeadlineReverts(uint256 duration, uint256 when) public {
        CommitmentParams memory params = _fuzzParams(duration, 2);
        uint256 id = _create(params);
        vm.warp(bound(when, block.timestamp, uint256(params.deadline) - 1));
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlineNotReached.selector, id, params.deadline));
        _settle(anyone, id);
    }

    function testFuzz_FulfilAtOrAfterDeadlineReverts(uint256 duration, uint256 late) public {
        CommitmentParams memory params = _fuzzParams(duration, 2);
        uint256 id = _create(params);
        vm.warp(uint256(params.deadline) + bound(late, 0, 365 days));
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlinePassed.selector, id, params.deadline));
        vm.prank(oracle);
        registry.fulfil(id);
    }

    function testFuzz_DeadlineBounds(uint40 deadline) public {
        CommitmentParams memory params = _params(Action.Refund);
        params.deadline = deadline;
        uint256 max = block.timestamp + registry.MAX_DURATION();
        if (deadline <= block.timestamp) {
            vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlineInPast.selector, deadline, block.timestamp));
        } else if (deadline > max) {
            vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlineTooFar.selector, deadline, max));
        }
        _create(params);
    }

    /// The hand-encoded ThreatCreated equals Solidity's `emit` for any terminator list and terms text.
    function testFuzz_ThreatCreatedEncoding(uint8 count, string memory terms, uint256 salt) public {
        count = uint8(bound(count, 1, 16));
        CommitmentParams memory params = _params(Action.Escalate);
        params.terms = terms;
        params.terminators = new address[](count);
        for (uint256 i; i < count; ++i) {
            params.terminators[i] = address(uint160(uint256(keccak256(abi.encode(salt, i))) | 1));
        }
        vm.expectEmit(address(registry));
        emit ILevetrage.ThreatCreated(
            1, maker, provider, STAKE, AGREEMENT, params.terminators, params.deadline, Action.Escalate, terms
        );
        uint256 id = _create(params);
        for (uint256 i; i < count; ++i) {
            assertTrue(registry.isTerminator(id, params.terminators[i]));
        }
        assertFalse(registry.isTerminator(id, maker));
    }

    function testFuzz_OnlyTerminatorsFulfil(address caller) public {
        CommitmentParams memory params = _params(Action.Escalate);
        params.terminators = _two(oracle, oracle2);
        uint256 id = _create(params);
        vm.prank(caller);
        if (caller != oracle && caller != oracle2) {
            vm.expectRevert(abi.encodeWithSelector(ILevetrage.NotTerminator.selector, id, caller));
            registry.fulfil(id);
            _assertStatus(id, Status.Live);
        } else {
            registry.fulfil(id);
            _assertStatus(id, Status.Fulfilled);
        }
    }
}
