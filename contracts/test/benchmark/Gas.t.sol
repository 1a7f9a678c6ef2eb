// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {PrevrandaoBeacon} from "../../src/beacons/PrevrandaoBeacon.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {Action, CommitmentParams, DrawOutcome, Move, OddsParams, Status} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {RevertingReceiver} from "../utils/Receivers.sol";
import {AnvilHeaderFixture} from "../beacons/AnvilHeaderFixture.sol";
import {HistoryStorage} from "../beacons/HistoryStorage.sol";

/// @notice Gas of each registry and NASH call, measured inside forge from the callee's side
/// (`vm.snapshotGasLastCall`: the call's own execution, as a transaction's gas minus its 21,000 base and
/// calldata), written to snapshots/LevetrageGas.json, and checked against the budgets below so a regression fails.
/// Every threat is prepared in setUp (a separate transaction), so each measured call starts with cold accounts
/// and slots and with the storage refund/dirty-slot pricing of a fresh transaction. Draws use the real
/// PrevrandaoBeacon and a real anvil block header (block 3) as the proof.
contract GasTest is BaseTest {
    string internal constant GROUP = "LevetrageGas";
    string internal constant SHORT_TERMS = "Pay 13,000 USD by 1 March"; // <= 32 bytes: one word of log data

    uint256 internal constant BUDGET_CREATE = 100_000;
    uint256 internal constant BUDGET_CREATE_FEE = 125_000;
    uint256 internal constant BUDGET_CREATE_PROBABILISTIC = 130_000;
    uint256 internal constant BUDGET_SETTLE_NEUTRAL = 70_000;
    uint256 internal constant BUDGET_SETTLE_ESCALATE = 90_000;

    uint48 internal constant TICKET = uint48(AnvilHeaderFixture.NUMBER); // 3
    bytes32 internal constant MIX = AnvilHeaderFixture.MIX_HASH;

    PrevrandaoBeacon internal blockBeacon;
    RevertingReceiver internal lateProvider;
    address internal oldHolder = makeAddr("oldHolder");

    uint256 internal fulfilId;
    uint256 internal refundId;
    uint256 internal forfeitId;
    uint256 internal forfeitTimeoutId;
    uint256 internal escalateId;
    uint256 internal neutralId;
    uint256 internal neutralHistoryId;
    uint256 internal neutralThenRequestId;
    uint256 internal escalatingDrawId;
    uint256 internal firstRequestId;
    uint256 internal pendingFulfilId;
    uint256 internal lapsedId;
    uint256 internal batchId;

    function setUp() public override {
        super.setUp();
        vm.roll(1);
        blockBeacon = new PrevrandaoBeacon(1);
        vm.prank(feeController);
        registry.setBeaconAllowed(blockBeacon, true);
        HistoryStorage.install(vm);
        HistoryStorage.record(vm, TICKET, AnvilHeaderFixture.HASH);

        CommitmentParams memory params = _params(Action.Refund);
        params.terms = SHORT_TERMS;
        fulfilId = _create(params);
        refundId = _create(params);
        params.timeoutAction = Action.Forfeit;
        forfeitId = _create(params);
        forfeitTimeoutId = _create(params);
        params.timeoutAction = Action.Escalate;
        escalateId = _create(params);

        params.timeoutAction = Action.Refund;
        OddsParams memory quiet = OddsParams(blockBeacon, PERIOD, 1, 0); // 1e-9: neutral draws
        OddsParams memory certain = OddsParams(blockBeacon, PERIOD, PROB_SCALE, 0);
        neutralId = _createProb(params, quiet);
        neutralHistoryId = _createProb(params, quiet);
        neutralThenRequestId = _createProb(params, quiet);
        escalatingDrawId = _createProb(params, certain);
        firstRequestId = _createProb(params, quiet);
        pendingFulfilId = _createProb(params, quiet);
        lapsedId = _createProb(params, quiet);
        batchId = _createProb(params, OddsParams(blockBeacon, 60, 1, 0)); // a period per minute

        // Period 1 is due; request draws at block 2, so their ticket is block 3 (the fixture header).
        vm.warp(START_TIME + PERIOD);
        vm.roll(TICKET - 1);
        _settle(anyone, neutralId);
        _settle(anyone, neutralHistoryId);
        _settle(anyone, neutralThenRequestId);
        _settle(anyone, escalatingDrawId);
        _settle(anyone, pendingFulfilId);
        _settle(anyone, lapsedId);
        _settle(anyone, batchId); // 1,440 periods due: the first request covers 128

        // A forfeit for the claim benchmark, and a provider whose payment failed for the withdraw benchmark.
        vm.warp(START_TIME + 30 days);
        _settle(anyone, forfeitId);
        lateProvider = new RevertingReceiver();
        params.provider = address(lateProvider);
        params.timeoutAction = Action.Escalate;
        params.deadline = uint40(block.timestamp + 1 days);
        uint256 failed = _create(params);
        vm.warp(block.timestamp + 1 days);
        _settle(anyone, failed);
        lateProvider.setAccepting(true);

        vm.warp(START_TIME + PERIOD); // back to the period-1 clock for the draw benchmarks
        assertEq(uint8(DrawRule.outcome(MIX, neutralId, 1, 1, 0)), uint8(DrawOutcome.Continue));
    }

    function _record(string memory name, uint256 budget) internal returns (uint256 gasUsed) {
        gasUsed = vm.snapshotGasLastCall(GROUP, name);
        if (budget != 0) assertLe(gasUsed, budget, name);
    }

    function _shortParams() internal view returns (CommitmentParams memory params) {
        params = _params(Action.Forfeit);
        params.terms = SHORT_TERMS;
    }

    /*//////////////////////////////////////////////////////////////
                                 CREATE
    //////////////////////////////////////////////////////////////*/

    function test_Gas_CreateCommitment() public {
        CommitmentParams memory params = _shortParams();
        vm.prank(maker);
        registry.createCommitment{value: STAKE}(params);
        _record("createCommitment (1 terminator, no fee)", BUDGET_CREATE);
    }

    function test_Gas_CreateCommitmentThreeTerminators() public {
        CommitmentParams memory params = _shortParams();
        params.terminators = new address[](3);
        params.terminators[0] = oracle;
        params.terminators[1] = oracle2;
        params.terminators[2] = adversary;
        vm.prank(maker);
        registry.createCommitment{value: STAKE}(params);
        _record("createCommitment (3 terminators, no fee)", 0);
    }

    function test_Gas_CreateCommitmentLongTerms() public {
        CommitmentParams memory params = _shortParams();
        params.terms = TERMS; // 44 bytes: two words
        vm.prank(maker);
        registry.createCommitment{value: STAKE}(params);
        _record("createCommitment (1 terminator, 44-byte terms)", 0);
    }

    function test_Gas_CreateProbabilistic() public {
        CommitmentParams memory params = _shortParams();
        OddsParams memory odds = OddsParams(blockBeacon, PERIOD, 50_000_000, 0);
        vm.prank(maker);
        registry.createProbabilistic{value: STAKE}(params, odds);
        _record("createProbabilistic (1 terminator, no fee)", BUDGET_CREATE_PROBABILISTIC);
    }

    /*//////////////////////////////////////////////////////////////
                                 DRAWS
    //////////////////////////////////////////////////////////////*/

    function test_Gas_SettleFirstRequest() public {
        _settle(anyone, firstRequestId);
        _record("settle: request period 1", 0);
    }

    function test_Gas_SettleNeutralViaBlockhash() public {
        vm.roll(TICKET + 10);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        vm.prank(anyone);
        registry.settle(neutralId, AnvilHeaderFixture.RLP);
        _record("settle: 1 neutral period (header proof, BLOCKHASH)", BUDGET_SETTLE_NEUTRAL);
        assertEq(_threat(neutralId).settledPeriods, 1);
    }

    function test_Gas_SettleNeutralViaHistory() public {
        vm.roll(TICKET + 1000);
        vm.prank(anyone);
        registry.settle(neutralHistoryId, AnvilHeaderFixture.RLP);
        _record("settle: 1 neutral period (header proof, EIP-2935)", BUDGET_SETTLE_NEUTRAL);
        assertEq(_threat(neutralHistoryId).settledPeriods, 1);
    }

    function test_Gas_SettleNeutralAndRequestNext() public {
        vm.warp(START_TIME + 2 * PERIOD);
        vm.roll(TICKET + 10);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        vm.prank(anyone);
        registry.settle(neutralThenRequestId, AnvilHeaderFixture.RLP);
        _record("settle: 1 neutral period + request the next", BUDGET_SETTLE_NEUTRAL);
        assertEq(_threat(neutralThenRequestId).pendingThrough, 2);
    }

    function test_Gas_SettleFullBatch() public {
        vm.roll(TICKET + 10);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        vm.prank(anyone);
        registry.settle(batchId, AnvilHeaderFixture.RLP);
        uint256 gasUsed = _record("settle: 128 neutral periods + request the next 128", 0);
        assertEq(_threat(batchId).settledPeriods, 128);
        assertEq(_threat(batchId).pendingThrough, 256);
        assertLt(gasUsed, 1_000_000, "a full batch stays far below a block");
    }

    function test_Gas_SettleEscalatingDraw() public {
        vm.roll(TICKET + 10);
        vm.setBlockhash(TICKET, AnvilHeaderFixture.HASH);
        vm.prank(anyone);
        registry.settle(escalatingDrawId, AnvilHeaderFixture.RLP);
        _record("settle: escalating draw, pays the provider", BUDGET_SETTLE_ESCALATE);
        assertEq(uint8(_status(escalatingDrawId)), uint8(Status.Escalated));
    }

    function test_Gas_SettleLapsedDraw() public {
        vm.roll(uint256(TICKET) + 8192);
        _settle(anyone, lapsedId);
        _settle(anyone, batchId); // 1,440 periods due: the first request covers 128
        _record("settle: lapsed draw escalates", BUDGET_SETTLE_ESCALATE);
        assertEq(uint8(_status(lapsedId)), uint8(Status.Escalated));
    }

    /*//////////////////////////////////////////////////////////////
                             FULFIL / TIMEOUT
    //////////////////////////////////////////////////////////////*/

    function test_Gas_FulfilCommitment() public {
        vm.prank(oracle);
        registry.fulfil(fulfilId);
        _record("fulfil: commitment", 0);
    }

    function test_Gas_FulfilWithPendingDraw() public {
        vm.prank(oracle);
        registry.fulfil(pendingFulfilId);
        _record("fulfil: probabilistic, pending draw abandoned", 0);
    }

    function test_Gas_TimeoutRefund() public {
        vm.warp(START_TIME + 30 days);
        _settle(anyone, refundId);
        _record("settle: timeout refund", 0);
    }

    function test_Gas_TimeoutEscalate() public {
        vm.warp(START_TIME + 30 days);
        _settle(anyone, escalateId);
        _record("settle: timeout escalate", 0);
    }

    function test_Gas_TimeoutForfeit() public {
        vm.warp(START_TIME + 30 days);
        _settle(anyone, forfeitTimeoutId);
        _record("settle: timeout forfeit (distribute to NASH)", 0);
    }

    /*//////////////////////////////////////////////////////////////
                            WITHDRAW / CLAIM
    //////////////////////////////////////////////////////////////*/

    function test_Gas_Withdraw() public {
        lateProvider.withdrawFrom(registry);
        _record("withdraw", 0);
    }

    function test_Gas_Claim() public {
        vm.prank(holder);
        nash.claim();
        _record("NASH claim", 0);
    }

    function test_Gas_Distribute() public {
        vm.deal(anyone, 1 ether);
        vm.prank(anyone);
        nash.distribute{value: 1 ether}();
        _record("NASH distribute", 0);
    }

    function test_Gas_NashTransfer() public {
        vm.prank(holder);
        nash.transfer(oldHolder, 1e18);
        _record("NASH transfer (after a distribution)", 0);
    }
}

