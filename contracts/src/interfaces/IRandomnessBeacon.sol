// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Availability} from "../types/DataTypes.sol";

/// @title IRandomnessBeacon
/// @notice A source of values nobody can know when they are requested (white paper section 10.3).
/// The registry asks for a ticket when draws become due and later resolves the ticket to a value.
/// A value, once fixed, is unique: no caller may choose between two values for one ticket.
interface IRandomnessBeacon {
    /// @notice Thrown by `resolve` when a proof does not prove the ticket's value.
    error InvalidProof(uint48 ticket);

    /// @notice Asks for a value that is not yet known to anyone.
    /// @return ticket An opaque handle, stored by the caller and passed to `resolve`.
    function request() external returns (uint48 ticket);

    /// @notice The value of a ticket.
    /// @param ticket A ticket returned by `request`.
    /// @param proof Evidence for beacons that need it (the RLP block header for the block beacon), empty otherwise.
    /// @return availability Pending (not fixed yet), Ready (value proven), or Lapsed (can never be proven now).
    /// @return value The random value when Ready, zero otherwise.
    function resolve(uint48 ticket, bytes calldata proof)
        external
        view
        returns (Availability availability, bytes32 value);

    /// @notice Whether the ticket's value is already fixed (known or knowable off-chain), proof or not.
    /// Once true, a terminator may no longer pre-empt the draw by fulfilling.
    function isDetermined(uint48 ticket) external view returns (bool);
}
