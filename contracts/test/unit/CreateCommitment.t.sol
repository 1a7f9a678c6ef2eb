// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Vm} from "forge-std/Test.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {
    Action,
    Claim,
    Engagement,
    Flags,
    Funding,
    Move,
    Odds,
    Status,
    Threat,
    ThreatExtra,
    ThreatParams
} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {RecordingResolver} from "../utils/Accounts.sol";

/// @notice create() of binding commitments: storage, events, parameter checks, fees (burnFee, maxFee), the
/// resolver hook and links.
contract CreateCommitmentTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    function test_StoresThreatAndLocksStake() public {
        ThreatParams memory params = _params(Action.Escalate);
        Engagement memory e = _engagement();
        bytes32 engagementId = registry.engagementIdOf(e);
        uint256 id = _createAs(maker, params, e, _sign(e), STAKE);

        assertEq(id, 1, "ids start at 1");
        assertEq(registry.nextId(), 2);
        assertEq(address(registry).balance, STAKE);
        (Threat memory t, Odds memory o) = registry.getThreat(id);
        assertEq(t.beneficiary, maker);
        assertEq(t.stake, STAKE);
        assertEq(t.provider, provider);
        assertEq(t.deadline, START_TIME + 30 days);
        assertEq(t.start, START_TIME);
        assertEq(uint8(t.status), uint8(Status.Live));
        assertEq(uint8(t.timeoutAction), uint8(Action.Escalate));
        assertEq(t.engagementId, engagementId, "the provider's engagement is stored");
        assertEq(t.resolver, oracle);
        assertEq(t.settledPeriods, 0);
        assertEq(t.pendingThrough, 0);
        assertEq(t.ticket, 0);
        assertEq(address(o.beacon), address(0), "a commitment has no odds");
        assertEq(registry.duePeriods(id), 0);
        assertEq(registry.drawFee(id), 0);
        (ThreatExtra memory x, Funding memory f, bytes32 root, Claim memory c) = registry.getThreatExtra(id);
        assertEq(x.backed, 0);
        assertEq(x.funders, 0);
        assertFalse(x.isPromise);
        assertFalse(x.funded);
        assertEq(f.cap, 0);
        assertEq(root, bytes32(0));
        assertEq(c.until, 0);
    }

    /// A threat that can never escalate stores no provider and no engagement.
    function test_RefundCommitmentHasNoProvider() public {
        uint256 id = _createCommitment(Action.Refund);
        Threat memory t = _threat(id);
        assertEq(t.provider, address(0));
        assertEq(t.engagementId, bytes32(0));
        id = _createCommitment(Action.Forfeit);
        assertEq(_threat(id).provider, address(0));
    }

    function test_IdsIncrease() public {
        assertEq(_createCommitment(Action.Refund), 1);
        assertEq(_createCommitment(Action.Forfeit), 2);
        assertEq(_createCommitment(Action.Escalate), 3);
        assertEq(address(registry).balance, 3 * STAKE);
    }

    function test_EmitsThreatCreated() public {
        ThreatParams memory params = _params(Action.Escalate);
        Engagement memory e = _engagement();
        bytes memory sig = _sign(e);
        vm.expectEmit(address(registry));
        emit ThreatCreated(
            1,
            maker,
            provider,
            maker,
            oracle,
            adversary,
            STAKE,
            0,
            registry.engagementIdOf(e),
            AGREEMENT,
            params.deadline,
            Action.Escalate,
            0,
            TERMS
        );
        _createAs(maker, params, e, sig, STAKE);
    }

    function test_EmitsThreatCreatedWithoutProvider() public {
        ThreatParams memory params = _params(Action.Forfeit);
        params.adversary = address(0);
        vm.expectEmit(address(registry));
        emit ThreatCreated(
            1,
            maker,
            address(0),
            maker,
            oracle,
            address(0),
            STAKE,
            0,
            bytes32(0),
            bytes32(0),
            params.deadline,
            Action.Forfeit,
            0,
            TERMS
        );
        _create(params);
    }

    function test_DeadlineAtMaxDuration() public {
        ThreatParams memory params = _params(Action.Refund);
        params.deadline = uint40(block.timestamp + core.MAX_DURATION());
        _create(params);
    }

    function test_OtherBeneficiary() public {
        address client = makeAddr("client");
        ThreatParams memory params = _params(Action.Refund);
        params.beneficiary = client;
        uint256 id = _create(params);
        assertEq(_threat(id).beneficiary, client);
        vm.expectEmit(address(registry));
        emit Refunded(id, client, STAKE, true);
        _fulfil(id);
        assertEq(client.balance, STAKE, "the beneficiary receives the maker's refund");
    }

    /*//////////////////////////////////////////////////////////////
                                REVERTS
    //////////////////////////////////////////////////////////////*/

    function test_RevertWhen_ZeroStake() public {
        ThreatParams memory params = _params(Action.Refund);
        vm.expectRevert(ZeroStake.selector);
        _createWith(params, 0);
        params = _params(Action.Escalate);
        vm.expectRevert(ZeroStake.selector);
        _createWith(params, 0);
    }

    function test_RevertWhen_StakeTooLarge() public {
        uint256 stake = uint256(type(uint96).max) + 1;
        vm.deal(maker, stake);
        ThreatParams memory params = _params(Action.Refund);
        vm.expectRevert(abi.encodeWithSelector(StakeTooLarge.selector, stake));
        _createWith(params, stake);
    }

    function test_RevertWhen_DeadlineNow() public {
        ThreatParams memory params = _params(Action.Refund);
        params.deadline = uint40(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(DeadlineInPast.selector, params.deadline, block.timestamp));
        _create(params);
    }

    function test_RevertWhen_DeadlineInPast() public {
        ThreatParams memory params = _params(Action.Refund);
        params.deadline = uint40(block.timestamp - 1);
        vm.expectRevert(abi.encodeWithSelector(DeadlineInPast.selector, params.deadline, block.timestamp));
        _create(params);
    }

    function test_RevertWhen_DeadlineTooFar() public {
        ThreatParams memory params = _params(Action.Refund);
        uint256 max = block.timestamp + core.MAX_DURATION();
        params.deadline = uint40(max + 1);
        vm.expectRevert(abi.encodeWithSelector(DeadlineTooFar.selector, params.deadline, max));
        _create(params);
    }

    function test_RevertWhen_ZeroResolver() public {
        ThreatParams memory params = _params(Action.Refund);
        params.resolver = address(0);
        vm.expectRevert(ZeroResolver.selector);
        _create(params);
    }

    function test_RevertWhen_ZeroBeneficiary() public {
        ThreatParams memory params = _params(Action.Refund);
        params.beneficiary = address(0);
        vm.expectRevert(ZeroBeneficiary.selector);
        _create(params);
    }

    function test_RevertWhen_UnknownFlags() public {
        ThreatParams memory params = _params(Action.Refund);
        params.flags = 2;
        vm.expectRevert(abi.encodeWithSelector(InvalidFlags.selector, uint8(2)));
        _create(params);
        params.flags = Flags.PROMISE | 0x80;
        vm.expectRevert(abi.encodeWithSelector(InvalidFlags.selector, uint8(0x81)));
        _create(params);
    }

    function test_RevertWhen_OddsOnACommitment() public {
        ThreatParams memory params = _params(Action.Refund);
        params.odds.pEscalate = 5; // beacon zero: a commitment cannot carry odds
        vm.expectRevert(abi.encodeWithSelector(InvalidOdds.selector, uint32(5), uint32(0)));
        _create(params);
        params.odds.pEscalate = 0;
        params.odds.period = 60;
        vm.expectRevert(abi.encodeWithSelector(InvalidOdds.selector, uint32(0), uint32(0)));
        _create(params);
    }

    /// A refund or forfeit commitment can never escalate: naming a provider (or passing a signature) is refused,
    /// so no engagement can be burnt by a threat that never needed it.
    function test_RevertWhen_ProviderNotUsed() public {
        ThreatParams memory params = _params(Action.Refund);
        Engagement memory e = _engagement();
        vm.expectRevert(ProviderNotUsed.selector);
        _createAs(maker, params, e, _sign(e), STAKE);
        vm.expectRevert(ProviderNotUsed.selector);
        _createAs(maker, params, _noEngagement(), hex"01", STAKE);
        params.timeoutAction = Action.Forfeit;
        vm.expectRevert(ProviderNotUsed.selector);
        _createAs(maker, params, e, "", STAKE);
        assertFalse(registry.isNonceUsed(provider, e.nonce), "the engagement is left unused");
    }

    /// Escalation needs a provider: timeout Escalate (and any probabilistic threat, see ProbabilisticTest).
    function test_RevertWhen_ProviderRequired() public {
        ThreatParams memory params = _params(Action.Escalate);
        vm.expectRevert(ProviderRequired.selector);
        _createAs(maker, params, _noEngagement(), "", STAKE);
    }

    function test_RevertWhen_ZeroAgreementHash() public {
        ThreatParams memory params = _params(Action.Escalate);
        Engagement memory e = _engagement();
        e.agreementHash = bytes32(0);
        bytes memory sig = _sign(e);
        vm.expectRevert(ZeroAgreementHash.selector);
        _createAs(maker, params, e, sig, STAKE);
    }

    /*//////////////////////////////////////////////////////////////
                                 LINKS
    //////////////////////////////////////////////////////////////*/

    function test_LinkedToExistingThreat() public {
        uint256 first = _createCommitment(Action.Escalate);
        ThreatParams memory params = _params(Action.Refund);
        params.linkedTo = first;
        vm.expectEmit(address(registry));
        emit Linked(2, first);
        _create(params);
    }

    function test_RevertWhen_LinkedToMissingThreat() public {
        ThreatParams memory params = _params(Action.Refund);
        params.linkedTo = 1; // would be its own id
        vm.expectRevert(abi.encodeWithSelector(UnknownLinkedThreat.selector, 1));
        _create(params);
        _createCommitment(Action.Refund); // id 1
        params.linkedTo = 7;
        vm.expectRevert(abi.encodeWithSelector(UnknownLinkedThreat.selector, 7));
        _create(params);
    }

    /*//////////////////////////////////////////////////////////////
                                  FEES
    //////////////////////////////////////////////////////////////*/

    /// The fee is burned straight from the maker (no approve, no allowance left behind for a later fee change).
    function test_BurnsFeeWithoutApprove() public {
        uint96 fee = 10e18;
        _setFeeNow(Move.CreateCommitment, fee);
        _giveNash(maker, 100e18);
        vm.expectEmit(address(nash));
        emit IERC20.Transfer(maker, address(0), fee);
        vm.recordLogs();
        uint256 id = _createCommitment(Action.Refund);
        assertEq(nash.balanceOf(maker), 90e18);
        assertEq(nash.totalSupply(), SUPPLY - fee, "burned, not transferred");
        assertEq(nash.allowance(maker, address(registry)), 0, "no allowance involved");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] != ThreatCreated.selector) continue;
            (,,,, uint256 feeLogged,,,,,,) = abi.decode(
                logs[i].data,
                (address, address, address, uint256, uint256, bytes32, bytes32, uint40, Action, uint8, string)
            );
            assertEq(feeLogged, fee, "ThreatCreated carries the fee");
            assertEq(uint256(logs[i].topics[1]), id);
        }
    }

    function test_RevertWhen_FeeWithoutBalance() public {
        uint96 fee = 10e18;
        _setFeeNow(Move.CreateCommitment, fee);
        ThreatParams memory params = _params(Action.Refund);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, maker, 0, fee));
        _create(params);
    }

    function test_RevertWhen_FeeAboveMaxFee() public {
        _setFeeNow(Move.CreateCommitment, 10e18);
        _giveNash(maker, 100e18);
        ThreatParams memory params = _params(Action.Refund);
        params.maxFee = 10e18 - 1;
        vm.expectRevert(abi.encodeWithSelector(FeeAboveMax.selector, uint96(10e18), uint96(10e18 - 1)));
        _create(params);
        params.maxFee = 10e18;
        _create(params);
        assertEq(nash.balanceOf(maker), 90e18);
    }

    function test_ZeroFeeTouchesNoToken() public {
        ThreatParams memory params = _params(Action.Refund);
        params.maxFee = 0;
        vm.recordLogs();
        _create(params);
        assertEq(_count(vm.getRecordedLogs(), address(nash), IERC20.Transfer.selector), 0);
        assertEq(nash.totalSupply(), SUPPLY);
    }

    function test_ProbabilisticFeeDoesNotApplyToCommitments() public {
        _setFeeNow(Move.CreateProbabilistic, 5e18);
        ThreatParams memory params = _params(Action.Refund);
        params.maxFee = 0;
        _create(params); // no NASH needed
        assertEq(nash.totalSupply(), SUPPLY);
    }

    /*//////////////////////////////////////////////////////////////
                             RESOLVER HOOK
    //////////////////////////////////////////////////////////////*/

    function test_ResolverHookGetsTheThreat() public {
        RecordingResolver panel = new RecordingResolver(address(registry));
        ThreatParams memory params = _params(Action.Refund);
        params.resolver = address(panel);
        params.resolverData = abi.encode(uint256(2), uint256(3)); // e.g. 2 of 3 members
        uint256 id = _create(params);
        assertEq(panel.calls(), 1);
        assertEq(panel.lastId(), id);
        assertEq(panel.lastMaker(), maker);
        assertEq(panel.lastData(), params.resolverData);
        assertEq(panel.lastTerms(), TERMS);
        // The resolver contract, not an account, decides.
        panel.fulfil(registry, id);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_NoResolverHookWithoutData() public {
        RecordingResolver panel = new RecordingResolver(address(registry));
        ThreatParams memory params = _params(Action.Refund);
        params.resolver = address(panel);
        _create(params);
        assertEq(panel.calls(), 0);
    }

    function test_RevertWhen_ResolverRefusesTheThreat() public {
        RecordingResolver panel = new RecordingResolver(address(registry));
        panel.setRefuse(true);
        ThreatParams memory params = _params(Action.Refund);
        params.resolver = address(panel);
        params.resolverData = hex"01";
        vm.expectRevert("RecordingResolver: refused");
        _create(params);
        assertEq(registry.nextId(), 1, "nothing created");
    }
}
