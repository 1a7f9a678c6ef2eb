// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ILevetrage} from "../interfaces/ILevetrage.sol";
import {IResolver} from "../interfaces/IResolver.sol";
import {Status, ThreatParams} from "../types/DataTypes.sol";
import {IPanelResolver} from "./interfaces/IPanelResolver.sol";
import {ResolverBase} from "./ResolverBase.sol";

/// @title PanelResolver
/// @notice Named oracles, k of n (issue #9, kind 1). One deployment serves every threat of its registry whose
/// resolver it is. A threat's `resolverData = abi.encode(address[] members, uint8 k, uint32 grace)`. The k-th
/// distinct approval calls `registry.fulfil(id, evidence)` with that approval's evidence. The panel's members
/// are trusted by the maker (white paper section 7.2): a member's approval is not bonded, but a panel can hold a
/// threat only once, for at most `grace` seconds, fixed at creation.
/// @dev Deadline rule (docs/oracles.md): approvals count strictly before the deadline, or while the panel's hold
/// lasts. An approval that leaves the panel short of k takes the hold (once per threat) when it is needed: the
/// threat has draws (a draw must not escalate while the panel deliberates), or the deadline is less than `grace`
/// away. Otherwise the panel still has until the deadline and no hold budget is spent.
/// Storage per threat: 2 slots (the member list's hash; k, n, grace, approvals bitmap, count, decided, hold end).
contract PanelResolver is ResolverBase, EIP712, IPanelResolver {
    /// @notice EIP-712 type of a member's approval.
    bytes32 public constant APPROVAL_TYPEHASH = keccak256("Approval(uint256 threatId,bytes32 evidence)");
    /// @notice Most members of one panel (the approvals bitmap is 16 bits).
    uint256 public constant MAX_MEMBERS = 16;

    struct Panel {
        bytes32 membersHash;
        uint8 k;
        uint8 n;
        uint32 grace;
        uint16 approvals;
        uint8 count;
        bool decided;
        uint40 heldUntil;
    }

    /// @dev A threat's state as the registry reports it at the approval.
    struct ThreatState {
        Status status;
        uint40 deadline;
        bool probabilistic;
    }

    mapping(uint256 id => Panel) internal _panels;

    /// @param registry_ The registry whose threats this panel resolver decides.
    constructor(ILevetrage registry_) ResolverBase(registry_) EIP712("Levetrage Panel", "1") {}

    /// @inheritdoc IResolver
    function kind() external pure returns (string memory) {
        return "panel";
    }

    /// @notice Stores threat `id`'s panel. Called by the registry at creation.
    /// @dev Requirements: msg.sender is the registry; `resolverData` decodes as (address[], uint8, uint32) with
    /// 1 <= k <= n <= 16, no zero or repeated member, grace <= MAX_HOLD.
    function onThreatCreated(uint256 id, address, ThreatParams calldata params) external onlyRegistry {
        (address[] memory members, uint8 k, uint32 grace) = abi.decode(params.resolverData, (address[], uint8, uint32));
        uint256 n = members.length;
        if (k == 0 || k > n || n > MAX_MEMBERS) revert InvalidQuorum(k, n);
        for (uint256 i; i < n; ++i) {
            address member = members[i];
            if (member == address(0)) revert ZeroMember(i);
            for (uint256 j; j < i; ++j) {
                if (members[j] == member) revert DuplicateMember(member);
            }
        }
        if (grace > maxHold) revert GraceTooLong(grace, maxHold);
        _panels[id] = Panel(keccak256(abi.encode(members)), k, uint8(n), grace, 0, 0, false, 0);
        emit PanelSet(id, members, k, grace);
    }

    /// @inheritdoc IPanelResolver
    function approve(uint256 id, address[] calldata members, bytes32 evidence) external nonReentrant {
        Panel memory panel = _load(id, members);
        ThreatState memory threat = _requireOpen(id, panel);
        _record(id, panel, members, msg.sender, evidence);
        _conclude(id, panel, evidence, threat);
    }

    /// @inheritdoc IPanelResolver
    function approveBySig(
        uint256 id,
        address[] calldata members,
        address[] calldata signers,
        bytes[] calldata signatures,
        bytes32 evidence
    ) external nonReentrant {
        if (signers.length != signatures.length || signers.length == 0) {
            revert LengthMismatch(signers.length, signatures.length);
        }
        Panel memory panel = _load(id, members);
        ThreatState memory threat = _requireOpen(id, panel);
        _recordSigned(id, panel, members, signers, signatures, evidence);
        _conclude(id, panel, evidence, threat);
    }

    /// @inheritdoc IPanelResolver
    function approvalDigest(uint256 id, bytes32 evidence) external view returns (bytes32) {
        return _approvalDigest(id, evidence);
    }

    /// @inheritdoc IPanelResolver
    function describe(uint256 id) external view returns (PanelView memory) {
        Panel memory p = _panels[id];
        return PanelView(p.membersHash, p.k, p.n, p.grace, p.approvals, p.count, p.decided, p.heldUntil);
    }

    /// @notice The EIP-712 domain separator signers use.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    function _approvalDigest(uint256 id, bytes32 evidence) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(APPROVAL_TYPEHASH, id, evidence)));
    }

    /// @dev The stored panel, checked against the member list passed in.
    function _load(uint256 id, address[] calldata members) private view returns (Panel memory panel) {
        panel = _panels[id];
        if (panel.k == 0) revert UnknownThreat(id);
        if (keccak256(abi.encode(members)) != panel.membersHash) revert MembersMismatch(id);
        if (panel.decided) revert PanelAlreadyDecided(id);
    }

    /// @dev An approval still counts: Live or Gathering before the deadline, or Claimed while the panel's hold
    /// lasts (Claimed past it but before the deadline counts too: the hold just ended early).
    function _requireOpen(uint256 id, Panel memory panel) private view returns (ThreatState memory threat) {
        (threat.status, threat.deadline, threat.probabilistic) = _threatState(id);
        Status status = threat.status;
        if (status == Status.Live || status == Status.Gathering || status == Status.Claimed) {
            bool held = status == Status.Claimed && block.timestamp < panel.heldUntil;
            if (block.timestamp >= threat.deadline && !held) {
                revert ApprovalTooLate(id, threat.deadline, panel.heldUntil);
            }
        } else {
            revert ThreatClosed(id, status);
        }
    }

    /// @dev Checks and records each signer's approval of (id, evidence).
    function _recordSigned(
        uint256 id,
        Panel memory panel,
        address[] calldata members,
        address[] calldata signers,
        bytes[] calldata signatures,
        bytes32 evidence
    ) private {
        bytes32 digest = _approvalDigest(id, evidence);
        for (uint256 i; i < signers.length; ++i) {
            address signer = signers[i];
            if (!SignatureChecker.isValidSignatureNowCalldata(signer, digest, signatures[i])) {
                revert BadSignature(id, signer);
            }
            _record(id, panel, members, signer, evidence);
        }
    }

    /// @dev Sets `member`'s approval bit (in memory; `_conclude` stores it) and emits Approved.
    function _record(uint256 id, Panel memory panel, address[] calldata members, address member, bytes32 evidence)
        private
    {
        uint256 index = _indexOf(id, members, member);
        uint16 bit = uint16(1 << index);
        if (panel.approvals & bit != 0) revert AlreadyApproved(id, member);
        panel.approvals |= bit;
        panel.count += 1;
        emit Approved(id, member, evidence, panel.count);
    }

    /// @dev Stores the approvals, then: the k-th fulfils; else the first hold when it is needed.
    function _conclude(uint256 id, Panel memory panel, bytes32 evidence, ThreatState memory threat) private {
        if (panel.count >= panel.k) {
            panel.decided = true;
            _panels[id] = panel;
            emit PanelDecided(id, evidence);
            registry.fulfil(id, evidence);
            return;
        }
        bool needed = threat.probabilistic || block.timestamp + panel.grace > threat.deadline;
        if (panel.grace != 0 && panel.heldUntil == 0 && threat.status == Status.Live && needed) {
            // The first hold the panel needs, once: the rest of the panel gets `grace` seconds.
            uint40 until = registry.hold(id, panel.grace);
            panel.heldUntil = until;
            emit PanelHeld(id, until);
        }
        _panels[id] = panel;
    }

    function _indexOf(uint256 id, address[] calldata members, address account) private pure returns (uint256) {
        for (uint256 i; i < members.length; ++i) {
            if (members[i] == account) return i;
        }
        revert NotMember(id, account);
    }
}
