// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {IResolverCommon} from "../../src/resolvers/interfaces/IResolverCommon.sol";
import {IUmaResolver} from "../../src/resolvers/interfaces/IUmaResolver.sol";
import {Action, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {IOptimisticOracleV3More, IUmaStore} from "./PeerInterfaces.sol";
import {ResolverFixture} from "./ResolverFixture.sol";

/// @notice UmaResolver on UMA's real Optimistic Oracle V3 (MockOracleAncillary as the DVM).
contract UmaResolverTest is ResolverFixture {
    uint256 internal constant MIN_UMA_BOND = 0.01 ether; // 2 x the local final fee

    function _create() internal returns (uint256 id, ThreatParams memory p) {
        p = _umaParams(UMA_BOND, LIVENESS);
        id = _create(p);
    }

    function _wethOf(address who) internal view returns (uint256) {
        return IERC20(address(weth)).balanceOf(who);
    }

    function _state(bytes32 assertionId) internal view returns (IUmaResolver.AssertionState state) {
        (, state) = umaResolver.assertionOf(assertionId);
    }

    /*//////////////////////////////////////////////////////////////
                                CREATION
    //////////////////////////////////////////////////////////////*/

    function test_create_configures() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        string memory claim = string.concat(
            "The demand of Levetrage threat 31337/",
            vm.toString(address(registry)),
            "/1 was met before 2025-07-15T15:06:40Z: ",
            vm.toString(adversary),
            " did \"",
            TERMS,
            "\"."
        );
        vm.expectEmit(address(umaResolver));
        emit IUmaResolver.UmaConfigured(1, UMA_BOND, LIVENESS, keccak256(bytes(claim)), claim);
        uint256 id = _create(p);
        emit log_named_string("claim", claim);
        assertEq(string(_umaClaim(id, p)), claim);
        IUmaResolver.UmaView memory v = umaResolver.describe(id);
        assertEq(v.bond, UMA_BOND);
        assertEq(v.liveness, LIVENESS);
        assertEq(v.claimHash, keccak256(bytes(claim)));
        assertEq(v.currentBond, UMA_BOND);
        assertEq(umaResolver.kind(), "uma");
        assertEq(oo.getMinimumBond(address(weth)), MIN_UMA_BOND);
    }

    function test_create_noAdversary() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        p.adversary = address(0);
        uint256 id = _create(p);
        assertEq(
            string(_umaClaim(id, p)),
            string.concat(
                "The demand of Levetrage threat 31337/",
                vm.toString(address(registry)),
                "/1 was met before 2025-07-15T15:06:40Z: \"",
                TERMS,
                "\" was done."
            )
        );
    }

    function test_create_revert_bondBelowMinimum() public {
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.BondBelowMinimum.selector, MIN_UMA_BOND - 1, MIN_UMA_BOND));
        _create(_umaParams(MIN_UMA_BOND - 1, LIVENESS));
    }

    function test_create_minimumBond() public {
        uint256 id = _create(_umaParams(MIN_UMA_BOND, LIVENESS));
        assertEq(umaResolver.bondOf(id), MIN_UMA_BOND);
    }

    function test_create_revert_bondTooLarge() public {
        uint256 bond = uint256(type(uint96).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.BondTooLarge.selector, bond));
        _create(_umaParams(bond, LIVENESS));
    }

    function test_create_revert_liveness() public {
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.InvalidLiveness.selector, 0, 7 days));
        _create(_umaParams(UMA_BOND, 0));
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.InvalidLiveness.selector, 7 days + 1, 7 days));
        _create(_umaParams(UMA_BOND, 7 days + 1));
    }

    function test_create_revert_badData() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        p.resolverData = abi.encode(UMA_BOND, LIVENESS, uint256(1));
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.InvalidResolverData.selector, 96));
        _create(p);
    }

    function test_onThreatCreated_revert_notRegistry() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.NotRegistry.selector, address(this)));
        umaResolver.onThreatCreated(1, maker, p);
    }

    /*//////////////////////////////////////////////////////////////
                               ASSERTIONS
    //////////////////////////////////////////////////////////////*/

    function test_undisputed_fulfilsAfterLiveness() public {
        (uint256 id, ThreatParams memory p) = _create();
        uint256 before = _wethOf(asserter);
        bytes32 a = _assert(asserter, id, p);
        assertEq(_wethOf(asserter), before - UMA_BOND);
        assertEq(uint8(_state(a)), uint8(IUmaResolver.AssertionState.Pending));
        _assertStatus(id, Status.Live); // far from the deadline: no hold needed
        assertEq(_claim(id).used, 0);
        vm.warp(block.timestamp + LIVENESS);
        uint256 makerBefore = maker.balance;
        vm.expectEmit(address(registry));
        emit ILevetrageEvents.Fulfilled(id, address(umaResolver), a);
        vm.expectEmit(address(umaResolver));
        emit IUmaResolver.OutcomeApplied(id, a, true);
        vm.prank(anyone);
        oo.settleAssertion(a);
        _assertStatus(id, Status.Fulfilled);
        assertEq(maker.balance, makerBefore + STAKE);
        assertEq(_wethOf(asserter), before, "bond back");
        assertEq(uint8(_state(a)), uint8(IUmaResolver.AssertionState.True));
        IUmaResolver.UmaView memory v = umaResolver.describe(id);
        assertTrue(v.fulfilled);
        assertEq(v.truthAssertion, a);
        assertEq(v.pending, 0);
        assertEq(_wethOf(address(umaResolver)), 0);
    }

    function test_assertWithEth() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes memory claim = _umaClaim(id, p);
        vm.deal(anyone, 1 ether);
        vm.prank(anyone);
        bytes32 a = umaResolver.assertFulfilmentWithEth{value: UMA_BOND}(id, claim);
        vm.warp(block.timestamp + LIVENESS);
        oo.settleAssertion(a);
        _assertStatus(id, Status.Fulfilled);
        assertEq(_wethOf(anyone), UMA_BOND, "the bond comes back as WETH");
    }

    function test_assertWithEth_revert_wrongBond() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes memory claim = _umaClaim(id, p);
        vm.deal(anyone, 1 ether);
        vm.prank(anyone);
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.WrongBond.selector, UMA_BOND - 1, UMA_BOND));
        umaResolver.assertFulfilmentWithEth{value: UMA_BOND - 1}(id, claim);
    }

    function test_assert_revert_claimMismatch() public {
        (uint256 id,) = _create();
        vm.prank(asserter);
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.ClaimMismatch.selector, id));
        umaResolver.assertFulfilment(id, "The moon is made of cheese.");
    }

    function test_assert_revert_atDeadline() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes memory claim = _umaClaim(id, p);
        vm.warp(p.deadline);
        vm.prank(asserter);
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.AssertionAfterDeadline.selector, id, p.deadline));
        umaResolver.assertFulfilment(id, claim);
    }

    function test_assert_revert_afterFulfilled() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes32 a = _assert(asserter, id, p);
        vm.warp(block.timestamp + LIVENESS);
        oo.settleAssertion(a);
        bytes memory claim = _umaClaim(id, p);
        vm.prank(asserter);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.ThreatClosed.selector, id, Status.Fulfilled));
        umaResolver.assertFulfilment(id, claim);
    }

    function test_assert_revert_unknownThreat() public {
        vm.prank(asserter);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.UnknownThreat.selector, 5));
        umaResolver.assertFulfilment(5, "x");
    }

    function test_assert_revert_noWethAllowance() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes memory claim = _umaClaim(id, p);
        vm.prank(maker); // holds no WETH
        vm.expectRevert();
        umaResolver.assertFulfilment(id, claim);
    }

    /*//////////////////////////////////////////////////////////////
                                DISPUTES
    //////////////////////////////////////////////////////////////*/

    function test_dispute_resolvedTrue_fulfils() public {
        (uint256 id, ThreatParams memory p) = _create();
        uint256 before = _wethOf(asserter);
        bytes32 a = _assert(asserter, id, p);
        vm.warp(block.timestamp + 1 hours);
        uint256 since = block.timestamp;
        vm.expectEmit(address(umaResolver));
        emit IUmaResolver.AssertionDisputed(id, a);
        _dispute(disputer, a);
        _assertStatus(id, Status.Claimed);
        assertEq(_claim(id).until, since + MAX_HOLD, "the DVM gets the rest of the budget");
        vm.warp(block.timestamp + 3 days);
        _vote(true);
        oo.settleAssertion(a);
        _assertStatus(id, Status.Fulfilled);
        assertEq(_wethOf(asserter), before + UMA_BOND / 2, "asserter wins the disputer's bond less the burn");
    }

    function test_dispute_resolvedFalse_releases_timeoutApplies() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        bytes32 a = _assert(asserter, id, p);
        _assertStatus(id, Status.Claimed);
        assertEq(_claim(id).until, block.timestamp + LIVENESS + WINDOW);
        _dispute(disputer, a);
        vm.warp(p.deadline + 4 days);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.Held.selector, id, _claim(id).until));
        registry.settle(id, "");
        _vote(false);
        vm.expectEmit(address(umaResolver));
        emit IUmaResolver.AssertionResolved(id, a, false);
        vm.expectEmit(address(registry));
        emit ILevetrageEvents.ClaimReleased(id, false);
        oo.settleAssertion(a);
        _assertStatus(id, Status.Live);
        assertEq(uint8(_state(a)), uint8(IUmaResolver.AssertionState.False));
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    function test_disputeAfterDeadline_extendsHold() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        bytes32 a = _assert(asserter, id, p);
        uint256 since = block.timestamp;
        vm.warp(p.deadline + 1 days);
        _dispute(disputer, a);
        assertEq(_claim(id).until, since + MAX_HOLD);
        vm.warp(p.deadline + 10 days);
        _vote(true);
        oo.settleAssertion(a);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_nearDeadline_holdCoversLiveness() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1);
        bytes32 a = _assert(asserter, id, p);
        vm.warp(p.deadline + LIVENESS);
        oo.settleAssertion(a);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_callbacks_revert_notOracle() public {
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.NotOracle.selector, address(this)));
        umaResolver.assertionResolvedCallback(bytes32(uint256(1)), true);
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.NotOracle.selector, address(this)));
        umaResolver.assertionDisputedCallback(bytes32(uint256(1)));
    }

    /// @dev Someone else's assertion naming this resolver as callback recipient: the oracle's callbacks for it
    /// are ignored (no revert blocks its settlement) and change nothing here.
    function test_foreignAssertion_ignored() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes memory claim = _umaClaim(id, p);
        vm.prank(asserter);
        bytes32 foreign = IOptimisticOracleV3More(address(oo))
            .assertTruth(
                claim,
                asserter,
                address(umaResolver),
                address(0),
                LIVENESS,
                address(weth),
                MIN_UMA_BOND,
                "ASSERT_TRUTH",
                0
            );
        _dispute(disputer, foreign);
        _vote(true);
        oo.settleAssertion(foreign);
        _assertStatus(id, Status.Live);
        (uint256 threatId,) = umaResolver.assertionOf(foreign);
        assertEq(threatId, 0);
    }

    /// @dev A false assertion cannot block a true one: both run; the hold stays while either is pending.
    function test_concurrentAssertions_falseThenTrue() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        bytes32 griefer = _assert(challenger, id, p);
        vm.warp(block.timestamp + 1);
        bytes32 honest = _assert(asserter, id, p);
        assertEq(umaResolver.describe(id).pending, 2);
        _dispute(disputer, griefer);
        _vote(false);
        oo.settleAssertion(griefer);
        _assertStatus(id, Status.Claimed); // the honest assertion is still pending
        vm.warp(p.deadline - 1 hours + 1 + LIVENESS);
        oo.settleAssertion(honest);
        _assertStatus(id, Status.Fulfilled);
        assertEq(umaResolver.describe(id).truthAssertion, honest);
    }

    function test_twoFalseAssertions_releaseAfterTheLast() public {
        (uint256 id, ThreatParams memory p) = _create();
        vm.warp(p.deadline - 1 hours);
        bytes32 a1 = _assert(challenger, id, p);
        vm.warp(block.timestamp + 1);
        bytes32 a2 = _assert(challenger, id, p);
        _dispute(disputer, a1);
        _vote(false);
        _dispute(disputer, a2);
        _vote(false);
        oo.settleAssertion(a1);
        _assertStatus(id, Status.Claimed);
        oo.settleAssertion(a2);
        _assertStatus(id, Status.Live);
        vm.warp(p.deadline);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    /*//////////////////////////////////////////////////////////////
                        EXECUTE AND FAILURE PATHS
    //////////////////////////////////////////////////////////////*/

    function test_execute_afterDeterminedDraw() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1e8, 0));
        vm.warp(block.timestamp + PERIOD);
        _settle(anyone, id);
        uint48 ticket = _ticketOf(id);
        bytes32 a = _assert(asserter, id, p);
        _assertStatus(id, Status.Claimed); // a threat with draws is held at once
        beacon.setReady(ticket, _valueFor(id, 1, 1e8, 0, 0, 0));
        vm.warp(block.timestamp + LIVENESS);
        vm.expectEmit(address(umaResolver));
        emit IResolverCommon.RegistryCallFailed(
            id,
            registry.fulfil.selector,
            abi.encodeWithSelector(ILevetrageErrors.DrawDetermined.selector, id, 1, ticket)
        );
        oo.settleAssertion(a); // the callback stores the outcome and does not revert
        _assertStatus(id, Status.Claimed);
        assertEq(umaResolver.describe(id).truthAssertion, a);
        assertFalse(umaResolver.describe(id).fulfilled);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.DrawDetermined.selector, id, 1, ticket));
        umaResolver.execute(id);
        _settle(anyone, id); // neutral draw
        vm.prank(anyone);
        umaResolver.execute(id);
        _assertStatus(id, Status.Fulfilled);
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.NothingToExecute.selector, id));
        umaResolver.execute(id);
    }

    function test_execute_revert_nothing() public {
        (uint256 id,) = _create();
        vm.expectRevert(abi.encodeWithSelector(IUmaResolver.NothingToExecute.selector, id));
        umaResolver.execute(id);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.UnknownThreat.selector, 99));
        umaResolver.execute(99);
    }

    /// @dev Whatever gas the settler gives, a settled true assertion is never lost: either the threat is
    /// fulfilled at once, or the outcome is stored and `execute` fulfils it.
    function test_settleWithTooLittleGas_outcomeKept() public {
        (uint256 id, ThreatParams memory p) = _create();
        bytes32 a = _assert(asserter, id, p);
        vm.warp(block.timestamp + LIVENESS);
        bool sawStored;
        for (uint256 g = 60_000; g <= 400_000; g += 4_000) {
            uint256 snap = vm.snapshotState();
            (bool ok,) = address(oo).call{gas: g}(abi.encodeCall(oo.settleAssertion, (a)));
            if (ok && _status(id) != Status.Fulfilled) {
                sawStored = true;
                assertEq(umaResolver.describe(id).truthAssertion, a);
                umaResolver.execute(id);
                _assertStatus(id, Status.Fulfilled);
            }
            vm.revertToState(snap);
        }
        emit log_named_string("a starved callback stored the outcome", sawStored ? "yes" : "no");
    }

    function test_bondOf_followsOracleMinimum() public {
        (uint256 id, ThreatParams memory p) = _create();
        IUmaStore(peers.uma.store).setFinalFee(address(weth), IUmaStore.Unsigned(1 ether));
        IOptimisticOracleV3More(address(oo)).syncUmaParams("ASSERT_TRUTH", address(weth));
        assertEq(umaResolver.bondOf(id), 2 ether);
        uint256 before = _wethOf(asserter);
        _assert(asserter, id, p);
        assertEq(_wethOf(asserter), before - 2 ether);
    }

    /// @dev Once the hold budget is spent, an assertion is still made (and counts if it resolves in time).
    function test_holdBudgetSpent_assertionStillCounts() public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        p.deadline = uint40(block.timestamp + 90 days);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1e6, 0));
        bytes32 a1 = _assert(challenger, id, p);
        _dispute(disputer, a1);
        vm.warp(block.timestamp + MAX_HOLD);
        _vote(false);
        oo.settleAssertion(a1);
        _assertStatus(id, Status.Live);
        assertEq(_claim(id).used, MAX_HOLD);
        vm.expectEmit(true, true, false, false, address(umaResolver));
        emit IResolverCommon.RegistryCallFailed(id, registry.hold.selector, "");
        bytes32 a2 = _assert(asserter, id, p);
        _assertStatus(id, Status.Live);
        vm.warp(block.timestamp + LIVENESS);
        // Draws came due meanwhile; settle requests them (the assertion does not stop them now).
        _settle(anyone, id);
        oo.settleAssertion(a2);
        _assertStatus(id, Status.Fulfilled);
    }
}
