// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzzed backers and pledgers: every refund path returns each funder exactly its share, escalation
/// pays the whole pot, a forfeit distributes the whole pot, and nothing is ever left in the registry.
contract BackersFuzzTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    uint256 internal constant MAX_FUNDERS = 8;

    function _funder(uint256 i) internal pure returns (address) {
        return address(uint160(0xB0000 + i));
    }

    /// @dev Joins `n` funders with fuzzed amounts (some join twice); returns the amounts per funder.
    function _joinAll(uint256 id, uint256 n, uint96[8] memory amounts) internal returns (uint256[] memory shares) {
        shares = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            uint256 a = bound(amounts[i], 1, 10 ether);
            _join(_funder(i), id, a);
            shares[i] += a;
            if (a % 3 == 0) {
                _join(_funder(i), id, 1 wei);
                shares[i] += 1;
            }
        }
    }

    /// 0 fulfil, 1 refund timeout, 2 escalate timeout, 3 forfeit timeout.
    function testFuzz_EveryFunderGetsExactlyItsShare(uint8 funders, uint96[8] memory amounts, uint8 ending, uint96 own)
        public
    {
        uint256 n = bound(funders, 1, MAX_FUNDERS);
        uint256 path = ending % 4;
        uint256 ownStake = bound(own, 1, 10 ether);
        Action action = path == 2 ? Action.Escalate : path == 3 ? Action.Forfeit : Action.Refund;
        ThreatParams memory params = _params(action);
        address client = makeAddr("client");
        params.beneficiary = client;
        _withBackers(params, type(uint96).max, bytes32(0));
        uint256 id = _createWith(params, ownStake);
        uint256[] memory shares = _joinAll(id, n, amounts);
        uint256 pot = ownStake;
        for (uint256 i; i < n; ++i) {
            pot += shares[i];
            assertEq(registry.shareOf(id, _funder(i)), shares[i]);
        }
        assertEq(_threat(id).stake, pot);
        assertEq(address(registry).balance, pot);

        if (path == 0) _fulfil(id);
        else vm.warp(_threat(id).deadline);
        if (path != 0) _settle(anyone, id);

        if (path <= 1) {
            assertEq(client.balance, ownStake, "the beneficiary gets the maker's own share");
            for (uint256 i; i < n; ++i) {
                vm.prank(_funder(i));
                assertEq(registry.reclaim(id), shares[i]);
                assertEq(_funder(i).balance, shares[i], "each funder exactly its share");
            }
        } else if (path == 2) {
            assertEq(provider.balance, pot, "escalation pays the whole pot");
        } else {
            assertEq(address(nash).balance, pot, "a forfeit distributes the whole pot");
        }
        assertEq(address(registry).balance, 0, "nothing left behind");
    }

    /// A cancelled pool: every pledger, including one who left and came back, reclaims exactly its pledge.
    function testFuzz_CancelledPoolReturnsEveryPledge(uint8 funders, uint96[8] memory amounts, uint8 leaver) public {
        uint256 n = bound(funders, 1, MAX_FUNDERS);
        ThreatParams memory params = _params(Action.Escalate);
        _asPool(params, type(uint96).max, uint40(block.timestamp + 7 days), uint16(n + 2), 0); // never reached
        uint256 id = _create(params);
        uint256[] memory shares = _joinAll(id, n, amounts);
        uint256 who = bound(leaver, 0, n - 1);
        vm.prank(_funder(who));
        registry.leave(id);
        assertEq(_funder(who).balance, shares[who], "leaving returns the whole pledge");
        vm.expectRevert(abi.encodeWithSelector(ThresholdNotMet.selector, id, uint32(n), _threat(id).stake));
        registry.activate(id);
        vm.warp(block.timestamp + 7 days + 1);
        uint256 before = maker.balance;
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Cancelled));
        assertEq(maker.balance, before + STAKE);
        for (uint256 i; i < n; ++i) {
            if (i == who) {
                vm.expectRevert(abi.encodeWithSelector(NoShare.selector, id, _funder(i)));
                vm.prank(_funder(i));
                registry.reclaim(id);
                continue;
            }
            vm.prank(_funder(i));
            registry.reclaim(id);
            assertEq(_funder(i).balance, shares[i]);
        }
        assertEq(address(registry).balance, 0);
        assertEq(provider.balance, 0);
    }

    /// The cap holds for any sequence of joins.
    function testFuzz_CapNeverExceeded(uint96 cap, uint96[8] memory amounts) public {
        uint256 c = bound(cap, STAKE, 20 ether);
        ThreatParams memory params = _params(Action.Refund);
        _withBackers(params, uint96(c), bytes32(0));
        uint256 id = _create(params);
        for (uint256 i; i < MAX_FUNDERS; ++i) {
            uint256 a = bound(amounts[i], 1, 10 ether);
            uint256 stake = _threat(id).stake;
            vm.deal(_funder(i), a);
            vm.prank(_funder(i));
            if (stake + a > c) {
                vm.expectRevert(abi.encodeWithSelector(FundingCapExceeded.selector, id, stake + a, uint96(c)));
            }
            registry.join{value: a}(id, new bytes32[](0));
            assertLe(_threat(id).stake, c);
        }
    }
}
