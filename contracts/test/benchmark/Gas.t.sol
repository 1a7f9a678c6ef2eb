// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Test.sol";
import {PrevrandaoBeacon} from "../../src/beacons/PrevrandaoBeacon.sol";
import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {
    Action,
    DrawOutcome,
    Engagement,
    Flags,
    Move,
    OddsParams,
    Status,
    ThreatParams
} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {RevertingReceiver} from "../utils/Receivers.sol";
import {AnvilHeaderFixture} from "../beacons/AnvilHeaderFixture.sol";
import {HistoryStorage} from "../beacons/HistoryStorage.sol";

/// @notice Gas of each registry call, measured inside forge from the callee's side (`vm.snapshotGasLastCall`:
/// the call's own execution, as a transaction's gas minus its 21,000 base and calldata), written to
/// snapshots/LevetrageGas.json, and checked against the budgets below so a regression fails.
/// Every threat is prepared in setUp (a separate transaction), so each measured call starts with cold accounts
/// and slots and with the storage refund/dirty-slot pricing of a fresh transaction. Each test makes exactly one
/// measured call and no other registry call before it. Draws use the real PrevrandaoBeacon and a real anvil
/// block header (block 3) as the proof. Creates pay the deploy's NASH fees (10 / 25 NASH) with burnFee.
contract GasTest is BaseTest {
    string internal constant GROUP = "LevetrageGas";
    string internal constant SHORT_TERMS = "Pay 13,000 USD by 1 March"; // <= 32 bytes: one word of log data

    uint256 internal constant BUDGET_CREATE_SIGNED = 135_000;
    uint256 internal constant BUDGET_CREATE_ACCEPTED_NET = 125_000;
    uint256 internal constant BUDGET_SETTLE_NEUTRAL = 70_000;
    uint256 internal constant BUDGET_SETTLE_ESCALATE = 90_000;

    uint48 internal constant TICKET = uint48(AnvilHeaderFixture.NUMBER); // 3
    bytes32 internal constant MIX = AnvilHeaderFixture.MIX_HASH;

    PrevrandaoBeacon internal blockBeacon;
    RevertingReceiver internal lateProvider;
    address internal firstProvider;
    uint256 internal firstProviderKey;
    address internal b1 = makeAddr("backer1");
    address internal b2 = makeAddr("backer2");

    // Engagements for the create benchmarks (signed or accepted in setUp).
    Engagement internal eLater;
    bytes internal sigLater;
    Engagement internal eFirst;
    bytes internal sigFirst;
    Engagement internal eAccepted;
    Engagement internal eProbabilistic;
    bytes internal sigProbabilistic;
    Engagement internal eToAccept;

    uint256 internal fulfilId;
    uint256 internal refundId;
    uint256 internal forfeitId;
    uint256 internal escalateId;
    uint256 internal holdId;
    uint256 internal heldId;
    uint256 internal promiseId;
    uint256 internal backedId;
    uint256 internal reclaimId;
    uint256 internal poolId;
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
        _setFeeNow(Move.CreateCommitment, 10e18);
        _setFeeNow(Move.CreateProbabilistic, 25e18);
        _giveNash(maker, 10_000e18);
        (firstProvider, firstProviderKey) = makeAddrAndKey("first provider");

        ThreatParams memory params = _short(Action.Escalate);
        // The provider's earlier engagements: its nonce word is already written.
        escalateId = _create(params);
        eLater = _engagement();
        sigLater = _sign(eLater);
        eFirst = _engagementOf(firstProvider, maker);
        sigFirst = _signWith(firstProviderKey, eFirst);
        eAccepted = _engagement();
        _accept(eAccepted);
        eProbabilistic = _engagement();
        sigProbabilistic = _sign(eProbabilistic);
        eToAccept = _engagement();
        eToAccept.uses = 3;

        params.timeoutAction = Action.Refund;
        fulfilId = _create(params);
        refundId = _create(params);
        params.timeoutAction = Action.Forfeit;
        forfeitId = _create(params);
        params.timeoutAction = Action.Escalate;
        holdId = _create(params);
        heldId = _create(params);
        vm.prank(oracle);
        registry.hold(heldId, 1 days);
        params.flags = Flags.PROMISE;
        promiseId = _create(params);
        params.flags = 0;

        // Backers: one live threat to join, one fulfilled threat to reclaim from, one pool to leave and activate.
        params.timeoutAction = Action.Refund;
        _withBackers(params, 100 ether, bytes32(0));
        backedId = _create(params);
        _join(b1, backedId, 1 ether);
        reclaimId = _create(params);
        _join(b1, reclaimId, 1 ether);
        _join(b2, reclaimId, 2 ether);
        _fulfil(reclaimId);
        _asPool(params, 100 ether, uint40(block.timestamp + 7 days), 3, 0);
        poolId = _create(params);
        _join(b1, poolId, 1 ether);
        _join(b2, poolId, 1 ether);
        params = _short(Action.Refund);

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

        // A provider whose payment failed, for the withdraw benchmark.
        lateProvider = new RevertingReceiver();
        Engagement memory e = _engagementOf(address(lateProvider), maker);
        _accept(e);
        ThreatParams memory late = _short(Action.Escalate);
        late.deadline = uint40(block.timestamp + 1 days);
        uint256 failed = _createAs(maker, late, e, "", STAKE);
        vm.warp(block.timestamp + 1 days);
        _settle(anyone, failed);
        lateProvider.setAccepting(true);

        vm.warp(START_TIME + PERIOD); // back to the period-1 clock for the draw benchmarks
        assertEq(uint8(DrawRule.outcome(MIX, neutralId, 1, 1, 0)), uint8(DrawOutcome.Continue));
    }

    function _short(Action action) internal view returns (ThreatParams memory params) {
        params = _params(action);
        params.terms = SHORT_TERMS;
    }

    function _record(string memory name, uint256 budget) internal returns (uint256 gasUsed) {
        gasUsed = vm.snapshotGasLastCall(GROUP, name);
        if (budget != 0) assertLe(gasUsed, budget, name);
    }

    /*//////////////////////////////////////////////////////////////
                                 CREATE
    //////////////////////////////////////////////////////////////*/

    function test_Gas_CreateSignedLaterEngagement() public {
        ThreatParams memory params = _short(Action.Escalate);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eLater, sigLater);
        _record(
            "create: escalate commitment, EOA signature, NASH fee (provider's later engagement)", BUDGET_CREATE_SIGNED
        );
    }

    function test_Gas_CreateSignedFirstEngagement() public {
        ThreatParams memory params = _short(Action.Escalate);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eFirst, sigFirst);
        _record("create: escalate commitment, EOA signature, NASH fee (provider's first engagement)", 0);
    }

    /// The extra of a provider's first engagement: its nonce word written from zero (one new slot).
    function test_Gas_FirstEngagementExtra() public {
        ThreatParams memory params = _short(Action.Escalate);
        uint256 snap = vm.snapshotState();
        vm.prank(maker);
        registry.create{value: STAKE}(params, eFirst, sigFirst);
        uint256 first = vm.lastCallGas().gasTotalUsed;
        vm.revertToState(snap);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eLater, sigLater);
        uint256 later = vm.lastCallGas().gasTotalUsed;
        vm.snapshotValue(GROUP, "create: extra of a provider's first engagement (new nonce-word slot)", first - later);
        assertApproxEqAbs(first - later, 17_100, 100, "a zero-to-nonzero instead of a nonzero-to-nonzero SSTORE");
    }

    /// An engagement accepted on chain: its uses count drops from 1 to 0, and the cleared slot is refunded.
    function test_Gas_CreateAcceptedOnChain() public {
        ThreatParams memory params = _short(Action.Escalate);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eAccepted, "");
        Vm.Gas memory g = vm.lastCallGas();
        uint256 execution = g.gasTotalUsed;
        uint256 refunded = uint256(int256(g.gasRefunded));
        uint256 net = execution - refunded;
        string memory what = "create: escalate commitment, on-chain accepted engagement, NASH fee";
        vm.snapshotValue(GROUP, string.concat(what, ": execution"), execution);
        vm.snapshotValue(GROUP, string.concat(what, ": refunded"), refunded);
        vm.snapshotValue(GROUP, string.concat(what, ": net"), net);
        assertEq(refunded, 4_800, "one cleared slot");
        assertLe(net, BUDGET_CREATE_ACCEPTED_NET, "create with an accepted engagement, net of the refund");
    }

    /// With the 25-NASH fee; the 150k budget applies without a fee (GasWithoutFeesTest), as v1's did.
    function test_Gas_CreateProbabilistic() public {
        ThreatParams memory params = _short(Action.Refund);
        params.odds = OddsParams(blockBeacon, PERIOD, 50_000_000, 0);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eProbabilistic, sigProbabilistic);
        _record("create: probabilistic, EOA signature, NASH fee (provider's later engagement)", 0);
    }

    function test_Gas_CreateRefundCommitment() public {
        ThreatParams memory params = _short(Action.Refund);
        Engagement memory none;
        vm.prank(maker);
        registry.create{value: STAKE}(params, none, "");
        _record("create: refund commitment (no provider), NASH fee", 0);
    }

    function test_Gas_CreateLongTerms() public {
        ThreatParams memory params = _params(Action.Refund); // 44-byte terms: two words
        Engagement memory none;
        vm.prank(maker);
        registry.create{value: STAKE}(params, none, "");
        _record("create: refund commitment, NASH fee, 44-byte terms", 0);
    }

    function test_Gas_CreateWithBackers() public {
        ThreatParams memory params = _short(Action.Refund);
        _withBackers(params, 10 ether, keccak256("allow-list root"));
        Engagement memory none;
        vm.prank(maker);
        registry.create{value: STAKE}(params, none, "");
        _record("create: refund commitment with backers (cap + allow-list), NASH fee", 0);
    }

    /*//////////////////////////////////////////////////////////////
                              ENGAGEMENTS
    //////////////////////////////////////////////////////////////*/

    function test_Gas_AcceptEngagement() public {
        Engagement memory e = eToAccept;
        vm.prank(provider);
        registry.acceptEngagement(e);
        _record("acceptEngagement (3 uses)", 0);
    }

    function test_Gas_RevokeNonce() public {
        uint64 nonce = eLater.nonce;
        vm.prank(provider);
        registry.revokeNonce(nonce);
        _record("revokeNonce", 0);
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
        _record("settle: escalating draw, pays a fresh provider", BUDGET_SETTLE_ESCALATE);
        assertEq(uint8(_status(escalatingDrawId)), uint8(Status.Escalated));
    }

    function test_Gas_SettleLapsedDraw() public {
        vm.roll(uint256(TICKET) + 8192);
        _settle(anyone, lapsedId);
        _record("settle: lapsed draw, requested again", BUDGET_SETTLE_NEUTRAL);
        assertEq(uint8(_status(lapsedId)), uint8(Status.Live));
        assertEq(_threat(lapsedId).ticket >> 40, 1);
    }

    /*//////////////////////////////////////////////////////////////
                     FULFIL, HOLDS, TIMEOUTS, PROMISES
    //////////////////////////////////////////////////////////////*/

    function test_Gas_FulfilCommitment() public {
        vm.prank(oracle);
        registry.fulfil(fulfilId, keccak256("evidence"));
        _record("fulfil: commitment (refund)", 0);
    }

    function test_Gas_FulfilWithPendingDraw() public {
        vm.prank(oracle);
        registry.fulfil(pendingFulfilId, bytes32(0));
        _record("fulfil: probabilistic, pending draw abandoned", 0);
    }

    function test_Gas_Hold() public {
        vm.prank(oracle);
        registry.hold(holdId, 3 days);
        _record("hold", 0);
    }

    function test_Gas_Release() public {
        vm.prank(oracle);
        registry.release(heldId);
        _record("release", 0);
    }

    function test_Gas_Breach() public {
        vm.prank(oracle);
        registry.breach(promiseId, keccak256("evidence"));
        _record("breach: promise, escalates (fresh provider)", 0);
    }

    function test_Gas_TimeoutRefund() public {
        vm.warp(START_TIME + 30 days);
        _settle(anyone, refundId);
        _record("settle: timeout refund", 0);
    }

    function test_Gas_TimeoutEscalate() public {
        vm.warp(START_TIME + 30 days);
        _settle(anyone, escalateId);
        _record("settle: timeout escalate (fresh provider)", BUDGET_SETTLE_ESCALATE);
    }

    function test_Gas_TimeoutForfeit() public {
        vm.warp(START_TIME + 30 days);
        _settle(anyone, forfeitId);
        _record("settle: timeout forfeit (distribute to NASH)", 0);
    }

    /*//////////////////////////////////////////////////////////////
                           BACKERS AND POOLS
    //////////////////////////////////////////////////////////////*/

    function test_Gas_Join() public {
        vm.deal(b2, 1 ether);
        vm.prank(b2);
        registry.join{value: 1 ether}(backedId, new bytes32[](0));
        _record("join: a new backer of a live threat", 0);
    }

    function test_Gas_Leave() public {
        vm.prank(b1);
        registry.leave(poolId);
        _record("leave: a pledger of a gathering pool", 0);
    }

    function test_Gas_Activate() public {
        registry.activate(poolId);
        _record("activate: a pool at its threshold", 0);
    }

    function test_Gas_Reclaim() public {
        vm.prank(b2);
        registry.reclaim(reclaimId);
        _record("reclaim: one funder's share", 0);
    }

    /*//////////////////////////////////////////////////////////////
                       EVIDENCE, WITHDRAW, CLAIM
    //////////////////////////////////////////////////////////////*/

    function test_Gas_Evidence() public {
        vm.prank(maker);
        registry.submitEvidence(
            holdId, keccak256("receipt"), "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
        );
        _record("submitEvidence (hash + 66-byte uri)", 0);
    }

    function test_Gas_Withdraw() public {
        lateProvider.withdrawFrom(registry);
        _record("withdraw", 0);
    }
}

