// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Hashes} from "@openzeppelin/contracts/utils/cryptography/Hashes.sol";

/// @notice A Merkle tree as OpenZeppelin's MerkleProof verifies it (sorted-pair keccak256), over the leaves the
/// registry's allow-list uses: `keccak256(bytes.concat(keccak256(abi.encode(account))))`
/// (OpenZeppelin's StandardMerkleTree leaf of `["address"]`). An odd node is carried up unchanged.
library Merkle {
    function leaf(address account) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account))));
    }

    function leaves(address[] memory accounts) internal pure returns (bytes32[] memory out) {
        out = new bytes32[](accounts.length);
        for (uint256 i; i < accounts.length; ++i) {
            out[i] = leaf(accounts[i]);
        }
    }

    function root(bytes32[] memory level) internal pure returns (bytes32) {
        require(level.length != 0, "Merkle: empty");
        while (level.length > 1) level = _up(level);
        return level[0];
    }

    function proof(bytes32[] memory level, uint256 index) internal pure returns (bytes32[] memory path) {
        bytes32[] memory tmp = new bytes32[](64);
        uint256 n;
        while (level.length > 1) {
            uint256 sibling = index ^ 1;
            if (sibling < level.length) tmp[n++] = level[sibling];
            level = _up(level);
            index >>= 1;
        }
        path = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            path[i] = tmp[i];
        }
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory next) {
        next = new bytes32[]((level.length + 1) / 2);
        for (uint256 i; i < next.length; ++i) {
            uint256 left = 2 * i;
            next[i] = left + 1 < level.length ? Hashes.commutativeKeccak256(level[left], level[left + 1]) : level[left];
        }
    }
}
