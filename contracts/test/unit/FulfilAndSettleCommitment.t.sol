// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {Action, Engagement, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {RecordingResolver} from "../utils/Accounts.sol";

/// @notice fulfil and settle of binding commitments, and every timeout action.
contract FulfilAndSettleCommitmentTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    /*//////////////////////////////////////////////////////////////
                                 FULFIL
    //////////////////////////////////////////////////////////////*/

    function test_FulfilRefundsMaker() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint256 before = maker.balance;
        bytes32 evidence = keccak256("receipt of payment");
        vm.expectEmit(address(registry));
        emit Fulfilled(id, oracle, evidence);
        vm.expectEmit(address(registry));
        emit Refunded(id, maker, STAKE, true);
        vm.prank(oracle);
        registry.fulfil(id, evidence);
        assertEq(maker.balance, before + STAKE);
        assertEq(address(registry).balance, 0);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_FulfilByResolverContract() public {
        RecordingResolver panel = new RecordingResolver(address(registry));
        ThreatParams memory params = _params(Action.Escalate);
        params.resolver = address(panel);
        uint256 id = _create(params);
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, oracle));
        _fulfil(id);
        panel.fulfil(registry, id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_FulfilJustBeforeDeadline() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.warp(_threat(id).deadline - 1);
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_RevertWhen_FulfilByNonResolver() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, maker));
        vm.prank(maker);
        registry.fulfil(id, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, adversary));
        vm.prank(adversary);
        registry.fulfil(id, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, provider));
        vm.prank(provider);
        registry.fulfil(id, bytes32(0));
    }

    function test_RevertWhen_FulfilByResolverOfAnotherThreat() public {
        uint256 id = _createCommitment(Action.Escalate);
        ThreatParams memory params = _params(Action.Escalate);
        params.resolver = adversary;
        _create(params);
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, adversary));
        vm.prank(adversary);
        registry.fulfil(id, bytes32(0));
    }

    function test_RevertWhen_FulfilAtDeadline() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, id, deadline));
        _fulfil(id);
    }

    function test_RevertWhen_FulfilAfterDeadline() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline + 1 days);
        vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, id, deadline));
        _fulfil(id);
    }

    function test_RevertWhen_FulfilUnknownThreat() public {
        vm.expectRevert(abi.encodeWithSelector(ThreatNotFound.selector, 7));
        _fulfil(7);
    }

    function test_RevertWhen_FulfilTwice() public {
        uint256 id = _createCommitment(Action.Escalate);
        _fulfil(id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Fulfilled));
        _fulfil(id);
    }

    function test_RevertWhen_SettleAfterFulfil() public {
        uint256 id = _createCommitment(Action.Escalate);
        _fulfil(id);
        vm.warp(_threat(id).deadline);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Fulfilled));
        _settle(anyone, id);
    }

    /*//////////////////////////////////////////////////////////////
                            SETTLE (TIMEOUT)
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_SettleBeforeDeadline() public {
        uint256 id = _createCommitment(Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline - 1);
        vm.expectRevert(abi.encodeWithSelector(DeadlineNotReached.selector, id, deadline));
        _settle(anyone, id);
    }

    function test_RevertWhen_SettleUnknownThreat() public {
        vm.expectRevert(abi.encodeWithSelector(ThreatNotFound.selector, 0));
        _settle(anyone, 0);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotFound.selector, 99));
        _settle(anyone, 99);
    }

    function test_TimeoutRefund() public {
        uint256 id = _createCommitment(Action.Refund);
        vm.warp(_threat(id).deadline);
        uint256 before = maker.balance;
        vm.expectEmit(address(registry));
        emit Refunded(id, maker, STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Refunded));
        assertEq(maker.balance, before + STAKE);
        _assertStatus(id, Status.Refunded);
    }

    function test_TimeoutEscalate() public {
        ThreatParams memory params = _params(Action.Escalate);
        Engagement memory e = _engagement();
        uint256 id = _createAs(maker, params, e, _sign(e), STAKE);
        vm.warp(_threat(id).deadline);
        vm.expectEmit(address(registry));
        emit Escalated(id, provider, registry.engagementIdOf(e), STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated));
        assertEq(provider.balance, STAKE);
        assertEq(address(registry).balance, 0);
        _assertStatus(id, Status.Escalated);
    }

    function test_TimeoutForfeitPaysNashHolders() public {
        vm.prank(holder);
        nash.transfer(holder2, SUPPLY / 4);
        uint256 id = _createCommitment(Action.Forfeit);
        vm.warp(_threat(id).deadline);
        vm.expectEmit(address(nash));
        emit INashToken.Distributed(address(registry), STAKE);
        vm.expectEmit(address(registry));
        emit Forfeited(id, STAKE);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        assertEq(address(nash).balance, STAKE);
        assertEq(nash.claimableOf(holder), 0, "shared from the next block on");
        vm.roll(block.number + 1);
        // Pro rata, each floored (loses < 1 + supply / 2^64 wei, never over-pays).
        assertApproxEqAbs(nash.claimableOf(holder), STAKE * 3 / 4, 1 + SUPPLY / 2 ** 64);
        assertApproxEqAbs(nash.claimableOf(holder2), STAKE / 4, 1 + SUPPLY / 2 ** 64);
        assertLe(nash.claimableOf(holder) + nash.claimableOf(holder2), STAKE);
        _assertStatus(id, Status.Forfeited);
    }

    function test_ForfeitWithNoNashLeftRefunds() public {
        vm.prank(holder);
        nash.burn(SUPPLY);
        uint256 id = _createCommitment(Action.Forfeit);
        vm.warp(_threat(id).deadline);
        uint256 before = maker.balance;
        vm.expectEmit(address(registry));
        emit Refunded(id, maker, STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Refunded));
        assertEq(maker.balance, before + STAKE, "never locked");
    }

    function test_MakerWhoNeverSettles_AnyoneSettles() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.warp(_threat(id).deadline + 365 days);
        _settle(adversary, id);
        assertEq(provider.balance, STAKE);
    }

    function test_RevertWhen_SettleTwice() public {
        uint256 id = _createCommitment(Action.Escalate);
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Escalated));
        _settle(anyone, id);
        assertEq(provider.balance, STAKE, "paid once");
    }

    function test_RevertWhen_FulfilAfterSettle() public {
        uint256 id = _createCommitment(Action.Refund);
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Refunded));
        _fulfil(id);
    }

    /// settle's msg.value is only for beacon fees: a commitment sends it all back.
    function test_SettleSendsBackUnusedValue() public {
        uint256 id = _createCommitment(Action.Refund);
        vm.warp(_threat(id).deadline);
        vm.deal(anyone, 1 ether);
        vm.prank(anyone);
        registry.settle{value: 1 ether}(id, "");
        assertEq(anyone.balance, 1 ether);
        assertEq(address(registry).balance, 0);
    }

    function test_ThreatsAreIndependent() public {
        uint256 a = _createCommitment(Action.Escalate);
        uint256 b = _createCommitment(Action.Refund);
        _fulfil(a);
        _assertStatus(a, Status.Fulfilled);
        _assertStatus(b, Status.Live);
        assertEq(address(registry).balance, STAKE);
    }
}
