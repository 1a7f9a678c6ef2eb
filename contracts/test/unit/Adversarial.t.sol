// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {Action, DrawOutcome, Engagement, Status, Threat, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {TestBeacon} from "../utils/TestBeacon.sol";
import {GasHungryReceiver, ReentrantActor, RevertingReceiver} from "../utils/Receivers.sol";

/// @notice Hostile recipients, re-entrancy, lapses and attempts to choose or pre-empt a draw.
contract AdversarialTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    uint32 internal constant P = 100_000_000; // 10 %
    bytes4 internal constant REENTRANT = bytes4(keccak256("ReentrancyGuardReentrantCall()"));

    /// @dev An escalating commitment of `maker` whose provider is the contract `provider_`, which accepted the
    /// engagement on chain (a contract cannot sign without ERC-1271).
    function _createFor(address provider_, Action action) internal returns (uint256 id) {
        Engagement memory e = _engagementOf(provider_, maker);
        _accept(e);
        id = _createAs(maker, _params(action), e, "", STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                           FAILING RECIPIENTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertingProviderCannotLockStake() public {
        RevertingReceiver bad = new RevertingReceiver();
        Engagement memory e = _engagementOf(address(bad), maker);
        bytes32 engagementId = _accept(e);
        uint256 id = _createAs(maker, _params(Action.Escalate), e, "", STAKE);
        vm.warp(_threat(id).deadline);
        vm.expectEmit(address(registry));
        emit Escalated(id, address(bad), engagementId, STAKE, false);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated), "escalation still happens");
        assertEq(registry.withdrawable(address(bad)), STAKE);
        assertEq(address(registry).balance, STAKE);

        bad.setAccepting(true);
        vm.expectEmit(address(registry));
        emit Withdrawn(address(bad), STAKE);
        assertEq(bad.withdrawFrom(registry), STAKE);
        assertEq(address(bad).balance, STAKE);
        assertEq(registry.withdrawable(address(bad)), 0);
        assertEq(address(registry).balance, 0);
        vm.expectRevert(abi.encodeWithSelector(NothingToWithdraw.selector, address(bad)));
        bad.withdrawFrom(registry);
    }

    function test_GasHungryProviderGetsCredited() public {
        GasHungryReceiver hungry = new GasHungryReceiver();
        uint256 id = _createFor(address(hungry), Action.Escalate);
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        assertEq(registry.withdrawable(address(hungry)), STAKE, "the 100k stipend ran out: credited");
        hungry.withdrawFrom(registry); // withdraw forwards all gas
        assertEq(address(hungry).balance, STAKE);
    }

    function test_RevertWhen_WithdrawToRejectingAddress() public {
        RevertingReceiver bad = new RevertingReceiver();
        uint256 id = _createFor(address(bad), Action.Escalate);
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(EthTransferFailed.selector, address(bad), STAKE));
        bad.withdrawFrom(registry);
        assertEq(registry.withdrawable(address(bad)), STAKE, "kept for a later try");
    }

    function test_RevertingBeneficiaryRefundIsCredited() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        vm.deal(address(actor), 0);
        actor.setRejecting(true);
        ThreatParams memory params = _params(Action.Refund);
        params.beneficiary = address(actor);
        uint256 id = actor.create{value: STAKE}(params, _noEngagement(), "");
        vm.expectEmit(address(registry));
        emit Refunded(id, address(actor), STAKE, false);
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
        assertEq(registry.withdrawable(address(actor)), STAKE);
        actor.setRejecting(false);
        actor.withdraw();
        assertEq(address(actor).balance, STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                               RE-ENTRANCY
    //////////////////////////////////////////////////////////////*/

    function test_ReenteringProviderCannotSettleAgain() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        uint256 id = _createFor(address(actor), Action.Escalate);
        _createFor(address(actor), Action.Escalate); // a second stake it might try to reach
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
        uint256 a = _createFor(address(actor), Action.Escalate);
        uint256 b = _createFor(address(actor), Action.Escalate);
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

    /// The beneficiary is also the resolver: re-entering fulfil from its own refund is blocked.
    function test_ReenteringResolverCannotFulfilAgain() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        vm.deal(address(actor), 0);
        ThreatParams memory params = _params(Action.Refund);
        params.resolver = address(actor);
        params.beneficiary = address(actor);
        uint256 id = actor.create{value: STAKE}(params, _noEngagement(), "");
        uint256 other = _createCommitment(Action.Escalate);
        actor.arm(ReentrantActor.Attack.Fulfil, id);
        actor.fulfil(id);
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(address(actor).balance, STAKE, "refunded once");
        _assertStatus(other, Status.Live);
        assertEq(address(registry).balance, STAKE);
    }

    function test_ReenteringRefundDuringDrawCannotSettle() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        vm.deal(address(actor), 0);
        ThreatParams memory params = _params(Action.Escalate);
        params.odds = _odds(P, P);
        params.beneficiary = address(actor);
        Engagement memory e = _engagementOf(provider, address(actor));
        uint256 id = actor.create{value: STAKE}(params, e, _sign(e));
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, P, P, 2, 0)); // terminate: refund the beneficiary
        actor.arm(ReentrantActor.Attack.Settle, id);
        _settle(anyone, id);
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(address(actor).balance, STAKE);
        _assertStatus(id, Status.Refunded);
    }

    function test_ReenteringBackerCannotReclaimTwice() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        ThreatParams memory params = _params(Action.Refund);
        _withBackers(params, 10 ether, bytes32(0));
        uint256 id = _create(params);
        _join(address(actor), id, 2 ether);
        _fulfil(id);
        actor.arm(ReentrantActor.Attack.Reclaim, id);
        actor.reclaim(id);
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(address(actor).balance, 2 ether, "its share once");
        assertEq(registry.shareOf(id, address(actor)), 0);
        vm.expectRevert(abi.encodeWithSelector(NoShare.selector, id, address(actor)));
        actor.reclaim(id);
    }

    function test_ReenteringPledgerCannotLeaveTwice() public {
        ReentrantActor actor = new ReentrantActor(registry, nash);
        ThreatParams memory params = _params(Action.Refund);
        _asPool(params, 10 ether, uint40(block.timestamp + 7 days), 3, 0);
        uint256 id = _create(params);
        _join(address(actor), id, 2 ether);
        _join(holder2, id, 1 ether);
        actor.arm(ReentrantActor.Attack.Leave, id);
        actor.leave(id);
        assertEq(bytes4(actor.lastError()), REENTRANT);
        assertEq(address(actor).balance, 2 ether);
        assertEq(_threat(id).stake, STAKE + 1 ether);
        assertEq(address(registry).balance, STAKE + 1 ether);
    }

    /*//////////////////////////////////////////////////////////////
                         PRE-EMPTING AND CHOOSING
    //////////////////////////////////////////////////////////////*/

    /// The resolver (or an adversary holding its key) sees an escalating value and tries to fulfil first.
    function test_CannotFulfilAfterEscalatingDrawIsDetermined() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, P, 0, 1, 0));
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, 1));
        _fulfil(id);
        // Holding does not help either: a held threat still resolves its pending draws, and stays unfulfillable.
        vm.prank(oracle);
        registry.hold(id, 1 days);
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, 1));
        _fulfil(id);
        _settle(adversary, id);
        _assertStatus(id, Status.Escalated);
        assertEq(provider.balance, STAKE);
    }

    /// Letting a draw lapse decides nothing: a lapsed ticket stays "determined" (no fulfilment around it), the
    /// periods are drawn again with a fresh value nobody knows, and at most they end neutral.
    function test_LettingDrawLapseDecidesNothing() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        vm.warp(START_TIME + 2 * PERIOD);
        _settle(anyone, id);
        beacon.setLapsed(1);
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, 1));
        _fulfil(id); // the lapse cannot be fulfilled away
        _settle(maker, id);
        _assertStatus(id, Status.Live);
        assertEq(_threat(id).settledPeriods, 0, "both periods are still to be drawn");
        assertEq(_threat(id).pendingThrough, 2);
        assertEq(provider.balance, 0);
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
        vm.expectRevert(abi.encodeWithSelector(NothingToSettle.selector, id));
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
