// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {console} from "forge-std/console.sol";
import {StdInvariant} from "forge-std/StdInvariant.sol";
import {HandlerBase} from "./handlers/HandlerBase.sol";
import {InvariantBase} from "./InvariantBase.sol";

/// @notice The v2 invariant suite (issues #8, #9, #12, #15). One handler (`RegistryHandler`) drives the registry,
/// NASH, the suite's beacon and the clock with bounded actions by a store of actors (makers holding NASH,
/// ETH-rejecting contracts as maker, beneficiary, provider, backer, keeper and NASH holder, EOA providers that
/// sign with vm.sign or accept on chain, oracle accounts that fulfil / hold / release / breach, backers and
/// pledgers, keepers) with non-zero fees. Properties (numbered as in the issue, and in every failure message):
///  1 ETH conservation (registry and NASH)       2 per-funder conservation
///  3 draw rule, lapse rule, timeout action      4 fulfil deadline / determined-draw rule
///  5 per-holder dividends                       6 liveness: everything can be driven to the end, nothing locked
///  7 no escalation without the provider's engagement, paid exactly the stake
///  8 status only forward, settled periods only grow, holds within MAX_HOLD, one terminal outcome
///  9 every action succeeds exactly when its documented requirements hold (a model of each action)
/// All nine are checked after every call by the one campaign `invariant_levetrage` (forge runs one campaign per
/// invariant function, so nine functions would cost nine campaigns); a failure names its property.
contract LevetrageInvariantTest is InvariantBase {
    /// @dev The liveness drive (snapshot, warp far, settle and reclaim everything) runs after every
    /// LIVENESS_EVERY-th call and at the end of every run.
    uint256 internal constant LIVENESS_EVERY = 10;

    function setUp() public {
        _deploy();
        targetContract(address(handler));
        // Weighted: a selector listed k times is picked k times as often.
        bytes4[] memory selectors = new bytes4[](43);
        uint256 n;
        selectors[n++] = handler.createCommitment.selector;
        selectors[n++] = handler.createProbabilistic.selector;
        selectors[n++] = handler.createProbabilistic.selector;
        selectors[n++] = handler.createProbabilistic.selector;
        selectors[n++] = handler.createPool.selector;
        selectors[n++] = handler.createPromise.selector;
        selectors[n++] = handler.createPromise.selector;
        selectors[n++] = handler.createWithForeignEngagement.selector;
        selectors[n++] = handler.newEngagement.selector;
        selectors[n++] = handler.revoke.selector;
        selectors[n++] = handler.join.selector;
        selectors[n++] = handler.join.selector;
        selectors[n++] = handler.leave.selector;
        selectors[n++] = handler.activate.selector;
        selectors[n++] = handler.reclaim.selector;
        selectors[n++] = handler.withdraw.selector;
        selectors[n++] = handler.fulfil.selector;
        selectors[n++] = handler.hold.selector;
        selectors[n++] = handler.release.selector;
        selectors[n++] = handler.holdCycle.selector;
        selectors[n++] = handler.holdCycle.selector;
        selectors[n++] = handler.breach.selector;
        selectors[n++] = handler.settle.selector;
        selectors[n++] = handler.settle.selector;
        selectors[n++] = handler.settle.selector;
        selectors[n++] = handler.drawAndSettle.selector;
        selectors[n++] = handler.drawAndSettle.selector;
        selectors[n++] = handler.drawAndSettle.selector;
        selectors[n++] = handler.drawAndSettle.selector;
        selectors[n++] = handler.beaconLapseOrDetermine.selector;
        selectors[n++] = handler.beaconControl.selector;
        selectors[n++] = handler.nashTransfer.selector;
        selectors[n++] = handler.nashTransferFrom.selector;
        selectors[n++] = handler.nashClaim.selector;
        selectors[n++] = handler.nashBurn.selector;
        selectors[n++] = handler.nashExclude.selector;
        selectors[n++] = handler.feeChange.selector;
        selectors[n++] = handler.warp.selector;
        selectors[n++] = handler.warp.selector;
        selectors[n++] = handler.warpToBoundary.selector;
        selectors[n++] = handler.warpToBoundary.selector;
        selectors[n++] = handler.warpToBoundary.selector;
        selectors[n++] = handler.roll.selector;
        assembly {
            mstore(selectors, n)
        }
        targetSelector(StdInvariant.FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @notice Properties 1-9 after every call (property 6 after every LIVENESS_EVERY-th call and at the end of
    /// every run). Properties 1, 2, 5, 7, 8 and 9 on the state are evaluated by `handler.check()`
    /// (contracts/test/invariant/handlers/HandlerChecks.sol); 3, 4 and the rest of 1, 2, 7, 8, 9 are checked by
    /// the handler on every call it makes and latched; 6 is `_check6` below.
    /// Handler actions never revert by design (a reverted call would drop what it latched), so a revert fails.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_levetrage() public {
        (uint256 k, string memory message) = handler.check();
        if (k != 0) revert(_tag(k, message));
        if (handler.totalCalls() % LIVENESS_EVERY == 0) _check6();
    }

    function afterInvariant() public {
        _check6();
        console.log("threats", handler.idCount(), "calls", handler.totalCalls());
        console.log("create ok/reverted", handler.callsOf("create.ok"), handler.callsOf("create.reverted"));
        console.log("settle ok/reverted", handler.callsOf("settle.ok"), handler.callsOf("settle.reverted"));
        console.log("fulfil ok/reverted", handler.callsOf("fulfil.ok"), handler.callsOf("fulfil.reverted"));
        console.log("hold ok/reverted", handler.callsOf("hold.ok"), handler.callsOf("hold.reverted"));
        console.log("join ok/reverted", handler.callsOf("join.ok"), handler.callsOf("join.reverted"));
        console.log("breach ok/reverted", handler.callsOf("breach.ok"), handler.callsOf("breach.reverted"));
        string[14] memory names = [
            "status.Live",
            "status.Claimed",
            "status.Fulfilled",
            "status.Refunded",
            "status.Escalated",
            "status.Forfeited",
            "status.Cancelled",
            "draw.requested",
            "draw.refused",
            "draw.neutralized",
            "draw.lapsed",
            "draw.ready",
            "engagement.signed",
            "engagement.accepted"
        ];
        for (uint256 i; i < names.length; ++i) {
            console.log("COUNT", names[i], handler.callsOf(names[i]));
        }
    }

    function _tag(uint256 k, string memory message) internal pure returns (string memory) {
        return string.concat("[property ", vm.toString(k), "] ", message);
    }

    /*//////////////////////////////////////////////////////////////
                              6. LIVENESS
    //////////////////////////////////////////////////////////////*/

    /// @dev From the current state, in a snapshot: the beacon dies (refuses every request, every pending ticket
    /// lapses), or keeps issuing tickets that all lapse, or answers everything (by turns); time jumps past every
    /// deadline + BEACON_GRACE and every hold; anyone settles each threat until it is final (each settle checked
    /// against the handler's model: properties 1-3, 7, 8 hold in the endgame too), every funder reclaims, and the
    /// registry is left with exactly the withdrawable balances, which can all be withdrawn; NASH with dust only.
    function _check6() internal {
        if (!handler.supplyTracked()) revert(_tag(5, "NASH outside the tracked holders, or distributed != forfeited"));
        uint256 snap = vm.snapshotState();
        uint8 mode = uint8(handler.totalCalls() % 3);
        _driveToTheEnd(mode);
        _drainEverything();
        vm.revertToState(snap);
    }

    function _driveToTheEnd(uint8 mode) internal {
        uint256 n = handler.idCount();
        uint256 far = block.timestamp;
        for (uint256 i; i < n; ++i) {
            HandlerBase.G memory gh = handler.ghost(handler.ids(i));
            uint256 end = uint256(gh.deadline) + 7 days + 30 days + 1;
            if (end > far) far = end;
        }
        vm.warp(far);
        vm.roll(block.number + 1);
        handler.endgameBeacon(mode);
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            for (uint256 round;; ++round) {
                if (round == 64) {
                    revert(_tag(6, string.concat("threat ", vm.toString(id), " not final after 64 settles")));
                }
                if (handler.endgameSettle(id, mode, round)) break;
            }
        }
        (uint256 k, string memory message) = handler.check();
        if (k != 0) revert(_tag(k, string.concat("in the endgame: ", message)));
    }

    function _drainEverything() internal {
        handler.endgameDrain();
        (uint256 k, string memory message) = handler.check();
        if (k != 0) revert(_tag(k, string.concat("in the endgame: ", message)));
        assertEq(
            address(registry).balance,
            0,
            _tag(6, "ETH locked in the registry after every threat ended and every withdrawal")
        );

        vm.roll(block.number + 1);
        uint256 holders = handler.holderCount();
        address sink = handler.sink();
        for (uint256 j; j < holders; ++j) {
            address h = handler.holders(j);
            if (nash.claimableOf(h) == 0) continue;
            vm.prank(h);
            nash.claimTo(sink);
        }
        uint256 stuck = nash.totalSupply() > nash.excludedSupply() ? 0 : nash.pendingDistribution();
        assertLe(
            address(nash).balance,
            stuck + holders + 2 * handler.initialSupply() / 2 ** 64 + 1,
            _tag(6, "ETH locked in NASH")
        );
    }
}
