// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Claim, Move, Status, Threat, ThreatExtra} from "../../../src/types/DataTypes.sol";
import {HandlerBase} from "./HandlerBase.sol";

/// @notice The state properties of the suite, evaluated in one view inside the handler (its ghost is read
/// directly, each threat is read from the registry once): `check()` returns the number of the first broken
/// property and why, or (0, ""). Properties latched during calls (`broken[k]`) are reported first.
abstract contract HandlerChecks is HandlerBase {
    function check() external view returns (uint256, string memory) {
        for (uint256 k = 1; k <= 9; ++k) {
            if (broken[k]) return (k, why[k]);
        }
        uint256 sum;
        uint256 n = ids.length;
        for (uint256 i; i < n; ++i) {
            uint256 id = ids[i];
            (uint256 k, string memory message, uint256 held) = _checkThreat(id);
            if (k != 0) return (k, string.concat(message, " (threat ", vm.toString(id), ")"));
            sum += held;
        }
        for (uint256 j; j < actors.length; ++j) {
            sum += registry.withdrawable(actors[j]);
        }
        if (address(registry).balance != sum) {
            return (
                1,
                string.concat(
                    "registry ETH ",
                    vm.toString(address(registry).balance),
                    " != open stakes + unreclaimed shares + withdrawable ",
                    vm.toString(sum)
                )
            );
        }
        (uint256 k2, string memory m2) = _checkNash();
        if (k2 != 0) return (k2, m2);
        for (uint256 m; m < 2; ++m) {
            if (registry.feeOf(Move(m)) != gFee[m]) return (9, "fee differs from setFee/applyFee with FEE_DELAY");
        }
        return (0, "");
    }

    /// @dev Properties 2, 7 and 8 of one threat; returns the ETH the registry must hold for it (property 1).
    /// Reads the registry as little as the ghost allows (each external call is costly in a campaign): the hold
    /// and `backed` only while the threat is open, shares only of funders that put something in.
    function _checkThreat(uint256 id) internal view returns (uint256 k, string memory message, uint256 held) {
        Threat memory t = _threat(id);
        Claim memory claim;
        uint256 backed;
        if (_isActive(t.status)) {
            ThreatExtra memory extra;
            (extra,,, claim) = registry.getThreatExtra(id);
            backed = extra.backed;
        }
        (k, message) = _checkStatus(id, t, claim);
        if (k != 0) return (k, message, 0);
        (k, message, held) = _checkFunders(id, t, backed);
        if (k != 0) return (k, message, 0);
        (k, message) = _checkEscalated(id, t);
    }

    /// @dev 8: status only forward (every change was seen by the call on its threat), periods only grow, holds
    /// within MAX_HOLD, one terminal outcome.
    function _checkStatus(uint256 id, Threat memory t, Claim memory claim)
        internal
        view
        returns (uint256, string memory)
    {
        G storage gh = g[id];
        if (t.status != gh.status) return (8, "a status changed outside the calls on its threat");
        if (t.settledPeriods < gh.settled) return (8, "settled periods decreased");
        if (gh.terminals > 1) return (8, "more than one terminal outcome");
        if (t.status == Status.Claimed) {
            if (gh.holdUsed + _sub(gh.holdUntil, gh.holdSince) > MAX_HOLD) return (8, "holds exceed MAX_HOLD");
            if (uint256(claim.used) + _sub(claim.until, claim.since) > MAX_HOLD) {
                return (8, "stored holds exceed MAX_HOLD");
            }
        }
        return (0, "");
    }

    /// @dev 2: per funder, got back + share == put in, unless escalated / forfeited (then only what it took out
    /// of a gathering pool); the maker's own share is what the beneficiary gets.
    function _checkFunders(uint256 id, Threat memory t, uint256 backed)
        internal
        view
        returns (uint256, string memory, uint256 held)
    {
        bool open = _isActive(t.status);
        bool refundable = _isRefundable(t.status);
        uint256 shares;
        for (uint256 j; j < backers.length; ++j) {
            address f = backers[j];
            if (put[id][f] == 0) continue; // a share of a funder that never joined shows in the ETH sum
            uint256 share = open || refundable ? registry.shareOf(id, f) : 0;
            shares += share;
            uint256 back = out[id][f];
            if (open || refundable) {
                if (back + share != put[id][f]) return (2, "a funder's share + what it got back != what it put in", 0);
            } else if (back != leftAmount[id][f]) {
                return (2, "a funder got ETH back from an escalated or forfeited threat", 0);
            }
        }
        G storage gh = g[id];
        if (open) {
            if (shares != backed) return (2, "backed != the funders' shares", 0);
            if (t.stake - backed != gh.putOwn) return (2, "the maker's own share changed", 0);
            if (gh.outOwn != 0) return (2, "the beneficiary was paid from an open threat", 0);
            return (0, "", t.stake);
        }
        if (refundable) {
            if (gh.outOwn != gh.putOwn) return (2, "the beneficiary did not get the maker's own share back", 0);
            return (0, "", shares);
        }
        if (gh.outOwn != 0) return (2, "the beneficiary got ETH from an escalated or forfeited threat", 0);
        return (0, "", 0);
    }

    /// @dev 7: an escalation has the engagement the provider gave, and paid exactly the stake.
    function _checkEscalated(uint256 id, Threat memory t) internal view returns (uint256, string memory) {
        if (t.status != Status.Escalated) return (0, "");
        G storage gh = g[id];
        if (t.engagementId == bytes32(0) || gh.eng == 0) return (7, "escalated without an engagement");
        if (t.engagementId != engs[gh.eng - 1].id || !gKnownEngagement[t.engagementId]) {
            return (7, "escalated under an engagement the provider never gave");
        }
        if (gh.escalatedPaid != t.stake) return (7, "the provider did not receive exactly the stake");
        return (0, "");
    }

    /// @dev Property 1 (NASH side) and 5 (per-holder dividends). Claimable = accumulative - claimed (claims are
    /// checked against claimableOf when they happen).
    function _checkNash() internal view returns (uint256, string memory) {
        uint256 claimable;
        uint256 tolerance = gReleases * initialSupply / 2 ** 64 + 2;
        for (uint256 j; j < holders.length; ++j) {
            address h = holders[j];
            uint256 got = nash.accumulativeOf(h);
            if (got < gClaimedOf[h]) return (5, "a holder claimed more than it earned");
            claimable += got - gClaimedOf[h];
            uint256 expected = gMag[h] >> 64;
            if (got > expected + tolerance || expected > got + tolerance) {
                return (
                    5,
                    string.concat(
                        "holder ",
                        vm.toString(h),
                        " earned ",
                        vm.toString(got),
                        " wei, its end-of-block shares give ",
                        vm.toString(expected)
                    )
                );
            }
        }
        uint256 balance = address(nash).balance;
        uint256 owed = claimable + nash.pendingDistribution();
        if (balance < owed) return (1, "NASH owes more ETH than it holds");
        if (balance - owed > holders.length + 2 * initialSupply / 2 ** 64 + 1) return (1, "NASH dust above its bound");
        if (balance != ghostDistributed - ghostClaimed) return (1, "NASH ETH != forfeited - claimed");
        return (0, "");
    }

    /// @dev Every NASH is held by a tracked holder (checked with the liveness drive, not after every call).
    function supplyTracked() external view returns (bool) {
        uint256 supply;
        for (uint256 j; j < holders.length; ++j) {
            supply += nash.balanceOf(holders[j]);
        }
        return supply == nash.totalSupply() && nash.totalDistributed() == ghostDistributed;
    }
}
