// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {DrawOutcome} from "../../src/types/DataTypes.sol";

/// @notice Evaluates the on-chain draw rule on many cases in one eth_call, so
/// `lib/randomness/onchain.test.ts` can prove `drawOutcome` in TypeScript gives the same outcomes.
contract DrawRuleHarness {
    /// @notice One draw's inputs.
    struct Case {
        bytes32 value;
        uint256 threatId;
        uint256 period;
        uint32 pEscalate;
        uint32 pTerminate;
    }

    /// @notice `DrawRule.outcome` of each case (0 Continue, 1 Escalate, 2 Terminate).
    function outcomes(Case[] calldata cases) external pure returns (DrawOutcome[] memory result) {
        result = new DrawOutcome[](cases.length);
        for (uint256 i; i < cases.length; ++i) {
            Case calldata c = cases[i];
            result[i] = DrawRule.outcome(c.value, c.threatId, c.period, c.pEscalate, c.pTerminate);
        }
    }
}
