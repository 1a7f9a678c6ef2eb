// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Engagement} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fuzzed forgeries of a provider's consent: no key but the provider's, no bytes but its signature,
/// and no change to any signed field gets a threat created.
contract EngagementFuzzTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    function testFuzz_OnlyTheProvidersKeySigns(uint256 key) public {
        key = bound(key, 1, SECP256K1_N - 1);
        vm.assume(key != providerKey);
        Engagement memory e = _engagement();
        bytes memory sig = _signWith(key, e);
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _params(Action.Escalate), e, sig, STAKE);
    }

    function testFuzz_GarbageNeverSigns(bytes memory garbage) public {
        Engagement memory e = _engagement();
        vm.assume(garbage.length != 0 && keccak256(garbage) != keccak256(_sign(e)));
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _params(Action.Escalate), e, garbage, STAKE);
    }

    /// Changing any one field after signing breaks the signature (or an earlier check refuses it).
    function testFuzz_EverySignedFieldCounts(uint8 field, uint256 salt) public {
        Engagement memory e = _engagement();
        e.uses = 5;
        e.maxStake = 100 ether;
        bytes memory sig = _sign(e);
        // Each change keeps every other check passing, so only the signature can refuse it.
        uint256 f = field % 7;
        if (f == 0) e.agreementHash = keccak256(abi.encode(salt));
        else if (f == 1) e.minStake = uint96(bound(salt, 1, STAKE)); // was 0
        else if (f == 2) e.maxStake = uint96(bound(salt, STAKE, 99 ether)); // was 100 ether
        else if (f == 3) e.kinds = uint8(bound(salt, 4, 255)) | 3; // both kinds still, plus an unknown bit
        else if (f == 4) e.validUntil = uint40(bound(salt, block.timestamp, e.validUntil - 1));
        else if (f == 5) e.uses = uint32(bound(salt, 1, 4)); // was 5
        else e.nonce = uint64(bound(salt, e.nonce + 1, type(uint64).max));
        vm.expectRevert(abi.encodeWithSelector(EngagementBadSignature.selector, provider));
        _createAs(maker, _params(Action.Escalate), e, sig, STAKE);
        assertEq(registry.nextId(), 1);
    }
}
