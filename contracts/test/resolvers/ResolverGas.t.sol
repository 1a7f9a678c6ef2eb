// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Action, Engagement, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {ResolverFixture} from "./ResolverFixture.sol";

/// @notice Gas of each resolver path: `vm.lastCallGas` with every call a transaction of its own (isolate), so the
/// figure is the measured transaction's gas before refunds, with cold storage and the 21,000 base and calldata
/// included. Logged, with budgets ~10% above so a regression shows. `forge test --match-path '*ResolverGas*' -vv`.
/// forge-config: default.isolate = true
contract ResolverGasTest is ResolverFixture {
    ThreatParams internal p;
    Engagement internal none;

    function _log(string memory name, uint256 budget) internal returns (uint256 used) {
        used = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint(name, used);
        assertLe(used, budget, name);
    }

    function _warmUp() internal {
        // A first threat of every kind, so the measured ones are not the first ever (nextId, Reality.eth's
        // and the oracle's slots already written), like any threat after the first.
        _create(_params(Action.Forfeit));
        _create(_panelParams(_members(3), 2, 2 days));
        _create(_realityParams(TIMEOUT, MIN_BOND));
        _create(_umaParams(UMA_BOND, LIVENESS));
    }

    function test_gas_create_oracleAccount() public {
        _warmUp();
        p = _params(Action.Forfeit);
        vm.prank(maker);
        registry.create{value: STAKE}(p, none, "");
        _log("create, oracle account (reference)", 120_000);
    }

    function test_gas_create_panel3() public {
        _warmUp();
        p = _panelParams(_members(3), 2, 2 days);
        vm.prank(maker);
        registry.create{value: STAKE}(p, none, "");
        _log("create, panel 2 of 3", 185_000);
    }

    function test_gas_create_reality() public {
        _warmUp();
        p = _realityParams(TIMEOUT, MIN_BOND);
        vm.prank(maker);
        registry.create{value: STAKE}(p, none, "");
        _log("create, Reality.eth question", 325_000);
    }

    function test_gas_create_uma() public {
        _warmUp();
        p = _umaParams(UMA_BOND, LIVENESS);
        vm.prank(maker);
        registry.create{value: STAKE}(p, none, "");
        _log("create, UMA assertion config", 250_000);
    }

    function test_gas_panel_firstApproval() public {
        _warmUp();
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 2 days));
        vm.prank(members[0]);
        panel.approve(id, list, bytes32(uint256(1)));
        _log("panel approve (not the k-th, no hold)", 60_000);
    }

    function test_gas_panel_firstApprovalHolds() public {
        _warmUp();
        address[] memory list = _members(3);
        p = _panelParams(list, 2, 2 days);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 days);
        vm.prank(members[0]);
        panel.approve(id, list, bytes32(uint256(1)));
        _log("panel approve (first, holds)", 98_000);
    }

    function test_gas_panel_kthApprovalFulfils() public {
        _warmUp();
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 2 days));
        vm.prank(members[0]);
        panel.approve(id, list, bytes32(uint256(1)));
        vm.prank(members[1]);
        panel.approve(id, list, bytes32(uint256(1)));
        _log("panel approve (k-th, fulfils)", 85_000);
    }

    function test_gas_panel_bySig2of3() public {
        _warmUp();
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 2 days));
        address[] memory signers = new address[](2);
        bytes[] memory sigs = new bytes[](2);
        for (uint256 i; i < 2; ++i) {
            signers[i] = members[i];
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(memberKeys[i], panel.approvalDigest(id, bytes32(uint256(1))));
            sigs[i] = abi.encodePacked(r, s, v);
        }
        panel.approveBySig(id, list, signers, sigs, bytes32(uint256(1)));
        _log("panel approveBySig (2 signatures, fulfils)", 110_000);
    }

    function test_gas_reality_answerYes() public {
        _warmUp();
        uint256 id = _create(_realityParams(TIMEOUT, MIN_BOND));
        vm.prank(answerer);
        realityResolver.answer{value: MIN_BOND}(id, true, 0);
        _log("reality answer (yes, claim recorded, no hold)", 188_000);
    }

    function test_gas_reality_answerYesHolds() public {
        _warmUp();
        p = _realityParams(TIMEOUT, MIN_BOND);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 hours);
        vm.prank(answerer);
        realityResolver.answer{value: MIN_BOND}(id, true, 0);
        _log("reality answer (yes near the deadline, holds)", 227_000);
    }

    function test_gas_reality_counterAnswerExtends() public {
        _warmUp();
        p = _realityParams(TIMEOUT, MIN_BOND);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 hours);
        vm.prank(answerer);
        realityResolver.answer{value: MIN_BOND}(id, true, 0);
        vm.warp(p.deadline + 1 hours);
        vm.prank(challenger);
        realityResolver.answer{value: 2 * MIN_BOND}(id, false, 0);
        _log("reality answer (no after the deadline, extends the hold)", 123_000);
    }

    function test_gas_reality_syncFulfils() public {
        _warmUp();
        uint256 id = _create(_realityParams(TIMEOUT, MIN_BOND));
        vm.prank(answerer);
        realityResolver.answer{value: MIN_BOND}(id, true, 0);
        vm.warp(block.timestamp + TIMEOUT);
        realityResolver.sync(id);
        _log("reality sync (final yes, fulfils)", 102_000);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_gas_uma_assert() public {
        _warmUp();
        p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        bytes memory claim = _umaClaim(id, p);
        vm.prank(asserter);
        umaResolver.assertFulfilment(id, claim);
        _log("uma assertFulfilment (WETH, no hold)", 352_000);
    }

    function test_gas_uma_assertHolds() public {
        _warmUp();
        p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        bytes memory claim = _umaClaim(id, p);
        vm.warp(p.deadline - 1 hours);
        vm.prank(asserter);
        umaResolver.assertFulfilment(id, claim);
        _log("uma assertFulfilment (WETH, near the deadline, holds)", 390_000);
    }

    function test_gas_uma_assertWithEth() public {
        _warmUp();
        p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        bytes memory claim = _umaClaim(id, p);
        vm.prank(asserter);
        umaResolver.assertFulfilmentWithEth{value: UMA_BOND}(id, claim);
        _log("uma assertFulfilmentWithEth (no hold)", 350_000);
    }

    function test_gas_uma_settleFulfils() public {
        _warmUp();
        p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        bytes32 a = _assert(asserter, id, p);
        vm.warp(block.timestamp + LIVENESS);
        oo.settleAssertion(a);
        _log("uma settleAssertion (undisputed, callback fulfils)", 141_000);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_gas_uma_dispute() public {
        _warmUp();
        p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        bytes32 a = _assert(asserter, id, p);
        _dispute(disputer, a);
        _log("uma disputeAssertion (callback holds for the DVM)", 425_000);
    }

    function test_gas_uma_settleDisputedFalse() public {
        _warmUp();
        p = _umaParams(UMA_BOND, LIVENESS);
        uint256 id = _create(p);
        bytes32 a = _assert(asserter, id, p);
        _dispute(disputer, a);
        _vote(false);
        oo.settleAssertion(a);
        _log("uma settleAssertion (disputed, false, callback releases)", 178_000);
    }

    function test_gas_fulfil_oracleAccount() public {
        _warmUp();
        uint256 id = _create(_params(Action.Forfeit));
        vm.prank(oracle);
        registry.fulfil(id, bytes32(uint256(1)));
        _log("fulfil by an oracle account (reference)", 53_000);
    }
}
