// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {IRealityResolver} from "../../src/resolvers/interfaces/IRealityResolver.sol";
import {Action, Claim, Engagement, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {MaliciousResolver, ReentrantBeneficiary} from "./MaliciousResolver.sol";
import {ResolverFixture} from "./ResolverFixture.sol";

/// @notice The registry stays safe with a hostile resolver: re-entry from the hook, double fulfilment, holds that
/// are never decided (they expire), hold/release stalling (bounded by MAX_HOLD and the deadline), reverting hooks,
/// a beneficiary that re-enters, and oracles whose callback never comes. Nothing is ever locked.
contract MaliciousResolverTest is ResolverFixture {
    MaliciousResolver internal evil;

    function setUp() public override {
        super.setUp();
        evil = new MaliciousResolver(registry);
        vm.deal(address(evil), 10 ether);
    }

    function _evilParams() internal view returns (ThreatParams memory p) {
        p = _params(Action.Forfeit);
        p.resolver = address(evil);
        p.resolverData = hex"01";
    }

    function test_hookFulfils_stakeBackAtOnce() public {
        evil.setMode(MaliciousResolver.Mode.FulfilInHook);
        uint256 before = maker.balance;
        uint256 id = _create(_evilParams());
        _assertStatus(id, Status.Fulfilled);
        assertEq(maker.balance, before, "the stake went straight back");
        assertEq(address(registry).balance, 0);
    }

    function test_hookFulfilsTwice_secondReverts() public {
        evil.setMode(MaliciousResolver.Mode.FulfilTwiceInHook);
        uint256 id = _create(_evilParams());
        _assertStatus(id, Status.Fulfilled);
        assertTrue(evil.secondFulfilReverted());
        assertEq(address(registry).balance, 0);
    }

    function test_fulfilTwice_reverts() public {
        uint256 id = _create(_evilParams());
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.ThreatNotLive.selector, id, Status.Fulfilled));
        evil.fulfilTwice(id);
        evil.fulfil(id);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.ThreatNotLive.selector, id, Status.Fulfilled));
        evil.fulfil(id);
    }

    function test_hookHoldsWholeBudget_expires_timeoutApplies() public {
        evil.setMode(MaliciousResolver.Mode.HoldMaxInHook);
        ThreatParams memory p = _evilParams();
        uint256 id = _create(p);
        _assertStatus(id, Status.Claimed);
        uint40 until = _claim(id).until;
        assertEq(until, block.timestamp + MAX_HOLD);
        vm.warp(until - 1);
        assertEq(evil.hold(id, 10 days), until, "no hold beyond the budget");
        vm.warp(until);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    function test_hookSettles_refused() public {
        evil.setMode(MaliciousResolver.Mode.SettleInHook);
        uint256 id = _create(_evilParams());
        assertTrue(evil.settleReverted());
        _assertStatus(id, Status.Live);
    }

    function test_hookCreatesAnother_bothLive() public {
        evil.setMode(MaliciousResolver.Mode.CreateInHook);
        uint256 id = _create(_evilParams());
        uint256 nested = evil.nestedId();
        assertEq(nested, id + 1);
        _assertStatus(id, Status.Live);
        _assertStatus(nested, Status.Live);
        assertEq(address(registry).balance, STAKE + 1 ether);
        vm.warp(_threat(id).deadline);
        _settle(anyone, id);
        _settle(anyone, nested);
        assertEq(address(registry).balance, 0);
    }

    function test_hookReverts_createReverts() public {
        evil.setMode(MaliciousResolver.Mode.RevertInHook);
        ThreatParams memory p = _evilParams();
        Engagement memory none;
        uint256 before = maker.balance;
        vm.prank(maker);
        vm.expectRevert("resolver says no");
        registry.create{value: STAKE}(p, none, "");
        assertEq(maker.balance, before);
        assertEq(registry.nextId(), 1);
    }

    function test_hookHugeRevert_createReverts() public {
        evil.setMode(MaliciousResolver.Mode.HugeRevertInHook);
        ThreatParams memory p = _evilParams();
        Engagement memory none;
        vm.prank(maker);
        vm.expectRevert();
        registry.create{value: STAKE}(p, none, "");
        assertEq(address(registry).balance, 0);
    }

    /// @dev Holds and never decides: the hold expires on its own and the timeout applies.
    function test_holdNeverDecided_expires() public {
        ThreatParams memory p = _evilParams();
        uint256 id = _create(p);
        vm.warp(p.deadline - 1);
        uint40 until = evil.hold(id, 7 days);
        vm.warp(until - 1);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.Held.selector, id, until));
        registry.settle(id, "");
        vm.warp(until);
        vm.expectEmit(address(registry));
        emit ILevetrageEvents.ClaimReleased(id, true);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.ThreatNotLive.selector, id, Status.Forfeited));
        evil.fulfil(id);
    }

    /// @dev Hold/release cycles cost the budget each time they hold; past the deadline no new hold can start.
    function test_stall_boundedByBudgetAndDeadline() public {
        ThreatParams memory p = _evilParams();
        uint256 id = _create(p);
        for (uint256 i; i < 10; ++i) {
            vm.warp(block.timestamp + 2 days);
            evil.hold(id, 1 days);
            vm.warp(block.timestamp + 1 days);
            evil.release(id);
        }
        Claim memory c = _claim(id);
        assertEq(c.used, 10 days);
        vm.warp(p.deadline);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.DeadlinePassed.selector, id, p.deadline));
        evil.hold(id, 1 days);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    function test_holdOthersThreat_refused() public {
        uint256 id = _create(_realityParams(TIMEOUT, MIN_BOND));
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.NotResolver.selector, id, address(evil)));
        evil.hold(id, 1 days);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.NotResolver.selector, id, address(evil)));
        evil.fulfil(id);
    }

    /// @dev A beneficiary re-entering on its refund gets it credited instead; it withdraws later.
    function test_reentrantBeneficiary_creditedNotLocked() public {
        ReentrantBeneficiary b = new ReentrantBeneficiary(registry);
        ThreatParams memory p = _evilParams();
        p.beneficiary = address(b);
        uint256 id = _create(p);
        b.setTarget(id);
        evil.fulfil(id);
        _assertStatus(id, Status.Fulfilled);
        assertFalse(b.reentered());
        assertEq(registry.withdrawable(address(b)), STAKE);
        b.withdraw();
        assertEq(address(b).balance, STAKE);
        assertEq(address(registry).balance, 0);
    }

    /// @dev Reality.eth: an arbitrator that never rules. The hold ends with the budget; the late ruling changes
    /// nothing.
    function test_reality_arbitratorNeverRules() public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 hours);
        _answer(answerer, id, true);
        _answer(challenger, id, false);
        _requestArbitration(answerer, id);
        realityResolver.sync(id);
        uint40 until = _claim(id).until;
        vm.warp(until);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        _rule(id, YES, answerer);
        assertEq(uint8(realityResolver.sync(id)), uint8(IRealityResolver.SyncResult.Closed));
        assertEq(address(registry).balance, 0);
    }

    /// @dev UMA: a disputed assertion the DVM never votes on. The hold ends with the budget; the late vote is
    /// stored but cannot reach a decided threat.
    function test_uma_voteNeverComes() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 hours);
        bytes32 a = _assert(asserter, id, p);
        _dispute(disputer, a);
        uint40 until = _claim(id).until;
        vm.warp(until);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        _vote(true);
        oo.settleAssertion(a); // the callback must not revert
        assertEq(umaResolver.describe(id).truthAssertion, a);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.ThreatNotLive.selector, id, Status.Forfeited));
        umaResolver.execute(id);
    }

    /// @dev UMA: an undisputed assertion nobody settles. The hold (liveness + window) expires; nothing locked.
    function test_uma_nobodySettles() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 hours);
        _assert(asserter, id, p);
        vm.warp(block.timestamp + LIVENESS + WINDOW);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }
}
