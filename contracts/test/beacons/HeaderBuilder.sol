// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {RLP} from "@openzeppelin/contracts/utils/RLP.sol";

/// @notice Builds RLP block headers field by field so tests can forge and tamper with any field.
library HeaderBuilder {
    /// @notice The 21 fields of a Prague header, in RLP order (logs bloom and nonce as raw bytes).
    struct Header {
        bytes32 parentHash;
        bytes32 ommersHash;
        address coinbase;
        bytes32 stateRoot;
        bytes32 transactionsRoot;
        bytes32 receiptsRoot;
        bytes logsBloom;
        uint256 difficulty;
        uint256 number;
        uint256 gasLimit;
        uint256 gasUsed;
        uint256 timestamp;
        bytes extraData;
        bytes32 mixHash;
        bytes8 nonce;
        uint256 baseFeePerGas;
        bytes32 withdrawalsRoot;
        uint256 blobGasUsed;
        uint256 excessBlobGas;
        bytes32 parentBeaconBlockRoot;
        bytes32 requestsHash;
    }

    /// @notice A header whose 32-byte fields are all distinct, so reading a wrong field gives a wrong value.
    function make(uint256 number, bytes32 mixHash) internal pure returns (Header memory h) {
        h.parentHash = keccak256(abi.encode("parent", number));
        h.ommersHash = 0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347;
        h.coinbase = address(0xC0FFEE);
        h.stateRoot = keccak256(abi.encode("state", number));
        h.transactionsRoot = keccak256(abi.encode("txs", number));
        h.receiptsRoot = keccak256(abi.encode("receipts", number));
        h.logsBloom = new bytes(256);
        h.difficulty = 0;
        h.number = number;
        h.gasLimit = 30_000_000;
        h.gasUsed = 1_234_567;
        h.timestamp = 1_700_000_000 + number * 12;
        h.extraData = bytes("levetrage");
        h.mixHash = mixHash;
        h.nonce = bytes8(0);
        h.baseFeePerGas = 7 gwei;
        h.withdrawalsRoot = keccak256(abi.encode("withdrawals", number));
        h.blobGasUsed = 131072;
        h.excessBlobGas = 0;
        h.parentBeaconBlockRoot = keccak256(abi.encode("beacon", number));
        h.requestsHash = 0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855;
    }

    /// @notice The RLP items of the first `count` fields (15 = pre-London ... 20 = Cancun, 21 = Prague).
    function items(Header memory h, uint256 count) internal pure returns (bytes[] memory list) {
        bytes[] memory all = new bytes[](21);
        all[0] = RLP.encode(h.parentHash);
        all[1] = RLP.encode(h.ommersHash);
        all[2] = RLP.encode(h.coinbase);
        all[3] = RLP.encode(h.stateRoot);
        all[4] = RLP.encode(h.transactionsRoot);
        all[5] = RLP.encode(h.receiptsRoot);
        all[6] = RLP.encode(h.logsBloom);
        all[7] = RLP.encode(h.difficulty);
        all[8] = RLP.encode(h.number);
        all[9] = RLP.encode(h.gasLimit);
        all[10] = RLP.encode(h.gasUsed);
        all[11] = RLP.encode(h.timestamp);
        all[12] = RLP.encode(h.extraData);
        all[13] = RLP.encode(h.mixHash);
        all[14] = RLP.encode(abi.encodePacked(h.nonce));
        all[15] = RLP.encode(h.baseFeePerGas);
        all[16] = RLP.encode(h.withdrawalsRoot);
        all[17] = RLP.encode(h.blobGasUsed);
        all[18] = RLP.encode(h.excessBlobGas);
        all[19] = RLP.encode(h.parentBeaconBlockRoot);
        all[20] = RLP.encode(h.requestsHash);
        list = new bytes[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = all[i];
        }
    }

    /// @notice The RLP of the first `count` fields.
    function encode(Header memory h, uint256 count) internal pure returns (bytes memory) {
        return RLP.encode(items(h, count));
    }

    /// @notice The RLP of a full Prague header.
    function encode(Header memory h) internal pure returns (bytes memory) {
        return encode(h, 21);
    }
}
