// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {BlockHeader} from "@openzeppelin/contracts/utils/BlockHeader.sol";
import {HeaderRlp} from "../../src/beacons/HeaderRlp.sol";
import {HeaderBuilder} from "./HeaderBuilder.sol";
import {AnvilHeaderFixture} from "./AnvilHeaderFixture.sol";

/// @notice Exposes HeaderRlp on calldata and OpenZeppelin's BlockHeader on the same bytes.
contract HeaderRlpHarness {
    function read(bytes calldata header) external pure returns (bool ok, uint256 number, bytes32 prevrandao) {
        return HeaderRlp.numberAndPrevrandao(header);
    }

    function readOz(bytes memory header) external pure returns (uint256 number, bytes32 prevrandao) {
        return (BlockHeader.getNumber(header), BlockHeader.getPrevRandao(header));
    }
}

contract HeaderRlpTest is Test {
    using HeaderBuilder for HeaderBuilder.Header;

    HeaderRlpHarness internal h;

    function setUp() public {
        h = new HeaderRlpHarness();
    }

    function test_RealAnvilHeader_MatchesOpenZeppelin() public view {
        (bool ok, uint256 n, bytes32 mix) = h.read(AnvilHeaderFixture.RLP);
        (uint256 ozN, bytes32 ozMix) = h.readOz(AnvilHeaderFixture.RLP);
        assertTrue(ok);
        assertEq(n, AnvilHeaderFixture.NUMBER);
        assertEq(mix, AnvilHeaderFixture.MIX_HASH);
        assertEq(n, ozN);
        assertEq(mix, ozMix);
    }

    /// Differential: random field values, every fork's field count, both parsers agree.
    function testFuzz_MatchesOpenZeppelin(
        uint64 number,
        bytes32 mix,
        uint256 gasUsed,
        uint64 timestamp,
        bytes memory extra,
        uint8 forkFields
    ) public view {
        vm.assume(extra.length <= 96);
        uint256 count = bound(forkFields, 15, 21);
        HeaderBuilder.Header memory hd = HeaderBuilder.make(number, mix);
        hd.gasUsed = gasUsed;
        hd.timestamp = timestamp;
        hd.extraData = extra;
        bytes memory rlp = hd.encode(count);
        (bool ok, uint256 n, bytes32 m) = h.read(rlp);
        (uint256 ozN, bytes32 ozMix) = h.readOz(rlp);
        assertTrue(ok);
        assertEq(n, number);
        assertEq(m, mix);
        assertEq(n, ozN);
        assertEq(m, ozMix);
    }

    function test_Malformed_ReturnsNotOk() public view {
        bytes memory good = HeaderBuilder.make(77, keccak256("m")).encode();
        _notOk("");
        _notOk(hex"c0");
        _notOk(hex"f8");
        _notOk(HeaderBuilder.make(77, keccak256("m")).encode(13)); // no mix hash
        // Truncated and extended by one byte: total length no longer matches the list prefix.
        bytes memory cut = new bytes(good.length - 1);
        for (uint256 i; i < cut.length; ++i) {
            cut[i] = good[i];
        }
        _notOk(cut);
        _notOk(bytes.concat(good, hex"00"));
        // A mix hash of 31 bytes.
        HeaderBuilder.Header memory hd = HeaderBuilder.make(77, keccak256("m"));
        bytes[] memory items = hd.items(21);
        items[13] = hex"9f00112233445566778899aabbccddeeff00112233445566778899aabbccddee";
        _notOk(_list(items));
        // A nested list among the fields.
        items = hd.items(21);
        items[3] = hex"c0";
        _notOk(_list(items));
    }

    function _notOk(bytes memory rlp) internal view {
        (bool ok,,) = h.read(rlp);
        assertFalse(ok);
    }

    function _list(bytes[] memory items) internal pure returns (bytes memory) {
        bytes memory payload;
        for (uint256 i; i < items.length; ++i) {
            payload = bytes.concat(payload, items[i]);
        }
        require(payload.length > 55 && payload.length < 65536, "test list size");
        return bytes.concat(hex"f9", bytes2(uint16(payload.length)), payload);
    }
}
