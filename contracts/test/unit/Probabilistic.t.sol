// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {
    Action,
    DrawOutcome,
    Engagement,
    Move,
    Odds,
    OddsParams,
    Status,
    Threat,
    ThreatParams
} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {TestBeacon} from "../utils/TestBeacon.sol";
import {RevertingReceiver} from "../utils/Receivers.sol";

/// @notice Creation, draws, lapses, draw fees, settlement and fulfilment of probabilistic threats.
contract ProbabilisticTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
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
        emit OddsSet(1, address(beacon), PERIOD, P5, Q5, START_TIME);
        uint256 id = _createProbabilistic(P5, Q5, Action.Forfeit);
        (Threat memory t, Odds memory o) = registry.getThreat(id);
        assertEq(address(o.beacon), address(beacon));
        assertEq(o.period, PERIOD);
        assertEq(o.pEscalate, P5);
        assertEq(o.pTerminate, Q5);
        assertEq(t.start, START_TIME);
        assertEq(t.provider, provider, "a probabilistic threat always has a provider");
        assertEq(uint8(t.status), uint8(Status.Live));
        assertEq(registry.duePeriods(id), 0);
    }

    function test_CreateBurnsProbabilisticFee() public {
        _setFeeNow(Move.CreateProbabilistic, 3e18);
        _giveNash(maker, 3e18);
        _createProbabilistic(P5, 0, Action.Refund);
        assertEq(nash.balanceOf(maker), 0);
        assertEq(nash.totalSupply(), SUPPLY - 3e18);
    }

    function test_OddsEdges() public {
        _createProbabilistic(PROB_SCALE, 0, Action.Refund); // certain escalation
        _createProbabilistic(1, PROB_SCALE - 1, Action.Refund); // sums to exactly 1
        ThreatParams memory params = _params(Action.Refund);
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
        ThreatParams memory params = _params(Action.Refund);
        vm.expectRevert(abi.encodeWithSelector(BeaconNotAllowed.selector, address(other)));
        _createProb(params, odds);
    }

    function test_RevertWhen_BeaconDisallowedLater() public {
        vm.prank(feeController);
        registry.setBeaconAllowed(beacon, false);
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        vm.expectRevert(abi.encodeWithSelector(BeaconNotAllowed.selector, address(beacon)));
        _createProb(params, odds);
    }

    function test_RevertWhen_PeriodTooShort() public {
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        odds.period = 59;
        vm.expectRevert(abi.encodeWithSelector(InvalidPeriod.selector, 59, 60, 30 days));
        _createProb(params, odds);
    }

    function test_RevertWhen_PeriodLongerThanWindow() public {
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(P5, 0);
        odds.period = 30 days + 1;
        vm.expectRevert(abi.encodeWithSelector(InvalidPeriod.selector, 30 days + 1, 60, 30 days));
        _createProb(params, odds);
    }

    function test_RevertWhen_ZeroEscalation() public {
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(0, Q5);
        vm.expectRevert(abi.encodeWithSelector(InvalidOdds.selector, 0, Q5));
        _createProb(params, odds);
    }

    function test_RevertWhen_OddsAboveOne() public {
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(PROB_SCALE, 1);
        vm.expectRevert(abi.encodeWithSelector(InvalidOdds.selector, PROB_SCALE, 1));
        _createProb(params, odds);
    }

    /// Even with timeout Refund a probabilistic threat can escalate: it needs a provider, and a stake.
    function test_RevertWhen_ProbabilisticCommonParamsInvalid() public {
        ThreatParams memory params = _params(Action.Refund);
        params.odds = _odds(P5, 0);
        vm.expectRevert(ProviderRequired.selector);
        _createAs(maker, params, _noEngagement(), "", STAKE);
        vm.expectRevert(ZeroStake.selector);
        _createWith(params, 0);
    }

    /// The longest allowed window at the shortest period has 2,628,000 periods, far below 2^24 - 1:
    /// TooManyPeriods guards the uint24 period counters should the constants ever change.
    function test_MostPeriodsFitUint24() public view {
        uint256 most = core.MAX_DURATION() / core.MIN_PERIOD();
        assertEq(most, 2_628_000);
        assertLt(most, core.MAX_PERIODS());
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
        ThreatParams memory params = _params(Action.Refund);
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
        vm.expectRevert(abi.encodeWithSelector(NothingToSettle.selector, id));
        _settle(anyone, id);
    }

    function test_SettleRequestsDueDraws() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + 3 * PERIOD);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, 3, 1);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live));
        Threat memory t = _threat(id);
        assertEq(t.pendingThrough, 3);
        assertEq(t.settledPeriods, 0);
        assertEq(t.ticket, 1, "no lapse bits on a first request");
        assertEq(beacon.requests(), 1);
    }

    function test_RevertWhen_DrawNotReady() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(DrawNotReady.selector, id, 1));
        _settle(anyone, id);
        vm.warp(START_TIME + 5 * PERIOD); // more periods due does not help while the draw is pending
        vm.expectRevert(abi.encodeWithSelector(DrawNotReady.selector, id, 1));
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
        emit DrawSettled(id, 1, value, DrawOutcome.Continue, false);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 2, 2, 2);
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
        vm.expectRevert(abi.encodeWithSelector(NothingToSettle.selector, id));
        _settle(anyone, id);
    }

    function test_EscalatingDrawPaysProvider() public {
        ThreatParams memory params = _params(Action.Refund);
        params.odds = _odds(P5, Q5);
        Engagement memory e = _engagement();
        uint256 id = _createAs(maker, params, e, _sign(e), STAKE);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        bytes32 value = _valueFor(id, 1, P5, Q5, ESCALATE, 0);
        beacon.setReady(1, value);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, value, DrawOutcome.Escalate, false);
        vm.expectEmit(address(registry));
        emit Escalated(id, provider, registry.engagementIdOf(e), STAKE, true);
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
        emit DrawSettled(id, 1, value, DrawOutcome.Terminate, false);
        vm.expectEmit(address(registry));
        emit Refunded(id, maker, STAKE, true);
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

    /*//////////////////////////////////////////////////////////////
                                 LAPSES
    //////////////////////////////////////////////////////////////*/

    /// v1 counted a lapsed draw as Escalate. Now it is requested again (same periods, a new ticket) with its
    /// lapse count in the ticket word's high bits.
    function test_LapsedDrawIsRequestedAgain() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + 4 * PERIOD);
        _settle(anyone, id); // periods 1..4 pending on ticket 1
        beacon.setLapsed(1);
        vm.expectEmit(address(registry));
        emit DrawLapsed(id, 1, 4, 1, true);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, 4, 2);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live), "a lapse never escalates");
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 0);
        assertEq(t.pendingThrough, 4);
        assertEq(_ticketOf(id), 2);
        assertEq(t.ticket >> 40, 1, "one lapse recorded");
        assertEq(provider.balance, 0);
    }

    /// Re-requested MAX_LAPSES (3) times, then the pending periods count neutral: even at pEscalate = 100 %
    /// nothing escalates through lapses, and the threat goes on (timeout later).
    function test_ThreeLapsesThenNeutral() public {
        uint256 id = _createProbabilistic(PROB_SCALE, 0, Action.Refund);
        vm.warp(START_TIME + 2 * PERIOD);
        _settle(anyone, id);
        for (uint48 lapse = 1; lapse <= 3; ++lapse) {
            beacon.setLapsed(lapse);
            vm.expectEmit(address(registry));
            emit DrawLapsed(id, 1, 2, lapse | ((lapse - 1) << 40), true);
            _settle(anyone, id);
            assertEq(_threat(id).ticket >> 40, lapse);
        }
        beacon.setLapsed(4);
        vm.expectEmit(address(registry));
        emit DrawLapsed(id, 1, 2, 4 | (uint48(3) << 40), false);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, bytes32(0), DrawOutcome.Continue, true);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 2, bytes32(0), DrawOutcome.Continue, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live));
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 2);
        assertEq(t.pendingThrough, 2);
        assertEq(t.ticket, 0, "the lapse count is cleared");
        assertEq(beacon.requests(), 4, "one request and three re-requests");
        assertEq(provider.balance, 0);

        // The next period is drawn normally (and, at 100 %, escalates).
        vm.warp(START_TIME + 3 * PERIOD);
        _settle(anyone, id);
        assertEq(_threat(id).ticket >> 40, 0, "a new request starts with no lapses");
        beacon.setReady(5, keccak256("v"));
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated));
    }

    /// A lapse followed by an answer: the re-requested value decides, as any value would.
    function test_LapseThenAnswer() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setLapsed(1);
        _settle(anyone, id);
        bytes32 value = _valueFor(id, 1, P5, Q5, TERMINATE, 0);
        beacon.setReady(2, value);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, value, DrawOutcome.Terminate, false);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Refunded));
    }

    /// A re-request pays the beacon's fee like any request.
    function test_RevertWhen_RerequestUnpaid() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setLapsed(1);
        beacon.setFee(0.01 ether);
        vm.expectRevert(abi.encodeWithSelector(DrawFeeTooLow.selector, id, 0.01 ether, 0));
        _settle(anyone, id);
        vm.deal(anyone, 0.01 ether);
        vm.prank(anyone);
        registry.settle{value: 0.01 ether}(id, "");
        assertEq(address(beacon).balance, 0.01 ether);
    }

    /*//////////////////////////////////////////////////////////////
                               DRAW FEES
    //////////////////////////////////////////////////////////////*/

    function test_DrawFeePaidFromMsgValueAndChangeReturned() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        beacon.setFee(0.01 ether);
        assertEq(registry.drawFee(id), 0.01 ether);
        vm.warp(START_TIME + PERIOD);
        vm.deal(anyone, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(DrawFeeTooLow.selector, id, 0.01 ether, 0.01 ether - 1));
        vm.prank(anyone);
        registry.settle{value: 0.01 ether - 1}(id, "");
        vm.prank(anyone);
        registry.settle{value: 1 ether}(id, "");
        assertEq(address(beacon).balance, 0.01 ether, "exactly the fee");
        assertEq(anyone.balance, 0.99 ether, "the rest sent back");
        assertEq(address(registry).balance, STAKE, "the registry keeps nothing");
    }

    /// A caller that refuses the change gets it credited, never lost, never blocking.
    function test_ChangeToRejectingCallerIsCredited() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        beacon.setFee(0.01 ether);
        vm.warp(START_TIME + PERIOD);
        RevertingReceiver keeper = new RevertingReceiver();
        vm.deal(address(keeper), 1 ether);
        vm.prank(address(keeper));
        registry.settle{value: 1 ether}(id, "");
        assertEq(registry.withdrawable(address(keeper)), 0.99 ether);
        keeper.setAccepting(true);
        keeper.withdrawFrom(registry);
        assertEq(address(keeper).balance, 0.99 ether);
    }

    /// Resolving with nothing to request costs nothing: msg.value is all sent back.
    function test_NoFeeWithoutRequest() public {
        uint256 id = _createProbabilistic(P5, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setFee(0.01 ether);
        beacon.setReady(1, _valueFor(id, 1, P5, 0, CONTINUE, 0));
        vm.deal(anyone, 0.01 ether);
        vm.prank(anyone);
        registry.settle{value: 0.01 ether}(id, "");
        assertEq(anyone.balance, 0.01 ether);
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
        emit Forfeited(id, STAKE);
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
        vm.expectRevert(abi.encodeWithSelector(DrawNotReady.selector, id, 1));
        _settle(anyone, id);
        _assertStatus(id, Status.Live);
    }

    function test_BacklogIsDrawnInBatches() public {
        ThreatParams memory params = _params(Action.Refund);
        params.deadline = uint40(START_TIME + 1 days);
        OddsParams memory odds = _odds(1, 0); // 1e-9: practically never escalates
        odds.period = 60; // 1440 periods
        uint256 id = _createProb(params, odds);
        vm.warp(START_TIME + 1 days);
        uint256 batch = core.MAX_DRAWS_PER_REQUEST();
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, uint24(batch), 1);
        _settle(anyone, id);
        beacon.setReady(1, keccak256("v1"));
        vm.expectEmit(address(registry));
        emit DrawRequested(id, uint24(batch + 1), uint24(2 * batch), 2);
        _settle(anyone, id);
        assertEq(_threat(id).settledPeriods, batch);
    }

    /*//////////////////////////////////////////////////////////////
                                FULFIL
    //////////////////////////////////////////////////////////////*/

    function test_FulfilBeforeAnyDraw() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.warp(START_TIME + 10 * PERIOD); // periods due but never requested: no draw exists
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_FulfilAbandonsUndeterminedDraw() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        uint256 before = maker.balance;
        _fulfil(id);
        assertEq(maker.balance, before + STAKE);
        beacon.setReady(1, _valueFor(id, 1, P5, Q5, ESCALATE, 0));
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Fulfilled));
        _settle(anyone, id);
    }

    function test_RevertWhen_FulfilAfterDrawDetermined() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setDetermined(1); // the value is known off-chain, not yet provable on-chain
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, 1));
        _fulfil(id);
    }

    /// The DrawDetermined check reads the beacon's own ticket, not the lapse bits of the stored word.
    function test_RevertWhen_FulfilAfterRerequestedDrawDetermined() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setLapsed(1);
        _settle(anyone, id); // re-requested: ticket 2, one lapse
        uint48 word = _threat(id).ticket;
        assertEq(word, 2 | (uint48(1) << 40));
        beacon.setDetermined(2);
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, word));
        _fulfil(id);
    }

    function test_FulfilAfterNeutralDrawSettled() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, _valueFor(id, 1, P5, Q5, CONTINUE, 0));
        _settle(anyone, id);
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_RevertWhen_FulfilProbabilisticAtDeadline() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        uint40 deadline = _threat(id).deadline;
        vm.warp(deadline);
        vm.expectRevert(abi.encodeWithSelector(DeadlinePassed.selector, id, deadline));
        _fulfil(id);
    }

    function test_RevertWhen_FulfilProbabilisticByNonResolver() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Escalate);
        vm.expectRevert(abi.encodeWithSelector(NotResolver.selector, id, adversary));
        vm.prank(adversary);
        registry.fulfil(id, bytes32(0));
    }

    function test_RevertWhen_SettleAfterEscalation() public {
        uint256 id = _createProbabilistic(PROB_SCALE, 0, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setReady(1, keccak256("any"));
        _settle(anyone, id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Escalated));
        _settle(anyone, id);
        assertEq(provider.balance, STAKE);
    }

    /// A wrong proof is the beacon's InvalidProof, passed through.
    function test_RevertWhen_WrongProof() public {
        uint256 id = _createProbabilistic(P5, Q5, Action.Refund);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        beacon.setRequireProof(true);
        beacon.setReady(1, keccak256("v"));
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.InvalidProof.selector, 1));
        vm.prank(anyone);
        registry.settle(id, abi.encode(keccak256("w")));
    }
}
