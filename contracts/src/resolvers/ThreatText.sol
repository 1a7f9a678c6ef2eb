// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/// @title ThreatText
/// @notice The texts oracles read, built on chain from a threat's parameters so that nobody can ask about
/// anything else: the Reality.eth question and the UMA claim. Dates are ISO 8601 UTC ("2025-07-15T15:06:40Z"),
/// addresses EIP-55 checksummed, and a threat is named `<chain id>/<registry>/<id>`.
library ThreatText {
    /// @notice Reality.eth's separator between a question's title, category and language (U+241F).
    string internal constant SEPARATOR = "\u241f";
    /// @notice Category and language of every question (Reality.eth's template placeholders 2 and 3).
    string internal constant CATEGORY = "misc";
    string internal constant LANG = "en_US";

    /// @notice The Reality.eth question for the bool template (id 0): the title (JSON-escaped, as Reality.eth
    /// substitutes it into the template's JSON), then category and language.
    /// Example title: `Did 0x14dC…9955 do \"Pay Jane 13,000 USD\" before 2025-07-15T15:06:40Z? (Levetrage threat
    /// 31337/0x5FbD…0aa3/1)`.
    function realityQuestion(address adversary, string memory terms, uint256 deadline, string memory ref)
        internal
        pure
        returns (string memory)
    {
        string memory demand = string.concat("\\\"", jsonEscape(terms), "\\\"");
        string memory title = adversary == address(0)
            ? string.concat("Was ", demand, " done before ", isoDate(deadline), "?")
            : string.concat(
                "Did ", Strings.toChecksumHexString(adversary), " do ", demand, " before ", isoDate(deadline), "?"
            );
        return string.concat(title, " (Levetrage threat ", ref, ")", SEPARATOR, CATEGORY, SEPARATOR, LANG);
    }

    /// @notice The UMA claim (plain UTF-8, read by disputers and DVM voters).
    /// Example: `The demand of Levetrage threat 31337/0x5FbD…0aa3/2 was met before 2025-07-15T15:06:40Z:
    /// 0x14dC…9955 did "Pay Jane 13,000 USD".`
    function umaClaim(address adversary, string memory terms, uint256 deadline, string memory ref)
        internal
        pure
        returns (string memory)
    {
        string memory head =
            string.concat("The demand of Levetrage threat ", ref, " was met before ", isoDate(deadline), ": ");
        return adversary == address(0)
            ? string.concat(head, "\"", terms, "\" was done.")
            : string.concat(head, Strings.toChecksumHexString(adversary), " did \"", terms, "\".");
    }

    /// @notice `<chain id>/<registry, checksummed>/<id>`.
    function threatRef(uint256 chainId, address registry, uint256 id) internal pure returns (string memory) {
        return
            string.concat(
                Strings.toString(chainId), "/", Strings.toChecksumHexString(registry), "/", Strings.toString(id)
            );
    }

    /// @notice ISO 8601 UTC date and time of a unix timestamp: `YYYY-MM-DDTHH:MM:SSZ` (years beyond 9999 get
    /// more digits). Civil-from-days after Howard Hinnant's algorithm (proleptic Gregorian calendar).
    function isoDate(uint256 timestamp) internal pure returns (string memory) {
        (uint256 year, uint256 month, uint256 day) = civilFromDays(timestamp / 1 days);
        uint256 secs = timestamp % 1 days;
        return string.concat(
            _padded(year, 4),
            "-",
            _padded(month, 2),
            "-",
            _padded(day, 2),
            "T",
            _padded(secs / 3600, 2),
            ":",
            _padded((secs / 60) % 60, 2),
            ":",
            _padded(secs % 60, 2),
            "Z"
        );
    }

    /// @notice The (year, month 1-12, day 1-31) of day `daysSinceEpoch` (day 0 = 1970-01-01).
    function civilFromDays(uint256 daysSinceEpoch) internal pure returns (uint256 year, uint256 month, uint256 day) {
        uint256 z = daysSinceEpoch + 719_468; // days since 0000-03-01
        uint256 era = z / 146_097; // 400-year eras
        uint256 doe = z - era * 146_097; // day of era [0, 146096]
        uint256 yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // year of era [0, 399]
        uint256 doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of year from March 1 [0, 365]
        uint256 mp = (5 * doy + 2) / 153; // month from March [0, 11]
        day = doy - (153 * mp + 2) / 5 + 1;
        month = mp < 10 ? mp + 3 : mp - 9;
        year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    }

    /// @notice `text` escaped for a JSON string: `"` and `\` get a backslash, control characters become `\u00XX`,
    /// and Reality.eth's separator U+241F becomes the six characters `\u241f` (so terms cannot inject a category).
    function jsonEscape(string memory text) internal pure returns (string memory) {
        bytes memory input = bytes(text);
        uint256 length = input.length;
        uint256 extra;
        for (uint256 i; i < length; ++i) {
            bytes1 c = input[i];
            if (c == "\"" || c == "\\") extra += 1;
            else if (uint8(c) < 0x20) extra += 5;
            else if (_isSeparator(input, i)) extra += 3;
        }
        if (extra == 0) return text;
        bytes memory out = new bytes(length + extra);
        bytes16 hexDigits = "0123456789abcdef";
        uint256 j;
        for (uint256 i; i < length; ++i) {
            bytes1 c = input[i];
            if (c == "\"" || c == "\\") {
                out[j++] = "\\";
                out[j++] = c;
            } else if (uint8(c) < 0x20) {
                out[j++] = "\\";
                out[j++] = "u";
                out[j++] = "0";
                out[j++] = "0";
                out[j++] = hexDigits[uint8(c) >> 4];
                out[j++] = hexDigits[uint8(c) & 15];
            } else if (_isSeparator(input, i)) {
                out[j++] = "\\";
                out[j++] = "u";
                out[j++] = "2";
                out[j++] = "4";
                out[j++] = "1";
                out[j++] = "f";
                i += 2;
            } else {
                out[j++] = c;
            }
        }
        return string(out);
    }

    /// @dev Whether the UTF-8 bytes at `i` are U+241F (E2 90 9F).
    function _isSeparator(bytes memory input, uint256 i) private pure returns (bool) {
        return input[i] == 0xE2 && i + 2 < input.length && input[i + 1] == 0x90 && input[i + 2] == 0x9F;
    }

    /// @dev `value` in decimal, left-padded with zeros to `width` digits.
    function _padded(uint256 value, uint256 width) private pure returns (string memory) {
        string memory digits = Strings.toString(value);
        uint256 length = bytes(digits).length;
        if (length >= width) return digits;
        bytes memory out = new bytes(width);
        uint256 pad = width - length;
        for (uint256 i; i < pad; ++i) {
            out[i] = "0";
        }
        for (uint256 i; i < length; ++i) {
            out[pad + i] = bytes(digits)[i];
        }
        return string(out);
    }
}
