// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IOptimisticOracleV3
/// @notice The part of UMA's Optimistic Oracle V3 (npm @uma/core, OptimisticOracleV3) the UmaResolver uses.
interface IOptimisticOracleV3 {
    /// @notice Asserts `claim`, pulling `bond` of `currency` from msg.sender; undisputed for `liveness` seconds it
    /// resolves true, a dispute goes to the DVM (or the escalation manager). Returns the assertion's id.
    function assertTruth(
        bytes calldata claim,
        address asserter,
        address callbackRecipient,
        address escalationManager,
        uint64 liveness,
        IERC20 currency,
        uint256 bond,
        bytes32 identifier,
        bytes32 domainId
    ) external returns (bytes32 assertionId);

    /// @notice The smallest bond an assertion in `currency` may carry (the Store's final fee / burned share).
    function getMinimumBond(address currency) external view returns (uint256);

    /// @notice The identifier assertions use by default ("ASSERT_TRUTH").
    function defaultIdentifier() external view returns (bytes32);

    /// @notice Settles an assertion: after liveness if undisputed, else with the oracle's price.
    function settleAssertion(bytes32 assertionId) external;

    /// @notice Disputes an assertion during its liveness, pulling the same bond from msg.sender.
    function disputeAssertion(bytes32 assertionId, address disputer) external;
}

/// @title IOptimisticOracleV3CallbackRecipient
/// @notice What UMA's OOv3 calls on an assertion's callback recipient. The OOv3 requires that these never revert
/// (a revert would block the assertion's settlement or dispute).
interface IOptimisticOracleV3CallbackRecipient {
    /// @notice The assertion was settled: `assertedTruthfully` is its resolution.
    function assertionResolvedCallback(bytes32 assertionId, bool assertedTruthfully) external;

    /// @notice The assertion was disputed; the oracle's vote decides it.
    function assertionDisputedCallback(bytes32 assertionId) external;
}
