// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {DrawOutcome, Action, OddsParams, Status, Threat, ThreatParams} from "../../src/types/DataTypes.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Security review #12(a): a beacon whose `request` reverts (cancelled subscription, removed consumer,
/// migrated coordinator) must never lock a stake. In v1 the revert bubbled up and made every settle revert,
/// forever. Now the failure is recorded (DrawRequestFailed), resolved draws are kept, fulfilment stays possible
/// before the deadline, and after deadline + BEACON_GRACE the undrawn periods count neutral and the timeout
/// action applies. A caller cannot fake the failure by starving the request of gas.
contract BeaconFailureTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    uint32 internal constant P = 50_000_000;

    function test_FailedRequestIsRecordedNotReverted() public {
        uint256 id = _createProbabilistic(P, 0, Action.Escalate);
        beacon.setFailRequests(true);
        vm.warp(START_TIME + 3 * PERIOD);
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, 1, 3);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live), "settle succeeds");
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 0);
        assertEq(t.pendingThrough, 0, "the draws stay due, unrequested");
        assertEq(t.ticket, 0);
        // Every later settle before the grace time just records the failure again.
        vm.warp(START_TIME + 4 * PERIOD);
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, 1, 4);
        _settle(anyone, id);
        assertEq(address(registry).balance, STAKE);
    }

    /// The draws resolved in the same settle are kept even when the next request fails.
    function test_ResolutionSavedWhenNextRequestFails() public {
        uint256 id = _createProbabilistic(P, 0, Action.Escalate);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id);
        bytes32 value = _valueFor(id, 1, P, 0, 0, 0);
        beacon.setReady(1, value);
        beacon.setFailRequests(true);
        vm.warp(START_TIME + 2 * PERIOD);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, value, DrawOutcome.Continue, false);
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, 2, 2);
        _settle(anyone, id);
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 1, "period 1 stays settled");
        assertEq(t.pendingThrough, 1);
    }

    function test_FulfilStillWorksBeforeTheDeadline() public {
        uint256 id = _createProbabilistic(P, 0, Action.Escalate);
        beacon.setFailRequests(true);
        vm.warp(START_TIME + 10 * PERIOD);
        _settle(anyone, id);
        uint256 before = maker.balance;
        _fulfil(id);
        assertEq(maker.balance, before + STAKE);
        _assertStatus(id, Status.Fulfilled);
    }

    /// Past the deadline but within BEACON_GRACE the beacon may still recover; after it, the undrawn periods
    /// count neutral and the timeout action applies.
    function test_AfterGraceUndrawnPeriodsNeutralAndTimeoutApplies() public {
        uint256 id = _createProbabilistic(P, 0, Action.Escalate);
        vm.warp(START_TIME + 2 * PERIOD);
        _settle(anyone, id);
        bytes32 value;
        for (uint256 i;; ++i) {
            value = keccak256(abi.encode("quiet", i));
            if (
                DrawRule.outcome(value, id, 1, P, 0) == DrawOutcome.Continue
                    && DrawRule.outcome(value, id, 2, P, 0) == DrawOutcome.Continue
            ) break;
        }
        beacon.setReady(1, value);
        _settle(anyone, id); // periods 1 and 2 drawn neutral
        beacon.setFailRequests(true);
        uint40 deadline = _threat(id).deadline;
        uint24 settled = _threat(id).settledPeriods;
        assertEq(settled, 2);

        vm.warp(uint256(deadline) + core.BEACON_GRACE() - 1);
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, settled + 1, 30);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live), "within grace: the stake waits");

        vm.warp(uint256(deadline) + core.BEACON_GRACE());
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, settled + 1, 30);
        for (uint24 p = settled + 1; p <= 30; ++p) {
            vm.expectEmit(address(registry));
            emit DrawSettled(id, p, bytes32(0), DrawOutcome.Continue, true);
        }
        vm.expectEmit(address(registry));
        emit Escalated(id, provider, _threat(id).engagementId, STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Escalated), "the timeout action applies");
        assertEq(provider.balance, STAKE);
        assertEq(_threat(id).settledPeriods, 30);
    }

    /// The same with a refund timeout and a backlog longer than one batch: no stake is ever locked.
    function test_AfterGraceLongBacklogIsNeutralizedInBatches() public {
        ThreatParams memory params = _params(Action.Refund);
        params.deadline = uint40(START_TIME + 1 days);
        OddsParams memory odds = _odds(PROB_SCALE, 0); // every drawn period would escalate
        odds.period = 60; // 1,440 periods
        uint256 id = _createProb(params, odds);
        beacon.setFailRequests(true);
        vm.warp(uint256(params.deadline) + core.BEACON_GRACE());
        uint256 batch = core.MAX_DRAWS_PER_REQUEST();
        uint256 rounds;
        uint256 before = maker.balance;
        while (_status(id) == Status.Live) {
            _settle(anyone, id);
            ++rounds;
            assertLe(_threat(id).settledPeriods, rounds * batch);
        }
        assertEq(rounds, 1440 / batch + 1, "one settle per batch of 128");
        _assertStatus(id, Status.Refunded);
        assertEq(maker.balance, before + STAKE);
        assertEq(provider.balance, 0, "no neutralized period escalates");
    }

    function test_BeaconRecovers() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        beacon.setFailRequests(true);
        vm.warp(START_TIME + 2 * PERIOD);
        _settle(anyone, id);
        beacon.setFailRequests(false);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, 2, 1);
        _settle(anyone, id);
        assertEq(_threat(id).pendingThrough, 2);
    }

    /// A ticket that does not fit the registry's 40 bits is a failed request too (never truncated into
    /// another ticket).
    function test_OversizedTicketCountsAsFailure() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        beacon.setOversizedTickets(true);
        vm.warp(START_TIME + PERIOD);
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, 1, 1);
        _settle(anyone, id);
        assertEq(_threat(id).pendingThrough, 0);
    }

    /// A beacon that takes its fee but answers an unusable ticket: the fee was paid by the settle caller's
    /// msg.value, so none of it may be "sent back" out of the stakes (the registry stays solvent).
    function test_FeeKeptForAnUnusableTicketIsNotPaidFromStakes() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        beacon.setFee(0.01 ether);
        beacon.setOversizedTickets(true);
        vm.warp(START_TIME + PERIOD);
        vm.deal(anyone, 1 ether);
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, 1, 1);
        vm.prank(anyone);
        registry.settle{value: 1 ether}(id, "");
        assertEq(address(beacon).balance, 0.01 ether, "the beacon kept its fee");
        assertEq(anyone.balance, 0.99 ether, "the caller paid it");
        assertEq(address(registry).balance, STAKE, "the stake is untouched");
    }

    /// A failed request keeps the caller's ETH: the fee goes back with the change.
    function test_FailedRequestRefundsTheFee() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        beacon.setFee(0.01 ether);
        beacon.setFailRequests(true);
        vm.warp(START_TIME + PERIOD);
        vm.deal(anyone, 0.01 ether);
        vm.prank(anyone);
        registry.settle{value: 0.01 ether}(id, "");
        assertEq(anyone.balance, 0.01 ether);
        assertEq(address(beacon).balance, 0);
    }

    /// A caller who sends too little gas for the request reverts GasTooLowForRequest: it cannot make a working
    /// beacon look failed (which, past the grace time, would neutralize draws).
    function test_RevertWhen_GasTooLowForRequest() public {
        uint256 id = _createProbabilistic(P, 0, Action.Refund);
        beacon.setRequestGasBurn(350_000); // an expensive but working beacon (a VRF request is ~200k)
        vm.warp(uint256(_threat(id).deadline) + core.BEACON_GRACE());
        vm.expectPartialRevert(GasTooLowForRequest.selector);
        vm.prank(anyone);
        registry.settle{gas: 420_000}(id, "");
        Threat memory t = _threat(id);
        assertEq(t.settledPeriods, 0, "nothing neutralized");
        assertEq(t.pendingThrough, 0);

        vm.prank(anyone);
        registry.settle{gas: 1_000_000}(id, "");
        assertEq(_threat(id).pendingThrough, 30, "with enough gas the request goes through");
        assertEq(beacon.requests(), 1);
    }

    /// The exact threshold: REQUEST_GAS + REQUEST_GAS / 63 + 30,000 must be left at the request.
    function test_GasCheckThreshold() public view {
        uint256 needed = core.REQUEST_GAS() + core.REQUEST_GAS() / 63 + 30_000;
        assertEq(needed, 436_349);
    }
}
