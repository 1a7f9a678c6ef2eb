// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Levetrage} from "../../src/Levetrage.sol";
import {LevetrageExtension} from "../../src/LevetrageExtension.sol";
import {NashToken} from "../../src/NashToken.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {Move} from "../../src/types/DataTypes.sol";
import {InvariantBeacon} from "./helpers/InvariantBeacon.sol";
import {RegistryHandler} from "./handlers/RegistryHandler.sol";

/// @notice The invariant suite's own fixture (independent of contracts/test/utils/BaseTest.sol): NASH deployed
/// with the registry's predicted address (as BaseTest._deployRegistry does), the extension and the registry, the
/// suite's beacon, non-zero NASH fees, and the handler with NASH spread over its holders (makers included).
abstract contract InvariantBase is Test {
    uint256 internal constant SUPPLY = 1_000_000e18;
    uint40 internal constant START_TIME = 1_750_000_000;
    uint96 internal constant FEE_COMMITMENT = 10e18;
    uint96 internal constant FEE_PROBABILISTIC = 25e18;

    NashToken internal nash;
    ILevetrage internal registry;
    Levetrage internal core;
    LevetrageExtension internal extension;
    InvariantBeacon internal beacon;
    RegistryHandler internal handler;

    address internal feeController = makeAddr("feeController");
    address internal excluder = makeAddr("excluder");
    address internal firstHolder = makeAddr("h0");

    function _deploy() internal {
        vm.warp(START_TIME);
        vm.roll(1_000);
        uint256 nonce = vm.getNonce(address(this));
        address predicted = vm.computeCreateAddress(address(this), nonce + 2);
        nash = new NashToken(firstHolder, SUPPLY, predicted, excluder);
        extension = new LevetrageExtension(nash);
        core = new Levetrage(nash, feeController, extension, 0, 0); // fees set below through setFee + FEE_DELAY
        assertEq(address(core), predicted, "registry address as predicted for NASH");
        registry = ILevetrage(address(core));
        beacon = new InvariantBeacon();

        vm.startPrank(feeController);
        registry.setBeaconAllowed(beacon, true);
        registry.setFee(Move.CreateCommitment, FEE_COMMITMENT);
        registry.setFee(Move.CreateProbabilistic, FEE_PROBABILISTIC);
        vm.stopPrank();
        vm.warp(block.timestamp + core.FEE_DELAY());
        registry.applyFee(Move.CreateCommitment);
        registry.applyFee(Move.CreateProbabilistic);

        handler = new RegistryHandler(registry, nash, beacon, feeController, excluder, firstHolder);
        uint256 n = handler.holderCount();
        for (uint256 i = 1; i < n; ++i) {
            address to = handler.holders(i);
            vm.prank(firstHolder);
            nash.transfer(to, SUPPLY / (2 * n));
        }
        vm.label(address(nash), "NASH");
        vm.label(address(core), "Levetrage");
        vm.label(address(extension), "LevetrageExtension");
        vm.label(address(beacon), "InvariantBeacon");
        vm.label(address(handler), "RegistryHandler");
    }
}
