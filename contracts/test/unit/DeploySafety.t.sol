// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Deploy} from "../../script/Deploy.s.sol";

/// @notice The deploy script refuses unsafe settings off the local chain (security review, issue #12): anvil's
/// public key, a beacon delay below 32 blocks or one that does not fit 8 bits (300 must not become 44), and the
/// prevrandao beacon where a sequencer sets prevrandao. Each case runs the real script on a chain id that is not
/// 31337 and expects its `UnsafeSetting` reason. The cases run one after another in one test: `vm.setEnv` changes
/// the environment of the whole forge process, which runs tests in parallel.
contract DeploySafetyTest is Test {
    uint256 internal constant ANVIL_KEY_0 = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;
    uint256 internal constant OTHER_KEY = 0xA11CE;

    Deploy internal script;

    function setUp() public {
        script = new Deploy();
        vm.setEnv("PRIVATE_KEY", vm.toString(bytes32(OTHER_KEY)));
        vm.setEnv("BEACON_DELAY", "64");
        vm.setEnv("PREVRANDAO_BEACON", "auto");
        vm.setEnv("VRF_COORDINATOR", vm.toString(address(0)));
    }

    /// @dev Runs the script with `key` set to `value` (the other settings safe) on `chainId`.
    function _run(uint256 chainId, string memory key, string memory value) internal returns (Deploy.Deployed memory) {
        setUp();
        vm.chainId(chainId);
        if (bytes(key).length > 0) vm.setEnv(key, value);
        return script.run();
    }

    function _expectUnsafe(uint256 chainId, string memory key, string memory value, string memory why) internal {
        vm.expectRevert(abi.encodeWithSelector(Deploy.UnsafeSetting.selector, why));
        this.runExternal(chainId, key, value);
    }

    /// @dev External so that `vm.expectRevert` applies to the whole run.
    /// A refusal inside the broadcast leaves the broadcast open (cheatcode state is not reverted): close it.
    function runExternal(uint256 chainId, string memory key, string memory value) external {
        try this.runInner(chainId, key, value) {}
        catch (bytes memory reason) {
            try vm.stopBroadcast() {} catch {}
            assembly ("memory-safe") {
                revert(add(reason, 0x20), mload(reason))
            }
        }
    }

    /// @dev The run itself, external so `runExternal` can catch its revert.
    function runInner(uint256 chainId, string memory key, string memory value) external {
        _run(chainId, key, value);
    }

    function test_RefusesUnsafeSettingsAndDeploysSafeOnes() public {
        uint256 sepolia = 11155111;
        _expectUnsafe(
            sepolia, "PRIVATE_KEY", vm.toString(bytes32(ANVIL_KEY_0)), "PRIVATE_KEY is anvil's public dev key"
        );
        _expectUnsafe(sepolia, "BEACON_DELAY", "2", "BEACON_DELAY must be at least 32 on a public chain");
        _expectUnsafe(sepolia, "BEACON_DELAY", "31", "BEACON_DELAY must be at least 32 on a public chain");
        _expectUnsafe(sepolia, "BEACON_DELAY", "300", "BEACON_DELAY must be 1..255 blocks");
        _expectUnsafe(31337, "BEACON_DELAY", "300", "BEACON_DELAY must be 1..255 blocks");
        _expectUnsafe(sepolia, "PREVRANDAO_BEACON", "yes", "PREVRANDAO_BEACON must be auto or off");
        // OP Mainnet: the sequencer sets prevrandao, and without a VRF coordinator no beacon is safe
        _expectUnsafe(10, "", "", "no safe beacon on this chain: set VRF_COORDINATOR (prevrandao is unsafe here)");
        _expectUnsafe(
            sepolia,
            "PREVRANDAO_BEACON",
            "off",
            "no safe beacon on this chain: set VRF_COORDINATOR (prevrandao is unsafe here)"
        );

        Deploy.Deployed memory d = _run(sepolia, "BEACON_DELAY", "32");
        assertTrue(d.levetrage != address(0), "registry deployed");
        assertTrue(d.prevrandaoBeacon != address(0), "prevrandao beacon allowed on Ethereum L1 chains");
        assertEq(d.uniswapRouter, address(0), "no local Uniswap off the local chain");
        assertTrue(d.panelResolver != address(0), "the panel resolver needs no peer");
    }
}
