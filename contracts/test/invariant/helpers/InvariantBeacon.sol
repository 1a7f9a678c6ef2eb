// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRandomnessBeacon} from "../../../src/interfaces/IRandomnessBeacon.sol";
import {Availability} from "../../../src/types/DataTypes.sol";

/// @notice The invariant suite's beacon: `contracts/test/utils/TestBeacon.sol` (tickets Pending until the test
/// fixes them Ready / Lapsed / determined, one value per ticket; `setFailRequests`, `setFee`) plus
/// `setHugeTickets`: `request` takes its fee and answers a ticket above the registry's 40-bit ticket field, the
/// "unusable ticket" a broken beacon could hand out. Kept in this folder so the suite does not couple to the
/// unit tests' copy.
contract InvariantBeacon is IRandomnessBeacon {
    struct Entry {
        Availability availability;
        bool determined;
        bytes32 value;
    }

    error AlreadyFixed(uint48 ticket);

    /// @notice The ticket the next usable `request` returns (tickets start at 1).
    uint48 public nextTicket = 1;
    /// @notice Successful `request` calls (usable or huge tickets), and the fees they took.
    uint256 public requests;
    uint256 public feesTaken;
    bool public failRequests;
    bool public hugeTickets;
    uint256 public fee;

    mapping(uint48 ticket => Entry) public entries;

    function request() external payable returns (uint48 ticket) {
        if (failRequests) revert("InvariantBeacon: request refused");
        if (msg.value != fee) revert WrongRequestFee(fee, msg.value);
        ++requests;
        feesTaken += msg.value;
        if (hugeTickets) return uint48(1 << 40) + uint48(requests);
        ticket = nextTicket++;
    }

    function requestFee() external view returns (uint256) {
        return fee;
    }

    function setFailRequests(bool on) external {
        failRequests = on;
    }

    function setHugeTickets(bool on) external {
        hugeTickets = on;
    }

    function setFee(uint256 fee_) external {
        fee = fee_;
    }

    function resolve(uint48 ticket, bytes calldata) external view returns (Availability, bytes32) {
        Entry memory entry = entries[ticket];
        if (entry.availability != Availability.Ready) return (entry.availability, bytes32(0));
        return (Availability.Ready, entry.value);
    }

    function isDetermined(uint48 ticket) external view returns (bool) {
        Entry memory entry = entries[ticket];
        return entry.determined || entry.availability != Availability.Pending;
    }

    function availabilityOf(uint48 ticket) external view returns (Availability) {
        return entries[ticket].availability;
    }

    function valueOf(uint48 ticket) external view returns (bytes32) {
        return entries[ticket].value;
    }

    function setReady(uint48 ticket, bytes32 value) external {
        if (entries[ticket].availability != Availability.Pending) revert AlreadyFixed(ticket);
        entries[ticket] = Entry(Availability.Ready, true, value);
    }

    function setLapsed(uint48 ticket) external {
        if (entries[ticket].availability != Availability.Pending) revert AlreadyFixed(ticket);
        entries[ticket] = Entry(Availability.Lapsed, true, bytes32(0));
    }

    function setDetermined(uint48 ticket) external {
        entries[ticket].determined = true;
    }

    /// @notice The last usable ticket handed out (0 before any).
    function lastTicket() external view returns (uint48) {
        return nextTicket - 1;
    }
}
