// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Levetrage} from "../../src/Levetrage.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {Action, Move} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fee controller functions, constructor and constants.
contract AdminTest is BaseTest {
    function test_Constants() public view {
        assertEq(registry.PROB_SCALE(), 1e9);
        assertEq(registry.MAX_TERMINATORS(), 16);
        assertEq(registry.MIN_PERIOD(), 60);
        assertEq(registry.MAX_DURATION(), 5 * 365 days);
        assertEq(address(registry.nash()), address(nash));
        assertEq(registry.feeController(), feeController);
        assertEq(registry.nextId(), 1);
        assertEq(registry.feeOf(Move.CreateCommitment), 0);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 0);
    }

    function test_ConstructorEmitsController() public {
        vm.expectEmit();
        emit ILevetrage.FeeControllerChanged(address(0), feeController);
        new Levetrage(nash, feeController);
    }

    function test_RevertWhen_ConstructorZeroAddress() public {
        vm.expectRevert(ILevetrage.ZeroAddress.selector);
        new Levetrage(INashToken(address(0)), feeController);
        vm.expectRevert(ILevetrage.ZeroAddress.selector);
        new Levetrage(nash, address(0));
    }

    function test_SetFee() public {
        vm.expectEmit(address(registry));
        emit ILevetrage.FeeSet(Move.CreateProbabilistic, 7e18);
        vm.prank(feeController);
        registry.setFee(Move.CreateProbabilistic, 7e18);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 7e18);
        assertEq(registry.feeOf(Move.CreateCommitment), 0, "fees are per move");
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, type(uint96).max);
        assertEq(registry.feeOf(Move.CreateCommitment), type(uint96).max);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 7e18);
        assertEq(registry.nextId(), 1, "fees share a slot with nextId without touching it");
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, 0);
        assertEq(registry.feeOf(Move.CreateCommitment), 0, "may be zero");
    }

    function test_FeesSurviveCreates() public {
        vm.startPrank(feeController);
        registry.setFee(Move.CreateCommitment, 1);
        registry.setFee(Move.CreateProbabilistic, 2);
        vm.stopPrank();
        vm.prank(holder);
        nash.transfer(maker, 10);
        vm.prank(maker);
        nash.approve(address(registry), 10);
        _createCommitment(Action.Refund);
        _createProbabilistic(1e8, 0, Action.Refund);
        assertEq(registry.nextId(), 3);
        assertEq(registry.feeOf(Move.CreateCommitment), 1);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 2);
        assertEq(nash.balanceOf(maker), 7);
    }

    function test_RevertWhen_SetFeeByNonController() public {
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NotFeeController.selector, adversary));
        vm.prank(adversary);
        registry.setFee(Move.CreateCommitment, 1);
    }

    function test_SetBeaconAllowed() public {
        IRandomnessBeacon other = IRandomnessBeacon(makeAddr("otherBeacon"));
        assertFalse(registry.isBeaconAllowed(other));
        vm.expectEmit(address(registry));
        emit ILevetrage.BeaconAllowed(address(other), true);
        vm.prank(feeController);
        registry.setBeaconAllowed(other, true);
        assertTrue(registry.isBeaconAllowed(other));
        vm.prank(feeController);
        registry.setBeaconAllowed(other, false);
        assertFalse(registry.isBeaconAllowed(other));
    }

    function test_DisallowedBeaconKeepsExistingThreats() public {
        uint256 id = _createProbabilistic(1e8, 0, Action.Refund);
        vm.prank(feeController);
        registry.setBeaconAllowed(beacon, false);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id); // still draws with its beacon
        assertEq(_threat(id).pendingThrough, 1);
    }

    function test_RevertWhen_SetBeaconAllowedByNonController() public {
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NotFeeController.selector, maker));
        vm.prank(maker);
        registry.setBeaconAllowed(beacon, false);
    }

    function test_RevertWhen_AllowZeroBeacon() public {
        vm.expectRevert(ILevetrage.ZeroAddress.selector);
        vm.prank(feeController);
        registry.setBeaconAllowed(IRandomnessBeacon(address(0)), true);
    }

    function test_SetFeeController() public {
        address next = makeAddr("next");
        vm.expectEmit(address(registry));
        emit ILevetrage.FeeControllerChanged(feeController, next);
        vm.prank(feeController);
        registry.setFeeController(next);
        assertEq(registry.feeController(), next);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NotFeeController.selector, feeController));
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, 1);
        vm.prank(next);
        registry.setFee(Move.CreateCommitment, 1);
    }

    function test_RevertWhen_SetFeeControllerByNonController() public {
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NotFeeController.selector, adversary));
        vm.prank(adversary);
        registry.setFeeController(adversary);
    }

    function test_RevertWhen_SetFeeControllerZero() public {
        vm.expectRevert(ILevetrage.ZeroAddress.selector);
        vm.prank(feeController);
        registry.setFeeController(address(0));
    }

    function test_UnknownThreatViews() public view {
        assertEq(uint8(_status(42)), 0, "None");
        assertEq(registry.duePeriods(42), 0);
        assertFalse(registry.isTerminator(42, oracle));
        assertEq(registry.withdrawable(maker), 0);
    }

    function test_RevertWhen_WithdrawNothing() public {
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NothingToWithdraw.selector, maker));
        vm.prank(maker);
        registry.withdraw();
    }
}
