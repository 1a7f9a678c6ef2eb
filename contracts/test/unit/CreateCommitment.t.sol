// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {Action, CommitmentParams, Move, Odds, Status, Threat} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

contract CreateCommitmentTest is BaseTest {
    function test_StoresThreatAndLocksStake() public {
        CommitmentParams memory params = _params(Action.Escalate);
        params.terminators = _two(oracle, oracle2);
        uint256 id = _create(params);

        assertEq(id, 1, "ids start at 1");
        assertEq(registry.nextId(), 2);
        assertEq(address(registry).balance, STAKE);
        (Threat memory t, Odds memory o) = registry.getThreat(id);
        assertEq(t.maker, maker);
        assertEq(t.stake, STAKE);
        assertEq(t.provider, provider);
        assertEq(t.deadline, START_TIME + 30 days);
        assertEq(t.start, START_TIME);
        assertEq(uint8(t.status), uint8(Status.Live));
        assertEq(uint8(t.timeoutAction), uint8(Action.Escalate));
        assertEq(t.agreementHash, AGREEMENT);
        assertEq(t.terminator, oracle);
        assertEq(t.settledPeriods, 0);
        assertEq(t.pendingThrough, 0);
        assertEq(t.ticket, 0);
        assertEq(address(o.beacon), address(0), "a commitment has no odds");
        assertTrue(registry.isTerminator(id, oracle));
        assertTrue(registry.isTerminator(id, oracle2));
        assertFalse(registry.isTerminator(id, maker));
        assertFalse(registry.isTerminator(id, address(0)));
        assertFalse(registry.isTerminator(id + 1, oracle), "terminators are per threat");
        assertEq(registry.duePeriods(id), 0);
    }

    function test_IdsIncrease() public {
        assertEq(_createCommitment(Action.Refund), 1);
        assertEq(_createCommitment(Action.Forfeit), 2);
        assertEq(_createCommitment(Action.Escalate), 3);
        assertEq(address(registry).balance, 3 * STAKE);
    }

    function test_EmitsThreatCreated() public {
        CommitmentParams memory params = _params(Action.Forfeit);
        vm.expectEmit(address(registry));
        emit ILevetrage.ThreatCreated(
            1, maker, provider, STAKE, AGREEMENT, params.terminators, params.deadline, Action.Forfeit, TERMS
        );
        _create(params);
    }

    function test_SixteenTerminators() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.terminators = new address[](16);
        for (uint256 i; i < 16; ++i) {
            params.terminators[i] = address(uint160(0x1000 + i));
        }
        uint256 id = _create(params);
        for (uint256 i; i < 16; ++i) {
            assertTrue(registry.isTerminator(id, address(uint160(0x1000 + i))));
        }
    }

    function test_DeadlineAtMaxDuration() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.deadline = uint40(block.timestamp + registry.MAX_DURATION());
        _create(params);
    }

    /*//////////////////////////////////////////////////////////////
                                REVERTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ZeroStake() public {
        CommitmentParams memory params = _params(Action.Refund);
        vm.expectRevert(ILevetrage.ZeroStake.selector);
        vm.prank(maker);
        registry.createCommitment(params);
    }

    function test_RevertWhen_StakeTooLarge() public {
        uint256 stake = uint256(type(uint96).max) + 1;
        vm.deal(maker, stake);
        CommitmentParams memory params = _params(Action.Refund);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.StakeTooLarge.selector, stake));
        vm.prank(maker);
        registry.createCommitment{value: stake}(params);
    }

    function test_RevertWhen_DeadlineNow() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.deadline = uint40(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlineInPast.selector, params.deadline, block.timestamp));
        _create(params);
    }

    function test_RevertWhen_DeadlineInPast() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.deadline = uint40(block.timestamp - 1);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlineInPast.selector, params.deadline, block.timestamp));
        _create(params);
    }

    function test_RevertWhen_DeadlineTooFar() public {
        CommitmentParams memory params = _params(Action.Refund);
        uint256 max = block.timestamp + registry.MAX_DURATION();
        params.deadline = uint40(max + 1);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlineTooFar.selector, params.deadline, max));
        _create(params);
    }

    function test_RevertWhen_ZeroProvider() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.provider = address(0);
        vm.expectRevert(ILevetrage.ZeroProvider.selector);
        _create(params);
    }

    function test_RevertWhen_ZeroAgreementHash() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.agreementHash = bytes32(0);
        vm.expectRevert(ILevetrage.ZeroAgreementHash.selector);
        _create(params);
    }

    function test_RevertWhen_NoTerminators() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.terminators = new address[](0);
        vm.expectRevert(ILevetrage.NoTerminators.selector);
        _create(params);
    }

    function test_RevertWhen_TooManyTerminators() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.terminators = new address[](17);
        for (uint256 i; i < 17; ++i) {
            params.terminators[i] = address(uint160(0x1000 + i));
        }
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.TooManyTerminators.selector, 17, 16));
        _create(params);
    }

    function test_RevertWhen_FirstTerminatorZero() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.terminators = _two(address(0), oracle);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidTerminator.selector, address(0)));
        _create(params);
    }

    function test_RevertWhen_LaterTerminatorZero() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.terminators = _two(oracle, address(0));
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidTerminator.selector, address(0)));
        _create(params);
    }

    function test_RevertWhen_DuplicateOfFirstTerminator() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.terminators = _two(oracle, oracle);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidTerminator.selector, oracle));
        _create(params);
    }

    function test_RevertWhen_DuplicateOfLaterTerminator() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.terminators = new address[](3);
        params.terminators[0] = oracle;
        params.terminators[1] = oracle2;
        params.terminators[2] = oracle2;
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidTerminator.selector, oracle2));
        _create(params);
    }

    /*//////////////////////////////////////////////////////////////
                                  FEES
    //////////////////////////////////////////////////////////////*/

    function test_BurnsFee() public {
        uint96 fee = 10e18;
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, fee);
        vm.prank(holder);
        nash.transfer(maker, 100e18);
        vm.prank(maker);
        nash.approve(address(registry), fee);

        vm.expectEmit(address(registry));
        emit ILevetrage.FeeBurned(1, maker, Move.CreateCommitment, fee);
        _createCommitment(Action.Refund);

        assertEq(nash.balanceOf(maker), 90e18);
        assertEq(nash.totalSupply(), SUPPLY - fee, "burned, not transferred");
        assertEq(nash.allowance(maker, address(registry)), 0);
    }

    function test_RevertWhen_FeeWithoutAllowance() public {
        uint96 fee = 10e18;
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, fee);
        vm.prank(holder);
        nash.transfer(maker, 100e18);
        CommitmentParams memory params = _params(Action.Refund);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(registry), 0, fee)
        );
        _create(params);
    }

    function test_RevertWhen_FeeWithoutBalance() public {
        uint96 fee = 10e18;
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, fee);
        vm.prank(maker);
        nash.approve(address(registry), fee);
        CommitmentParams memory params = _params(Action.Refund);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, maker, 0, fee));
        _create(params);
    }

    function test_ZeroFeeNeedsNoAllowance() public {
        _createCommitment(Action.Refund);
        assertEq(nash.totalSupply(), SUPPLY);
    }

    function test_ProbabilisticFeeDoesNotApplyToCommitments() public {
        vm.prank(feeController);
        registry.setFee(Move.CreateProbabilistic, 5e18);
        _createCommitment(Action.Refund); // no allowance needed
        assertEq(nash.totalSupply(), SUPPLY);
    }
}