/// @notice NASH dividend gas: a forfeit's distribution, the first claim of a later block (which releases it),
/// a plain claim and a transfer. Separate from GasTest so that no pending distribution weighs on its creates.
contract GasDividendsTest is BaseTest {
    string internal constant GROUP = "LevetrageGas";

    function setUp() public override {
        super.setUp();
        vm.roll(10);
        vm.prank(holder);
        nash.transfer(holder2, SUPPLY / 4);
        uint256 id = _createCommitment(Action.Forfeit);
        vm.warp(_threat(id).deadline);
        _settle(anyone, id); // distributed in block 10
        vm.roll(11); // shared from block 11 on, released by the first claim or balance change
    }

    function test_Gas_ClaimReleasingAForfeit() public {
        vm.prank(holder);
        nash.claim();
        vm.snapshotGasLastCall(GROUP, "NASH claim (first of a later block: releases the forfeit)");
    }

    function test_Gas_Claim() public {
        vm.prank(holder2);
        nash.transfer(anyone, 1); // releases
        vm.roll(12);
        vm.prank(holder);
        nash.claim();
        vm.snapshotGasLastCall(GROUP, "NASH claim");
    }

    function test_Gas_Transfer() public {
        vm.prank(holder2);
        nash.transfer(anyone, 1e18);
        vm.snapshotGasLastCall(GROUP, "NASH transfer (releases the forfeit, new recipient)");
    }

    function test_Gas_Distribute() public {
        vm.deal(anyone, 1 ether);
        vm.prank(anyone);
        nash.distribute{value: 1 ether}();
        vm.snapshotGasLastCall(GROUP, "NASH distribute (releases the previous one)");
    }
}

