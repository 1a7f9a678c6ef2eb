// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {VRFCoordinatorV2_5Mock} from "@chainlink/contracts/src/v0.8/vrf/mocks/VRFCoordinatorV2_5Mock.sol";
import {SubscriptionAPI} from "@chainlink/contracts/src/v0.8/vrf/dev/SubscriptionAPI.sol";
import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {VrfBeacon} from "../../src/beacons/VrfBeacon.sol";
import {Action, DrawOutcome, Engagement, OddsParams, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice The registry with the real VrfBeacon on Chainlink's VRFCoordinatorV2_5Mock (security review #12 b).
/// v1 billed every request to one shared LINK subscription, so a provider could open many tiny 60-second
/// threats, settle them, and drain the subscription until the victim's draw was never answered; its lapse then
/// counted as Escalate, paying that same provider. Now each request pays `requestFee` natively into the
/// subscription (it pays for itself), and a lapse is re-requested up to MAX_LAPSES times and then counts
/// neutral, never Escalate.
contract VrfRegistryTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    VRFCoordinatorV2_5Mock internal coordinator;
    uint256 internal subId;
    uint32 internal constant LAPSE = 100;
    uint256 internal constant FEE = 0.002 ether; // the mock bills ~0.00105 ether per answer
    uint256 internal constant SPAM = 20;

    address internal attacker;
    uint256 internal attackerKey;

    function setUp() public override {
        super.setUp();
        vm.roll(1000);
        (attacker, attackerKey) = makeAddrAndKey("attacking provider");
        coordinator = new VRFCoordinatorV2_5Mock(0.001 ether, 1e9, 4e15);
        subId = coordinator.createSubscription();
        vm.deal(anyone, 100 ether);
        vm.deal(attacker, 100 ether);
    }

    function _vrf(uint256 fee) internal returns (VrfBeacon vrf) {
        vrf = new VrfBeacon(address(coordinator), subId, keccak256("lane"), 100_000, 3, address(registry), LAPSE, fee);
        coordinator.addConsumer(subId, address(vrf));
        vm.prank(feeController);
        registry.setBeaconAllowed(vrf, true);
    }

    function _victim(VrfBeacon vrf, uint32 pEscalate) internal returns (uint256 id) {
        ThreatParams memory params = _params(Action.Refund);
        params.odds = OddsParams(vrf, PERIOD, pEscalate, 0);
        id = _create(params);
    }

    /// @dev The attacking provider opens `SPAM` one-period, 60-second threats with itself as maker (1 wei each).
    function _spam(VrfBeacon vrf) internal returns (uint256[] memory ids) {
        Engagement memory e = _engagementOf(attacker, attacker);
        e.uses = uint32(SPAM);
        bytes memory sig = _signWith(attackerKey, e);
        ThreatParams memory params = _params(Action.Refund);
        params.beneficiary = attacker;
        params.deadline = uint40(block.timestamp + 60);
        params.odds = OddsParams(vrf, 60, 1, 0);
        ids = new uint256[](SPAM);
        for (uint256 i; i < SPAM; ++i) {
            ids[i] = _createAs(attacker, params, e, sig, 1);
        }
    }

    function _settlePaying(address who, uint256 id, uint256 value) internal {
        vm.prank(who);
        registry.settle{value: value}(id, "");
    }

    function _requestIdOf(VrfBeacon vrf, uint256 id) internal view returns (uint256) {
        return vrf.requestIdOf(_ticketOf(id));
    }

    function test_SpamCannotStarveTheVictimsDraw() public {
        VrfBeacon vrf = _vrf(FEE); // the subscription starts empty: requests fund it
        uint256 victim = _victim(vrf, 50_000_000);
        uint256[] memory spam = _spam(vrf);
        vm.warp(block.timestamp + 60);
        for (uint256 i; i < SPAM; ++i) {
            vm.expectRevert(abi.encodeWithSelector(DrawFeeTooLow.selector, spam[i], FEE, 0));
            vm.prank(attacker);
            registry.settle(spam[i], ""); // requests are not free ...
            _settlePaying(attacker, spam[i], FEE); // ... each pays its own way
        }
        vm.warp(START_TIME + PERIOD);
        _settlePaying(anyone, victim, FEE);
        (, uint96 funded,,,) = coordinator.getSubscription(subId);
        assertEq(funded, (SPAM + 1) * FEE, "every request funded the subscription");

        // The node answers the attacker's requests first: they use up only what they paid.
        vm.roll(block.number + 3);
        for (uint256 i; i < SPAM; ++i) {
            coordinator.fulfillRandomWords(_requestIdOf(vrf, spam[i]), address(vrf));
        }
        coordinator.fulfillRandomWords(_requestIdOf(vrf, victim), address(vrf));
        (, uint96 left,,,) = coordinator.getSubscription(subId);
        assertGt(left, 0);
        _settle(anyone, victim);
        assertEq(_threat(victim).settledPeriods, 1, "the victim's draw was answered and settled");
        assertEq(anyone.balance, 100 ether - FEE, "the keeper paid one fee for one request");
    }

    /// For contrast, the v1 setup: one LINK-billed subscription (fee 0). The same spam drains it and the
    /// victim's request is never answered; v2's registry then re-requests, and finally counts it neutral.
    function test_FreeRequestsOnASharedSubscriptionCanBeStarved() public {
        coordinator.fundSubscription(subId, 5 ether); // 5 LINK: ~19 answers at the mock's price
        VrfBeacon vrf = _vrf(0);
        uint256 victim = _victim(vrf, PROB_SCALE); // a drawn period would escalate for sure
        uint256[] memory spam = _spam(vrf);
        vm.warp(block.timestamp + 60);
        for (uint256 i; i < SPAM; ++i) {
            _settle(attacker, spam[i]);
        }
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, victim);
        vm.roll(block.number + 3);
        for (uint256 i; i < SPAM; ++i) {
            uint256 requestId = _requestIdOf(vrf, spam[i]);
            try coordinator.fulfillRandomWords(requestId, address(vrf)) {} catch {}
        }
        uint256 victimRequest = _requestIdOf(vrf, victim);
        vm.expectRevert(SubscriptionAPI.InsufficientBalance.selector);
        coordinator.fulfillRandomWords(victimRequest, address(vrf));

        // Starved: it lapses; re-requested 3 times (all starved too), then neutral. Never an escalation.
        for (uint256 lapse; lapse < 4; ++lapse) {
            vm.roll(block.number + LAPSE + 1);
            _settle(anyone, victim);
        }
        assertEq(_threat(victim).settledPeriods, 1);
        _assertStatus(victim, Status.Live);
        assertEq(provider.balance, 0, "the starved draw paid no provider");
    }

    /// A lapsed VRF draw is re-requested (DrawLapsed rerequested = true) up to MAX_LAPSES times, then counts
    /// neutral; a late answer to a lapsed request is ignored for good.
    function test_LapsedVrfDrawRerequestedThenNeutral() public {
        VrfBeacon vrf = _vrf(FEE);
        uint256 id = _victim(vrf, PROB_SCALE);
        vm.warp(START_TIME + PERIOD);
        _settlePaying(anyone, id, FEE);
        for (uint48 n = 1; n <= 3; ++n) {
            uint256 requestId = _requestIdOf(vrf, id);
            vm.roll(block.number + LAPSE + 1);
            vm.expectEmit(address(registry));
            emit DrawLapsed(id, 1, 1, n | ((n - 1) << 40), true);
            vm.expectEmit(address(registry));
            emit DrawRequested(id, 1, 1, n + 1);
            _settlePaying(anyone, id, FEE);
            coordinator.fulfillRandomWords(requestId, address(vrf)); // too late: ignored
            assertEq(_ticketOf(id), n + 1);
        }
        vm.roll(block.number + LAPSE + 1);
        vm.expectEmit(address(registry));
        emit DrawLapsed(id, 1, 1, 4 | (uint48(3) << 40), false);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, bytes32(0), DrawOutcome.Continue, true);
        _settlePaying(anyone, id, FEE);
        _assertStatus(id, Status.Live);
        assertEq(provider.balance, 0);
        assertEq(vrf.lastTicket(), 4, "one request and three re-requests");
    }

    /// The VRF value is fixed from the block after the request: fulfilment is blocked from then on.
    function test_FulfilBlockedFromTheBlockAfterTheRequest() public {
        VrfBeacon vrf = _vrf(FEE);
        uint256 id = _victim(vrf, 50_000_000);
        vm.warp(START_TIME + PERIOD);
        _settlePaying(anyone, id, FEE);
        uint256 snap = vm.snapshotState();
        _fulfil(id); // same block: the seed is not fixed yet
        _assertStatus(id, Status.Fulfilled);
        vm.revertToState(snap);
        vm.roll(block.number + 1);
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, _threat(id).ticket));
        _fulfil(id);
    }

    /// A removed consumer makes the beacon's request revert: recorded, never locking the stake (see
    /// BeaconFailureTest for the grace rule).
    function test_RemovedConsumerRecordsAFailedRequest() public {
        VrfBeacon vrf = _vrf(FEE);
        uint256 id = _victim(vrf, 50_000_000);
        coordinator.removeConsumer(subId, address(vrf));
        vm.warp(START_TIME + PERIOD);
        vm.expectEmit(address(registry));
        emit DrawRequestFailed(id, 1, 1);
        _settlePaying(anyone, id, FEE);
        assertEq(anyone.balance, 100 ether, "the fee is returned when the request fails");
    }

    function test_Gas_SettleRequestingVrf() public {
        VrfBeacon vrf = _vrf(FEE);
        uint256 id = _victim(vrf, 50_000_000);
        vm.warp(START_TIME + PERIOD);
        _settlePaying(anyone, id, FEE);
        uint256 gasUsed = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("settle requesting one VRF draw (mock coordinator, native fee)", gasUsed);
        assertLt(gasUsed, core.REQUEST_GAS(), "a VRF request fits the registry's request gas");
    }
}
