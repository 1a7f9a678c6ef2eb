// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IResolverCommon} from "./IResolverCommon.sol";

/// @title IPanelResolver
/// @notice Named oracles, k of n: a threat's demand is fulfilled once k distinct members of its panel of n
/// (1 <= k <= n <= 16) approved, each by a transaction (`approve`) or an EIP-712 signature anyone submits
/// (`approveBySig`). `resolverData = abi.encode(address[] members, uint8 k, uint32 grace)`.
interface IPanelResolver is IResolverCommon {
    /// @notice A threat's panel as stored (the member list itself is only in PanelSet: pass it back to approve).
    struct PanelView {
        bytes32 membersHash; // keccak256(abi.encode(members))
        uint8 k; // approvals needed
        uint8 n; // members
        uint32 grace; // seconds the panel gets after an approval near the deadline (the hold)
        uint16 approvals; // bit i: members[i] approved
        uint8 count; // distinct approvals so far
        bool decided; // the k-th approval fulfilled the threat
        uint40 heldUntil; // end of the hold an approval took (0: none)
    }

    /// @notice Threat `id` is decided by `k` of `members`; an approval that leaves the panel short of k holds the
    /// threat for `grace` seconds when the deadline is nearer than that (or the threat has draws).
    event PanelSet(uint256 indexed id, address[] members, uint8 k, uint32 grace);
    /// @notice `member` approved the fulfilment of threat `id`, relying on `evidence`; `count` approvals so far.
    event Approved(uint256 indexed id, address indexed member, bytes32 evidence, uint8 count);
    /// @notice An approval held threat `id` until `until` so the rest of the panel has time.
    event PanelHeld(uint256 indexed id, uint40 until);
    /// @notice The k-th approval fulfilled threat `id` with `evidence` (the evidence of that approval).
    event PanelDecided(uint256 indexed id, bytes32 evidence);

    /// @notice Thrown at creation unless 1 <= k <= n <= 16.
    error InvalidQuorum(uint256 k, uint256 n);
    /// @notice Thrown at creation when members[index] is the zero address.
    error ZeroMember(uint256 index);
    /// @notice Thrown at creation when an account is named twice.
    error DuplicateMember(address member);
    /// @notice Thrown at creation when the grace exceeds the registry's MAX_HOLD.
    error GraceTooLong(uint32 grace, uint32 maxHold);
    /// @notice Thrown when the member list passed does not hash to the threat's stored list.
    error MembersMismatch(uint256 id);
    /// @notice Thrown when `account` (the caller, or a signer) is not a member of the threat's panel.
    error NotMember(uint256 id, address account);
    /// @notice Thrown when `member` already approved threat `id` (each member counts once).
    error AlreadyApproved(uint256 id, address member);
    /// @notice Thrown when a signature is not `signer`'s EIP-712 Approval of (id, evidence) (ECDSA or ERC-1271).
    error BadSignature(uint256 id, address signer);
    /// @notice Thrown when `signers` and `signatures` differ in length, or both are empty.
    error LengthMismatch(uint256 signers, uint256 signatures);
    /// @notice Thrown by an approval after the k-th one.
    error PanelAlreadyDecided(uint256 id);
    /// @notice Thrown by an approval at or after the deadline when no hold (or only an ended one) covers it.
    error ApprovalTooLate(uint256 id, uint40 deadline, uint40 heldUntil);

    /// @notice Approves the fulfilment of threat `id` as the calling member; the k-th approval fulfils it.
    /// @dev Requirements: `members` is the threat's list (PanelSet); msg.sender is a member that has not approved;
    /// the panel has not decided; the threat is Live (or Gathering) before its deadline, or held by this panel's
    /// hold. Reverts with the registry's error if its `fulfil` or `hold` does (e.g. `DrawDetermined`).
    function approve(uint256 id, address[] calldata members, bytes32 evidence) external;

    /// @notice Submits members' EIP-712 approvals of (id, evidence) collected off chain (anyone may send them).
    /// @dev Requirements: as `approve`, for each signer; `signatures[i]` is `signers[i]`'s signature of
    /// `approvalDigest(id, evidence)` (65-byte ECDSA, or ERC-1271 for a contract member); no signer twice.
    function approveBySig(
        uint256 id,
        address[] calldata members,
        address[] calldata signers,
        bytes[] calldata signatures,
        bytes32 evidence
    ) external;

    /// @notice The EIP-712 digest a member signs: `Approval(uint256 threatId,bytes32 evidence)`, domain
    /// ("Levetrage Panel", "1", chain id, this resolver).
    function approvalDigest(uint256 id, bytes32 evidence) external view returns (bytes32);

    /// @notice The panel of threat `id` (all zero when unknown).
    function describe(uint256 id) external view returns (PanelView memory);
}
