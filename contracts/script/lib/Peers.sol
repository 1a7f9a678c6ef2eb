// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Vm.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {IOptimisticOracleV3} from "../../src/resolvers/interfaces/IOptimisticOracleV3.sol";
import {IRealityETH} from "../../src/resolvers/interfaces/IRealityETH.sol";
import {IWETH} from "../../src/resolvers/interfaces/IWETH.sol";
import {PanelResolver} from "../../src/resolvers/PanelResolver.sol";
import {RealityResolver} from "../../src/resolvers/RealityResolver.sol";
import {UmaResolver} from "../../src/resolvers/UmaResolver.sol";

/// @title Peers
/// @notice Deploys the oracles the resolvers talk to, from the real code in node_modules, and the three resolvers:
/// WETH9 (Uniswap v2-periphery's build), Reality.eth v3.0 and its reference arbitrator (compiled by this project:
/// contracts/src/peers), UMA's Optimistic Oracle V3 with the Finder, Store, IdentifierWhitelist,
/// AddressWhitelist and MockOracleAncillary as the DVM (UMA core's hardhat artifacts).
/// Used by the resolver tests (contracts/test/resolvers/ResolverFixture.sol) and meant for Deploy.s.sol on the
/// local chain: inside `vm.startBroadcast`, `Peers.deployAll(registry, Peers.localSettings())`.
/// @dev Internal functions only: they run in the calling script or test, so its `vm.startBroadcast` sends every
/// creation and call, and the caller (the broadcaster, or the test contract) owns the arbitrator and UMA's
/// contracts. foundry.toml must allow reading the two artifact folders (fs_permissions: UMA_ARTIFACTS and the
/// folder of WETH9_ARTIFACT). Local only: MockOracleAncillary lets anyone push
/// the DVM's price, and the arbitrator rules as its owner says.
library Peers {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @notice Root of UMA's hardhat artifacts.
    string internal constant UMA_ARTIFACTS = "node_modules/@uma/core/artifacts/contracts/";
    /// @notice The WETH9 build (waffle format: bytecode without 0x).
    string internal constant WETH9_ARTIFACT = "node_modules/@uniswap/v2-periphery/build/WETH9.json";
    /// @notice The OOv3's default identifier, whitelisted for the DVM.
    bytes32 internal constant ASSERT_TRUTH = "ASSERT_TRUTH";

    /// @notice Thrown when a setup call to a peer fails (its revert data).
    error PeerCallFailed(address target, bytes reason);
    /// @notice Thrown when a creation returns no contract.
    error PeerCreateFailed(string artifact);

    /// @notice UMA's Optimistic Oracle V3 and what it needs.
    struct Uma {
        address finder;
        address store;
        address identifierWhitelist;
        address collateralWhitelist;
        address mockOracle; // MockOracleAncillary: the DVM (pushPrice / pushPriceByRequestId decides a dispute)
        address optimisticOracle;
    }

    /// @notice Everything `deployAll` deploys.
    struct Stack {
        address weth;
        address reality;
        address arbitrator; // Reality.eth's reference Arbitrator, owned by the deployer
        Uma uma;
        address panelResolver;
        address realityResolver;
        address umaResolver;
    }

    /// @notice Parameters of the peers.
    struct Settings {
        uint256 disputeFee; // the arbitrator's fee for a ruling (wei)
        uint256 umaFinalFee; // the Store's final fee for WETH: the OOv3's minimum bond is twice it
        uint64 umaDefaultLiveness; // the OOv3's default liveness (assertions of the resolver use the threat's)
    }

    /// @notice Settings for the local chain: dispute fee 0.01 ETH, final fee 0.005 WETH (minimum bond 0.01
    /// WETH), default liveness 2 hours.
    function localSettings() internal pure returns (Settings memory) {
        return Settings({disputeFee: 0.01 ether, umaFinalFee: 0.005 ether, umaDefaultLiveness: 2 hours});
    }

    /// @notice Deploys WETH9, Reality.eth with its arbitrator, UMA's OOv3 stack with WETH as its currency, and
    /// the three resolvers for `registry`.
    function deployAll(ILevetrage registry, Settings memory settings) internal returns (Stack memory s) {
        s.weth = deployWeth();
        s.reality = deployReality();
        s.arbitrator = deployArbitrator(s.reality, settings.disputeFee);
        s.uma = deployUma(s.weth, settings.umaFinalFee, settings.umaDefaultLiveness);
        (s.panelResolver, s.realityResolver, s.umaResolver) =
            deployResolvers(registry, s.reality, s.uma.optimisticOracle, s.weth);
    }

    /// @notice WETH9 from @uniswap/v2-periphery's build.
    function deployWeth() internal returns (address) {
        string memory json = VM.readFile(WETH9_ARTIFACT);
        bytes memory code = VM.parseBytes(string.concat("0x", VM.parseJsonString(json, ".bytecode")));
        return _create(code, "WETH9");
    }

    /// @notice Reality.eth v3.0 (its constructor creates the five standard templates; 0 is bool).
    function deployReality() internal returns (address) {
        return _create(VM.getCode("RealityETH-3.0.sol:RealityETH_v3_0"), "RealityETH_v3_0");
    }

    /// @notice Reality.eth's reference arbitrator for `reality`, owned by the caller, ruling for `disputeFee`.
    function deployArbitrator(address reality, uint256 disputeFee) internal returns (address arbitrator) {
        arbitrator = _create(VM.getCode("Arbitrator-development.sol:Arbitrator"), "Arbitrator");
        _call(arbitrator, abi.encodeWithSignature("setRealitio(address)", reality));
        _call(arbitrator, abi.encodeWithSignature("setDisputeFee(uint256)", disputeFee));
    }

    /// @notice UMA's OOv3 with `currency` whitelisted at final fee `finalFee`, the ASSERT_TRUTH identifier, and
    /// MockOracleAncillary as the DVM, all registered in a Finder; the caller owns them.
    function deployUma(address currency, uint256 finalFee, uint64 defaultLiveness) internal returns (Uma memory u) {
        u.finder = _createArtifact("data-verification-mechanism/implementation/Finder.sol/Finder.json", "");
        u.store = _createArtifact(
            "data-verification-mechanism/implementation/Store.sol/Store.json",
            abi.encode(uint256(0), uint256(0), address(0)) // no regular fees, no test timer
        );
        _call(u.store, abi.encodeWithSignature("setFinalFee(address,(uint256))", currency, finalFee));
        u.identifierWhitelist = _createArtifact(
            "data-verification-mechanism/implementation/IdentifierWhitelist.sol/IdentifierWhitelist.json", ""
        );
        _call(u.identifierWhitelist, abi.encodeWithSignature("addSupportedIdentifier(bytes32)", ASSERT_TRUTH));
        u.collateralWhitelist = _createArtifact("common/implementation/AddressWhitelist.sol/AddressWhitelist.json", "");
        _call(u.collateralWhitelist, abi.encodeWithSignature("addToWhitelist(address)", currency));
        u.mockOracle = _createArtifact(
            "data-verification-mechanism/test/MockOracleAncillary.sol/MockOracleAncillary.json",
            abi.encode(u.finder, address(0))
        );
        _register(u.finder, "Store", u.store);
        _register(u.finder, "IdentifierWhitelist", u.identifierWhitelist);
        _register(u.finder, "CollateralWhitelist", u.collateralWhitelist);
        _register(u.finder, "Oracle", u.mockOracle);
        u.optimisticOracle = _createArtifact(
            "optimistic-oracle-v3/implementation/OptimisticOracleV3.sol/OptimisticOracleV3.json",
            abi.encode(u.finder, currency, defaultLiveness)
        );
        _register(u.finder, "OptimisticOracleV3", u.optimisticOracle);
    }

    /// @notice The three resolvers for `registry`.
    function deployResolvers(ILevetrage registry, address reality, address optimisticOracle, address weth)
        internal
        returns (address panel, address realityResolver, address umaResolver)
    {
        panel = address(new PanelResolver(registry));
        realityResolver = address(new RealityResolver(registry, IRealityETH(reality)));
        umaResolver = address(new UmaResolver(registry, IOptimisticOracleV3(optimisticOracle), IWETH(weth)));
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    function _createArtifact(string memory path, bytes memory args) private returns (address) {
        string memory json = VM.readFile(string.concat(UMA_ARTIFACTS, path));
        return _create(bytes.concat(VM.parseJsonBytes(json, ".bytecode"), args), path);
    }

    function _create(bytes memory code, string memory name) private returns (address deployed) {
        assembly ("memory-safe") {
            deployed := create(0, add(code, 0x20), mload(code))
        }
        if (deployed == address(0)) revert PeerCreateFailed(name);
    }

    function _register(address finder, bytes32 name, address implementation) private {
        _call(finder, abi.encodeWithSignature("changeImplementationAddress(bytes32,address)", name, implementation));
    }

    function _call(address target, bytes memory data) private {
        (bool ok, bytes memory reason) = target.call(data);
        if (!ok) revert PeerCallFailed(target, reason);
    }
}
