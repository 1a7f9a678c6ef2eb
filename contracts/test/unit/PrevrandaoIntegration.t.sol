// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {PrevrandaoBeacon} from "../../src/beacons/PrevrandaoBeacon.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {Action, DrawOutcome, OddsParams, Status} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {AnvilHeaderFixture} from "../beacons/AnvilHeaderFixture.sol";
import {HistoryStorage} from "../beacons/HistoryStorage.sol";

/// @notice The registry with the real block beacon: requests target block 3, and a real anvil header of block 3
/// (AnvilHeaderFixture) proves its prevrandao through BLOCKHASH or the EIP-2935 history contract (etched here:
/// forge does not install it; anvil does).
contract PrevrandaoIntegrationTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    PrevrandaoBeacon internal blockBeacon;
    uint48 internal constant TICKET = uint48(AnvilHeaderFixture.NUMBER); // 3
    bytes32 internal constant MIX = AnvilHeaderFixture.MIX_HASH;

    function setUp() public override {
        super.setUp();
        blockBeacon = new PrevrandaoBeacon(1);
        vm.prank(feeController);
        registry.setBeaconAllowed(blockBeacon, true);
        HistoryStorage.install(vm);
    }

    /// @dev A probabilistic threat with one period due, its draw requested at block 2 (ticket = block 3).
    function _requested(uint32 pEscalate, uint32 pTerminate) internal returns (uint256 id) {
        vm.roll(1);
        OddsParams memory odds = OddsParams(blockBeacon, PERIOD, pEscalate, pTerminate);
        id = _createProb(_params(Action.Refund), odds);
        vm.warp(START_TIME + PERIOD);
        vm.roll(TICKET - 1);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, 1, TICKET);
        _settle(anyone, id);
    }

    function test_ResolvesWithRealHeaderViaBlockhash() public {
        uint256 id = _requested(1, 0);
        vm.roll(TICKET + 10);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        DrawOutcome expected = DrawRule.outcome(MIX, id, 1, 1, 0);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, MIX, expected, false);
        vm.prank(anyone);
        registry.settle(id, AnvilHeaderFixture.RLP);
        assertEq(_threat(id).settledPeriods, 1);
    }

    function test_ResolvesWithRealHeaderViaHistoryContract() public {
        uint256 id = _requested(PROB_SCALE, 0); // certain escalation
        vm.roll(TICKET + 5000);
        HistoryStorage.record(vm, TICKET, AnvilHeaderFixture.HASH);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, MIX, DrawOutcome.Escalate, false);
        vm.prank(anyone);
        registry.settle(id, AnvilHeaderFixture.RLP);
        _assertStatus(id, Status.Escalated);
        assertEq(provider.balance, STAKE);
    }

    function test_ResolvesInTheTicketBlockWithoutProof() public {
        uint256 id = _requested(1, 0);
        vm.roll(TICKET);
        vm.prevrandao(MIX);
        vm.expectEmit(address(registry));
        emit DrawSettled(id, 1, MIX, DrawRule.outcome(MIX, id, 1, 1, 0), false);
        _settle(anyone, id);
    }

    function test_RevertWhen_ForgedHeader() public {
        uint256 id = _requested(1, 0);
        vm.roll(TICKET + 10);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        bytes memory forged = AnvilHeaderFixture.RLP;
        forged[forged.length - 1] ^= 0x01;
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.InvalidProof.selector, TICKET));
        vm.prank(adversary);
        registry.settle(id, forged);
    }

    function test_PendingUntilTheTicketBlock() public {
        uint256 id = _requested(1, 0);
        vm.expectRevert(abi.encodeWithSelector(DrawNotReady.selector, id, TICKET));
        _settle(anyone, id);
        _fulfil(id); // not determined yet: fulfilment abandons the draw
        _assertStatus(id, Status.Fulfilled);
    }

    function test_RevertWhen_FulfilFromTheTicketBlockOn() public {
        uint256 id = _requested(1, 0);
        vm.roll(TICKET);
        vm.expectRevert(abi.encodeWithSelector(DrawDetermined.selector, id, 1, TICKET));
        _fulfil(id);
    }

    /// After the EIP-2935 window (8,191 blocks) the draw lapses and is requested again: a new target block.
    function test_LapseAfterHistoryWindowIsRequestedAgain() public {
        uint256 id = _requested(PROB_SCALE, 0); // would escalate if drawn
        uint256 at = uint256(TICKET) + 8192;
        vm.roll(at);
        vm.expectEmit(address(registry));
        emit DrawLapsed(id, 1, 1, TICKET, true);
        vm.expectEmit(address(registry));
        emit DrawRequested(id, 1, 1, uint48(at + 1));
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Live), "a lapse never escalates");
        assertEq(provider.balance, 0);
    }

    /// Without EIP-2935 (a chain before Prague) only BLOCKHASH's 256 blocks can prove the value: from block
    /// T + 257 on the draw is unprovable (settle reverts InvalidProof), and from T + 8192 on it lapses and is
    /// requested again.
    function test_WithoutHistoryContract_UnprovableFrom257ThenLapses() public {
        uint256 id = _requested(1, 0);
        vm.etch(HistoryStorage.ADDRESS, "");
        vm.roll(TICKET + 1);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        uint256 snap = vm.snapshotState();
        vm.roll(TICKET + 256);
        vm.prank(anyone);
        registry.settle(id, AnvilHeaderFixture.RLP); // the last provable block
        assertEq(_threat(id).settledPeriods, 1);
        vm.revertToState(snap);

        vm.roll(TICKET + 257);
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.InvalidProof.selector, TICKET));
        vm.prank(anyone);
        registry.settle(id, AnvilHeaderFixture.RLP);
        vm.roll(uint256(TICKET) + 8191);
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.InvalidProof.selector, TICKET));
        vm.prank(anyone);
        registry.settle(id, AnvilHeaderFixture.RLP);
        vm.roll(uint256(TICKET) + 8192);
        vm.expectEmit(address(registry));
        emit DrawLapsed(id, 1, 1, TICKET, true);
        _settle(anyone, id);
    }
}
