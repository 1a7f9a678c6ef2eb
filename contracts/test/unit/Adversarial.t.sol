// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {Action, CommitmentParams, DrawOutcome, Status, Threat} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {TestBeacon} from "../utils/TestBeacon.sol";
import {GasHungryReceiver, ReentrantActor, RevertingReceiver} from "../utils/Receivers.sol";

/// @notice Hostile recipients, re-entrancy, lapses and attempts to choose or pre-empt a draw.
contract AdversarialTest is BaseTest {
    uint32 internal constant P = 100_000_000; // 10 %
    bytes4 internal constant REENTRANT = bytes4(keccak256("ReentrancyGuardReentrantCall()"));

    function _paramsTo(address provider_, Action action) internal view returns (CommitmentParams memory params) {
        params = _params(action);
        params.provider = provider_;
    }

    /*//////////////////////////////////////////////////////////////
                           FAILING RECIPIENTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertingProviderCannotLockStake() public {
        RevertingReceiver bad = new RevertingReceiver();
        uint256 id = _create(_paramsTo(address(bad), Action.Escalate));
        vm.warp(_threat(id).deadline);
        vm.expectEmit(address(registry));
        emit ILevetrage.Escalated(id, address(bad), AGREEMENT, STAKE, false);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated), "escalation still happens");
        assertEq(registry.withdrawable(address(bad)), STAKE);
        assertEq(address(registry).balance, STAKE);

        bad.setAccepting(true);
        vm.expectEmit(address(registry));
        emit ILevetrage.Withdrawn(address(bad), STAKE);
        assertEq(bad.withdrawFrom(registry), STAKE);
        assertEq(address(bad).balance, STAKE);
        assertEq(registry.withdrawable(address(bad)), 0);
        assertEq(address(registry).balance, 0);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NothingToWithdraw.selector, address(bad)));
        bad.withdrawFrom(registry);
    }

    function test_GasHungryProviderGetsCredited() public {
        GasHungryReceiver hungry = new GasHungryReceiver();
        uint256 id = _create(_paramsTo(address(hungry), Action.Escalate));
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        assertEq(registry.withdrawable(address(hungry)), STAKE, "the 100k stipend ran out: credited");
        hungry.withdrawFrom(registry); // withdraw forwards all gas
        assertEq(address(hungry).balance, STAKE);
    }

    function test_RevertWhen_WithdrawToRejectingAddress() public {
        RevertingReceiver bad = new RevertingReceiver();
        uint256 id = _create(_paramsTo(address(bad), Action.Escalate));
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.EthTransferFailed.selector, address(bad), STAKE));
        bad.withdrawFrom(registry);
        assertEq(registry.withdrawable(address(bad)), STAKE, "kept for a later try");
    }

    function test_RevertingMakerRefundIsCredited() public {
        ReentrantActor makerContract = new ReentrantActor(registry, nash);
        vm.deal(address(makerContract), 0);
        makerContract.setRejecting(true);
        uint256 id = makerContract.create{value: STAKE}(_params(Action.Escalate));
        vm.expectEmit(address(registry));
        emit ILevetrage.Refunded(id, address(makerContract), STAKE, false);
        vm.prank(oracle);
        registry.fulfil(id);
        _assertStatus(id, Status.Fulfilled);
        assertEq(registry.withdrawable(address(makerContract)), STAKE);
        makerContract.setRejecting(false);
        makerContract.withdraw();
        assertEq(address(makerContract).balance, STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                               RE-ENTRANCY
    //////////////////////////////////////////////////////////////*/

    function test_ReenteringProviderCannotSettleAgain() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        uint256 id = _create(_paramsTo(address(actor), Action.Escalate));
        _create(_paramsTo(address(actor), Action.Escalate)); // a second stake it might try to reach
        actor.arm(ReentrantActor.Attack.Settle, id);
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        assertEq(actor.attempts(), 1);
        assertEq(actor.successes(), 0);
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(address(actor).balance, STAKE, "paid once");
        assertEq(address(registry).balance, STAKE, "the other stake is untouched");
    }

    function test_ReenteringProviderCannotWithdraw() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        uint256 a = _create(_paramsTo(address(actor), Action.Escalate));
        uint256 b = _create(_paramsTo(address(actor), Action.Escalate));
        vm.warp(_threat(a).deadline);
        actor.setRejecting(true);
        _settle(anyone, a); // credited
        actor.setRejecting(false);
        actor.arm(ReentrantActor.Attack.Withdraw, 0);
        _settle(anyone, b); // paid; tries to withdraw the credit from inside
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(registry.withdrawable(address(actor)), STAKE);
        assertEq(address(actor).balance, STAKE);
        // Re-entering withdraw from withdraw is blocked too; the credit is paid exactly once.
        actor.withdraw();
        assertEq(actor.attempts(), 2);
        assertEq(actor.successes(), 0);
        assertEq(address(actor).balance, 2 * STAKE);
        assertEq(address(registry).balance, 0);
    }

    function test_ReenteringMakerCannotFulfilOrSettle() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        vm.deal(address(actor), 0);
        CommitmentParams memory params = _params(Action.Escalate);
        params.terminators = _two(oracle, address(actor)); // the maker is also a terminator
        uint256 id = actor.create{value: STAKE}(params);
        uint256 other = _create(_params(Action.Escalate));
        actor.arm(ReentrantActor.Attack.Fulfil, id);
        vm.prank(oracle);
        registry.fulfil(id);
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(address(actor).balance, STAKE, "refunded once");
        _assertStatus(other, Status.Live);
        assertEq(address(registry).balance, STAKE);
    }

    function test_ReenteringRefundDuringDrawCannotSettle() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        vm.deal(address(actor), 0);
        uint256 id = actor.createProbabilistic{value: STAKE}(_params(Action.Escalate), _odds(P, P));
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, P, P, 2, 0)); // terminate: refund the maker
        actor.arm(ReentrantActor.Attack.Settle, id);
        _settle(anyone, id);
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(address(actor).balance, STAKE);
        _assertStatus(id, Status.Refunded);
    }

    /*//////////////////////////////////////////////////////////////
                         PRE-EMPTING AND CHOOSING
    //////////////////////////////////////////////////////////////*/

    /// The oracle (or an adversary holding a terminator key) sees an escalating value and tries to fulfil first.
    function test_CannotFulfilAfterEscalatingDrawIsDetermined() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, P, 0, 1, 0));
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DrawDetermined.selector, id, 1, 1));
        vm.prank(oracle);
        registry.fulfil(id);
        _settle(adversary, id);
        _assertStatus(id, Status.Escalated);
        assertEq(provider.balance, STAKE);
    }

    /// Letting a feared draw lapse does not help: a lapsed draw escalates.
    function test_LettingDrawLapseEscalates() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        vm.warp(START_TIME + 2 * PERIOD);
        _settle(anyone, id);
        beacon.setLapsed(1);
        vm.prank(oracle);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DrawDetermined.selector, id, 1, 1));
        registry.fulfil(id); // nor can the lapse be fulfilled away
        _settle(maker, id);
        _assertStatus(id, Status.Escalated);
    }

    /// One ticket has one value: the beacon refuses a second, a wrong proof is rejected, and settled periods
    /// are never drawn again.
    function test_CannotChooseBetweenValues() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        bytes32 neutral = _valueFor(id, 1, P, 0, 0, 0);
        beacon.setReady(1, neutral);
        vm.expectRevert(abi.encodeWithSelector(TestBeacon.AlreadyFixed.selector, 1));
        beacon.setReady(1, _valueFor(id, 1, P, 0, 1, 0));

        beacon.setRequireProof(true);
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.InvalidProof.selector, 1));
        vm.prank(adversary);
        registry.settle(id, abi.encode(keccak256("a value I like better")));

        vm.prank(adversary);
        registry.settle(id, abi.encode(neutral));
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 1);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NothingToSettle.selector, id));
        vm.prank(adversary);
        registry.settle(id, abi.encode(neutral));
        assertEq(_threat(id).settledPeriods, 1, "period 1 is never drawn again");
        assertEq(beacon.requests(), 1);
    }

    /// Settled periods never change, and each new request covers only periods after them.
    function test_SettledPeriodsNeverChange() public {
        uint256 id = _createProbabilistic(1, 0, Action.Refund); // 1e-9: stays live
        uint24 last;
        for (uint256 round = 1; round <= 5; ++round) {
            vm.warp(START_TIME + round * 3 * PERIOD);
            _settle(anyone, id);
            Threat memory t = _threat(id);
            assertEq(t.pendingThrough, round * 3, "requests everything due");
            assertEq(t.settledPeriods, last, "request does not settle");
            beacon.setReady(t.ticket, keccak256(abi.encode(round)));
            vm.warp(block.timestamp + 1); // same period window: nothing new due
            _settle(anyone, id);
            t = _threat(id);
            assertGe(t.settledPeriods, last);
            assertEq(t.settledPeriods, round * 3);
            last = t.settledPeriods;
        }
    }

    function test_MakerWhoNeverSettlesProbabilistic() public {
        uint256 id = _createProbabilistic(P, 0, Action.Forfeit);
        vm.warp(START_TIME + 30 days);
        _settle(adversary, id);
        uint48 ticket = _threat(id).ticket;
        bytes32 value;
        for (uint256 i;; ++i) {
            value = keccak256(abi.encode("q", i));
            bool quiet = true;
            for (uint256 p = 1; p <= 30 && quiet; ++p) {
                quiet = DrawRule.outcome(value, id, p, P, 0) == DrawOutcome.Continue;
            }
            if (quiet) break;
        }
        beacon.setReady(ticket, value);
        _settle(adversary, id);
        _assertStatus(id, Status.Forfeited);
    }
}
