// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ILevetrage} from "../interfaces/ILevetrage.sol";
import {Odds, Status, Threat} from "../types/DataTypes.sol";
import {IResolverCommon} from "./interfaces/IResolverCommon.sol";

/// @notice The registry's hold budget (a public constant of LevetrageBase, not part of ILevetrage).
interface IHoldBudget {
    // solhint-disable-next-line func-name-mixedcase
    /// @notice Longest total time a threat may be held by fulfilment claims.
    function MAX_HOLD() external view returns (uint32);
}

/// @title ResolverBase
/// @notice What the resolver kinds share: the registry they serve (immutable: one deployment per registry), its
/// hold budget, the hook's caller check and a read of a threat's state. Every state-changing entry point of a
/// kind is `nonReentrant` (the registry pays refunds to arbitrary beneficiaries during `fulfil`).
abstract contract ResolverBase is IResolverCommon, ReentrancyGuardTransient {
    /// @inheritdoc IResolverCommon
    ILevetrage public immutable registry;
    /// @notice The registry's MAX_HOLD: all holds of a threat together last at most this long.
    uint32 public immutable maxHold;

    /// @param registry_ The registry whose threats this resolver decides.
    constructor(ILevetrage registry_) {
        if (address(registry_) == address(0)) revert ZeroAddress();
        registry = registry_;
        maxHold = IHoldBudget(address(registry_)).MAX_HOLD();
    }

    modifier onlyRegistry() {
        if (msg.sender != address(registry)) revert NotRegistry(msg.sender);
        _;
    }

    /// @dev A threat's status, deadline and whether it has draws (a probabilistic threat).
    function _threatState(uint256 id) internal view returns (Status status, uint40 deadline, bool probabilistic) {
        (Threat memory threat, Odds memory odds) = registry.getThreat(id);
        return (threat.status, threat.deadline, address(odds.beacon) != address(0));
    }

    /// @dev Fulfilled, Refunded, Escalated, Forfeited or Cancelled: nothing can change the outcome any more.
    function _isDecided(Status status) internal pure returns (bool) {
        return uint8(status) >= uint8(Status.Fulfilled);
    }
}
