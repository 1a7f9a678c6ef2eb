// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {
    Action,
    Claim,
    Engagement,
    Funding,
    OddsParams,
    Status,
    ThreatExtra,
    ThreatParams
} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {RevertingReceiver} from "../utils/Receivers.sol";

/// @notice Backers of live threats and pledge pools (issue #15, white paper 10.4, 12.1-12.5): caps, allow-lists,
/// gathering, thresholds, activation, cancellation, and every funder getting exactly its share back (or the
/// whole pot going to the provider or to NASH holders).
contract BackersAndPoolsTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    address internal b1 = makeAddr("backer1");
    address internal b2 = makeAddr("backer2");
    address internal b3 = makeAddr("backer3");

    function _backed(Action action, uint96 cap) internal returns (uint256 id) {
        ThreatParams memory params = _params(action);
        _withBackers(params, cap, bytes32(0));
        id = _create(params);
    }

    function _pool(Action action, uint16 minPledgers, uint96 minTotal) internal returns (uint256 id) {
        ThreatParams memory params = _params(action);
        _asPool(params, 100 ether, uint40(block.timestamp + 7 days), minPledgers, minTotal);
        id = _create(params);
    }

    function _extra(uint256 id) internal view returns (ThreatExtra memory x, Funding memory f) {
        (x, f,,) = registry.getThreatExtra(id);
    }

    /*//////////////////////////////////////////////////////////////
                                BACKERS
    //////////////////////////////////////////////////////////////*/

    function test_FundingSetAtCreate() public {
        ThreatParams memory params = _params(Action.Refund);
        _withBackers(params, 5 ether, keccak256("root"));
        vm.expectEmit(address(registry));
        emit FundingSet(1, 5 ether, keccak256("root"), 0, 0, 0);
        uint256 id = _create(params);
        (ThreatExtra memory x, Funding memory f, bytes32 root,) = registry.getThreatExtra(id);
        assertTrue(x.funded);
        assertEq(f.cap, 5 ether);
        assertEq(root, keccak256("root"));
    }

    function test_JoinWithinCap() public {
        uint256 id = _backed(Action.Refund, 5 ether);
        vm.expectEmit(address(registry));
        emit Joined(id, b1, 2 ether, 3 ether);
        _join(b1, id, 2 ether);
        _join(b1, id, 1 ether);
        _join(b2, id, 1 ether); // exactly the cap
        assertEq(_threat(id).stake, 5 ether);
        assertEq(registry.shareOf(id, b1), 3 ether);
        assertEq(registry.shareOf(id, b2), 1 ether);
        (ThreatExtra memory x,) = _extra(id);
        assertEq(x.backed, 4 ether);
        assertEq(x.funders, 2, "a funder counts once");
        assertEq(address(registry).balance, 5 ether);
    }

    function test_RevertWhen_JoinAboveCap() public {
        uint256 id = _backed(Action.Refund, 5 ether);
        vm.deal(b1, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(FundingCapExceeded.selector, id, 5 ether + 1, uint96(5 ether)));
        vm.prank(b1);
        registry.join{value: 4 ether + 1}(id, new bytes32[](0));
    }

    function test_RevertWhen_JoinClosedOrInvalid() public {
        uint256 solo = _createCommitment(Action.Refund);
        vm.deal(b1, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(FundingClosed.selector, solo));
        vm.prank(b1);
        registry.join{value: 1 ether}(solo, new bytes32[](0));
        uint256 id = _backed(Action.Refund, 5 ether);
        vm.expectRevert(ZeroAmount.selector);
        vm.prank(b1);
        registry.join(id, new bytes32[](0));
        vm.expectRevert(abi.encodeWithSelector(ThreatNotFound.selector, 99));
        vm.prank(b1);
        registry.join{value: 1 ether}(99, new bytes32[](0));
        _fulfil(id);
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Fulfilled));
        vm.prank(b1);
        registry.join{value: 1 ether}(id, new bytes32[](0));
    }

    /// Backers can never push the stake beyond what the provider accepted (the engagement's maxStake).
    function test_CapIsTheEngagementsMaxStake() public {
        ThreatParams memory params = _params(Action.Escalate);
        _withBackers(params, 10 ether, bytes32(0));
        Engagement memory e = _engagement();
        e.maxStake = 3 ether;
        uint256 id = _createAs(maker, params, e, _sign(e), STAKE);
        (, Funding memory f) = _extra(id);
        assertEq(f.cap, 3 ether);
        _join(b1, id, 2 ether);
        vm.deal(b2, 1);
        vm.expectRevert(abi.encodeWithSelector(FundingCapExceeded.selector, id, 3 ether + 1, uint96(3 ether)));
        vm.prank(b2);
        registry.join{value: 1}(id, new bytes32[](0));
    }

    function test_RevertWhen_CapBelowStake() public {
        ThreatParams memory params = _params(Action.Refund);
        _withBackers(params, uint96(STAKE - 1), bytes32(0));
        vm.expectRevert(InvalidFunding.selector);
        _create(params);
    }

    /// @dev A funding policy with an allow-list but no cap used to take the engagement's maxStake as its cap,
    /// opening the threat to backers although a cap of 0 means nobody else may add stake.
    function test_RevertWhen_FundingWithoutACap() public {
        ThreatParams memory params = _params(Action.Escalate);
        _withBackers(params, 0, bytes32(uint256(1)));
        Engagement memory e = _engagement();
        e.maxStake = 10 ether;
        bytes memory sig = _sign(e);
        vm.expectRevert(InvalidFunding.selector);
        vm.prank(maker);
        registry.create{value: STAKE}(params, e, sig);
    }

    function test_JoinAllowListWithMerkleProof() public {
        address[] memory allowed = new address[](3);
        allowed[0] = b1;
        allowed[1] = b2;
        allowed[2] = b3;
        ThreatParams memory params = _params(Action.Refund);
        _withBackers(params, 10 ether, _merkleRoot(allowed));
        uint256 id = _create(params);
        for (uint256 i; i < 3; ++i) {
            _joinWithProof(allowed[i], id, 1 ether, _merkleProof(allowed, i));
        }
        assertEq(_threat(id).stake, 4 ether);
        // Someone else with a valid proof of another account, or without a proof, is refused.
        bytes32[] memory stolen = _merkleProof(allowed, 1);
        vm.deal(anyone, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(NotAllowedBacker.selector, id, anyone));
        vm.prank(anyone);
        registry.join{value: 1 ether}(id, stolen);
        vm.expectRevert(abi.encodeWithSelector(NotAllowedBacker.selector, id, anyone));
        vm.prank(anyone);
        registry.join{value: 1 ether}(id, new bytes32[](0));
        vm.deal(b1, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(NotAllowedBacker.selector, id, b1));
        vm.prank(b1);
        registry.join{value: 1 ether}(id, _merkleProof(allowed, 2)); // b3's path for b1
    }

    function test_JoinWhileClaimed() public {
        uint256 id = _backed(Action.Refund, 5 ether);
        vm.prank(oracle);
        registry.hold(id, 1 days);
        _join(b1, id, 1 ether);
        assertEq(_threat(id).stake, 2 ether);
    }

    /// Fulfilment refunds every funder exactly: the beneficiary its own share at once, each backer its share
    /// by reclaim.
    function test_FulfilReturnsEveryShare() public {
        address client = makeAddr("client");
        ThreatParams memory params = _params(Action.Escalate);
        params.beneficiary = client;
        _withBackers(params, 10 ether, bytes32(0));
        uint256 id = _create(params);
        _join(b1, id, 2 ether);
        _join(b2, id, 3 ether);
        vm.expectEmit(address(registry));
        emit Refunded(id, client, STAKE, true);
        _fulfil(id);
        assertEq(client.balance, STAKE, "the beneficiary receives the maker's own share");
        vm.expectEmit(address(registry));
        emit Reclaimed(id, b1, 2 ether, true);
        vm.prank(b1);
        assertEq(registry.reclaim(id), 2 ether);
        vm.prank(b2);
        registry.reclaim(id);
        assertEq(b1.balance, 2 ether);
        assertEq(b2.balance, 3 ether);
        assertEq(address(registry).balance, 0);
        vm.expectRevert(abi.encodeWithSelector(NoShare.selector, id, b1));
        vm.prank(b1);
        registry.reclaim(id);
        vm.expectRevert(abi.encodeWithSelector(NoShare.selector, id, maker));
        vm.prank(maker);
        registry.reclaim(id);
    }

    function test_RefundTimeoutReturnsEveryShare() public {
        uint256 id = _backed(Action.Refund, 10 ether);
        _join(b1, id, 2 ether);
        vm.warp(_threat(id).deadline);
        uint256 before = maker.balance;
        _settle(anyone, id);
        assertEq(maker.balance, before + STAKE);
        vm.prank(b1);
        registry.reclaim(id);
        assertEq(b1.balance, 2 ether);
    }

    function test_EscalationPaysTheWholePot() public {
        uint256 id = _backed(Action.Escalate, 10 ether);
        _join(b1, id, 2 ether);
        _join(b2, id, 3 ether);
        vm.warp(_threat(id).deadline);
        vm.expectEmit(address(registry));
        emit Escalated(id, provider, _threat(id).engagementId, 6 ether, true);
        _settle(anyone, id);
        assertEq(provider.balance, 6 ether);
        vm.expectRevert(abi.encodeWithSelector(NotRefundable.selector, id, Status.Escalated));
        vm.prank(b1);
        registry.reclaim(id);
    }

    function test_ForfeitDistributesTheWholePot() public {
        uint256 id = _backed(Action.Forfeit, 10 ether);
        _join(b1, id, 2 ether);
        vm.warp(_threat(id).deadline);
        vm.expectEmit(address(registry));
        emit Forfeited(id, 3 ether);
        _settle(anyone, id);
        assertEq(address(nash).balance, 3 ether);
        vm.expectRevert(abi.encodeWithSelector(NotRefundable.selector, id, Status.Forfeited));
        vm.prank(b1);
        registry.reclaim(id);
    }

    function test_RevertWhen_ReclaimWhileLive() public {
        uint256 id = _backed(Action.Refund, 10 ether);
        _join(b1, id, 2 ether);
        vm.expectRevert(abi.encodeWithSelector(NotRefundable.selector, id, Status.Live));
        vm.prank(b1);
        registry.reclaim(id);
    }

    function test_ReclaimToRejectingBackerIsCredited() public {
        uint256 id = _backed(Action.Refund, 10 ether);
        RevertingReceiver backer = new RevertingReceiver();
        vm.deal(address(this), 2 ether);
        backer.join{value: 2 ether}(registry, id);
        _fulfil(id);
        vm.expectEmit(address(registry));
        emit Reclaimed(id, address(backer), 2 ether, false);
        backer.reclaim(registry, id);
        assertEq(registry.withdrawable(address(backer)), 2 ether);
        backer.setAccepting(true);
        backer.withdrawFrom(registry);
        assertEq(address(backer).balance, 2 ether);
    }

    /*//////////////////////////////////////////////////////////////
                                 POOLS
    //////////////////////////////////////////////////////////////*/

    function test_PoolGathers() public {
        uint256 id = _pool(Action.Refund, 3, 0);
        _assertStatus(id, Status.Gathering);
        _join(b1, id, 1 ether);
        assertEq(_threat(id).stake, STAKE + 1 ether);
        assertEq(registry.duePeriods(id), 0);
    }

    function test_RevertWhen_JoinAfterGatherUntil() public {
        uint256 id = _pool(Action.Refund, 3, 0);
        (, Funding memory f) = _extra(id);
        vm.warp(f.gatherUntil); // the last second still counts
        _join(b1, id, 1 ether);
        vm.warp(uint256(f.gatherUntil) + 1);
        vm.deal(b2, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(GatheringOver.selector, id, f.gatherUntil));
        vm.prank(b2);
        registry.join{value: 1 ether}(id, new bytes32[](0));
    }

    function test_LeaveWhileGathering() public {
        uint256 id = _pool(Action.Refund, 3, 0);
        _join(b1, id, 2 ether);
        _join(b2, id, 1 ether);
        vm.expectEmit(address(registry));
        emit Left(id, b1, 2 ether, STAKE + 1 ether);
        vm.prank(b1);
        registry.leave(id);
        assertEq(b1.balance, 2 ether);
        assertEq(registry.shareOf(id, b1), 0);
        (ThreatExtra memory x,) = _extra(id);
        assertEq(x.funders, 1);
        assertEq(x.backed, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(NoShare.selector, id, b1));
        vm.prank(b1);
        registry.leave(id);
    }

    function test_RevertWhen_LeaveAfterActivation() public {
        uint256 id = _pool(Action.Refund, 2, 0);
        _join(b1, id, 1 ether);
        registry.activate(id);
        vm.expectRevert(abi.encodeWithSelector(NotGathering.selector, id, Status.Live));
        vm.prank(b1);
        registry.leave(id);
    }

    function test_RevertWhen_ActivateBelowThreshold() public {
        uint256 id = _pool(Action.Refund, 3, 0);
        _join(b1, id, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(ThresholdNotMet.selector, id, uint32(2), STAKE + 1 ether));
        registry.activate(id);
        uint256 byTotal = _pool(Action.Refund, 0, 5 ether);
        _join(b1, byTotal, 3 ether);
        vm.expectRevert(abi.encodeWithSelector(ThresholdNotMet.selector, byTotal, uint32(2), 4 ether));
        registry.activate(byTotal);
        _join(b2, byTotal, 1 ether);
        registry.activate(byTotal);
        _assertStatus(byTotal, Status.Live);
    }

    /// Both thresholds must be met when both are set; the maker counts as a pledger.
    function test_ActivateNeedsEveryThreshold() public {
        uint256 id = _pool(Action.Refund, 2, 3 ether);
        _join(b1, id, 1 ether); // 2 pledgers, 2 ether
        vm.expectRevert(abi.encodeWithSelector(ThresholdNotMet.selector, id, uint32(2), 2 ether));
        registry.activate(id);
        _join(b1, id, 1 ether);
        vm.warp(block.timestamp + 3 days);
        vm.expectEmit(address(registry));
        emit Activated(id, uint40(block.timestamp), 3 ether, 2);
        vm.prank(anyone);
        registry.activate(id);
        _assertStatus(id, Status.Live);
        assertEq(_threat(id).start, block.timestamp, "it counts from activation");
    }

    function test_RevertWhen_ActivateAfterGatherUntilOrTwice() public {
        uint256 id = _pool(Action.Refund, 2, 0);
        _join(b1, id, 1 ether);
        (, Funding memory f) = _extra(id);
        vm.warp(uint256(f.gatherUntil) + 1);
        vm.expectRevert(abi.encodeWithSelector(GatheringOver.selector, id, f.gatherUntil));
        registry.activate(id);
        uint256 other = _pool(Action.Refund, 2, 0);
        _join(b1, other, 1 ether);
        registry.activate(other);
        vm.expectRevert(abi.encodeWithSelector(NotGathering.selector, other, Status.Live));
        registry.activate(other);
    }

    /// A probabilistic pool draws from its activation, not from its creation.
    function test_ProbabilisticPoolDrawsFromActivation() public {
        ThreatParams memory params = _params(Action.Refund);
        params.odds = _odds(50_000_000, 0);
        _asPool(params, 100 ether, uint40(block.timestamp + 7 days), 2, 0);
        uint256 id = _create(params);
        vm.warp(block.timestamp + 5 days);
        assertEq(registry.duePeriods(id), 0, "no draws while gathering");
        vm.expectRevert(abi.encodeWithSelector(NothingToSettle.selector, id));
        _settle(anyone, id);
        _join(b1, id, 1 ether);
        registry.activate(id);
        assertEq(registry.duePeriods(id), 0);
        vm.warp(block.timestamp + PERIOD);
        assertEq(registry.duePeriods(id), 1);
        vm.warp(START_TIME + 30 days);
        assertEq(registry.duePeriods(id), 25, "30 days - 5 days of gathering");
    }

    /// Missing the threshold by the gathering date: settle cancels it and every pledger reclaims exactly its
    /// pledge (the maker's own share is refunded at once).
    function test_CancellationReturnsEveryPledge() public {
        uint256 id = _pool(Action.Escalate, 5, 0);
        _join(b1, id, 1 ether);
        _join(b2, id, 2 ether);
        _join(b3, id, 3 ether);
        (, Funding memory f) = _extra(id);
        vm.expectRevert(abi.encodeWithSelector(NothingToSettle.selector, id));
        _settle(anyone, id);
        vm.warp(uint256(f.gatherUntil) + 1);
        uint256 before = maker.balance;
        vm.expectEmit(address(registry));
        emit Cancelled(id);
        vm.expectEmit(address(registry));
        emit Refunded(id, maker, STAKE, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Cancelled));
        assertEq(maker.balance, before + STAKE);
        address[3] memory pledgers = [b1, b2, b3];
        for (uint256 i; i < 3; ++i) {
            vm.prank(pledgers[i]);
            assertEq(registry.reclaim(id), (i + 1) * 1 ether);
            assertEq(pledgers[i].balance, (i + 1) * 1 ether);
        }
        assertEq(address(registry).balance, 0);
        assertEq(provider.balance, 0, "a cancelled pool never escalates");
        vm.expectRevert(abi.encodeWithSelector(ThreatNotLive.selector, id, Status.Cancelled));
        _settle(anyone, id);
    }

    function test_FulfilWhileGatheringRefundsEveryone() public {
        uint256 id = _pool(Action.Escalate, 5, 0);
        _join(b1, id, 1 ether);
        _fulfil(id);
        _assertStatus(id, Status.Fulfilled);
        vm.prank(b1);
        registry.reclaim(id);
        assertEq(b1.balance, 1 ether);
    }

    /// A pool's maker stake may be below the engagement's minStake (the pool's minTotal must reach it).
    function test_PoolEngagementMinStake() public {
        ThreatParams memory params = _params(Action.Escalate);
        _asPool(params, 100 ether, uint40(block.timestamp + 7 days), 0, 5 ether);
        Engagement memory e = _engagement();
        e.minStake = 5 ether;
        uint256 id = _createAs(maker, params, e, _sign(e), STAKE);
        _join(b1, id, 4 ether);
        registry.activate(id);
        _assertStatus(id, Status.Live);

        params.funding.minTotal = 4 ether; // could go live below the provider's minimum
        e = _engagement();
        e.minStake = 5 ether;
        bytes memory sig = _sign(e);
        vm.expectRevert(abi.encodeWithSelector(StakeBelowEngagement.selector, 4 ether, e.minStake));
        _createAs(maker, params, e, sig, STAKE);
    }

    function test_RevertWhen_InvalidPoolParams() public {
        uint40 gather = uint40(block.timestamp + 7 days);
        ThreatParams memory params = _params(Action.Refund);
        _asPool(params, 100 ether, uint40(block.timestamp), 2, 0); // gathering date not in the future
        vm.expectRevert(InvalidFunding.selector);
        _create(params);
        _asPool(params, 100 ether, params.deadline, 2, 0); // not before the deadline
        vm.expectRevert(InvalidFunding.selector);
        _create(params);
        _asPool(params, 100 ether, gather, 0, 0); // no threshold
        vm.expectRevert(InvalidFunding.selector);
        _create(params);
        _asPool(params, 4 ether, gather, 0, 5 ether); // threshold above the cap
        vm.expectRevert(InvalidFunding.selector);
        _create(params);
        params = _params(Action.Refund);
        params.funding.cap = 10 ether;
        params.funding.minPledgers = 2; // thresholds without a pool
        vm.expectRevert(InvalidFunding.selector);
        _create(params);
    }

    /// A probabilistic pool needs at least one period between its gathering date and its deadline.
    function test_RevertWhen_PoolLeavesNoPeriod() public {
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(50_000_000, 0);
        odds.period = 10 days;
        params.odds = odds;
        _asPool(params, 100 ether, uint40(params.deadline - 9 days), 2, 0);
        vm.expectRevert(abi.encodeWithSelector(InvalidPeriod.selector, 10 days, 60, 9 days));
        _create(params);
    }

    function test_PoolViews() public {
        uint256 id = _pool(Action.Refund, 3, 2 ether);
        (ThreatExtra memory x, Funding memory f, bytes32 root, Claim memory c) = registry.getThreatExtra(id);
        assertTrue(x.funded);
        assertEq(f.cap, 100 ether);
        assertEq(f.gatherUntil, block.timestamp + 7 days);
        assertEq(f.minPledgers, 3);
        assertEq(f.minTotal, 2 ether);
        assertEq(root, bytes32(0));
        assertEq(c.until, 0);
    }
}
