// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrage} from "../../interfaces/ILevetrage.sol";
import {IResolver} from "../../interfaces/IResolver.sol";
import {Status} from "../../types/DataTypes.sol";

/// @title IResolverCommon
/// @notice What every resolver kind of this project shares (PanelResolver, RealityResolver, UmaResolver): the
/// registry it serves, the errors of the registry hook and one event for a registry call that failed on someone's
/// behalf. Each kind adds its own `describe(id)` view for UIs; `kind()` (IResolver) names it.
interface IResolverCommon is IResolver {
    /// @notice A registry call the resolver made while handling someone else's transaction failed (`reason` is the
    /// registry's revert data, e.g. `DrawDetermined`: settle the draw first). The transaction still completed, so
    /// an oracle callback or an answer can never be blocked by the registry; retry with the kind's retry function
    /// (`sync`, `execute`).
    event RegistryCallFailed(uint256 indexed id, bytes4 indexed selector, bytes reason);

    /// @notice Thrown by `onThreatCreated` when called by an account other than the registry the resolver serves.
    error NotRegistry(address caller);
    /// @notice Thrown when threat `id` has no configuration in this resolver (it names another resolver, or was
    /// created without `resolverData`).
    error UnknownThreat(uint256 id);
    /// @notice Thrown by `onThreatCreated` when `resolverData` does not have the kind's layout (its length).
    error InvalidResolverData(uint256 length);
    /// @notice Thrown when the threat is in a status in which the call can no longer do anything (fulfilled,
    /// refunded, escalated, forfeited, cancelled).
    error ThreatClosed(uint256 id, Status status);
    /// @notice Thrown by a constructor given a zero address.
    error ZeroAddress();

    /// @notice The registry whose threats this resolver decides (only it may call `onThreatCreated`).
    function registry() external view returns (ILevetrage);
}
