// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Test.sol";
import {ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Engagement, Flags, Move, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Levetrage._emitCreated ABI-encodes ThreatCreated by hand from calldata (legacy codegen cannot
/// `emit` its 11 data fields: stack too deep, in a test as in the registry). This checks the log against the
/// compiler's own ABI encoding of the same fields (a struct of them, whose tuple encoding is the event data),
/// byte for byte, for any terms text (every length, so the zeroed padding too), addresses, stake, fee,
/// deadline, action and flags.
contract ThreatCreatedEncodingTest is BaseTest, ILevetrageEvents {
    /// @dev The non-indexed fields of ThreatCreated, in order.
    struct CreatedData {
        address beneficiary;
        address resolver;
        address adversary;
        uint256 stake;
        uint256 fee;
        bytes32 engagementId;
        bytes32 agreementHash;
        uint40 deadline;
        Action timeoutAction;
        uint8 flags;
        string terms;
    }

    struct Case {
        string terms;
        address resolver;
        address beneficiary;
        address adversary;
        uint96 stake;
        uint256 duration;
        uint8 actionSeed;
        bool isPromise;
        uint96 fee;
    }

    function _expectedData(CreatedData memory d) internal pure returns (bytes memory data) {
        bytes memory wrapped = abi.encode(d); // 0x20 (offset of the tuple) followed by the tuple
        data = new bytes(wrapped.length - 32);
        for (uint256 i; i < data.length; ++i) {
            data[i] = wrapped[i + 32];
        }
    }

    function _check(ThreatParams memory params, Engagement memory e, bytes memory sig, uint256 stake, uint256 fee)
        internal
    {
        CreatedData memory d;
        d.beneficiary = params.beneficiary;
        d.resolver = params.resolver;
        d.adversary = params.adversary;
        d.stake = stake;
        d.fee = fee;
        if (e.provider != address(0)) d.engagementId = _digest(e, block.chainid, address(registry));
        d.agreementHash = e.agreementHash;
        d.deadline = params.deadline;
        d.timeoutAction = params.timeoutAction;
        d.flags = params.flags;
        d.terms = params.terms;
        uint256 id = registry.nextId();

        vm.recordLogs();
        _createAs(maker, params, e, sig, stake);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 found;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(registry) || logs[i].topics[0] != ThreatCreated.selector) continue;
            ++found;
            assertEq(logs[i].topics.length, 4);
            assertEq(uint256(logs[i].topics[1]), id);
            assertEq(address(uint160(uint256(logs[i].topics[2]))), maker);
            assertEq(address(uint160(uint256(logs[i].topics[3]))), e.provider);
            assertEq(logs[i].data, _expectedData(d), "data as the compiler encodes it");
        }
        assertEq(found, 1);
    }

    function testFuzz_ThreatCreatedEncoding(Case memory c) public {
        vm.assume(c.resolver != address(0) && c.beneficiary != address(0));
        uint256 stake = bound(c.stake, 1, 1_000 ether);
        uint96 fee = uint96(bound(c.fee, 0, 1_000e18));
        if (fee != 0) {
            _setFeeNow(Move.CreateCommitment, fee);
            _giveNash(maker, fee);
        }
        ThreatParams memory params = _params(Action(c.actionSeed % 3));
        params.resolver = c.resolver;
        params.beneficiary = c.beneficiary;
        params.adversary = c.adversary;
        params.deadline = uint40(block.timestamp + bound(c.duration, 1, core.MAX_DURATION()));
        params.flags = c.isPromise ? Flags.PROMISE : 0;
        params.terms = c.terms;
        Engagement memory e;
        bytes memory sig;
        if (params.timeoutAction == Action.Escalate) {
            e = _engagement();
            sig = _sign(e);
        }
        _check(params, e, sig, stake, fee);
    }

    /// Terms of every length around the word boundaries.
    function test_ThreatCreatedEncodingAtWordBoundaries() public {
        uint256[9] memory lengths = [uint256(0), 1, 31, 32, 33, 63, 64, 65, 1000];
        for (uint256 i; i < lengths.length; ++i) {
            bytes memory text = new bytes(lengths[i]);
            for (uint256 j; j < text.length; ++j) {
                text[j] = bytes1(uint8(0x41 + (j % 26)));
            }
            ThreatParams memory params = _params(Action.Refund);
            params.terms = string(text);
            _check(params, _noEngagement(), "", STAKE, 0);
        }
    }

    /// The encoding helper itself matches `emit` where `emit` compiles (a smaller event of the same shape).
    event Small(uint256 indexed id, address a, uint256 b, string terms);

    struct SmallData {
        address a;
        uint256 b;
        string terms;
    }

    function test_StructEncodingIsEventEncoding() public {
        SmallData memory d = SmallData(address(0xBEEF), 7, "some terms longer than one word, to be sure");
        vm.recordLogs();
        emit Small(1, d.a, d.b, d.terms);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes memory wrapped = abi.encode(d);
        bytes memory data = new bytes(wrapped.length - 32);
        for (uint256 i; i < data.length; ++i) {
            data[i] = wrapped[i + 32];
        }
        assertEq(logs[0].data, data);
    }
}