/// @notice Creation gas without NASH fees (both fees zero, so a create touches no token storage): the budget of
/// a probabilistic create (150k) and the fee's own share of the other creates.
contract GasWithoutFeesTest is BaseTest {
    string internal constant GROUP = "LevetrageGas";
    string internal constant SHORT_TERMS = "Pay 13,000 USD by 1 March";
    uint256 internal constant BUDGET_CREATE_PROBABILISTIC = 150_000;

    Engagement internal eSigned;
    bytes internal sigSigned;
    Engagement internal eAccepted;

    function setUp() public override {
        super.setUp();
        ThreatParams memory params = _short(Action.Escalate);
        _create(params); // the provider's nonce word is written
        eSigned = _engagement();
        sigSigned = _sign(eSigned);
        eAccepted = _engagement();
        _accept(eAccepted);
    }

    function _short(Action action) internal view returns (ThreatParams memory params) {
        params = _params(action);
        params.terms = SHORT_TERMS;
    }

    function test_Gas_CreateProbabilisticNoFee() public {
        ThreatParams memory params = _short(Action.Refund);
        params.odds = _odds(50_000_000, 0);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eSigned, sigSigned);
        uint256 gasUsed =
            vm.snapshotGasLastCall(GROUP, "create: probabilistic, EOA signature, no fee (provider's later engagement)");
        assertLe(gasUsed, BUDGET_CREATE_PROBABILISTIC);
    }

    function test_Gas_CreateProbabilisticAcceptedNoFee() public {
        ThreatParams memory params = _short(Action.Refund);
        params.odds = _odds(50_000_000, 0);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eAccepted, "");
        Vm.Gas memory g = vm.lastCallGas();
        vm.snapshotValue(
            GROUP,
            "create: probabilistic, on-chain accepted engagement, no fee: net",
            g.gasTotalUsed - uint256(int256(g.gasRefunded))
        );
        assertLe(g.gasTotalUsed - uint256(int256(g.gasRefunded)), BUDGET_CREATE_PROBABILISTIC);
    }

    function test_Gas_CreateSignedNoFee() public {
        ThreatParams memory params = _short(Action.Escalate);
        vm.prank(maker);
        registry.create{value: STAKE}(params, eSigned, sigSigned);
        vm.snapshotGasLastCall(
            GROUP, "create: escalate commitment, EOA signature, no fee (provider's later engagement)"
        );
    }

    function test_Gas_CreateRefundNoFee() public {
        ThreatParams memory params = _short(Action.Refund);
        Engagement memory none;
        vm.prank(maker);
        registry.create{value: STAKE}(params, none, "");
        vm.snapshotGasLastCall(GROUP, "create: refund commitment (no provider), no fee");
    }
}
