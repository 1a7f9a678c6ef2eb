// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, console} from "forge-std/Test.sol";
import {Levetrage} from "../../src/Levetrage.sol";
import {NashToken} from "../../src/NashToken.sol";
import {Threat} from "../../src/types/DataTypes.sol";
import {TestBeacon} from "../utils/TestBeacon.sol";
import {LevetrageHandler} from "./handlers/LevetrageHandler.sol";

/// @notice Handler-driven state machine over the registry and NASH: creates, fulfilments, settlements with the
/// test beacon becoming ready / lapsed / determined, NASH transfers, burns and claims, withdrawals, time warps.
contract LevetrageInvariantTest is Test {
    NashToken internal nash;
    Levetrage internal registry;
    TestBeacon internal beacon;
    LevetrageHandler internal handler;

    function setUp() public {
        vm.warp(1_750_000_000);
        address[] memory holders = new address[](3);
        holders[0] = makeAddr("holderA");
        holders[1] = makeAddr("holderB");
        holders[2] = makeAddr("holderC");
        nash = new NashToken(holders[0], 1_000_000e18);
        vm.startPrank(holders[0]);
        nash.transfer(holders[1], 300_000e18);
        nash.transfer(holders[2], 123_456e18);
        vm.stopPrank();
        beacon = new TestBeacon();
        registry = new Levetrage(nash, address(this));
        registry.setBeaconAllowed(beacon, true);
        handler = new LevetrageHandler(registry, nash, beacon, holders);
        targetContract(address(handler));
    }

    /// Registry ETH == live stakes + withdrawable balances.
    function invariant_RegistrySolvent() public view {
        assertEq(address(registry).balance, handler.sumLiveStakes() + handler.sumWithdrawable());
    }

    /// NASH ETH == distributed - claimed, covers every claimable balance, and the dust is bounded.
    function invariant_NashSolventWithBoundedDust() public view {
        uint256 balance = address(nash).balance;
        assertEq(balance, nash.totalDistributed() - handler.ghostClaimed());
        uint256 claimable = handler.sumClaimable();
        assertLe(claimable, balance, "never owes more than it holds");
        assertLe(balance - claimable, handler.holderCount() + 1 + 2 * nash.totalSupply() / 2 ** 64, "bounded dust");
    }

    /// Every stake is live or ended exactly once as refunded, escalated or forfeited.
    function invariant_EachStakeEndsOnce() public view {
        assertFalse(handler.doubleEnding());
        assertEq(
            handler.ghostStaked(),
            handler.sumLiveStakes() + handler.ghostRefunded() + handler.ghostEscalated() + handler.ghostForfeited()
        );
        assertEq(nash.totalDistributed(), handler.ghostForfeited(), "forfeits are the only distributions");
        uint256 withdrawnOrOwed = handler.ghostWithdrawn() + handler.sumWithdrawable();
        assertLe(withdrawnOrOwed, handler.ghostRefunded() + handler.ghostEscalated());
    }

    /// Statuses only move forward (None -> Live -> one terminal status) and match the ghost copy.
    function invariant_StatusOnlyForward() public view {
        assertFalse(handler.statusRegressed());
        uint256 n = handler.idCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            (Threat memory t,) = registry.getThreat(id);
            assertEq(uint8(t.status), uint8(handler.ghostStatus(id)), "no untracked status change");
        }
    }

    function invariant_OnlyTerminatorsFulfil() public view {
        assertFalse(handler.nonTerminatorFulfilled());
    }

    function invariant_ClaimedAtMostForfeited() public view {
        assertLe(handler.ghostClaimed(), handler.ghostForfeited());
    }

    /// Settled periods never decrease, never pass the requested ones, which never pass the due ones.
    function invariant_SettledPeriodsNeverChange() public view {
        assertFalse(handler.settledRegressed());
        uint256 n = handler.idCount();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            (Threat memory t,) = registry.getThreat(id);
            assertGe(t.settledPeriods, handler.ghostSettled(id));
            assertLe(t.settledPeriods, t.pendingThrough == 0 ? t.settledPeriods : t.pendingThrough);
            assertLe(t.pendingThrough, registry.duePeriods(id));
        }
    }

    function afterInvariant() external view {
        console.log("threats", handler.idCount());
        console.log("settle ok / reverted", handler.calls("settle.ok"), handler.calls("settle.reverted"));
        console.log("fulfil ok / reverted", handler.calls("fulfil.ok"), handler.calls("fulfil.reverted"));
        console.log("claims ok, withdrawals ok", handler.calls("claim.ok"), handler.calls("withdraw.ok"));
        console.log("refunded / escalated / forfeited wei");
        console.log(handler.ghostRefunded(), handler.ghostEscalated(), handler.ghostForfeited());
    }
}
