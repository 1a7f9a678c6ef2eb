// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Action, Engagement, Move, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

contract GasProbeTest is BaseTest {
    Engagement e1; bytes sig1; Engagement e2; bytes sig2; Engagement e3;
    ThreatParams p;
    function setUp() public override {
        super.setUp();
        vm.prank(feeController); registry.setFee(Move.CreateCommitment, 10e18);
        vm.warp(block.timestamp + 3 days); registry.applyFee(Move.CreateCommitment);
        vm.prank(holder); nash.transfer(maker, 1000e18);

        // warm the provider's nonce word with a first engagement
        p = _params(Action.Escalate); p.terms = "Pay 13,000 USD by 1 March";
        e1 = _engagement(); sig1 = _sign(e1);
        vm.prank(maker); registry.create{value: STAKE}(p, e1, sig1);
        e2 = _engagement(); sig2 = _sign(e2);
        e3 = _engagement();
        vm.prank(provider); registry.acceptEngagement(e3);
    }
    function test_probe_sig() public {
        vm.prank(maker); registry.create{value: STAKE}(p, e2, sig2);
        emit log_named_uint("create sig + fee (later engagement)", vm.lastCallGas().gasTotalUsed); emit log_named_int("  refund", vm.lastCallGas().gasRefunded);
    }
    function test_probe_onchain() public {
        vm.prank(maker); registry.create{value: STAKE}(p, e3, "");
        emit log_named_uint("create on-chain engagement + fee", vm.lastCallGas().gasTotalUsed); emit log_named_int("  refund", vm.lastCallGas().gasRefunded);
    }
    function test_probe_noprovider() public {
        ThreatParams memory q = _params(Action.Refund); q.terms = "Pay 13,000 USD by 1 March";
        Engagement memory none;
        vm.prank(maker); registry.create{value: STAKE}(q, none, "");
        emit log_named_uint("create refund commitment + fee", vm.lastCallGas().gasTotalUsed); emit log_named_int("  refund", vm.lastCallGas().gasRefunded);
    }
}
