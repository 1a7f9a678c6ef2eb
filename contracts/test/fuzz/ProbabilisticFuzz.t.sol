// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Vm.sol";
import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {Action, ThreatParams, DrawOutcome, OddsParams, Status, Threat} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzzed odds, periods, values and settlement times of probabilistic threats.
contract ProbabilisticFuzzTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    struct Outcome {
        Status status;
        uint24 settledPeriods;
        uint256 provider;
        uint256 maker;
        uint256 nash;
    }

    function _fuzzOdds(uint32 pEscalate, uint32 pTerminate, uint32 period)
        internal
        view
        returns (OddsParams memory odds)
    {
        pEscalate = uint32(bound(pEscalate, 1, PROB_SCALE));
        pTerminate = uint32(bound(pTerminate, 0, PROB_SCALE - pEscalate));
        odds = _odds(pEscalate, pTerminate);
        odds.period = uint32(bound(period, 1 hours, 30 days));
    }

    function _outcome(uint256 id) internal view returns (Outcome memory o) {
        Threat memory t = _threat(id);
        o = Outcome(t.status, t.settledPeriods, provider.balance, maker.balance, address(nash).balance);
    }

    /// Every DrawSettled carries DrawRule.outcome of its period; settlement stops at the first non-neutral one.
    function testFuzz_DrawsFollowTheRule(uint32 pE, uint32 pT, uint32 period, bytes32 value, uint8 action) public {
        OddsParams memory odds = _fuzzOdds(pE, pT, period);
        uint256 id = _createProb(_params(Action(action % 3)), odds);
        vm.warp(START_TIME + 30 days);
        _settle(anyone, id);
        Threat memory t = _threat(id);
        uint24 due = registry.duePeriods(id);
        assertEq(t.pendingThrough, due > 128 ? 128 : due);
        beacon.setReady(t.ticket, value);

        vm.recordLogs();
        _settle(anyone, id);
        uint256 settledEvents = _checkDrawLogs(id, value, odds);
        uint24 expectedStop;
        DrawOutcome last = DrawOutcome.Continue;
        for (uint24 p = 1; p <= t.pendingThrough; ++p) {
            last = DrawRule.outcome(value, id, p, odds.pEscalate, odds.pTerminate);
            if (last != DrawOutcome.Continue) {
                expectedStop = p;
                break;
            }
        }
        Status status = _status(id);
        if (expectedStop != 0) {
            assertEq(settledEvents, expectedStop);
            assertEq(_threat(id).settledPeriods, expectedStop);
            assertEq(uint8(status), uint8(last == DrawOutcome.Escalate ? Status.Escalated : Status.Refunded));
        } else {
            assertEq(settledEvents, t.pendingThrough);
            assertEq(_threat(id).settledPeriods, t.pendingThrough);
        }
    }

    /// @dev Checks every recorded DrawSettled against the rule; returns how many there were.
    function _checkDrawLogs(uint256 id, bytes32 value, OddsParams memory odds) internal returns (uint256 count) {
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] != DrawSettled.selector) continue;
            ++count;
            assertEq(uint256(logs[i].topics[2]), count, "periods in order");
            (bytes32 v, DrawOutcome outcome, bool neutralized) = abi.decode(logs[i].data, (bytes32, DrawOutcome, bool));
            assertEq(v, value);
            assertFalse(neutralized);
            assertEq(uint8(outcome), uint8(DrawRule.outcome(value, id, count, odds.pEscalate, odds.pTerminate)));
        }
    }

    /// Resolving a determined draw gives the same result whoever settles and whenever (before a lapse).
    function testFuzz_OutcomeIndependentOfSettlerAndTime(
        uint32 pE,
        uint32 pT,
        bytes32 value,
        uint8 action,
        address callerA,
        address callerB,
        uint256 delayA,
        uint256 delayB
    ) public {
        vm.assume(callerA != provider && callerA != maker && callerB != provider && callerB != maker);
        vm.assume(callerA != address(nash) && callerB != address(nash));
        OddsParams memory odds = _fuzzOdds(pE, pT, PERIOD);
        uint256 id = _createProb(_params(Action(action % 3)), odds);
        vm.warp(START_TIME + 30 days); // all 30 periods requested at once
        _settle(anyone, id);
        beacon.setReady(_threat(id).ticket, value);

        uint256 snapshot = vm.snapshotState();
        vm.warp(block.timestamp + bound(delayA, 0, 365 days));
        _settle(callerA, id);
        Outcome memory a = _outcome(id);
        vm.revertToState(snapshot);
        vm.warp(block.timestamp + bound(delayB, 0, 365 days));
        _settle(callerB, id);
        Outcome memory b = _outcome(id);

        assertEq(uint8(a.status), uint8(b.status));
        assertEq(a.settledPeriods, b.settledPeriods);
        assertEq(a.provider, b.provider);
        assertEq(a.maker, b.maker);
        assertEq(a.nash, b.nash);
        assertTrue(a.status != Status.Live, "all periods drawn after the deadline: resolved");
    }

    function testFuzz_DuePeriods(uint32 period, uint256 elapsed, uint256 duration) public {
        ThreatParams memory params = _params(Action.Refund);
        uint256 window = bound(duration, 1 hours, 2 * 365 days);
        params.deadline = uint40(block.timestamp + window);
        OddsParams memory odds = _odds(1, 0);
        odds.period = uint32(bound(period, 60, window));
        uint256 id = _createProb(params, odds);
        elapsed = bound(elapsed, 0, 3 * 365 days);
        vm.warp(START_TIME + elapsed);
        uint256 capped = elapsed < window ? elapsed : window;
        assertEq(registry.duePeriods(id), capped / odds.period);
    }

    function testFuzz_InvalidOddsRevert(uint32 pE, uint32 pT) public {
        vm.assume(pE == 0 || uint256(pE) + pT > PROB_SCALE);
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(pE, pT);
        vm.expectRevert(abi.encodeWithSelector(InvalidOdds.selector, pE, pT));
        _createProb(params, odds);
    }

    function testFuzz_InvalidPeriodReverts(uint32 period) public {
        vm.assume(period < 60 || period > 30 days);
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(1, 0);
        odds.period = period;
        vm.expectRevert(abi.encodeWithSelector(InvalidPeriod.selector, period, 60, 30 days));
        _createProb(params, odds);
    }

    /// Whatever the number of lapses, a lapse never decides: up to MAX_LAPSES the periods are requested again
    /// and drawn by the eventual value; after that they count neutral (never Escalate, even at 100 %).
    function testFuzz_LapsesNeverDecide(uint8 lapses, bytes32 value, uint32 pE) public {
        uint256 n = bound(lapses, 0, 6);
        pE = uint32(bound(pE, 1, PROB_SCALE));
        uint256 id = _createProbabilistic(pE, 0, Action.Refund);
        vm.warp(START_TIME + 2 * PERIOD);
        _settle(anyone, id);
        for (uint256 i; i < n && i <= core.MAX_LAPSES(); ++i) {
            beacon.setLapsed(_ticketOf(id));
            _settle(anyone, id);
            assertTrue(_status(id) == Status.Live, "a lapse alone never ends the threat");
        }
        if (n > core.MAX_LAPSES()) {
            assertEq(_threat(id).settledPeriods, 2, "neutral after MAX_LAPSES re-requests");
            assertEq(provider.balance, 0);
            assertEq(beacon.requests(), 1 + core.MAX_LAPSES());
            return;
        }
        assertEq(beacon.requests(), 1 + n);
        beacon.setReady(_ticketOf(id), value);
        _settle(anyone, id);
        bool escalates = DrawRule.outcome(value, id, 1, pE, 0) == DrawOutcome.Escalate
            || DrawRule.outcome(value, id, 2, pE, 0) == DrawOutcome.Escalate;
        assertEq(_status(id) == Status.Escalated, escalates, "the value decides, as without lapses");
    }

    /// A beacon that refuses every request never locks the stake: past deadline + BEACON_GRACE a few settles
    /// apply the timeout action; before that the stake waits (and the resolver may still fulfil before the
    /// deadline).
    function testFuzz_FailingBeaconNeverLocksTheStake(uint256 when, uint8 action, uint32 period) public {
        ThreatParams memory params = _params(Action(action % 3));
        OddsParams memory odds = _odds(PROB_SCALE, 0); // any drawn period would escalate
        odds.period = uint32(bound(period, 60, 30 days));
        uint256 id = _createProb(params, odds);
        beacon.setFailRequests(true);
        uint256 grace = uint256(params.deadline) + core.BEACON_GRACE();
        vm.warp(bound(when, START_TIME + odds.period, grace + 30 days));
        for (uint256 i; i < 400 && _status(id) == Status.Live; ++i) {
            _settle(anyone, id);
            if (block.timestamp < grace) break;
        }
        if (block.timestamp < grace) {
            _assertStatus(id, Status.Live);
            assertEq(address(registry).balance, STAKE);
        } else {
            Status expected = params.timeoutAction == Action.Refund
                ? Status.Refunded
                : params.timeoutAction == Action.Escalate ? Status.Escalated : Status.Forfeited;
            _assertStatus(id, expected);
            assertEq(address(registry).balance, 0, "the stake left");
            if (params.timeoutAction != Action.Escalate) assertEq(provider.balance, 0);
        }
    }
}
