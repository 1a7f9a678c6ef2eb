// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Action, Status, Threat} from "../types/DataTypes.sol";

/// @title ThreatPacking
/// @notice Whole-slot reads and writes of the 4-slot `Threat` struct (layout in DataTypes.sol), so that settling
/// reads each slot at most once. (Levetrage.create writes the four slots of a new threat in the same layout.)
/// Bit offsets follow Solidity's packing (first member in the lowest-order bytes):
///   slot 0: beneficiary [0,160) | stake [160,256)
///   slot 1: provider [0,160) | deadline [160,200) | start [200,240) | status [240,248) | timeoutAction [248,256)
///   slot 2: engagementId
///   slot 3: resolver [0,160) | settledPeriods [160,184) | pendingThrough [184,208) | ticket [208,256)
/// The ticket word holds the beacon's ticket in its low 40 bits and, above them, how many times the pending
/// draws lapsed and were requested again (see Levetrage.MAX_LAPSES).
library ThreatPacking {
    uint256 private constant ADDRESS_MASK = (1 << 160) - 1;

    /// @notice Beneficiary and stake.
    function loadSlot0(Threat storage threat) internal view returns (address beneficiary, uint96 stake) {
        uint256 word;
        assembly ("memory-safe") {
            word := sload(threat.slot)
        }
        beneficiary = address(uint160(word));
        stake = uint96(word >> 160);
    }

    /// @notice Provider, deadline, start, status and timeout action.
    function loadSlot1(Threat storage threat)
        internal
        view
        returns (address provider, uint40 deadline, uint40 start, Status status, Action timeoutAction)
    {
        uint256 word;
        assembly ("memory-safe") {
            word := sload(add(threat.slot, 1))
        }
        provider = address(uint160(word));
        deadline = uint40(word >> 160);
        start = uint40(word >> 200);
        status = Status(uint8(word >> 240));
        timeoutAction = Action(uint8(word >> 248));
    }

    /// @notice Resolver and the draw bookkeeping.
    function loadSlot3(Threat storage threat)
        internal
        view
        returns (address resolver, uint24 settledPeriods, uint24 pendingThrough, uint48 ticket)
    {
        uint256 word;
        assembly ("memory-safe") {
            word := sload(add(threat.slot, 3))
        }
        resolver = address(uint160(word));
        settledPeriods = uint24(word >> 160);
        pendingThrough = uint24(word >> 184);
        ticket = uint48(word >> 208);
    }

    /// @notice Sets the status (callers only ever move it forward).
    function setStatus(Threat storage threat, Status status) internal {
        assembly ("memory-safe") {
            let s := add(threat.slot, 1)
            let word := and(sload(s), not(shl(240, 0xff)))
            sstore(s, or(word, shl(240, status)))
        }
    }

    /// @notice Rewrites the draw bookkeeping, keeping the resolver.
    function setDraws(Threat storage threat, uint24 settledPeriods, uint24 pendingThrough, uint48 ticket) internal {
        uint256 bookkeeping =
            (uint256(settledPeriods) << 160) | (uint256(pendingThrough) << 184) | (uint256(ticket) << 208);
        assembly ("memory-safe") {
            let s := add(threat.slot, 3)
            sstore(s, or(and(sload(s), ADDRESS_MASK), bookkeeping))
        }
    }

    /// @notice Sets the stake (backers and pledgers join and leave).
    function setStake(Threat storage threat, uint256 stake) internal {
        assembly ("memory-safe") {
            let s := threat.slot
            sstore(s, or(and(sload(s), ADDRESS_MASK), shl(160, stake)))
        }
    }

    /// @notice Sets the start (a pool's activation) and the status.
    function setStartAndStatus(Threat storage threat, uint40 start, Status status) internal {
        assembly ("memory-safe") {
            let s := add(threat.slot, 1)
            let word := and(sload(s), not(shl(200, 0xffffffffffff)))
            sstore(s, or(word, or(shl(200, start), shl(240, status))))
        }
    }

    /// @notice Sets settledPeriods only (the threat leaves Live in the same call).
    function setSettled(Threat storage threat, uint24 settledPeriods) internal {
        assembly ("memory-safe") {
            let s := add(threat.slot, 3)
            let word := and(sload(s), not(shl(160, 0xffffff)))
            sstore(s, or(word, shl(160, settledPeriods)))
        }
    }
}
