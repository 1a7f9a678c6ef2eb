// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DrawOutcome} from "../types/DataTypes.sol";

/// @title DrawRule
/// @notice The draw rule of probabilistic threats, the one place it is defined on-chain.
/// Mirrored off-chain by `lib/randomness/draw-rule.ts` so anyone can recompute a draw in a browser:
///   r = uint256(keccak256(abi.encode(value, threatId, period))) % PROB_SCALE
///   r <  pEscalate              -> Escalate  (hawkish)
///   r <  pEscalate + pTerminate -> Terminate (dovish)
///   otherwise                   -> Continue  (neutral)
/// Hashing in the threat id and the period makes the draws of different threats and periods that
/// share one beacon value independent. The modulo bias is below 2^-220.
library DrawRule {
    /// @notice Probabilities are parts per PROB_SCALE.
    uint32 internal constant PROB_SCALE = 1e9;

    /// @notice The outcome of `period` of threat `threatId` for beacon value `value`.
    function outcome(bytes32 value, uint256 threatId, uint256 period, uint32 pEscalate, uint32 pTerminate)
        internal
        pure
        returns (DrawOutcome)
    {
        uint256 r = uint256(keccak256(abi.encode(value, threatId, period))) % PROB_SCALE;
        if (r < pEscalate) return DrawOutcome.Escalate;
        if (r < uint256(pEscalate) + pTerminate) return DrawOutcome.Terminate;
        return DrawOutcome.Continue;
    }
}
