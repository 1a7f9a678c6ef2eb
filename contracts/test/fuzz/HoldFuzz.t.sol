// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Claim, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzzed deadline edges of fulfilment claims and the cumulative hold budget.
contract HoldFuzzTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    function _claim(uint256 id) internal view returns (Claim memory c) {
        (,,, c) = registry.getThreatExtra(id);
    }

    /// @dev Hold time used so far: closed holds plus the current one up to now (or its end).
    function _spent(uint256 id) internal view returns (uint256) {
        Claim memory c = _claim(id);
        if (c.since == 0) return c.used;
        return c.used + (block.timestamp < c.until ? block.timestamp : c.until) - c.since;
    }

    /// A claim (hold) at deadline - 1 holds the threat; at the deadline or after it is refused.
    function testFuzz_ClaimAroundTheDeadline(uint8 offset, uint32 duration) public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        duration = uint32(bound(duration, 1, 60 days));
        uint256 at = uint256(deadline) - 1 + bound(offset, 0, 2); // deadline - 1, deadline, deadline + 1
        vm.warp(at);
        vm.prank(oracle);
        if (at < deadline) {
            uint40 until = registry.hold(id, duration);
            assertEq(until, at + (duration < core.MAX_HOLD() ? duration : core.MAX_HOLD()));
            _assertStatus(id, Status.Claimed);
            // Fulfilment possible until the hold ends, even past the deadline.
            vm.warp(until - 1);
            _fulfil(id);
            _assertStatus(id, Status.Fulfilled);
        } else {
            vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, id, deadline));
            registry.hold(id, duration);
            _assertStatus(id, Status.Live);
        }
    }

    /// fulfil while Claimed: before `until` it works, from `until` on it reverts HoldExpired.
    function testFuzz_FulfilRelativeToTheHoldEnd(uint32 duration, int16 delta) public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline - 1);
        vm.prank(oracle);
        uint40 until = registry.hold(id, uint32(bound(duration, 1, 30 days)));
        uint256 at = uint256(int256(uint256(until)) + int256(bound(delta, -1000, 1000)));
        vm.warp(at);
        if (at < until) {
            _fulfil(id);
            _assertStatus(id, Status.Fulfilled);
        } else {
            vm.expectRevert(abi.encodeWithSelector(HoldExpired.selector, id, until));
            _fulfil(id);
            assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated), "the expired hold ends in the timeout");
        }
    }

    /// Any sequence of holds, extensions and releases: the time actually held never exceeds MAX_HOLD, and the
    /// recorded budget equals the time held.
    function testFuzz_HoldBudgetIsNeverExceeded(
        uint32[8] memory durations,
        uint32[8] memory waits,
        bool[8] memory releases
    ) public {
        ThreatParams memory params = _params(Action.Escalate);
        params.deadline = uint40(block.timestamp + 365 days);
        uint256 id = _create(params);
        uint256 maxHold = core.MAX_HOLD();
        uint256 held; // seconds held so far, as measured here
        for (uint256 i; i < 8; ++i) {
            uint32 d = uint32(bound(durations[i], 1, 20 days));
            assertEq(_spent(id), held, "the registry's budget is the time held");
            if (held >= maxHold) vm.expectRevert(abi.encodeWithSelector(HoldBudgetSpent.selector, id));
            vm.prank(oracle);
            registry.hold(id, d);
            uint256 wait = bound(waits[i], 0, 15 days);
            Claim memory c = _claim(id);
            if (c.since != 0) {
                uint256 end = block.timestamp + wait < c.until ? block.timestamp + wait : c.until;
                if (end > block.timestamp) held += end - block.timestamp;
            }
            vm.warp(block.timestamp + wait);
            if (releases[i] && _status(id) == Status.Claimed) {
                vm.prank(oracle);
                registry.release(id);
            }
            assertLe(_spent(id), maxHold, "never more than MAX_HOLD in all");
        }
        assertLe(held, core.MAX_HOLD());
    }
}
