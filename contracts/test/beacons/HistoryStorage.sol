// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Vm.sol";

/// @notice The EIP-2935 block-hash history contract, for forge tests (the forge EVM does not install it).
/// Runtime code from EIP-2935 (identical to what anvil serves at the same address); its ring buffer keeps
/// the hash of block n in slot n % 8191 and `get` serves block.number - 8191 <= n < block.number.
library HistoryStorage {
    address internal constant ADDRESS = 0x0000F90827F1C53a10cb7A02335B175320002935;
    uint256 internal constant SERVE_WINDOW = 8191;
    bytes internal constant RUNTIME_CODE =
        hex"3373fffffffffffffffffffffffffffffffffffffffe14604657602036036042575f35600143038111604257611fff81430311604257611fff9006545f5260205ff35b5f5ffd5b5f35611fff60014303065500";

    /// @notice Installs the history contract.
    function install(Vm vm) internal {
        vm.etch(ADDRESS, RUNTIME_CODE);
    }

    /// @notice Records `hash` as the hash of block `number`, as the system call at block number + 1 would.
    function record(Vm vm, uint256 number, bytes32 hash) internal {
        vm.store(ADDRESS, bytes32(number % SERVE_WINDOW), hash);
    }
}
