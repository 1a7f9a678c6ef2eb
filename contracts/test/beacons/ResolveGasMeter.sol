// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {Availability} from "../../src/types/DataTypes.sol";

/// @notice Measures what a caller (the registry) pays for one `resolve`, cold accesses included, on a real
/// chain via eth_call. Used by `lib/randomness/onchain.test.ts`.
contract ResolveGasMeter {
    /// @notice Gas spent by the caller on `beacon.resolve(ticket, proof)`, and its result.
    function measure(IRandomnessBeacon beacon, uint48 ticket, bytes calldata proof)
        external
        view
        returns (uint256 gasUsed, Availability availability, bytes32 value)
    {
        uint256 before = gasleft();
        (availability, value) = beacon.resolve(ticket, proof);
        gasUsed = before - gasleft();
    }
}
