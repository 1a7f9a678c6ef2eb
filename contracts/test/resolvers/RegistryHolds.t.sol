// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors} from "../../src/interfaces/ILevetrage.sol";
import {Action, Claim, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice The registry's hold rules the resolvers rely on, with a plain oracle account as resolver.
contract RegistryHoldsTest is BaseTest {
    function _claim(uint256 id) internal view returns (Claim memory claim) {
        (,,, claim) = registry.getThreatExtra(id);
    }

    /// @dev Regression: a hold that ran out before the deadline left a commitment Claimed (its settle cannot
    /// run before the deadline) and `fulfil` reverted HoldExpired, so the threat could no longer be fulfilled.
    function test_fulfil_afterHoldRanOutBeforeDeadline() public {
        uint256 id = _createCommitment(Action.Forfeit);
        vm.prank(oracle);
        registry.hold(id, 1 days);
        vm.warp(block.timestamp + 2 days);
        _assertStatus(id, Status.Claimed);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.DeadlineNotReached.selector, id, _threat(id).deadline));
        registry.settle(id, "");
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_fulfil_revert_afterHoldAndDeadline() public {
        ThreatParams memory p = _params(Action.Forfeit);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 hours);
        vm.prank(oracle);
        uint40 until = registry.hold(id, 2 hours);
        vm.warp(until);
        vm.prank(oracle);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.HoldExpired.selector, id, until));
        registry.fulfil(id, bytes32(0));
    }

    function test_fulfil_afterDeadline_insideHold() public {
        ThreatParams memory p = _params(Action.Forfeit);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1);
        vm.prank(oracle);
        uint40 until = registry.hold(id, 2 hours);
        vm.warp(until - 1);
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_hold_budgetIsMaxHold() public {
        ThreatParams memory p = _params(Action.Forfeit);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1);
        vm.startPrank(oracle);
        uint40 until = registry.hold(id, type(uint32).max);
        assertEq(until, block.timestamp + 30 days);
        vm.warp(until - 1);
        assertEq(registry.hold(id, 5 days), until, "extension capped by the budget");
        vm.warp(until);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.DeadlinePassed.selector, id, p.deadline));
        registry.hold(id, 1);
        vm.stopPrank();
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }
}
