// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {IPanelResolver} from "../../src/resolvers/interfaces/IPanelResolver.sol";
import {IResolverCommon} from "../../src/resolvers/interfaces/IResolverCommon.sol";
import {Action, Claim, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {Erc1271Member} from "./Helpers.sol";
import {ResolverFixture} from "./ResolverFixture.sol";

/// @notice PanelResolver: k of n named oracles, by transaction or EIP-712 signature, and its hold.
contract PanelResolverTest is ResolverFixture {
    bytes32 internal constant EVIDENCE = keccak256("bank transfer receipt");

    function _sig(uint256 key, uint256 id, bytes32 evidence) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, panel.approvalDigest(id, evidence));
        return abi.encodePacked(r, s, v);
    }

    function _approve(uint256 memberIndex, uint256 id, address[] memory list) internal {
        vm.prank(members[memberIndex]);
        panel.approve(id, list, EVIDENCE);
    }

    /*//////////////////////////////////////////////////////////////
                                CREATION
    //////////////////////////////////////////////////////////////*/

    function test_create_storesPanelAndEmitsMembers() public {
        address[] memory list = _members(5);
        ThreatParams memory p = _panelParams(list, 3, 2 days);
        vm.expectEmit(address(panel));
        emit IPanelResolver.PanelSet(1, list, 3, 2 days);
        uint256 id = _create(p);
        IPanelResolver.PanelView memory v = panel.describe(id);
        assertEq(v.membersHash, keccak256(abi.encode(list)));
        assertEq(v.k, 3);
        assertEq(v.n, 5);
        assertEq(v.grace, 2 days);
        assertEq(v.count, 0);
        assertFalse(v.decided);
        assertEq(panel.kind(), "panel");
        assertEq(address(panel.registry()), address(registry));
    }

    function test_create_revert_kZero() public {
        ThreatParams memory p = _panelParams(_members(3), 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.InvalidQuorum.selector, 0, 3));
        _create(p);
    }

    function test_create_revert_kAboveN() public {
        ThreatParams memory p = _panelParams(_members(3), 4, 0);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.InvalidQuorum.selector, 4, 3));
        _create(p);
    }

    function test_create_revert_moreThan16() public {
        address[] memory list = new address[](17);
        for (uint256 i; i < 17; ++i) {
            list[i] = address(uint160(0x1000 + i));
        }
        ThreatParams memory p = _panelParams(list, 9, 0);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.InvalidQuorum.selector, 9, 17));
        _create(p);
    }

    function test_create_sixteenMembers() public {
        address[] memory list = new address[](16);
        for (uint256 i; i < 16; ++i) {
            list[i] = address(uint160(0x1000 + i));
        }
        uint256 id = _create(_panelParams(list, 16, 0));
        assertEq(panel.describe(id).n, 16);
        for (uint256 i; i < 16; ++i) {
            vm.prank(list[i]);
            panel.approve(id, list, EVIDENCE);
        }
        _assertStatus(id, Status.Fulfilled);
    }

    function test_create_revert_emptyPanel() public {
        ThreatParams memory p = _panelParams(new address[](0), 1, 0);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.InvalidQuorum.selector, 1, 0));
        _create(p);
    }

    function test_create_revert_zeroMember() public {
        address[] memory list = _members(3);
        list[1] = address(0);
        ThreatParams memory p = _panelParams(list, 2, 0);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.ZeroMember.selector, 1));
        _create(p);
    }

    function test_create_revert_duplicateMember() public {
        address[] memory list = _members(3);
        list[2] = list[0];
        ThreatParams memory p = _panelParams(list, 2, 0);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.DuplicateMember.selector, list[0]));
        _create(p);
    }

    function test_create_revert_graceTooLong() public {
        ThreatParams memory p = _panelParams(_members(3), 2, MAX_HOLD + 1);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.GraceTooLong.selector, MAX_HOLD + 1, MAX_HOLD));
        _create(p);
    }

    function test_create_revert_malformedData() public {
        ThreatParams memory p = _panelParams(_members(3), 2, 0);
        p.resolverData = hex"1234";
        vm.expectRevert();
        _create(p);
    }

    function test_onThreatCreated_revert_notRegistry() public {
        ThreatParams memory p = _panelParams(_members(3), 2, 0);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.NotRegistry.selector, address(this)));
        panel.onThreatCreated(1, maker, p);
    }

    /*//////////////////////////////////////////////////////////////
                                APPROVALS
    //////////////////////////////////////////////////////////////*/

    function test_approve_kOfN_fulfilsWithEvidence() public {
        address[] memory list = _members(5);
        uint256 id = _create(_panelParams(list, 3, 0));
        uint256 before = maker.balance;
        _approve(0, id, list);
        _approve(3, id, list);
        _assertStatus(id, Status.Live);
        assertEq(panel.describe(id).count, 2);
        bytes32 last = keccak256("court filing");
        vm.expectEmit(address(panel));
        emit IPanelResolver.Approved(id, members[4], last, 3);
        vm.expectEmit(address(panel));
        emit IPanelResolver.PanelDecided(id, last);
        vm.expectEmit(address(registry));
        emit ILevetrageEvents.Fulfilled(id, address(panel), last);
        vm.prank(members[4]);
        panel.approve(id, list, last);
        _assertStatus(id, Status.Fulfilled);
        assertEq(maker.balance, before + STAKE);
        IPanelResolver.PanelView memory v = panel.describe(id);
        assertTrue(v.decided);
        assertEq(v.approvals, (1 << 0) | (1 << 3) | (1 << 4));
    }

    function test_approve_singleOracle_k1() public {
        address[] memory list = _members(1);
        uint256 id = _create(_panelParams(list, 1, 0));
        _approve(0, id, list);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_approve_revert_unknownThreat() public {
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.UnknownThreat.selector, 7));
        panel.approve(7, _members(3), EVIDENCE);
    }

    function test_approve_revert_membersMismatch() public {
        uint256 id = _create(_panelParams(_members(3), 2, 0));
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.MembersMismatch.selector, id));
        panel.approve(id, _members(4), EVIDENCE);
    }

    function test_approve_revert_notMember() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        vm.prank(members[4]);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.NotMember.selector, id, members[4]));
        panel.approve(id, list, EVIDENCE);
    }

    function test_approve_revert_twice() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        _approve(1, id, list);
        vm.prank(members[1]);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.AlreadyApproved.selector, id, members[1]));
        panel.approve(id, list, EVIDENCE);
    }

    function test_approve_revert_afterDecided() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        _approve(0, id, list);
        _approve(1, id, list);
        vm.prank(members[2]);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.PanelAlreadyDecided.selector, id));
        panel.approve(id, list, EVIDENCE);
    }

    function test_approve_revert_atDeadline() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 1, 0);
        uint256 id = _create(p);
        vm.warp(p.deadline);
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.ApprovalTooLate.selector, id, p.deadline, 0));
        panel.approve(id, list, EVIDENCE);
    }

    function test_approve_revert_threatClosed() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 1, 0);
        uint256 id = _create(p);
        vm.warp(p.deadline);
        _settle(anyone, id);
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(IResolverCommon.ThreatClosed.selector, id, Status.Forfeited));
        panel.approve(id, list, EVIDENCE);
    }

    function test_approve_justBeforeDeadline_k1() public {
        address[] memory list = _members(1);
        ThreatParams memory p = _panelParams(list, 1, 0);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1);
        _approve(0, id, list);
        _assertStatus(id, Status.Fulfilled);
    }

    /*//////////////////////////////////////////////////////////////
                               SIGNATURES
    //////////////////////////////////////////////////////////////*/

    function test_approveBySig_anyoneSubmits() public {
        address[] memory list = _members(5);
        uint256 id = _create(_panelParams(list, 3, 0));
        address[] memory signers = new address[](3);
        bytes[] memory sigs = new bytes[](3);
        uint256[3] memory idx = [uint256(4), 0, 2];
        for (uint256 i; i < 3; ++i) {
            signers[i] = members[idx[i]];
            sigs[i] = _sig(memberKeys[idx[i]], id, EVIDENCE);
        }
        vm.expectEmit(address(registry));
        emit ILevetrageEvents.Fulfilled(id, address(panel), EVIDENCE);
        vm.prank(anyone);
        panel.approveBySig(id, list, signers, sigs, EVIDENCE);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_approveBySig_mixedWithTransactions() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        _approve(1, id, list);
        address[] memory signers = new address[](1);
        bytes[] memory sigs = new bytes[](1);
        signers[0] = members[2];
        sigs[0] = _sig(memberKeys[2], id, EVIDENCE);
        panel.approveBySig(id, list, signers, sigs, EVIDENCE);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_approveBySig_erc1271Member() public {
        (address owner, uint256 ownerKey) = makeAddrAndKey("wallet owner");
        Erc1271Member wallet = new Erc1271Member(owner);
        address[] memory list = _members(2);
        list[1] = address(wallet);
        uint256 id = _create(_panelParams(list, 2, 0));
        _approve(0, id, list);
        address[] memory signers = new address[](1);
        bytes[] memory sigs = new bytes[](1);
        signers[0] = address(wallet);
        sigs[0] = _sig(ownerKey, id, EVIDENCE);
        panel.approveBySig(id, list, signers, sigs, EVIDENCE);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_approveBySig_revert_wrongEvidence() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        address[] memory signers = new address[](1);
        bytes[] memory sigs = new bytes[](1);
        signers[0] = members[0];
        sigs[0] = _sig(memberKeys[0], id, keccak256("other"));
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.BadSignature.selector, id, members[0]));
        panel.approveBySig(id, list, signers, sigs, EVIDENCE);
    }

    function test_approveBySig_revert_otherThreatsSignature() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        uint256 other = _create(_panelParams(list, 2, 0));
        address[] memory signers = new address[](1);
        bytes[] memory sigs = new bytes[](1);
        signers[0] = members[0];
        sigs[0] = _sig(memberKeys[0], other, EVIDENCE);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.BadSignature.selector, id, members[0]));
        panel.approveBySig(id, list, signers, sigs, EVIDENCE);
    }

    function test_approveBySig_revert_signerNotMember() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        address[] memory signers = new address[](1);
        bytes[] memory sigs = new bytes[](1);
        signers[0] = members[4];
        sigs[0] = _sig(memberKeys[4], id, EVIDENCE);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.NotMember.selector, id, members[4]));
        panel.approveBySig(id, list, signers, sigs, EVIDENCE);
    }

    function test_approveBySig_revert_sameSignerTwice() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        address[] memory signers = new address[](2);
        bytes[] memory sigs = new bytes[](2);
        signers[0] = members[0];
        signers[1] = members[0];
        sigs[0] = _sig(memberKeys[0], id, EVIDENCE);
        sigs[1] = sigs[0];
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.AlreadyApproved.selector, id, members[0]));
        panel.approveBySig(id, list, signers, sigs, EVIDENCE);
    }

    function test_approveBySig_revert_lengths() public {
        address[] memory list = _members(3);
        uint256 id = _create(_panelParams(list, 2, 0));
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.LengthMismatch.selector, 1, 0));
        panel.approveBySig(id, list, new address[](1), new bytes[](0), EVIDENCE);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.LengthMismatch.selector, 0, 0));
        panel.approveBySig(id, list, new address[](0), new bytes[](0), EVIDENCE);
    }

    /*//////////////////////////////////////////////////////////////
                          HOLDS AND THE DEADLINE
    //////////////////////////////////////////////////////////////*/

    function test_hold_nearDeadline_lateQuorumFulfils() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 2, 3 days);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 days);
        vm.expectEmit(address(panel));
        emit IPanelResolver.PanelHeld(id, p.deadline + 2 days);
        _approve(0, id, list);
        _assertStatus(id, Status.Claimed);
        vm.warp(p.deadline + 2 days - 1); // past the deadline, inside the hold
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.Held.selector, id, p.deadline + 2 days));
        registry.settle(id, "");
        _approve(2, id, list);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_hold_expires_timeoutApplies() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 2, 3 days);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 days);
        _approve(0, id, list);
        uint40 until = panel.describe(id).heldUntil;
        vm.warp(until);
        vm.prank(members[1]);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.ApprovalTooLate.selector, id, p.deadline, until));
        panel.approve(id, list, EVIDENCE);
        assertEq(uint8(_settle(anyone, id)), uint8(Status.Forfeited));
    }

    function test_noHold_farFromDeadline() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 2, 3 days);
        uint256 id = _create(p);
        _approve(0, id, list);
        _assertStatus(id, Status.Live);
        assertEq(panel.describe(id).heldUntil, 0);
        Claim memory c = _claim(id);
        assertEq(c.used, 0);
        assertEq(c.until, 0);
        vm.warp(p.deadline - 1);
        _approve(1, id, list);
        _assertStatus(id, Status.Fulfilled);
    }

    function test_noHold_whenGraceZero() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 2, 0);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1);
        _approve(0, id, list);
        _assertStatus(id, Status.Live);
        vm.warp(p.deadline);
        vm.prank(members[1]);
        vm.expectRevert(abi.encodeWithSelector(IPanelResolver.ApprovalTooLate.selector, id, p.deadline, 0));
        panel.approve(id, list, EVIDENCE);
    }

    function test_hold_onlyOnce() public {
        address[] memory list = _members(4);
        ThreatParams memory p = _panelParams(list, 3, 2 days);
        uint256 id = _create(p);
        vm.warp(p.deadline - 1 days);
        _approve(0, id, list);
        uint40 until = panel.describe(id).heldUntil;
        vm.warp(block.timestamp + 1 days);
        _approve(1, id, list); // no second hold
        assertEq(panel.describe(id).heldUntil, until);
        assertEq(_claim(id).until, until);
    }

    /// @dev A probabilistic threat: the first approval holds at once (no draw may escalate while the panel
    /// deliberates); the draws that came due are requested after the hold, none skipped.
    function test_hold_probabilistic_defersDraws() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 2, 3 days);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1e8, 0));
        vm.warp(block.timestamp + 1 hours);
        _approve(0, id, list);
        _assertStatus(id, Status.Claimed);
        vm.warp(block.timestamp + 2 days); // two periods due, not requested while held
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.Held.selector, id, panel.describe(id).heldUntil));
        registry.settle(id, "");
        vm.warp(panel.describe(id).heldUntil);
        _settle(anyone, id); // the hold ends, the three due draws are requested
        _assertStatus(id, Status.Live);
        assertEq(_threat(id).pendingThrough, 3);
    }

    /// @dev The hold ran out before the deadline: the panel still has until the deadline (registry fix: an
    /// expired hold before the deadline must not make the threat undecidable).
    function test_quorumAfterExpiredHold_beforeDeadline() public {
        address[] memory list = _members(3);
        ThreatParams memory p = _panelParams(list, 2, 1 days);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1e8, 0));
        _approve(0, id, list); // holds a day (the threat has draws)
        vm.warp(block.timestamp + 3 days); // hold over, deadline ahead; status still Claimed
        _assertStatus(id, Status.Claimed);
        _approve(1, id, list);
        _assertStatus(id, Status.Fulfilled);
    }

    /// @dev A determined draw must be settled first; the approval reverts with the registry's error, then
    /// succeeds once the (neutral) draw is settled.
    function test_kthApproval_waitsForDeterminedDraw() public {
        address[] memory list = _members(2);
        ThreatParams memory p = _panelParams(list, 1, 0);
        p.timeoutAction = Action.Escalate;
        uint256 id = _createProb(p, _odds(1e8, 0));
        vm.warp(block.timestamp + PERIOD);
        _settle(anyone, id);
        uint48 ticket = _ticketOf(id);
        beacon.setReady(ticket, _valueFor(id, 1, 1e8, 0, 0, 0));
        vm.prank(members[0]);
        vm.expectRevert(abi.encodeWithSelector(ILevetrageErrors.DrawDetermined.selector, id, 1, ticket));
        panel.approve(id, list, EVIDENCE);
        _settle(anyone, id);
        _approve(0, id, list);
        _assertStatus(id, Status.Fulfilled);
    }
}
