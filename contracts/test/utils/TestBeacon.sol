// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {Availability} from "../../src/types/DataTypes.sol";

/// @notice A beacon the test controls: each ticket starts Pending and undetermined; the test fixes its value
/// (`setReady`), lets it lapse (`setLapsed`) or marks it determined without a value yet (`setDetermined`).
/// Like a real beacon, a ticket's value can be set only once: nobody can choose between two values.
contract TestBeacon is IRandomnessBeacon {
    struct Entry {
        Availability availability;
        bool determined;
        bytes32 value;
    }

    /// @notice Thrown when a test tries to give a ticket a second value or revive a lapsed one.
    error AlreadyFixed(uint48 ticket);

    /// @notice The ticket the next `request` returns (tickets start at 1).
    uint48 public nextTicket = 1;
    /// @notice How many times `request` was called.
    uint256 public requests;
    /// @notice If set, `resolve` requires `proof == abi.encode(value)` for Ready tickets (mimics a proof check).
    bool public requireProof;
    /// @notice If set, `request` reverts (a cancelled subscription, a removed consumer, a migrated coordinator).
    bool public failRequests;
    /// @notice The fee `request` charges.
    uint256 public fee;
    /// @notice Gas `request` burns before answering (a beacon whose request is expensive, like a VRF request).
    uint256 public requestGasBurn;
    /// @notice If set, `request` returns tickets of 2^40 and above (unusable: the registry keeps 40 bits).
    bool public oversizedTickets;

    mapping(uint48 ticket => Entry) public entries;

    /// @inheritdoc IRandomnessBeacon
    function request() external payable returns (uint48 ticket) {
        if (failRequests) revert("TestBeacon: request refused");
        uint256 stop = gasleft() > requestGasBurn ? gasleft() - requestGasBurn : 0;
        while (gasleft() > stop) {}
        if (msg.value != fee) revert WrongRequestFee(fee, msg.value);
        ticket = nextTicket++;
        ++requests;
        if (oversizedTickets) ticket |= uint48(1 << 40);
    }

    /// @inheritdoc IRandomnessBeacon
    function requestFee() external view returns (uint256) {
        return fee;
    }

    /// @notice Makes `request` revert (or work again).
    function setFailRequests(bool on) external {
        failRequests = on;
    }

    /// @notice Makes `request` burn `gasAmount` gas first.
    function setRequestGasBurn(uint256 gasAmount) external {
        requestGasBurn = gasAmount;
    }

    /// @notice Makes `request` return tickets that do not fit 40 bits (or normal ones again).
    function setOversizedTickets(bool on) external {
        oversizedTickets = on;
    }

    /// @notice Sets the fee `request` charges.
    function setFee(uint256 fee_) external {
        fee = fee_;
    }

    /// @inheritdoc IRandomnessBeacon
    function resolve(uint48 ticket, bytes calldata proof)
        external
        view
        returns (Availability availability, bytes32 value)
    {
        Entry memory entry = entries[ticket];
        if (entry.availability != Availability.Ready) return (entry.availability, bytes32(0));
        if (requireProof && keccak256(proof) != keccak256(abi.encode(entry.value))) revert InvalidProof(ticket);
        return (Availability.Ready, entry.value);
    }

    /// @inheritdoc IRandomnessBeacon
    function isDetermined(uint48 ticket) external view returns (bool) {
        Entry memory entry = entries[ticket];
        return entry.determined || entry.availability != Availability.Pending;
    }

    /// @notice Fixes `ticket`'s value (once).
    function setReady(uint48 ticket, bytes32 value) external {
        if (entries[ticket].availability != Availability.Pending) revert AlreadyFixed(ticket);
        entries[ticket] = Entry(Availability.Ready, true, value);
    }

    /// @notice Makes `ticket` unprovable forever (a pending or undetermined ticket only).
    function setLapsed(uint48 ticket) external {
        if (entries[ticket].availability != Availability.Pending) revert AlreadyFixed(ticket);
        entries[ticket] = Entry(Availability.Lapsed, true, bytes32(0));
    }

    /// @notice Marks `ticket` determined (value knowable off-chain) while `resolve` still says Pending.
    function setDetermined(uint48 ticket) external {
        entries[ticket].determined = true;
    }

    /// @notice Turns the proof check on or off.
    function setRequireProof(bool on) external {
        requireProof = on;
    }

    /// @notice The last ticket handed out (0 before any request).
    function lastTicket() external view returns (uint48) {
        return nextTicket - 1;
    }
}
