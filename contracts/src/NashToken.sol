// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {INashToken} from "./interfaces/INashToken.sol";

/// @title NashToken (NASH)
/// @notice Fixed-supply ERC-20 (white paper section 3.3): minted once in the constructor, burned to perform
/// moves, and paid the stakes of forfeited threats pro rata to balances.
/// @dev ERC-20 semantics, events and errors are OpenZeppelin's (IERC20, IERC20Metadata, IERC6093 errors,
/// ERC20Burnable-style `burn`/`burnFrom`, an infinite allowance is never decreased). The storage is packed for the
/// dividends, which OZ's ERC20 (private `_balances`/`_totalSupply`) cannot do: with it a fee burn costs ~7k more.
///   account slot: balance (uint96) | dividend correction (int160)      -> one slot per holder
///   supply slot:  totalSupply (uint96) | magnifiedPerShare (uint160)    -> one slot for every transfer and burn
/// Dividends use the magnified-dividend-per-share scheme (no loop over holders), MAGNITUDE = 2^64:
///   accumulativeOf(a) = (magnifiedPerShare * balanceOf(a) + correction[a]) / MAGNITUDE
///   claimableOf(a)    = accumulativeOf(a) - claimedOf(a)
/// `correction` is adjusted on every transfer and burn (in `_update`) so moving tokens never moves ETH already
/// earned: the sender keeps what its tokens earned so far, the receiver earns from now on.
///
/// Rounding: each `distribute` adds floor((msg.value * 2^64 + remainder) / totalSupply) to the per-share figure and
/// carries the remainder (< totalSupply) into the next one, so the ETH left unassigned by the per-share division is
/// below totalSupply / 2^64 wei in total (not per distribution): < 0.06 gwei for a supply of 10^27.
/// Each holder's accumulativeOf is then floored, losing < 1 wei plus balance / 2^64 wei. Hence
///   0 <= address(this).balance - sum(claimableOf) < number of holders + 2 * totalSupply / 2^64 + 1   (wei).
/// Bounds: supply <= 2^96 - 1 (79 billion tokens of 18 decimals); per-share and corrections fit 160 bits as long
/// as less than 2^95 wei (4e10 ETH) is ever distributed; SafeCast reverts rather than wrap beyond that.
contract NashToken is INashToken, IERC20Metadata, IERC20Errors, ReentrancyGuardTransient {
    using SafeCast for uint256;
    using SafeCast for int256;

    /// @notice Fixed-point factor of `magnifiedPerShare` (2^64).
    uint256 public constant MAGNITUDE = 2 ** 64;

    uint256 private constant UINT96_MASK = (1 << 96) - 1;

    /// @dev totalSupply (low 96 bits) | magnifiedPerShare (high 160 bits).
    uint256 private _supplySlot;

    /// @notice Remainder of the last per-share division, carried into the next distribution (< totalSupply).
    uint256 public magnifiedRemainder;

    /// @notice Total ETH ever distributed.
    uint256 public totalDistributed;

    /// @dev balance (low 96 bits) | correction (high 160 bits, two's complement int160).
    mapping(address account => uint256) private _accounts;
    mapping(address owner => mapping(address spender => uint256)) private _allowances;
    mapping(address holder => uint256) private _claimed;

    /// @notice Mints the whole fixed supply to `initialHolder`. Nothing can ever mint again.
    /// @param initialHolder Receives `supply` tokens.
    /// @param supply The fixed total supply, in wei of NASH (18 decimals), below 2^96.
    constructor(address initialHolder, uint256 supply) {
        if (initialHolder == address(0)) revert ERC20InvalidReceiver(address(0));
        _supplySlot = supply.toUint96();
        _accounts[initialHolder] = supply;
        emit Transfer(address(0), initialHolder, supply);
    }

    /*//////////////////////////////////////////////////////////////
                                 ERC-20
    //////////////////////////////////////////////////////////////*/

    /// @notice "Nash".
    function name() external pure returns (string memory) {
        return "Nash";
    }

    /// @notice "NASH".
    function symbol() external pure returns (string memory) {
        return "NASH";
    }

    /// @notice 18.
    function decimals() external pure returns (uint8) {
        return 18;
    }

    /// @inheritdoc IERC20
    function totalSupply() public view returns (uint256) {
        return _supplySlot & UINT96_MASK;
    }

    /// @notice ETH per token ever distributed, times MAGNITUDE (floored; the remainder is carried).
    function magnifiedPerShare() public view returns (uint256) {
        return _supplySlot >> 96;
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) public view returns (uint256) {
        return _accounts[account] & UINT96_MASK;
    }

    /// @inheritdoc IERC20
    function allowance(address owner, address spender) external view returns (uint256) {
        return _allowances[owner][spender];
    }

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        _update(msg.sender, to, value);
        return true;
    }

    /// @inheritdoc IERC20
    function approve(address spender, uint256 value) external returns (bool) {
        if (spender == address(0)) revert ERC20InvalidSpender(address(0));
        _allowances[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @inheritdoc IERC20
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        if (from == address(0)) revert ERC20InvalidSender(address(0));
        if (to == address(0)) revert ERC20InvalidReceiver(address(0));
        _spendAllowance(from, value);
        _update(from, to, value);
        return true;
    }

    /// @notice Burns `value` of the caller's tokens.
    /// @param value Amount in wei of NASH.
    function burn(uint256 value) external {
        _update(msg.sender, address(0), value);
    }

    /// @inheritdoc INashToken
    /// @dev Spends the caller's allowance (reverts ERC20InsufficientAllowance without it), like ERC20Burnable.
    function burnFrom(address account, uint256 value) external {
        if (account == address(0)) revert ERC20InvalidSender(address(0));
        _spendAllowance(account, value);
        _update(account, address(0), value);
    }

    /*//////////////////////////////////////////////////////////////
                               DIVIDENDS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc INashToken
    /// @dev Reverts NoSupply if no NASH exists (then there is nobody to pay).
    function distribute() external payable {
        uint256 packed = _supplySlot;
        uint256 supply = packed & UINT96_MASK;
        if (supply == 0) revert NoSupply();
        uint256 magnified = msg.value * MAGNITUDE + magnifiedRemainder;
        uint256 perShare = (packed >> 96) + magnified / supply;
        _supplySlot = (uint256(perShare.toUint160()) << 96) | supply;
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
        uint256 account = _accounts[holder];
        int256 magnified = (magnifiedPerShare() * (account & UINT96_MASK)).toInt256() + _correction(account);
        // A correction never exceeds what the holder's earlier balances earned, so `magnified` is never negative.
        return uint256(magnified) / MAGNITUDE;
    }

    /// @notice ETH `holder` has claimed so far.
    /// @param holder The holder.
    function claimedOf(address holder) external view returns (uint256) {
        return _claimed[holder];
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNAL
    //////////////////////////////////////////////////////////////*/

    function _correction(uint256 account) private pure returns (int256) {
        return int256(int160(uint160(account >> 96)));
    }

    function _pack(uint256 balance, int256 correction) private pure returns (uint256) {
        return (uint256(uint160(correction.toInt160())) << 96) | balance;
    }

    function _spendAllowance(address owner, uint256 value) private {
        uint256 current = _allowances[owner][msg.sender];
        if (current == type(uint256).max) return;
        if (current < value) revert ERC20InsufficientAllowance(msg.sender, current, value);
        unchecked {
            _allowances[owner][msg.sender] = current - value;
        }
    }

    /// @dev Moves (or burns, when `to` is zero) `value` from `from`, keeping the dividend corrections in step:
    /// one read of the supply slot, one write of each account slot, and a supply write only for a burn.
    function _update(address from, address to, uint256 value) private {
        uint256 packed = _supplySlot;
        int256 delta = ((packed >> 96) * value).toInt256();

        uint256 fromAccount = _accounts[from];
        uint256 fromBalance = fromAccount & UINT96_MASK;
        if (fromBalance < value) revert ERC20InsufficientBalance(from, fromBalance, value);
        _accounts[from] = _pack(fromBalance - value, _correction(fromAccount) + delta);

        if (to == address(0)) {
            unchecked {
                _supplySlot = packed - value; // value <= balance <= supply: the low 96 bits never borrow
            }
        } else {
            uint256 toAccount = _accounts[to];
            // balance + value <= supply < 2^96: the balance never overflows into the correction bits.
            _accounts[to] = _pack((toAccount & UINT96_MASK) + value, _correction(toAccount) - delta);
        }
        emit Transfer(from, to, value);
    }
}
