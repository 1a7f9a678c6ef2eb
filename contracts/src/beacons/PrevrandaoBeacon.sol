// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Blockhash} from "@openzeppelin/contracts/utils/Blockhash.sol";
import {IRandomnessBeacon} from "../interfaces/IRandomnessBeacon.sol";
import {Availability} from "../types/DataTypes.sol";
import {HeaderRlp} from "./HeaderRlp.sol";

/// @title PrevrandaoBeacon
/// @notice The default beacon: the value of a ticket is the `prevrandao` (header field `mixHash`) of a block
/// `delay` blocks after the request, a RANDAO mix nobody can know when the request is mined (see
/// docs/randomness.md for who can bias it and at what cost). Never a bare block hash: a proposer can grind that.
/// @dev Stateless. A ticket is the target block number.
///   block.number <  ticket                  -> Pending (the mix is not fixed yet)
///   block.number == ticket                  -> Ready with `block.prevrandao` (the current block's mix; no proof)
///   ticket < block.number <= ticket + 8191  -> Ready with the prevrandao of the RLP header `proof`, whose
///                                              keccak must equal the block hash of `ticket` (BLOCKHASH for the
///                                              last 256 blocks, the EIP-2935 history contract before that)
///   block.number >  ticket + 8191           -> Lapsed (the block hash is gone, the value can never be proven)
/// Only for chains where prevrandao is the beacon chain's RANDAO (Ethereum L1 and its testnets, anvil);
/// on rollups the sequencer sets it.
contract PrevrandaoBeacon is IRandomnessBeacon {
    /// @notice Blocks for which the EIP-2935 history contract serves a hash: `block.number - 8191 <= n < block.number`.
    uint256 public constant HISTORY_WINDOW = 8191;

    /// @notice Blocks between the request and the target block whose prevrandao decides the draw.
    uint8 public immutable delay;

    /// @notice Thrown by the constructor for a delay of zero (the target block would be the request block).
    error InvalidDelay(uint8 delay);

    /// @param delay_ Blocks between a request and its target block, at least 1. Each block of delay adds one
    /// proposer an attacker must control to know the value before requesting; mainnet should use 32 or more.
    constructor(uint8 delay_) {
        if (delay_ == 0) revert InvalidDelay(delay_);
        delay = delay_;
    }

    /// @notice Returns the target block `block.number + delay` as the ticket. Stateless and free: anyone may
    /// call it, with no ETH.
    /// @return ticket The target block number.
    function request() external payable returns (uint48 ticket) {
        if (msg.value != 0) revert WrongRequestFee(0, msg.value);
        return uint48(block.number + delay);
    }

    /// @notice Zero: a block's prevrandao costs nothing.
    function requestFee() external pure returns (uint256) {
        return 0;
    }

    /// @notice The prevrandao of block `ticket`, proven by its RLP header once the block is in the past.
    /// @param ticket A target block number returned by `request`.
    /// @param proof The RLP-encoded header of block `ticket` (ignored while Pending, Lapsed, or in block `ticket` itself).
    /// @return availability Pending, Ready or Lapsed, as in the contract notice.
    /// @return value The block's prevrandao when Ready, zero otherwise.
    /// @dev Reverts with `InvalidProof(ticket)` when Ready is reachable but `proof` is not the header of block `ticket`.
    function resolve(uint48 ticket, bytes calldata proof)
        external
        view
        returns (Availability availability, bytes32 value)
    {
        uint256 current = block.number;
        if (current < ticket) return (Availability.Pending, bytes32(0));
        if (current == ticket) return (Availability.Ready, bytes32(block.prevrandao));
        if (current - ticket > HISTORY_WINDOW) return (Availability.Lapsed, bytes32(0));

        // Authenticate first: keccak256(proof) must be the block hash of `ticket` (BLOCKHASH within 256 blocks,
        // the EIP-2935 history contract before). Then read the number and prevrandao fields in place.
        bytes32 expected = Blockhash.blockHash(ticket);
        if (expected == bytes32(0) || _keccak(proof) != expected) revert InvalidProof(ticket);
        (bool ok, uint256 number, bytes32 prevrandao) = HeaderRlp.numberAndPrevrandao(proof);
        if (!ok || number != ticket) revert InvalidProof(ticket);
        return (Availability.Ready, prevrandao);
    }

    /// @dev keccak256 of calldata bytes, hashed in scratch memory past the free memory pointer.
    function _keccak(bytes calldata data) private pure returns (bytes32 hash) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, data.offset, data.length)
            hash := keccak256(m, data.length)
        }
    }

    /// @notice Whether the value of `ticket` is fixed: from block `ticket` on it is `block.prevrandao` of that
    /// block, public on the beacon chain since the previous slot, so a terminator may no longer pre-empt the draw.
    /// @param ticket A target block number.
    function isDetermined(uint48 ticket) external view returns (bool) {
        return block.number >= ticket;
    }
}
