// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title HeaderRlp
/// @notice Reads the block number (field 8) and prevrandao / mixHash (field 13) straight from an RLP block
/// header in calldata, without copying or decoding the other fields. Same fields as OpenZeppelin's
/// `BlockHeader.getNumber` / `getPrevRandao` (tests compare them), at a fraction of the gas (~1k vs ~40k).
/// @dev Only walks the list; a caller must authenticate the header first (keccak256 against the block hash).
/// Any malformation (not a long list, wrong total length, a nested list, an item past the end, a number
/// longer than 32 bytes, a mix hash that is not exactly 32 bytes) returns `ok = false` instead of reverting.
library HeaderRlp {
    /// @notice The number and prevrandao of an RLP-encoded block header.
    /// @param header The RLP header (a list of at least 14 fields).
    /// @return ok Whether the header could be read.
    /// @return blockNumber Field 8, the block number.
    /// @return mixHash Field 13, prevrandao since Paris (mixHash before).
    function numberAndPrevrandao(bytes calldata header)
        internal
        pure
        returns (bool ok, uint256 blockNumber, bytes32 mixHash)
    {
        assembly ("memory-safe") {
            // Offset just past the item at `p`, or 0 if `p` is 0 (an earlier failure), a list, or ends past `end`.
            function skip(p, end) -> next {
                if or(iszero(p), iszero(lt(p, end))) { leave }
                let b := byte(0, calldataload(p))
                switch lt(b, 0xb8)
                case 1 {
                    next := add(p, 1)
                    if gt(b, 0x7f) { next := add(next, sub(b, 0x80)) }
                }
                default {
                    if gt(b, 0xbf) { leave } // a list: never a header field
                    let lenOfLen := sub(b, 0xb7)
                    let len := shr(mul(8, sub(32, lenOfLen)), calldataload(add(p, 1)))
                    next := add(add(add(p, 1), lenOfLen), len)
                }
                if gt(next, end) { next := 0 }
            }

            function read(start, length) -> good, num, mix {
                let end := add(start, length)
                if lt(length, 2) { leave }
                // A header is always longer than 55 bytes: a long list, prefix 0xf8..0xff.
                let b := byte(0, calldataload(start))
                if lt(b, 0xf8) { leave }
                let lenOfLen := sub(b, 0xf7)
                let p := add(add(start, 1), lenOfLen)
                let payload := shr(mul(8, sub(32, lenOfLen)), calldataload(add(start, 1)))
                if iszero(eq(add(p, payload), end)) { leave }
                // Fields 0..6 have fixed sizes in every fork: parentHash, ommersHash (a0 + 32 bytes), coinbase
                // (94 + 20), stateRoot, transactionsRoot, receiptsRoot (a0 + 32), logsBloom (b9 0100 + 256).
                // Check their prefixes and jump over the 445 bytes.
                if gt(add(p, 446), end) { leave }
                if iszero(
                    and(
                        and(
                            and(eq(byte(0, calldataload(p)), 0xa0), eq(byte(0, calldataload(add(p, 33))), 0xa0)),
                            and(
                                eq(byte(0, calldataload(add(p, 66))), 0x94),
                                eq(byte(0, calldataload(add(p, 87))), 0xa0)
                            )
                        ),
                        and(
                            and(
                                eq(byte(0, calldataload(add(p, 120))), 0xa0),
                                eq(byte(0, calldataload(add(p, 153))), 0xa0)
                            ),
                            eq(shr(232, calldataload(add(p, 186))), 0xb90100)
                        )
                    )
                ) { leave }
                // Field 7: difficulty (zero since Paris, any scalar before).
                p := skip(add(p, 445), end)
                if iszero(p) { leave }
                // Field 8: the number, a scalar of at most 32 bytes.
                if or(iszero(p), iszero(lt(p, end))) { leave }
                b := byte(0, calldataload(p))
                switch lt(b, 0x80)
                case 1 { num := b }
                default {
                    let len := sub(b, 0x80)
                    if gt(len, 32) { leave }
                    if len { num := shr(mul(8, sub(32, len)), calldataload(add(p, 1))) }
                }
                // Fields 8..12: number, gasLimit, gasUsed, timestamp, extraData.
                p := skip(p, end)
                p := skip(p, end)
                p := skip(p, end)
                p := skip(p, end)
                p := skip(p, end)
                if iszero(p) { leave }
                // Field 13: exactly 32 bytes (prefix 0xa0).
                if gt(add(p, 33), end) { leave }
                if iszero(eq(byte(0, calldataload(p)), 0xa0)) { leave }
                mix := calldataload(add(p, 1))
                good := 1
            }

            ok, blockNumber, mixHash := read(header.offset, header.length)
        }
    }
}
