// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ThreatParams} from "../types/DataTypes.sol";

/// @title IResolver
/// @notice A kind of resolution: the contract that decides whether a threat's demand was met (white paper
/// section 7.2, "an arrangement that doesn't offer any room for dishonesty"). The registry stays generic: it
/// only accepts `fulfil`, `hold`, `release` and `breach` from the threat's resolver, so new kinds (a k-of-n
/// panel, a Reality.eth question, an UMA assertion, later Kleros or a DAO vote) need no change to it.
/// A resolver that is a plain account (an oracle) needs no code at all: it calls `fulfil` itself.
interface IResolver {
    /// @notice Called by the registry at creation, after the threat is stored, when `params.resolverData` is
    /// non-empty. The resolver validates and stores its per-threat configuration (panel members, question
    /// parameters, bond) and may ask its peer (ask the Reality.eth question). Reverting here reverts the create.
    /// @dev Requirements: `msg.sender` is the registry the resolver serves.
    /// @param id The new threat's id.
    /// @param maker The account creating the threat.
    /// @param params The creation parameters (terms included, so a question can quote them).
    function onThreatCreated(uint256 id, address maker, ThreatParams calldata params) external;

    /// @notice A short machine-readable name of the kind ("panel", "reality", "uma"), for UIs and indexers.
    function kind() external pure returns (string memory);
}
