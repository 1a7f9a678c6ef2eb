// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console2} from "forge-std/Script.sol";
import {ILevetrage} from "../src/interfaces/ILevetrage.sol";
import {INashToken} from "../src/interfaces/INashToken.sol";
import {IRandomnessBeacon} from "../src/interfaces/IRandomnessBeacon.sol";
import {Move} from "../src/types/DataTypes.sol";

/// @title Deploy
/// @notice Deploys NashToken, the Levetrage registry and the PrevrandaoBeacon (plus the VrfBeacon when
/// `VRF_COORDINATOR` is set), allows the beacons, sets the NASH fees and, on the local anvil chain, gives each
/// of the 10 dev accounts NASH. Same script for every EVM chain; run it through `npm run dev` (local) or
/// `npm run deploy` (RPC_URL + PRIVATE_KEY), which record the addresses in lib/contracts/deployments.json.
/// @dev Contracts are deployed from their artifacts (`deployCode`) so this script depends only on the fixed
/// interfaces. Environment (all optional):
///   PRIVATE_KEY              deployer key (default: anvil key 0)
///   NASH_SUPPLY              whole NASH minted to the deployer (default 1,000,000)
///   FEE_COMMITMENT_NASH      NASH burned per commitment (default 10)
///   FEE_PROBABILISTIC_NASH   NASH burned per probabilistic threat (default 25)
///   BEACON_DELAY             blocks between a draw request and the block whose prevrandao decides it (default 2)
///   DEV_NASH_EACH            whole NASH given to each anvil dev account on chain 31337 (default 10,000)
///   FEE_CONTROLLER           hand the fee controller role to this address at the end (default: keep deployer)
///   VRF_COORDINATOR, VRF_SUBSCRIPTION_ID, VRF_KEY_HASH, VRF_CALLBACK_GAS_LIMIT (default 200,000),
///   VRF_REQUEST_CONFIRMATIONS (default 3), VRF_LAPSE_BLOCKS (default 7,200),
///   VRF_ADD_CONSUMER (true: add the VrfBeacon as a consumer of the subscription; the deployer must own it)
contract Deploy is Script {
    uint256 internal constant ANVIL_KEY_0 = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;
    string internal constant ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
    uint256 internal constant LOCAL_CHAIN_ID = 31337;

    /// @notice Addresses produced by one run (zero vrfBeacon when not deployed).
    struct Deployed {
        address nash;
        address levetrage;
        address prevrandaoBeacon;
        address vrfBeacon;
    }

    /// @notice Entry point of `forge script contracts/script/Deploy.s.sol --broadcast`.
    /// @return d The deployed addresses (also logged as `DEPLOYED <name> <address>` lines).
    function run() external returns (Deployed memory d) {
        uint256 pk = vm.envOr("PRIVATE_KEY", ANVIL_KEY_0);
        address deployer = vm.addr(pk);
        uint256 supply = vm.envOr("NASH_SUPPLY", uint256(1_000_000)) * 1 ether;
        uint96 feeCommitment = uint96(vm.envOr("FEE_COMMITMENT_NASH", uint256(10)) * 1 ether);
        uint96 feeProbabilistic = uint96(vm.envOr("FEE_PROBABILISTIC_NASH", uint256(25)) * 1 ether);
        uint8 delay = uint8(vm.envOr("BEACON_DELAY", uint256(2)));

        vm.startBroadcast(pk);
        // Order matters locally: nonces 0, 1, 2 give the deterministic addresses recorded for chain 31337.
        d.nash = deployCode("NashToken.sol:NashToken", abi.encode(deployer, supply));
        d.levetrage = deployCode("Levetrage.sol:Levetrage", abi.encode(d.nash, deployer));
        d.prevrandaoBeacon = deployCode("PrevrandaoBeacon.sol:PrevrandaoBeacon", abi.encode(delay));

        ILevetrage registry = ILevetrage(d.levetrage);
        registry.setBeaconAllowed(IRandomnessBeacon(d.prevrandaoBeacon), true);
        registry.setFee(Move.CreateCommitment, feeCommitment);
        registry.setFee(Move.CreateProbabilistic, feeProbabilistic);

        address coordinator = vm.envOr("VRF_COORDINATOR", address(0));
        if (coordinator != address(0)) {
            d.vrfBeacon = deployCode(
                "VrfBeacon.sol:VrfBeacon",
                abi.encode(
                    coordinator,
                    vm.envUint("VRF_SUBSCRIPTION_ID"),
                    vm.envBytes32("VRF_KEY_HASH"),
                    vm.envOr("VRF_CALLBACK_GAS_LIMIT", uint256(200_000)),
                    vm.envOr("VRF_REQUEST_CONFIRMATIONS", uint256(3)),
                    d.levetrage,
                    vm.envOr("VRF_LAPSE_BLOCKS", uint256(7_200))
                )
            );
            registry.setBeaconAllowed(IRandomnessBeacon(d.vrfBeacon), true);
            if (vm.envOr("VRF_ADD_CONSUMER", false)) {
                // Only the subscription owner may add consumers: set this when the deployer owns it.
                (bool ok,) = coordinator.call(
                    abi.encodeWithSignature(
                        "addConsumer(uint256,address)", vm.envUint("VRF_SUBSCRIPTION_ID"), d.vrfBeacon
                    )
                );
                require(ok, "addConsumer failed: is the deployer the subscription owner?");
            }
        }

        if (block.chainid == LOCAL_CHAIN_ID) {
            uint256 each = vm.envOr("DEV_NASH_EACH", uint256(10_000)) * 1 ether;
            for (uint32 i = 0; i < 10; i++) {
                address account = vm.addr(vm.deriveKey(ANVIL_MNEMONIC, i));
                if (account != deployer) require(INashToken(d.nash).transfer(account, each), "NASH transfer failed");
            }
        }

        address feeController = vm.envOr("FEE_CONTROLLER", address(0));
        if (feeController != address(0) && feeController != deployer) registry.setFeeController(feeController);
        vm.stopBroadcast();

        console2.log("DEPLOYED nash", d.nash);
        console2.log("DEPLOYED levetrage", d.levetrage);
        console2.log("DEPLOYED prevrandaoBeacon", d.prevrandaoBeacon);
        if (d.vrfBeacon != address(0)) console2.log("DEPLOYED vrfBeacon", d.vrfBeacon);
    }
}