/// @notice Creation gas with NASH fees (fees set in setUp, so the measured create reads them cold).
contract GasWithFeesTest is BaseTest {
    string internal constant GROUP = "LevetrageGas";
    uint256 internal constant BUDGET_CREATE_FEE = 125_000;
    address internal earlyHolder = makeAddr("earlyHolder");

    function setUp() public override {
        super.setUp();
        vm.startPrank(feeController);
        registry.setFee(Move.CreateCommitment, 1e18);
        registry.setFee(Move.CreateProbabilistic, 2e18);
        vm.stopPrank();
        // earlyHolder got NASH before any distribution (zero dividend correction); maker bought after one.
        vm.prank(holder);
        nash.transfer(earlyHolder, 100e18);
        vm.deal(anyone, 1 ether);
        vm.prank(anyone);
        nash.distribute{value: 1 ether}();
        vm.prank(holder);
        nash.transfer(maker, 100e18);
        // Finite allowances, so each burn also writes the allowance (an infinite one would skip that write).
        vm.prank(maker);
        nash.approve(address(registry), 50e18);
        vm.prank(earlyHolder);
        nash.approve(address(registry), 50e18);
        vm.deal(earlyHolder, 10 ether);
    }

    function _shortParams() internal view returns (CommitmentParams memory params) {
        params = _params(Action.Forfeit);
        params.terms = "Pay 13,000 USD by 1 March";
    }

    function test_Gas_CreateCommitmentWithFee() public {
        CommitmentParams memory params = _shortParams();
        vm.prank(maker);
        registry.createCommitment{value: STAKE}(params);
        uint256 gasUsed = vm.snapshotGasLastCall(GROUP, "createCommitment (1 terminator, NASH fee)");
        assertLe(gasUsed, BUDGET_CREATE_FEE);
    }

    function test_Gas_CreateCommitmentWithFeeFirstCorrection() public {
        CommitmentParams memory params = _shortParams();
        vm.prank(earlyHolder);
        registry.createCommitment{value: STAKE}(params);
        vm.snapshotGasLastCall(GROUP, "createCommitment (NASH fee, payer's first dividend correction)");
    }

    function test_Gas_CreateProbabilisticWithFee() public {
        CommitmentParams memory params = _shortParams();
        OddsParams memory odds = _odds(50_000_000, 0);
        vm.prank(maker);
        registry.createProbabilistic{value: STAKE}(params, odds);
        vm.snapshotGasLastCall(GROUP, "createProbabilistic (1 terminator, NASH fee)");
    }
}
