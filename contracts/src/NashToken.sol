// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {INashToken} from "./interfaces/INashToken.sol";

/// @title NashToken (NASH)
/// @notice Fixed-supply ERC-20 (white paper section 3.3): minted once in the constructor, burned to perform
/// moves, and paid the stakes of forfeited threats pro rata to balances.
/// @dev Dividends use the magnified-dividend-per-share scheme (no loop over holders):
///   accumulativeOf(a) = (magnifiedPerShare * balanceOf(a) + correction[a]) / MAGNITUDE
///   claimableOf(a)    = accumulativeOf(a) - claimed[a]
/// `correction[a]` is adjusted in `_update` on every transfer, mint and burn so that moving tokens never moves
/// ETH already earned: the sender keeps what its tokens earned so far, the receiver starts earning from now.
///
/// Rounding: each `distribute` adds floor((msg.value * MAGNITUDE + remainder) / totalSupply) to the per-share
/// figure and carries the division remainder into the next distribution, so the per-share figure is always the
/// exact floor of (all ETH ever distributed * MAGNITUDE / supply-weighted shares); the ETH it leaves undistributed
/// is below totalSupply / 2^128 wei in total, not per distribution (< 1 wei for any supply below 2^128).
/// Each holder's accumulativeOf is floored once more, losing < 1 wei per holder. So
///   address(this).balance - sum(claimableOf) < 1 + number of holders  (in wei), and never negative.
contract NashToken is ERC20, ERC20Burnable, ReentrancyGuardTransient, INashToken {
    using SafeCast for uint256;

    /// @notice Fixed-point factor of `magnifiedPerShare` (2^128).
    uint256 public constant MAGNITUDE = 2 ** 128;

    /// @notice ETH per token ever distributed, times MAGNITUDE (floored; the remainder is carried).
    uint256 public magnifiedPerShare;

    /// @notice Remainder of the last per-share division, carried into the next distribution (< totalSupply).
    uint256 public magnifiedRemainder;

    /// @notice Total ETH ever distributed.
    uint256 public totalDistributed;

    mapping(address holder => int256) private _corrections;
    mapping(address holder => uint256) private _claimed;

    /// @notice Mints the whole fixed supply to `initialHolder`. Nothing can ever mint again.
    /// @param initialHolder Receives `supply` tokens.
    /// @param supply The fixed total supply, in wei of NASH (18 decimals).
    constructor(address initialHolder, uint256 supply) ERC20("Nash", "NASH") {
        _mint(initialHolder, supply);
    }

    /// @inheritdoc INashToken
    /// @dev Reverts NoSupply if no NASH exists (then there is nobody to pay).
    function distribute() external payable {
        uint256 supply = totalSupply();
        if (supply == 0) revert NoSupply();
        uint256 magnified = msg.value * MAGNITUDE + magnifiedRemainder;
        magnifiedPerShare += magnified / supply;
        magnifiedRemainder = magnified % supply;
        totalDistributed += msg.value;
        emit Distributed(msg.sender, msg.value);
    }

    /// @inheritdoc INashToken
    /// @dev Effects before the transfer and a reentrancy guard: a re-entering holder finds nothing left to claim.
    function claim() external nonReentrant returns (uint256 amount) {
        amount = claimableOf(msg.sender);
        if (amount == 0) revert NothingToClaim(msg.sender);
        _claimed[msg.sender] += amount;
        emit DividendClaimed(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert EthTransferFailed(msg.sender, amount);
    }

    /// @inheritdoc INashToken
    function claimableOf(address holder) public view returns (uint256) {
        return accumulativeOf(holder) - _claimed[holder];
    }

    /// @inheritdoc INashToken
    function accumulativeOf(address holder) public view returns (uint256) {
        int256 magnified = (magnifiedPerShare * balanceOf(holder)).toInt256() + _corrections[holder];
        // A correction never exceeds what the holder's earlier balances earned, so `magnified` is never negative.
        return uint256(magnified) / MAGNITUDE;
    }

    /// @notice ETH `holder` has claimed so far.
    /// @param holder The holder.
    function claimedOf(address holder) external view returns (uint256) {
        return _claimed[holder];
    }

    /// @inheritdoc INashToken
    /// @dev ERC20Burnable's: spends the caller's allowance (reverts ERC20InsufficientAllowance without it).
    function burnFrom(address account, uint256 value) public override(ERC20Burnable, INashToken) {
        super.burnFrom(account, value);
    }

    /// @dev Keeps the dividend corrections in step with every balance change (transfer, mint, burn).
    /// Skips the correction writes while nothing was ever distributed (they would be zero).
    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        uint256 perShare = magnifiedPerShare;
        if (perShare == 0 || value == 0) return;
        int256 delta = (perShare * value).toInt256();
        if (from != address(0)) _corrections[from] += delta;
        if (to != address(0)) _corrections[to] -= delta;
    }
}
