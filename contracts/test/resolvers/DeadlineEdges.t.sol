// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IUmaResolver} from "../../src/resolvers/interfaces/IUmaResolver.sol";
import {IRealityResolver} from "../../src/resolvers/interfaces/IRealityResolver.sol";
import {Action, Claim, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {ResolverFixture} from "./ResolverFixture.sol";

/// @notice Fuzzed claims at the deadline's edges, for every kind: a claim strictly before the deadline that is
/// confirmed within its hold fulfils, even when it finalizes after the deadline; a claim at or after the
/// deadline never counts; a failed claim lets the timeout apply; holds stay within deadline + MAX_HOLD; a hold
/// defers draws but skips none.
contract DeadlineEdgesTest is ResolverFixture {
    uint256 internal constant SPAN = 3 days; // claims are fuzzed in [deadline - SPAN, deadline + 1 day]

    function _at(uint40 deadline, uint256 seed) internal pure returns (uint256) {
        return uint256(deadline) - SPAN + (seed % (SPAN + 1 days));
    }

    function _assertHoldBounded(uint256 id, uint40 deadline) internal view {
        Claim memory c = _claim(id);
        assertLe(c.until, uint256(deadline) + MAX_HOLD, "hold beyond deadline + MAX_HOLD");
        if (c.since != 0) assertLe(uint256(c.used) + (c.until - c.since), MAX_HOLD, "hold budget");
    }

    /// @dev Reality.eth: a "yes" answered at `t`, final after the timeout, synced `delay` later (< SETTLE_WINDOW).
    function testFuzz_reality_yesAtTheEdge(uint256 seed, uint256 delay) public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        uint256 id = _create(p);
        uint256 t = _at(p.deadline, seed);
        vm.warp(t);
        _answer(answerer, id, true);
        _assertHoldBounded(id, p.deadline);
        vm.warp(t + TIMEOUT + (delay % WINDOW));
        IRealityResolver.SyncResult r = realityResolver.sync(id);
        if (t < p.deadline) {
            assertEq(uint8(r), uint8(IRealityResolver.SyncResult.Fulfilled), "a claim before the deadline counts");
            _assertStatus(id, Status.Fulfilled);
        } else {
            assertTrue(r != IRealityResolver.SyncResult.Fulfilled, "a claim at/after the deadline never counts");
            assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        }
    }

    /// @dev Reality.eth: a "yes" before the deadline contested after it; the arbitrator rules either way.
    function testFuzz_reality_contestedClaim_arbitrated(uint256 seed, uint256 ruleAfter, bool ruling) public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        uint256 id = _create(p);
        uint256 t = uint256(p.deadline) - 1 - (seed % SPAN);
        vm.warp(t);
        _answer(answerer, id, true);
        vm.warp(t + (seed % TIMEOUT));
        _answer(challenger, id, false);
        _requestArbitration(answerer, id);
        realityResolver.sync(id);
        _assertHoldBounded(id, p.deadline);
        // The arbitrator rules within the budget (the hold ends at t + MAX_HOLD).
        vm.warp(block.timestamp + (ruleAfter % (t + MAX_HOLD - block.timestamp)));
        _rule(id, ruling ? YES : NO, ruling ? answerer : challenger);
        realityResolver.sync(id);
        if (ruling) {
            _assertStatus(id, Status.Fulfilled);
        } else {
            _assertStatus(id, Status.Live);
            vm.warp(p.deadline > block.timestamp ? p.deadline : block.timestamp);
            assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        }
    }

    /// @dev UMA: an assertion at `t` (reverts at/after the deadline), disputed or not, true or false.
    function testFuzz_uma_assertionAtTheEdge(uint256 seed, bool disputed, bool truthful, uint256 delay) public {
        ThreatParams memory p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        uint256 t = _at(p.deadline, seed);
        vm.warp(t);
        if (t >= p.deadline) {
            bytes memory claim = _umaClaim(id, p);
            vm.prank(asserter);
            vm.expectRevert(abi.encodeWithSelector(IUmaResolver.AssertionAfterDeadline.selector, id, p.deadline));
            umaResolver.assertFulfilment(id, claim);
            assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
            return;
        }
        bytes32 a = _assert(asserter, id, p);
        _assertHoldBounded(id, p.deadline);
        if (disputed) {
            vm.warp(t + (delay % LIVENESS));
            _dispute(disputer, a);
            _assertHoldBounded(id, p.deadline);
            vm.warp(block.timestamp + (delay % 20 days));
            _vote(truthful);
        } else {
            truthful = true;
            vm.warp(t + LIVENESS + (delay % WINDOW));
        }
        oo.settleAssertion(a);
        if (truthful) {
            _assertStatus(id, Status.Fulfilled);
        } else {
            _assertStatus(id, Status.Live);
            if (block.timestamp < p.deadline) vm.warp(p.deadline);
            assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        }
    }

    /// @dev Panel 2 of 3 with a 2-day grace: first approval at t1, second at t2 >= t1.
    function testFuzz_panel_approvalsAtTheEdge(uint256 s1, uint256 s2) public {
        uint32 grace = 2 days;
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 2, grace);
        uint256 id = _create(p);
        uint256 t1 = _at(p.deadline, s1);
        uint256 t2 = t1 + (s2 % (3 days));
        vm.warp(t1);
        vm.prank(members[0]);
        if (t1 >= p.deadline) {
            vm.expectRevert();
            panel.approve(id, list, bytes32(0));
            return;
        }
        panel.approve(id, list, bytes32(0));
        _assertHoldBounded(id, p.deadline);
        bool held = t1 + grace > p.deadline;
        vm.warp(t2);
        bool counts = t2 < p.deadline || (held && t2 < t1 + grace);
        vm.prank(members[1]);
        if (!counts) vm.expectRevert();
        panel.approve(id, list, bytes32(0));
        if (counts) {
            _assertStatus(id, Status.Fulfilled);
        } else {
            assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
        }
    }

    /// @dev Probabilistic: a failed claim at any time holds the threat, then every period up to the deadline is
    /// still drawn (none skipped) before the timeout; no draw is requested while the claim is open.
    function testFuzz_holdDefersDrawsNoneSkipped(uint256 seed) public {
        ThreatParams memory p = _realityParams(TIMEOUT, MIN_BOND);
        p.deadline = uint40(block.timestamp + 10 days);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1, 0)); // escalation probability 1e-9: draws are neutral
        uint256 t = block.timestamp + 1 + (seed % (10 days - 1));
        vm.warp(t);
        _drain(id, false);
        uint256 requests = beacon.requests();
        _answer(answerer, id, true);
        _assertStatus(id, Status.Claimed);
        vm.warp(t + 12 hours);
        _answer(challenger, id, false);
        vm.warp(block.timestamp + TIMEOUT / 2);
        vm.expectRevert();
        registry.settle(id, ""); // held: nothing to settle (no pending draw)
        assertEq(beacon.requests(), requests, "no draw requested while the claim is open");
        vm.warp(block.timestamp + TIMEOUT);
        assertEq(uint8(realityResolver.sync(id)), uint8(IRealityResolver.SyncResult.Rejected));
        if (block.timestamp < p.deadline) vm.warp(p.deadline);
        Status end = _drain(id, true);
        assertEq(_threat(id).settledPeriods, 10, "every period drawn");
        assertEq(uint8(end), uint8(Status.Escalated), "then the timeout");
    }

    /// @dev Settles (resolving pending draws with fresh values) until nothing is left, or a terminal status.
    function _drain(uint256 id, bool untilTerminal) internal returns (Status status) {
        for (uint256 i; i < 64; ++i) {
            status = _status(id);
            if (uint8(status) >= uint8(Status.Fulfilled)) return status;
            if (_threat(id).pendingThrough > _threat(id).settledPeriods) {
                beacon.setReady(_ticketOf(id), keccak256(abi.encode(id, i)));
            }
            (bool ok,) = address(registry).call(abi.encodeCall(registry.settle, (id, "")));
            if (!ok && !untilTerminal) return _status(id);
            if (!ok) vm.warp(block.timestamp + 1 days);
        }
        return _status(id);
    }
}
