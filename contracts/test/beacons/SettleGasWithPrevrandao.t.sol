// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PrevrandaoBeacon} from "../../src/beacons/PrevrandaoBeacon.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {Action, DrawOutcome, OddsParams, Status} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {AnvilHeaderFixture} from "./AnvilHeaderFixture.sol";
import {HistoryStorage} from "./HistoryStorage.sol";

/// @notice Touched by a plain transaction to tell whether forge runs with `--isolate`.
contract IsolationProbe {
    uint256 internal _n = 1;

    function poke() external {
        _n += 1;
    }
}

/// @notice Gas of settling one neutral period through the registry with the real block beacon and a real
/// 610-byte anvil header. Budget: <= 70,000 gas for the whole transaction (21,000 intrinsic + calldata +
/// execution). With `forge test --isolate` every top-level call is its own transaction (cold storage, and
/// forge's reported gas includes the intrinsic and calldata cost): that is the realistic number. Without it,
/// storage is warm and the test adds 21,000 + calldata to the (underestimated) execution gas.
contract SettleGasWithPrevrandaoTest is BaseTest {
    PrevrandaoBeacon internal blockBeacon;
    uint48 internal constant TICKET = uint48(AnvilHeaderFixture.NUMBER);
    bytes32 internal constant MIX = AnvilHeaderFixture.MIX_HASH;

    function setUp() public override {
        super.setUp();
        blockBeacon = new PrevrandaoBeacon(1);
        vm.prank(feeController);
        registry.setBeaconAllowed(blockBeacon, true);
        HistoryStorage.install(vm);
    }

    /// @dev Calldata gas of `data` (EIP-2028: 4 per zero byte, 16 per non-zero byte).
    function _calldataGas(bytes memory data) internal pure returns (uint256 gas) {
        for (uint256 i; i < data.length; ++i) {
            gas += data[i] == 0 ? 4 : 16;
        }
    }

    function _neutralSettleGas(uint256 distance) internal returns (uint256 execution, uint256 total) {
        vm.roll(1);
        uint32 pE = 1;
        OddsParams memory odds = OddsParams(blockBeacon, PERIOD, pE, 0);
        uint256 id = _createProb(_params(Action.Refund), odds);
        vm.warp(START_TIME + PERIOD);
        vm.roll(TICKET - 1);
        _settle(anyone, id); // requests period 1 -> ticket 3
        assertEq(uint8(DrawRule.outcome(MIX, id, 1, pE, 0)), uint8(DrawOutcome.Continue), "fixture draw is neutral");
        vm.roll(TICKET + distance);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        HistoryStorage.record(vm, TICKET, AnvilHeaderFixture.HASH);
        vm.prank(anyone);
        Status s = registry.settle(id, AnvilHeaderFixture.RLP);
        execution = vm.lastCallGas().gasTotalUsed;
        assertEq(uint8(s), uint8(Status.Live));
        assertEq(_threat(id).settledPeriods, 1);
        bytes memory data = abi.encodeCall(registry.settle, (id, AnvilHeaderFixture.RLP));
        total = _isolated() ? execution : 21_000 + _calldataGas(data) + execution;
    }

    /// @dev Whether forge reports whole-transaction gas (`--isolate`): a plain call then costs over 21,000.
    function _isolated() internal returns (bool) {
        IsolationProbe probe = new IsolationProbe();
        probe.poke();
        return vm.lastCallGas().gasTotalUsed >= 21_000;
    }

    function test_Gas_NeutralSettle_BlockhashPath() public {
        (uint256 execution, uint256 total) = _neutralSettleGas(10);
        emit log_named_uint("neutral settle, BLOCKHASH path: reported by forge", execution);
        emit log_named_uint("neutral settle, BLOCKHASH path: whole transaction", total);
        assertLt(total, 70_000);
    }

    function test_Gas_NeutralSettle_HistoryPath() public {
        (uint256 execution, uint256 total) = _neutralSettleGas(5000);
        emit log_named_uint("neutral settle, EIP-2935 path: reported by forge", execution);
        emit log_named_uint("neutral settle, EIP-2935 path: whole transaction", total);
        assertLt(total, 70_000);
    }
}
