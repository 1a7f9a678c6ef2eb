// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {ThreatText} from "../../src/resolvers/ThreatText.sol";

/// @notice The on-chain texts: ISO dates, JSON escaping, the question and claim formats.
contract ThreatTextTest is Test {
    function test_isoDate_vectors() public pure {
        assertEq(ThreatText.isoDate(0), "1970-01-01T00:00:00Z");
        assertEq(ThreatText.isoDate(951_782_400), "2000-02-29T00:00:00Z");
        assertEq(ThreatText.isoDate(1_750_000_000), "2025-06-15T15:06:40Z");
        assertEq(ThreatText.isoDate(1_752_592_000), "2025-07-15T15:06:40Z");
        assertEq(ThreatText.isoDate(4_102_444_799), "2099-12-31T23:59:59Z");
        assertEq(ThreatText.isoDate(4_107_542_400), "2100-03-01T00:00:00Z"); // 2100 is no leap year
        assertEq(ThreatText.isoDate(253_402_300_799), "9999-12-31T23:59:59Z");
        assertEq(ThreatText.isoDate(253_402_300_800), "10000-01-01T00:00:00Z");
        assertEq(ThreatText.isoDate(type(uint40).max), "36812-02-20T00:36:15Z");
    }

    /// @dev days_from_civil (Hinnant), the inverse, written independently of the formatter.
    function _daysFromCivil(uint256 y, uint256 m, uint256 d) internal pure returns (uint256) {
        if (m <= 2) y -= 1;
        uint256 era = y / 400;
        uint256 yoe = y - era * 400;
        uint256 mp = m > 2 ? m - 3 : m + 9;
        uint256 doy = (153 * mp + 2) / 5 + d - 1;
        uint256 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    function _isLeap(uint256 y) internal pure returns (bool) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    function testFuzz_civilFromDays_roundTripsAndIsValid(uint40 dayNumber) public pure {
        uint256 n = uint256(dayNumber) % 12_725_830; // every day a uint40 timestamp can name
        (uint256 y, uint256 m, uint256 d) = ThreatText.civilFromDays(n);
        assertGe(y, 1970);
        assertTrue(m >= 1 && m <= 12, "month");
        uint8[12] memory lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        uint256 monthLength = m == 2 && _isLeap(y) ? 29 : lengths[m - 1];
        assertTrue(d >= 1 && d <= monthLength, "day");
        assertEq(_daysFromCivil(y, m, d), n, "round trip");
    }

    function testFuzz_isoDate_timeOfDay(uint40 ts) public pure {
        bytes memory s = bytes(ThreatText.isoDate(ts));
        uint256 len = s.length;
        uint256 secs = uint256(ts) % 1 days;
        // ...THH:MM:SSZ
        assertEq(s[len - 1], "Z");
        assertEq(uint8(s[len - 3]) - 48, (secs % 60) / 10);
        assertEq(uint8(s[len - 2]) - 48, secs % 10);
        assertEq(uint8(s[len - 9]) - 48, (secs / 3600) / 10);
        assertEq(uint8(s[len - 8]) - 48, (secs / 3600) % 10);
    }

    function test_jsonEscape() public pure {
        assertEq(ThreatText.jsonEscape("plain text, 13,000 USD"), "plain text, 13,000 USD");
        assertEq(ThreatText.jsonEscape("say \"yes\""), "say \\\"yes\\\"");
        assertEq(ThreatText.jsonEscape("a\\b"), "a\\\\b");
        assertEq(ThreatText.jsonEscape("line1\nline2\t."), "line1\\u000aline2\\u0009.");
        assertEq(ThreatText.jsonEscape(unicode"x\u241fmisc"), "x\\u241fmisc", "no category injection");
        assertEq(ThreatText.jsonEscape(unicode"Café €"), unicode"Café €", "other UTF-8 untouched");
        assertEq(ThreatText.jsonEscape(""), "");
    }

    function test_threatRef() public pure {
        assertEq(
            ThreatText.threatRef(31_337, 0x5FbDB2315678afecb367f032d93F642f64180aa3, 12),
            "31337/0x5FbDB2315678afecb367f032d93F642f64180aa3/12"
        );
    }

    function test_realityQuestion_escapesTerms() public pure {
        string memory q = ThreatText.realityQuestion(address(0), "Publish \"sorry\"", 0, "1/0x00/1");
        assertEq(
            q,
            unicode"Was \\\"Publish \\\"sorry\\\"\\\" done before 1970-01-01T00:00:00Z? (Levetrage threat 1/0x00/1)␟misc␟en_US"
        );
    }
}
