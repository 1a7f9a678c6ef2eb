// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Script, console2} from "forge-std/Script.sol";
import {ILevetrage} from "../src/interfaces/ILevetrage.sol";
import {INashToken} from "../src/interfaces/INashToken.sol";
import {IRandomnessBeacon} from "../src/interfaces/IRandomnessBeacon.sol";
import {PanelResolver} from "../src/resolvers/PanelResolver.sol";
import {RealityResolver} from "../src/resolvers/RealityResolver.sol";
import {UmaResolver} from "../src/resolvers/UmaResolver.sol";
import {IRealityETH} from "../src/resolvers/interfaces/IRealityETH.sol";
import {IOptimisticOracleV3} from "../src/resolvers/interfaces/IOptimisticOracleV3.sol";
import {IWETH} from "../src/resolvers/interfaces/IWETH.sol";
import {Peers} from "./lib/Peers.sol";

/// @title Deploy
/// @notice Deploys NashToken, the Levetrage registry (extension + core), the beacons, the resolvers and, on the
/// local anvil chain, the peers a real chain already has: a Uniswap v2 NASH/WETH pool (so makers can buy the NASH
/// a move burns), a Chainlink-style ETH/USD feed, Reality.eth with its reference arbitrator and UMA's Optimistic
/// Oracle V3. Same script for every EVM chain; run it through `npm run dev` (local) or `npm run deploy`
/// (RPC_URL + PRIVATE_KEY), which record the addresses in lib/contracts/deployments.json.
/// @dev Contracts are deployed from their artifacts (`deployCode`) so this script depends only on interfaces.
/// It refuses unsafe settings off the local chain (security review #12): a beacon delay below 32 blocks, a delay
/// that does not fit 8 bits, and the prevrandao beacon on chains where a sequencer sets prevrandao.
/// Environment (all optional):
///   PRIVATE_KEY              deployer key (default: anvil key 0; refused off the local chain)
///   NASH_SUPPLY              whole NASH minted to the deployer (default 1,000,000)
///   FEE_COMMITMENT_NASH      NASH burned per commitment (default 10)
///   FEE_PROBABILISTIC_NASH   NASH burned per probabilistic threat (default 25)
///   BEACON_DELAY             blocks between a draw request and its deciding block (default 2 locally, 64
///                            elsewhere; at least 32 off the local chain, at most 255)
///   PREVRANDAO_BEACON        off the local chain: "auto" (default: only on Ethereum L1 chains), "off"
///   DEV_NASH_EACH            whole NASH given to each anvil dev account on chain 31337 (default 10,000)
///   FEE_CONTROLLER           hand the fee controller role to this address at the end (default: keep deployer)
///   VRF_COORDINATOR, VRF_SUBSCRIPTION_ID, VRF_KEY_HASH, VRF_CALLBACK_GAS_LIMIT (default 200,000),
///   VRF_REQUEST_CONFIRMATIONS (default 3), VRF_LAPSE_BLOCKS (default 7,200), VRF_REQUEST_FEE_WEI (default 0:
///   LINK billing), VRF_ADD_CONSUMER (true: add the VrfBeacon as a consumer; the deployer must own it)
///   UNISWAP_V2_ROUTER        off the local chain: the router the wizard swaps ETH for NASH through
///   ETH_USD_FEED             off the local chain: a Chainlink ETH/USD AggregatorV3 feed
///   REALITY_ETH, REALITY_ARBITRATOR  off the local chain: a Reality.eth v3 instance (and a default arbitrator)
///   UMA_OOV3, UMA_CURRENCY   off the local chain: UMA's Optimistic Oracle V3 and its bond currency
contract Deploy is Script {
    uint256 internal constant ANVIL_KEY_0 = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;
    string internal constant ANVIL_MNEMONIC = "test test test test test test test test test test test junk";
    uint256 internal constant LOCAL_CHAIN_ID = 31337;
    /// @notice The smallest beacon delay allowed off the local chain (docs/randomness.md).
    uint256 internal constant MIN_PUBLIC_DELAY = 32;

    /// @notice Addresses produced by one run (zero when not deployed on this chain).
    struct Deployed {
        address nash;
        address levetrage;
        address extension;
        address prevrandaoBeacon;
        address vrfBeacon;
        address weth;
        address uniswapFactory;
        address uniswapRouter;
        address nashWethPair;
        address ethUsdFeed;
        address panelResolver;
        address realityResolver;
        address umaResolver;
        address reality;
        address realityArbitrator;
        address umaOracle;
        address umaDvm;
    }

    /// @notice Thrown for a setting this script refuses off the local chain.
    error UnsafeSetting(string why);

    /// @notice Entry point of `forge script contracts/script/Deploy.s.sol --broadcast`.
    /// @return d The deployed addresses (also logged as `DEPLOYED <name> <address>` lines).
    function run() external returns (Deployed memory d) {
        bool local = block.chainid == LOCAL_CHAIN_ID;
        uint256 pk = local ? vm.envOr("PRIVATE_KEY", ANVIL_KEY_0) : vm.envUint("PRIVATE_KEY");
        if (!local && pk == ANVIL_KEY_0) revert UnsafeSetting("PRIVATE_KEY is anvil's public dev key");
        address deployer = vm.addr(pk);
        uint256 supply = vm.envOr("NASH_SUPPLY", uint256(1_000_000)) * 1 ether;
        uint96 feeCommitment = uint96(vm.envOr("FEE_COMMITMENT_NASH", uint256(10)) * 1 ether);
        uint96 feeProbabilistic = uint96(vm.envOr("FEE_PROBABILISTIC_NASH", uint256(25)) * 1 ether);
        uint8 delay = _beaconDelay(local);
        bool prevrandao = _prevrandaoAllowed(local);

        vm.startBroadcast(pk);
        // NASH must know the registry's address before the registry exists: it is deployer nonce + 2.
        uint64 nonce = vm.getNonce(deployer);
        address predicted = vm.computeCreateAddress(deployer, nonce + 2);
        d.nash = deployCode("NashToken.sol:NashToken", abi.encode(deployer, supply, predicted, deployer));
        d.extension = deployCode("LevetrageExtension.sol:LevetrageExtension", abi.encode(d.nash));
        d.levetrage = deployCode(
            "Levetrage.sol:Levetrage", abi.encode(d.nash, deployer, d.extension, feeCommitment, feeProbabilistic)
        );
        require(d.levetrage == predicted, "registry address differs from the one NASH was given");
        ILevetrage registry = ILevetrage(d.levetrage);

        if (prevrandao) {
            d.prevrandaoBeacon = deployCode("PrevrandaoBeacon.sol:PrevrandaoBeacon", abi.encode(delay));
            registry.setBeaconAllowed(IRandomnessBeacon(d.prevrandaoBeacon), true);
        }
        d.vrfBeacon = _deployVrf(registry);
        if (d.prevrandaoBeacon == address(0) && d.vrfBeacon == address(0)) {
            revert UnsafeSetting("no safe beacon on this chain: set VRF_COORDINATOR (prevrandao is unsafe here)");
        }

        if (local) {
            _fundDevAccounts(d.nash, deployer);
            _deployLocalPeers(d, deployer);
        } else {
            d.uniswapRouter = vm.envOr("UNISWAP_V2_ROUTER", address(0));
            d.ethUsdFeed = vm.envOr("ETH_USD_FEED", address(0));
            _deployPublicResolvers(d, registry);
        }

        address feeController = vm.envOr("FEE_CONTROLLER", address(0));
        if (feeController != address(0) && feeController != deployer) registry.setFeeController(feeController);
        vm.stopBroadcast();

        _log(d);
    }

    /// @dev BEACON_DELAY, checked: it must fit the beacon's uint8 (no silent truncation: 300 is not 44) and be at
    /// least MIN_PUBLIC_DELAY off the local chain (a proposer with consecutive slots could otherwise know the
    /// draw before including the request).
    function _beaconDelay(bool local) internal view returns (uint8) {
        uint256 raw = vm.envOr("BEACON_DELAY", local ? uint256(2) : uint256(64));
        if (raw == 0 || raw > type(uint8).max) revert UnsafeSetting("BEACON_DELAY must be 1..255 blocks");
        if (!local && raw < MIN_PUBLIC_DELAY) {
            revert UnsafeSetting("BEACON_DELAY must be at least 32 on a public chain");
        }
        return uint8(raw);
    }

    /// @dev The prevrandao beacon is safe only where prevrandao is the beacon chain's RANDAO (Ethereum L1 and its
    /// testnets, and anvil); on rollups the sequencer sets it (docs/randomness.md).
    function _prevrandaoAllowed(bool local) internal view returns (bool) {
        if (local) return true;
        string memory mode = vm.envOr("PREVRANDAO_BEACON", string("auto"));
        if (keccak256(bytes(mode)) == keccak256("off")) return false;
        if (keccak256(bytes(mode)) != keccak256("auto")) revert UnsafeSetting("PREVRANDAO_BEACON must be auto or off");
        uint256 id = block.chainid;
        return id == 1 || id == 11155111 || id == 17000 || id == 560048; // mainnet, Sepolia, Holesky, Hoodi
    }

    function _deployVrf(ILevetrage registry) internal returns (address vrf) {
        address coordinator = vm.envOr("VRF_COORDINATOR", address(0));
        if (coordinator == address(0)) return address(0);
        vrf = deployCode(
            "VrfBeacon.sol:VrfBeacon",
            abi.encode(
                coordinator,
                vm.envUint("VRF_SUBSCRIPTION_ID"),
                vm.envBytes32("VRF_KEY_HASH"),
                vm.envOr("VRF_CALLBACK_GAS_LIMIT", uint256(200_000)),
                vm.envOr("VRF_REQUEST_CONFIRMATIONS", uint256(3)),
                address(registry),
                vm.envOr("VRF_LAPSE_BLOCKS", uint256(7_200)),
                vm.envOr("VRF_REQUEST_FEE_WEI", uint256(0))
            )
        );
        registry.setBeaconAllowed(IRandomnessBeacon(vrf), true);
        if (vm.envOr("VRF_ADD_CONSUMER", false)) {
            // Only the subscription owner may add consumers: set this when the deployer owns it.
            (bool ok,) = coordinator.call(
                abi.encodeWithSignature("addConsumer(uint256,address)", vm.envUint("VRF_SUBSCRIPTION_ID"), vrf)
            );
            require(ok, "addConsumer failed: is the deployer the subscription owner?");
        }
    }

    /// @dev Every anvil dev account but the deployer gets DEV_NASH_EACH NASH.
    function _fundDevAccounts(address nash, address deployer) internal {
        uint256 each = vm.envOr("DEV_NASH_EACH", uint256(10_000)) * 1 ether;
        for (uint32 i = 0; i < 10; i++) {
            address account = vm.addr(vm.deriveKey(ANVIL_MNEMONIC, i));
            if (account != deployer) require(INashToken(nash).transfer(account, each), "NASH transfer failed");
        }
    }

    /// @dev The local chain's stand-ins for what public chains already have, each the real, compiled contract
    /// from npm: WETH9, Uniswap v2 factory + router02 with a seeded NASH/WETH pool (100,000 NASH : 10 ETH, so a
    /// 25-NASH fee costs about 0.0025 ETH), and Chainlink's MockV3Aggregator at 3,000 USD per ETH.
    function _deployLocalPeers(Deployed memory d, address deployer) internal {
        // Reality.eth v3.0 with its reference arbitrator, UMA's OOv3 stack (MockOracleAncillary as the DVM), WETH9
        // and the three resolvers (contracts/script/lib/Peers.sol).
        Peers.Stack memory s = Peers.deployAll(ILevetrage(d.levetrage), Peers.localSettings());
        d.weth = s.weth;
        d.reality = s.reality;
        d.realityArbitrator = s.arbitrator;
        d.umaOracle = s.uma.optimisticOracle;
        d.umaDvm = s.uma.mockOracle;
        d.panelResolver = s.panelResolver;
        d.realityResolver = s.realityResolver;
        d.umaResolver = s.umaResolver;
        d.uniswapFactory = _deployNpm("node_modules/@uniswap/v2-core/build/UniswapV2Factory.json", abi.encode(deployer));
        d.uniswapRouter = _deployNpm(
            "node_modules/@uniswap/v2-periphery/build/UniswapV2Router02.json", abi.encode(d.uniswapFactory, d.weth)
        );
        uint256 nashLiquidity = 100_000 ether;
        INashToken(d.nash).approve(d.uniswapRouter, nashLiquidity);
        (bool ok,) = d.uniswapRouter.call{value: 10 ether}(
            abi.encodeWithSignature(
                "addLiquidityETH(address,uint256,uint256,uint256,address,uint256)",
                d.nash,
                nashLiquidity,
                nashLiquidity,
                10 ether,
                deployer,
                block.timestamp + 1 hours
            )
        );
        require(ok, "addLiquidityETH failed");
        (, bytes memory pair) =
            d.uniswapFactory.staticcall(abi.encodeWithSignature("getPair(address,address)", d.nash, d.weth));
        d.nashWethPair = abi.decode(pair, (address));
        // The pair can never claim ETH: it earns no dividends (its share goes to the other holders).
        (ok,) = d.nash.call(abi.encodeWithSignature("excludeFromDividends(address)", d.nashWethPair));
        require(ok, "excludeFromDividends(pair) failed");
        d.ethUsdFeed = deployCode("MockV3Aggregator.sol:MockV3Aggregator", abi.encode(uint8(8), int256(3_000e8)));
    }

    /// @dev Off the local chain: our panel resolver always, and the Reality.eth / UMA resolvers when the peers'
    /// addresses are given.
    function _deployPublicResolvers(Deployed memory d, ILevetrage registry) internal {
        d.panelResolver = address(new PanelResolver(registry));
        d.reality = vm.envOr("REALITY_ETH", address(0));
        d.realityArbitrator = vm.envOr("REALITY_ARBITRATOR", address(0));
        if (d.reality != address(0)) {
            d.realityResolver = address(new RealityResolver(registry, IRealityETH(d.reality)));
        }
        d.umaOracle = vm.envOr("UMA_OOV3", address(0));
        if (d.umaOracle != address(0)) {
            d.weth = vm.envAddress("UMA_CURRENCY");
            d.umaResolver = address(new UmaResolver(registry, IOptimisticOracleV3(d.umaOracle), IWETH(d.weth)));
        }
    }

    /// @dev Deploys a contract from a Waffle/Truffle-style npm artifact (`bytecode` as hex without 0x).
    function _deployNpm(string memory path, bytes memory args) internal returns (address deployed) {
        string memory json = vm.readFile(path);
        bytes memory code =
            abi.encodePacked(vm.parseBytes(string.concat("0x", vm.parseJsonString(json, ".bytecode"))), args);
        assembly ("memory-safe") {
            deployed := create(0, add(code, 0x20), mload(code))
        }
        require(deployed != address(0), string.concat("deploy failed: ", path));
    }

    function _log(Deployed memory d) internal pure {
        console2.log("DEPLOYED nash", d.nash);
        console2.log("DEPLOYED levetrage", d.levetrage);
        console2.log("DEPLOYED extension", d.extension);
        if (d.prevrandaoBeacon != address(0)) console2.log("DEPLOYED prevrandaoBeacon", d.prevrandaoBeacon);
        if (d.vrfBeacon != address(0)) console2.log("DEPLOYED vrfBeacon", d.vrfBeacon);
        if (d.weth != address(0)) console2.log("DEPLOYED weth", d.weth);
        if (d.uniswapFactory != address(0)) console2.log("DEPLOYED uniswapFactory", d.uniswapFactory);
        if (d.uniswapRouter != address(0)) console2.log("DEPLOYED uniswapRouter", d.uniswapRouter);
        if (d.nashWethPair != address(0)) console2.log("DEPLOYED nashWethPair", d.nashWethPair);
        if (d.ethUsdFeed != address(0)) console2.log("DEPLOYED ethUsdFeed", d.ethUsdFeed);
        if (d.panelResolver != address(0)) console2.log("DEPLOYED panelResolver", d.panelResolver);
        if (d.realityResolver != address(0)) console2.log("DEPLOYED realityResolver", d.realityResolver);
        if (d.umaResolver != address(0)) console2.log("DEPLOYED umaResolver", d.umaResolver);
        if (d.reality != address(0)) console2.log("DEPLOYED reality", d.reality);
        if (d.realityArbitrator != address(0)) console2.log("DEPLOYED realityArbitrator", d.realityArbitrator);
        if (d.umaOracle != address(0)) console2.log("DEPLOYED umaOracle", d.umaOracle);
        if (d.umaDvm != address(0)) console2.log("DEPLOYED umaDvm", d.umaDvm);
    }
}
