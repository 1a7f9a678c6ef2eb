// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {
    Action,
    CommitmentParams,
    DrawOutcome,
    Move,
    Odds,
    OddsParams,
    Status,
    Threat
} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {TestBeacon} from "../utils/TestBeacon.sol";

/// @notice Creation, draws, settlement and fulfilment of probabilistic threats.
contract ProbabilisticTest is BaseTest {
    uint32 internal constant P5 = 50_000_000; // 5 % per period
    uint32 internal constant Q5 = 50_000_000;

    uint8 internal constant CONTINUE = 0;
    uint8 internal constant ESCALATE = 1;
    uint8 internal constant TERMINATE = 2;

    /*//////////////////////////////////////////////////////////////
                                CREATION
    //////////////////////////////////////////////////////////////*/

    function test_CreateStoresOdds() public {
        vm.expectEmit(address(registry));
        emit ILevetrage.OddsSet(1, address(beacon), PERIOD, P5, Q5, START_TIME);
        uint256 id = _createProbabilistic(P5, Q5, Action.Forfeit);
        (Threat memory t, Odds memory o) = registry.getThreat(id);
        assertEq(address(o.beacon), address(beacon));
        assertEq(o.period, PERIOD);
        assertEq(o.pEscalate, P5);
        assertEq(o.pTerminate, Q5);
        assertEq(t.start, START_TIME);
        assertEq(uint8(t.status), uint8(Status.Live));
        assertEq(registry.duePeriods(id), 0);
    }

    function test_CreateBurnsProbabilisticFee() public {
        vm.prank(feeController);
        registry.setFee(Move.CreateProbabilistic, 3e18);
        vm.prank(holder);
        nash.transfer(maker, 3e18);
        vm.prank(maker);
        nash.approve(address(registry), 3e18);
        vm.expectEmit(address(registry));
        emit ILevetrage.FeeBurned(1, maker, Move.CreateProbabilistic, 3e18);
        _createProbabilistic(P5, 0, Action.Refund);
        assertEq(nash.balanceOf(maker), 0);
        assertEq(nash.totalSupply(), SUPPLY - 3e18);
    }

    function test_OddsEdges() public {
        _createProbabilistic(PROB_SCALE, 0, Action.Refund); // certain escalation
        _createProbabilistic(1, PROB_SCALE - 1, Action.Refund); // sums to exactly 1
        CommitmentParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        odds.period = 60; // MIN_PERIOD
        _createProb(params, odds);
        odds.period = 30 days; // the whole window: one period
        _createProb(params, odds);
    }

    function test_RevertWhen_BeaconNotAllowed() public {
        OddsParams memory odds = _odds(P5, 0);
        TestBeacon other = new TestBeacon();
        odds.beacon = other;
        CommitmentParams memory params = _params(Action.Refund);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.BeaconNotAllowed.selector, address(other)));
        _createProb(params, odds);
    }

    function test_RevertWhen_BeaconDisallowedLater() public {
        vm.prank(feeController);
        registry.setBeaconAllowed(beacon, false);
        CommitmentParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.BeaconNotAllowed.selector, address(beacon)));
        _createProb(params, odds);
    }

    function test_RevertWhen_PeriodTooShort() public {
        CommitmentParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        odds.period = 59;
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidPeriod.selector, 59, 60, 30 days));
        _createProb(params, odds);
    }

    function test_RevertWhen_PeriodLongerThanWindow() public {
        CommitmentParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        odds.period = 30 days + 1;
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidPeriod.selector, 30 days + 1, 60, 30 days));
        _createProb(params, odds);
    }

    function test_RevertWhen_ZeroEscalation() public {
        CommitmentParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(0, Q5);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidOdds.selector, 0, Q5));
        _createProb(params, odds);
    }

    function test_RevertWhen_OddsAboveOne() public {
        CommitmentParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(PROB_SCALE, 1);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.InvalidOdds.selector, PROB_SCALE, 1));
        _createProb(params, odds);
    }

    function test_RevertWhen_ProbabilisticCommonParamsInvalid() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.provider = address(0);
        OddsParams memory odds = _odds(P5, 0);
        vm.expectRevert(ILevetrage.ZeroProvider.selector);
        _createProb(params, odds);
        params = _params(Action.Refund);
        vm.expectRevert(ILevetrage.ZeroStake.selector);
        vm.prank(maker);
        registry.createProbabilistic(params, odds);
    }

    /// The longest allowed window at the shortest period has 2,628,000 periods, far below 2^24 - 1:
    /// TooManyPeriods guards the uint24 period counters should the constants ever change.
    function test_MostPeriodsFitUint24() public view {
        uint256 most = registry.MAX_DURATION() / registry.MIN_PERIOD();
        assertEq(most, 2_628_000);
        assertLt(most, registry.MAX_PERIODS());
    }

    /*//////////////////////////////////////////////////////////////
                              DUE PERIODS
    //////////////////////////////////////////////////////////////*/

    function test_DuePeriods() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        assertEq(registry.duePeriods(id), 0);
        vm.warp(START_TIME + PERIOD - 1);
        assertEq(registry.duePeriods(id), 0);
        vm.warp(START_TIME + PERIOD);
        assertEq(registry.duePeriods(id), 1, "due exactly at start + period");
        vm.warp(START_TIME + 7 * PERIOD + 5);
        assertEq(registry.duePeriods(id), 7);
        vm.warp(START_TIME + 30 days);
        assertEq(registry.duePeriods(id), 30);
        vm.warp(START_TIME + 300 days);
        assertEq(registry.duePeriods(id), 30, "capped by the deadline");
    }

    function test_DuePeriodsWithPartialLastPeriod() public {
        CommitmentParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        odds.period = 7 days; // 30 days = 4 full periods + 2 days
        uint256 id = _createProb(params, odds);
        vm.warp(START_TIME + 60 days);
        assertEq(registry.duePeriods(id), 4);
    }

    /*//////////////////////////////////////////////////////////////
                                 DRAWS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_NothingDue() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD - 1);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NothingToSettle.selector, id));
        _settle(anyone, id);
    }

    function test_SettleRequestsDueDraws() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + 3 * PERIOD);
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawRequested(id, 1, 3, 1);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live));
        Threat memory t = _threat(id);
        assertEq(t.pendingThrough, 3);
        assertEq(t.settledPeriods, 0);
        assertEq(t.ticket, 1);
        assertEq(beacon.requests(), 1);
    }

    function test_RevertWhen_DrawNotReady() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DrawNotReady.selector, id, 1));
        _settle(anyone, id);
        vm.warp(START_TIME + 5 * PERIOD); // more periods due does not help while the draw is pending
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DrawNotReady.selector, id, 1));
        _settle(anyone, id);
    }

    function test_NeutralDrawThenNextRequest() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        bytes32 value = _valueFor(id, 1, P5, Q5, CONTINUE, 0);
        beacon.setReady(1, value);
        vm.warp(START_TIME + 2 * PERIOD);
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawSettled(id, 1, value, DrawOutcome.Continue, false);
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawRequested(id, 2, 2, 2);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live));
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 1);
        assertEq(t.pendingThrough, 2);
        assertEq(t.ticket, 2);
    }

    function test_NeutralDrawWithoutNewPeriod() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, P5, Q5, CONTINUE, 0));
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live));
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 1);
        assertEq(t.pendingThrough, 1);
        // Nothing left to do until the next period.
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NothingToSettle.selector, id));
        _settle(anyone, id);
    }

    function test_EscalatingDrawPaysProvider() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        bytes32 value = _valueFor(id, 1, P5, Q5, ESCALATE, 0);
        beacon.setReady(1, value);
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawSettled(id, 1, value, DrawOutcome.Escalate, false);
        vm.expectEmit(address(registry));
        emit ILevetrage.Escalated(id, provider, AGREEMENT, STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated));
        assertEq(provider.balance, STAKE);
        assertEq(_threat(id).settledPeriods, 1);
    }

    function test_TerminatingDrawRefundsMaker() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        bytes32 value = _valueFor(id, 1, P5, Q5, TERMINATE, 0);
        beacon.setReady(1, value);
        uint256 before = maker.balance;
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawSettled(id, 1, value, DrawOutcome.Terminate, false);
        vm.expectEmit(address(registry));
        emit ILevetrage.Refunded(id, maker, STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Refunded));
        assertEq(maker.balance, before + STAKE);
    }

    /// Periods 1..3 share one value; the rule hashes in the period; settlement stops at the first non-neutral one.
    function test_SharedValueStopsAtFirstNonNeutral() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + 3 * PERIOD);
        _settle(anyone, id);
        bytes32 value;
        for (uint256 i;; ++i) {
            value = keccak256(abi.encode("shared", i));
            if (
                DrawRule.outcome(value, id, 1, P5, Q5) == DrawOutcome.Continue
                    && DrawRule.outcome(value, id, 2, P5, Q5) == DrawOutcome.Escalate
            ) break;
        }
        beacon.setReady(1, value);
        vm.recordLogs();
        _settle(anyone, id);
        assertEq(vm.getRecordedLogs().length, 3, "two DrawSettled + Escalated; period 3 never drawn");
        assertEq(_threat(id).settledPeriods, 2);
        _assertStatus(id, Status.Escalated);
    }

    function test_LapsedDrawEscalates() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + 4 * PERIOD);
        _settle(anyone, id); // periods 1..4 pending
        beacon.setLapsed(1);
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawSettled(id, 1, bytes32(0), DrawOutcome.Escalate, true);
        vm.expectEmit(address(registry));
        emit ILevetrage.Escalated(id, provider, AGREEMENT, STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated));
        assertEq(_threat(id).settledPeriods, 1, "the first pending period escalates");
        assertEq(provider.balance, STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                                TIMEOUT
    //////////////////////////////////////////////////////////////*/

    function _neutralThroughDeadline(uint256 id) internal {
        vm.warp(START_TIME + 30 days);
        _settle(anyone, id); // requests all 30 periods
        Threat memory t = _threat(id);
        assertEq(t.pendingThrough, 30);
        bytes32 value;
        for (uint256 i;; ++i) {
            value = keccak256(abi.encode("quiet", i));
            bool quiet = true;
            for (uint256 p = 1; p <= 30 && quiet; ++p) {
                quiet = DrawRule.outcome(value, id, p, P5, Q5) == DrawOutcome.Continue;
            }
            if (quiet) break;
        }
        beacon.setReady(t.ticket, value);
    }

    function test_TimeoutForfeitAfterAllDraws() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Forfeit);
        _neutralThroughDeadline(id);
        vm.expectEmit(address(registry));
        emit ILevetrage.Forfeited(id, STAKE);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited), "draws and timeout in one call");
        assertEq(_threat(id).settledPeriods, 30);
        assertEq(address(nash).balance, STAKE);
    }

    function test_TimeoutEscalateAfterAllDraws() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        _neutralThroughDeadline(id);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated));
        assertEq(provider.balance, STAKE);
    }

    function test_TimeoutRefundAfterAllDraws() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        _neutralThroughDeadline(id);
        uint256 before = maker.balance;
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Refunded));
        assertEq(maker.balance, before + STAKE);
    }

    function test_TimeoutWaitsForPendingDraws() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Forfeit);
        vm.warp(START_TIME + 30 days);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live), "the first settle at the deadline only requests");
        vm.warp(START_TIME + 400 days);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DrawNotReady.selector, id, 1));
        _settle(anyone, id);
        _assertStatus(id, Status.Live);
    }

    function test_BacklogIsDrawnInBatches() public {
        CommitmentParams memory params = _params(Action.Refund);
        params.deadline = uint40(START_TIME + 1 days);
        OddsParams memory odds = _odds(1, 0); // 1e-9: practically never escalates
        odds.period = 60; // 1440 periods
        uint256 id = _createProb(params, odds);
        vm.warp(START_TIME + 1 days);
        uint256 batch = registry.MAX_DRAWS_PER_REQUEST();
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawRequested(id, 1, uint24(batch), 1);
        _settle(anyone, id);
        beacon.setReady(1, keccak256("v1"));
        vm.expectEmit(address(registry));
        emit ILevetrage.DrawRequested(id, uint24(batch + 1), uint24(2 * batch), 2);
        _settle(anyone, id);
        assertEq(_threat(id).settledPeriods, batch);
    }

    /*//////////////////////////////////////////////////////////////
                                FULFIL
    //////////////////////////////////////////////////////////////*/

    function test_FulfilBeforeAnyDraw() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.warp(START_TIME + 10 * PERIOD); // periods due but never requested: no draw exists
        vm.prank(oracle);
        registry.fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_FulfilAbandonsUndeterminedDraw() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        uint256 before = maker.balance;
        vm.prank(oracle);
        registry.fulfil(id);
        assertEq(maker.balance, before + STAKE);
        beacon.setReady(1, _valueFor(id, 1, P5, Q5, ESCALATE, 0));
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.ThreatNotLive.selector, id, Status.Fulfilled));
        _settle(anyone, id);
    }

    function test_RevertWhen_FulfilAfterDrawDetermined() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setDetermined(1); // the value is known off-chain, not yet provable on-chain
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DrawDetermined.selector, id, 1, 1));
        vm.prank(oracle);
        registry.fulfil(id);
    }

    function test_FulfilAfterNeutralDrawSettled() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, P5, Q5, CONTINUE, 0));
        _settle(anyone, id);
        vm.prank(oracle);
        registry.fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_RevertWhen_FulfilProbabilisticAtDeadline() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.DeadlinePassed.selector, id, deadline));
        vm.prank(oracle);
        registry.fulfil(id);
    }

    function test_RevertWhen_FulfilProbabilisticByNonTerminator() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.NotTerminator.selector, id, adversary));
        vm.prank(adversary);
        registry.fulfil(id);
    }

    function test_RevertWhen_SettleAfterEscalation() public {
        uint256 id = _createProbabilistic(PROB_SCALE, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, keccak256("any"));
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(ILevetrage.ThreatNotLive.selector, id, Status.Escalated));
        _settle(anyone, id);
        assertEq(provider.balance, STAKE);
    }
}
