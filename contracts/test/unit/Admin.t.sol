// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Levetrage} from "../../src/Levetrage.sol";
import {LevetrageExtension} from "../../src/LevetrageExtension.sol";
import {NashToken} from "../../src/NashToken.sol";
import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {Action, Engagement, Move, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Fee controller functions (fees with their delay and cap), the core/extension split, constructor and
/// constants.
contract AdminTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    function test_Constants() public view {
        assertEq(core.PROB_SCALE(), 1e9);
        assertEq(core.MIN_PERIOD(), 60);
        assertEq(core.MAX_DURATION(), 5 * 365 days);
        assertEq(core.MAX_HOLD(), 30 days);
        assertEq(core.FEE_DELAY(), 3 days);
        assertEq(core.MAX_LAPSES(), 3);
        assertEq(core.BEACON_GRACE(), 7 days);
        assertEq(core.MAX_DRAWS_PER_REQUEST(), 128);
        assertEq(core.SEND_GAS(), 100_000);
        assertEq(core.REQUEST_GAS(), 400_000);
        assertEq(address(core.nash()), address(nash));
        assertEq(address(core.extension()), address(extension));
        assertEq(core.feeController(), feeController);
        assertEq(registry.nextId(), 1);
        assertEq(registry.feeOf(Move.CreateCommitment), 0);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 0);
        assertEq(nash.registry(), address(registry));
    }

    function test_ConstructorEmitsControllerAndInitialFees() public {
        LevetrageExtension ext = new LevetrageExtension(nash);
        vm.expectEmit();
        emit FeeControllerChanged(address(0), feeController);
        vm.expectEmit();
        emit FeeSet(Move.CreateCommitment, 10e18);
        vm.expectEmit();
        emit FeeSet(Move.CreateProbabilistic, 25e18);
        Levetrage other = new Levetrage(nash, feeController, ext, 10e18, 25e18);
        assertEq(other.feeOf(Move.CreateCommitment), 10e18, "initial fees need no FEE_DELAY");
        assertEq(other.feeOf(Move.CreateProbabilistic), 25e18);
        assertEq(other.nextId(), 1);
    }

    function test_RevertWhen_ConstructorZeroOrMismatched() public {
        LevetrageExtension ext = new LevetrageExtension(nash);
        vm.expectRevert(ZeroAddress.selector);
        new Levetrage(nash, address(0), ext, 0, 0);
        vm.expectRevert(ZeroAddress.selector);
        new Levetrage(nash, feeController, LevetrageExtension(address(0)), 0, 0);
        vm.expectRevert(ZeroAddress.selector);
        new LevetrageExtension(INashToken(address(0)));
        // An extension made for another NASH token would run in this registry's storage with the wrong token.
        NashToken otherNash = new NashToken(holder, 1e18, makeAddr("some registry"), address(0));
        LevetrageExtension otherExt = new LevetrageExtension(otherNash);
        vm.expectRevert(ZeroAddress.selector);
        new Levetrage(nash, feeController, otherExt, 0, 0);
    }

    /*//////////////////////////////////////////////////////////////
                         FEES: DELAY AND CAP
    //////////////////////////////////////////////////////////////*/

    function test_FeeIncreaseWaitsForTheDelay() public {
        uint40 effectiveAt = uint40(block.timestamp + core.FEE_DELAY());
        vm.expectEmit(address(registry));
        emit FeeIncreaseScheduled(Move.CreateProbabilistic, 7e18, effectiveAt);
        vm.prank(feeController);
        registry.setFee(Move.CreateProbabilistic, 7e18);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 0, "not yet");
        (uint96 fee, uint40 at) = registry.pendingFeeOf(Move.CreateProbabilistic);
        assertEq(fee, 7e18);
        assertEq(at, effectiveAt);

        vm.warp(effectiveAt - 1);
        vm.expectRevert(abi.encodeWithSelector(FeeNotDue.selector, Move.CreateProbabilistic, effectiveAt));
        registry.applyFee(Move.CreateProbabilistic);

        vm.warp(effectiveAt);
        vm.expectEmit(address(registry));
        emit FeeSet(Move.CreateProbabilistic, 7e18);
        vm.prank(anyone); // anyone applies a due increase
        registry.applyFee(Move.CreateProbabilistic);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 7e18);
        assertEq(registry.feeOf(Move.CreateCommitment), 0, "fees are per move");
        (fee, at) = registry.pendingFeeOf(Move.CreateProbabilistic);
        assertEq(at, 0, "nothing pending any more");
        vm.expectRevert(abi.encodeWithSelector(FeeNotDue.selector, Move.CreateProbabilistic, uint40(0)));
        registry.applyFee(Move.CreateProbabilistic);
        assertEq(registry.nextId(), 1, "fees share a slot with nextId without touching it");
    }

    function test_FeeDecreaseIsImmediateAndCancelsAPendingIncrease() public {
        _setFeeNow(Move.CreateCommitment, 10e18);
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, 50e18); // scheduled
        vm.expectEmit(address(registry));
        emit FeeSet(Move.CreateCommitment, 4e18);
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, 4e18);
        assertEq(registry.feeOf(Move.CreateCommitment), 4e18, "a decrease applies at once");
        (, uint40 at) = registry.pendingFeeOf(Move.CreateCommitment);
        assertEq(at, 0, "and drops the scheduled increase");
        vm.warp(block.timestamp + core.FEE_DELAY());
        vm.expectRevert(abi.encodeWithSelector(FeeNotDue.selector, Move.CreateCommitment, uint40(0)));
        registry.applyFee(Move.CreateCommitment);
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, 0);
        assertEq(registry.feeOf(Move.CreateCommitment), 0, "may be zero");
    }

    function test_MaxFeeFits96Bits() public {
        _setFeeNow(Move.CreateCommitment, type(uint96).max);
        assertEq(registry.feeOf(Move.CreateCommitment), type(uint96).max);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 0);
        assertEq(registry.nextId(), 1);
    }

    /// Security review #12 (fee front-running): in v1 the fee controller could raise the fee right in front of
    /// a create and burn whatever the maker had approved. Now an increase cannot land in the same block (it
    /// waits FEE_DELAY), and even once applied the maker's maxFee refuses it.
    function test_FeeRaisedInFrontOfACreate() public {
        _setFeeNow(Move.CreateCommitment, 10e18);
        _giveNash(maker, 1_000e18);
        ThreatParams memory params = _params(Action.Refund);
        params.maxFee = 10e18; // what the UI showed her

        // The controller's transaction lands first, in the same block.
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, 500e18);
        _create(params);
        assertEq(nash.balanceOf(maker), 990e18, "she paid the fee she saw");

        // Three days later someone applies it right before her next create.
        vm.warp(block.timestamp + core.FEE_DELAY());
        registry.applyFee(Move.CreateCommitment);
        vm.expectRevert(abi.encodeWithSelector(FeeAboveMax.selector, uint96(500e18), uint96(10e18)));
        _create(params);
        assertEq(nash.balanceOf(maker), 990e18, "nothing burned");
    }

    function test_FeesSurviveCreates() public {
        _setFeeNow(Move.CreateCommitment, 1);
        _setFeeNow(Move.CreateProbabilistic, 2);
        _giveNash(maker, 10);
        _createCommitment(Action.Refund);
        _createProbabilistic(1e8, 0, Action.Refund);
        assertEq(registry.nextId(), 3);
        assertEq(registry.feeOf(Move.CreateCommitment), 1);
        assertEq(registry.feeOf(Move.CreateProbabilistic), 2);
        assertEq(nash.balanceOf(maker), 7);
    }

    function test_RevertWhen_SetFeeByNonController() public {
        vm.expectRevert(abi.encodeWithSelector(NotFeeController.selector, adversary));
        vm.prank(adversary);
        registry.setFee(Move.CreateCommitment, 1);
    }

    /*//////////////////////////////////////////////////////////////
                                BEACONS
    //////////////////////////////////////////////////////////////*/

    function test_SetBeaconAllowed() public {
        IRandomnessBeacon other = IRandomnessBeacon(makeAddr("otherBeacon"));
        assertFalse(registry.isBeaconAllowed(other));
        vm.expectEmit(address(registry));
        emit BeaconAllowed(address(other), true);
        vm.prank(feeController);
        registry.setBeaconAllowed(other, true);
        assertTrue(registry.isBeaconAllowed(other));
        vm.prank(feeController);
        registry.setBeaconAllowed(other, false);
        assertFalse(registry.isBeaconAllowed(other));
    }

    function test_DisallowedBeaconKeepsExistingThreats() public {
        uint256 id = _createProbabilistic(1e8, 0, Action.Refund);
        vm.prank(feeController);
        registry.setBeaconAllowed(beacon, false);
        vm.warp(START_TIME + PERIOD);
        _settle(anyone, id); // still draws with its beacon
        assertEq(_threat(id).pendingThrough, 1);
    }

    function test_RevertWhen_SetBeaconAllowedByNonController() public {
        vm.expectRevert(abi.encodeWithSelector(NotFeeController.selector, maker));
        vm.prank(maker);
        registry.setBeaconAllowed(beacon, false);
    }

    function test_RevertWhen_AllowZeroBeacon() public {
        vm.expectRevert(ZeroAddress.selector);
        vm.prank(feeController);
        registry.setBeaconAllowed(IRandomnessBeacon(address(0)), true);
    }

    /*//////////////////////////////////////////////////////////////
                             FEE CONTROLLER
    //////////////////////////////////////////////////////////////*/

    function test_SetFeeController() public {
        address next = makeAddr("next");
        vm.expectEmit(address(registry));
        emit FeeControllerChanged(feeController, next);
        vm.prank(feeController);
        registry.setFeeController(next);
        assertEq(core.feeController(), next);
        vm.expectRevert(abi.encodeWithSelector(NotFeeController.selector, feeController));
        vm.prank(feeController);
        registry.setFee(Move.CreateCommitment, 0);
        vm.prank(next);
        registry.setFee(Move.CreateCommitment, 0);
    }

    function test_RevertWhen_SetFeeControllerByNonController() public {
        vm.expectRevert(abi.encodeWithSelector(NotFeeController.selector, adversary));
        vm.prank(adversary);
        registry.setFeeController(adversary);
    }

    function test_RevertWhen_SetFeeControllerZero() public {
        vm.expectRevert(ZeroAddress.selector);
        vm.prank(feeController);
        registry.setFeeController(address(0));
    }

    /*//////////////////////////////////////////////////////////////
                        CORE AND EXTENSION SPLIT
    //////////////////////////////////////////////////////////////*/

    /// The extension runs only in the registry's storage: called directly, every function refuses.
    function test_RevertWhen_ExtensionCalledDirectly() public {
        vm.expectRevert(LevetrageExtension.OnlyDelegateCall.selector);
        extension.revokeNonce(1);
        vm.expectRevert(LevetrageExtension.OnlyDelegateCall.selector);
        extension.shareOf(1, maker);
        Engagement memory e = _engagement();
        vm.expectRevert(LevetrageExtension.OnlyDelegateCall.selector);
        vm.prank(provider);
        extension.acceptEngagement(e);
    }

    /// initFunding is create's internal step. Reachable through the registry's fallback, anyone could rewrite
    /// a threat's funding policy: open a solo threat to backers beyond the provider's maxStake, or end a pool's
    /// gathering early. The fallback refuses it.
    function test_RevertWhen_InitFundingCalledFromOutside() public {
        Engagement memory e = _engagement();
        e.maxStake = uint96(STAKE);
        uint256 id = _createAs(maker, _params(Action.Escalate), e, _sign(e), STAKE);
        ThreatParams memory params = _params(Action.Escalate);
        params.funding.cap = type(uint96).max;
        Engagement memory none;
        vm.prank(adversary);
        (bool ok,) = address(registry).call(abi.encodeCall(LevetrageExtension.initFunding, (id, params, none)));
        assertFalse(ok, "initFunding is not part of the registry's interface");
        vm.deal(adversary, 10 ether);
        vm.expectRevert(abi.encodeWithSelector(FundingClosed.selector, id));
        vm.prank(adversary);
        registry.join{value: 10 ether}(id, new bytes32[](0));
        assertEq(_threat(id).stake, STAKE, "the provider's maxStake holds");
    }

    /// The layout documented in docs/contracts.md, shared by core and extension: EIP-712's two fallback strings
    /// in slots 0-1, the config word (nextId | fees) in slot 2, the fee controller in slot 3, threats at
    /// keccak256(id, 4), the extension's writes (here an acceptance) in the same storage.
    function test_StorageLayout() public {
        _setFeeNow(Move.CreateCommitment, 7);
        _giveNash(maker, 7);
        Engagement memory e = _engagement();
        bytes32 engagementId = _accept(e);
        uint256 id = _createAs(maker, _params(Action.Escalate), e, "", STAKE);
        uint256 word = uint256(vm.load(address(registry), bytes32(uint256(2))));
        assertEq(word & type(uint64).max, 2, "nextId");
        assertEq((word >> 64) & type(uint96).max, 7, "commitment fee");
        assertEq(word >> 160, 0, "probabilistic fee");
        assertEq(address(uint160(uint256(vm.load(address(registry), bytes32(uint256(3)))))), feeController);
        uint256 base = uint256(keccak256(abi.encode(id, uint256(4))));
        uint256 slot0 = uint256(vm.load(address(registry), bytes32(base)));
        assertEq(address(uint160(slot0)), maker, "beneficiary");
        assertEq(slot0 >> 160, STAKE, "stake");
        assertEq(vm.load(address(registry), bytes32(base + 2)), engagementId);
        assertEq(address(uint160(uint256(vm.load(address(registry), bytes32(base + 3))))), oracle, "resolver");
        bytes32 usesSlot = keccak256(abi.encode(engagementId, uint256(15)));
        assertEq(uint256(vm.load(address(registry), usesSlot)), 0, "_acceptedUses at slot 15, used up");
        bytes32 nonceWord = keccak256(abi.encode(uint256(e.nonce >> 8), keccak256(abi.encode(provider, uint256(14)))));
        assertEq(uint256(vm.load(address(registry), nonceWord)) >> (e.nonce & 255) & 1, 1, "_nonces at slot 14");
    }

    function test_RevertWhen_PlainEth() public {
        vm.deal(anyone, 1 ether);
        vm.prank(anyone);
        (bool ok, bytes memory err) = address(registry).call{value: 1 ether}("");
        assertFalse(ok);
        assertEq(err, abi.encodeWithSelector(PlainEthRefused.selector));
    }

    function test_RevertWhen_UnknownSelector() public {
        (bool ok, bytes memory err) = address(registry).call(abi.encodeWithSignature("createCommitment()"));
        assertFalse(ok);
        assertEq(err.length, 0);
    }

    /// The core and the extension together implement exactly ILevetrage (plus the public constants and getters
    /// of LevetrageBase and EIP-712's domain): read from the compiled artifacts.
    function test_CoreAndExtensionImplementExactlyTheInterface() public view {
        string[] memory api = _signatures("ILevetrage.sol/ILevetrage.json");
        string[] memory coreFns = _signatures("Levetrage.sol/Levetrage.json");
        string[] memory extFns = _signatures("LevetrageExtension.sol/LevetrageExtension.json");
        for (uint256 i; i < api.length; ++i) {
            assertTrue(_has(coreFns, api[i]) || _has(extFns, api[i]), string.concat("not implemented: ", api[i]));
        }
        string[] memory extras = new string[](15);
        extras[0] = "BEACON_GRACE()";
        extras[1] = "ENGAGEMENT_TYPEHASH()";
        extras[2] = "FEE_DELAY()";
        extras[3] = "MAX_DRAWS_PER_REQUEST()";
        extras[4] = "MAX_DURATION()";
        extras[5] = "MAX_HOLD()";
        extras[6] = "MAX_LAPSES()";
        extras[7] = "MAX_PERIODS()";
        extras[8] = "MIN_PERIOD()";
        extras[9] = "PROB_SCALE()";
        extras[10] = "REQUEST_GAS()";
        extras[11] = "SEND_GAS()";
        extras[12] = "nash()";
        extras[13] = "feeController()";
        extras[14] = "eip712Domain()";
        for (uint256 i; i < coreFns.length; ++i) {
            bool known = _has(api, coreFns[i]) || _has(extras, coreFns[i]) || _eq(coreFns[i], "extension()");
            assertTrue(known, string.concat("core function outside ILevetrage: ", coreFns[i]));
        }
        for (uint256 i; i < extFns.length; ++i) {
            bool known = _has(api, extFns[i]) || _has(extras, extFns[i]) || _startsWith(extFns[i], "initFunding(");
            assertTrue(known, string.concat("extension function outside ILevetrage: ", extFns[i]));
            assertFalse(_has(coreFns, extFns[i]) && _has(api, extFns[i]), "a function in both halves");
        }
    }

    function _signatures(string memory artifact) internal view returns (string[] memory) {
        string memory json = vm.readFile(string.concat(vm.projectRoot(), "/contracts/out/", artifact));
        return vm.parseJsonKeys(json, ".methodIdentifiers");
    }

    function _has(string[] memory list, string memory s) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (_eq(list[i], s)) return true;
        }
        return false;
    }

    function _eq(string memory a, string memory b) internal pure returns (bool) {
        return keccak256(bytes(a)) == keccak256(bytes(b));
    }

    function _startsWith(string memory s, string memory prefix) internal pure returns (bool) {
        bytes memory a = bytes(s);
        bytes memory p = bytes(prefix);
        if (a.length < p.length) return false;
        for (uint256 i; i < p.length; ++i) {
            if (a[i] != p[i]) return false;
        }
        return true;
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function test_UnknownThreatViews() public view {
        assertEq(uint8(_status(42)), uint8(Status.None));
        assertEq(registry.duePeriods(42), 0);
        assertEq(registry.drawFee(42), 0);
        assertEq(registry.shareOf(42, maker), 0);
        assertEq(registry.withdrawable(maker), 0);
    }

    function test_RevertWhen_WithdrawNothing() public {
        vm.expectRevert(abi.encodeWithSelector(NothingToWithdraw.selector, maker));
        vm.prank(maker);
        registry.withdraw();
    }
}
