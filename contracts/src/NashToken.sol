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
/// dividends, which OZ's ERC20 (private `_balances`/`_totalSupply`) cannot do:
///   supply slot:  totalSupply (uint96) | magnifiedPerShare (uint128) | pendingBlock (uint32)
///   pending slot: pendingAmount (uint96) | magnifiedRemainder (uint96)
///   account slot: balance (95 bits) | excluded (1 bit) | correction (int160)
/// Dividends use the magnified-dividend-per-share scheme (no loop over holders), MAGNITUDE = 2^64:
///   accumulativeOf(a) = (magnifiedPerShare * balanceOf(a) + correction[a]) / MAGNITUDE
/// and `correction` moves with every transfer and burn, so moving tokens never moves ETH already earned.
///
/// Checkpoint (security review: a maker flash-borrowed NASH and took back ~40% of its own forfeit): ETH
/// distributed in block N waits as `pendingAmount` and is released into the per-share figure by the first
/// balance change, claim or exclusion in a later block, before that change applies. It is therefore shared by the
/// balances held at the end of block N: a flash loan, borrowed and repaid inside the transaction, holds nothing
/// then and earns nothing. (A position held across the block boundary earns its share, like any holder's; that
/// costs buying real NASH with price risk. Checkpoints of every balance per block would cost each transfer an
/// extra slot for little more.)
///
/// Holders that could never claim earn nothing (security review: dividends stuck forever): this token itself and
/// the registry cannot receive NASH at all, a contract that cannot take ETH can `claimTo` another address, and the
/// `excluder` may exclude a contract that can do neither (an AMM pair); an excluded account keeps what it earned
/// before and its balance no longer counts in the distribution.
///
/// Rounding: each release adds floor((pending * 2^64 + remainder) / eligibleSupply) to the per-share figure and
/// carries the remainder, so the ETH left unassigned by the division is below eligibleSupply / 2^64 wei in total;
/// each holder's accumulativeOf is floored, losing < 1 wei plus balance / 2^64 wei. Hence
///   0 <= address(this).balance - pending - sum(claimableOf) < holders + 2 * totalSupply / 2^64 + 1   (wei).
/// Bounds: supply < 2^95; per-share fits 128 bits while (ETH ever distributed) * 2^64 / eligibleSupply < 2^128
/// (for a supply of 1 NASH or more: 2^82 ETH); SafeCast reverts beyond that (a forfeit then refunds instead).
contract NashToken is INashToken, IERC20Metadata, IERC20Errors, ReentrancyGuardTransient {
    using SafeCast for uint256;
    using SafeCast for int256;

    /// @notice Fixed-point factor of `magnifiedPerShare` (2^64).
    uint256 public constant MAGNITUDE = 2 ** 64;

    uint256 private constant UINT96_MASK = (1 << 96) - 1;
    uint256 private constant BALANCE_MASK = (1 << 95) - 1;
    uint256 private constant EXCLUDED_BIT = 1 << 95;
    uint256 private constant PER_SHARE_MASK = (1 << 128) - 1;

    /// @notice The registry: it burns fees and pays forfeits, and may never hold NASH (it could not claim).
    address public immutable registry;

    /// @notice May exclude a contract that can never claim from future dividends; zero once renounced.
    address public excluder;

    /// @dev totalSupply (bits 0-95) | magnifiedPerShare (96-223) | pendingBlock (224-255).
    uint256 private _supplySlot;
    /// @dev pendingAmount (bits 0-95) | magnifiedRemainder (96-191).
    uint256 private _pendingSlot;

    /// @notice NASH held by excluded accounts (not counted in distributions).
    uint256 public excludedSupply;

    /// @notice Total ETH ever distributed.
    uint256 public totalDistributed;

    /// @dev balance (bits 0-94) | excluded (95) | correction, or for an excluded account its frozen magnified
    /// accumulative (96-255, two's complement int160).
    mapping(address account => uint256) private _accounts;
    mapping(address owner => mapping(address spender => uint256)) private _allowances;
    mapping(address holder => uint256) private _claimed;

    /// @notice The excluder role changed (zero: renounced).
    event ExcluderChanged(address indexed previous, address indexed next);
    /// @notice `account` no longer earns dividends; it keeps `earned` (wei) it had earned before.
    event ExcludedFromDividends(address indexed account, uint256 earned);

    /// @notice Thrown by `burnFee` from an account other than the registry.
    error NotRegistry(address caller);
    /// @notice Thrown by an excluder function from another account.
    error NotExcluder(address caller);
    /// @notice Thrown when excluding an account that is not a contract, or is already excluded.
    error CannotExclude(address account);

    /// @notice Mints the whole fixed supply to `initialHolder`. Nothing can ever mint again.
    /// @param initialHolder Receives `supply` tokens.
    /// @param supply The fixed total supply, in wei of NASH (18 decimals), below 2^95.
    /// @param registry_ The registry (cannot hold NASH); its address is known before it is deployed.
    /// @param excluder_ May exclude contracts that can never claim (zero: nobody).
    constructor(address initialHolder, uint256 supply, address registry_, address excluder_) {
        if (initialHolder == address(0) || initialHolder == registry_) revert ERC20InvalidReceiver(initialHolder);
        if (supply > BALANCE_MASK) revert SafeCast.SafeCastOverflowedUintDowncast(95, supply);
        registry = registry_;
        excluder = excluder_;
        _supplySlot = supply;
        _accounts[initialHolder] = supply;
        emit Transfer(address(0), initialHolder, supply);
        emit ExcluderChanged(address(0), excluder_);
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

    /// @notice ETH per token distributed so far, times MAGNITUDE (floored; the remainder is carried), counting
    /// a pending distribution once a later block has begun.
    function magnifiedPerShare() public view returns (uint256 perShare) {
        (perShare,,,) = _released();
    }

    /// @notice ETH distributed but not yet shared out: it is shared from the block after its distribution on
    /// (by the balances at the end of that block), or once some NASH earns dividends again.
    function pendingDistribution() external view returns (uint256 amount) {
        (,,, bool changed) = _released();
        if (changed || _supplySlot >> 224 == 0) return 0;
        return _pendingSlot & UINT96_MASK;
    }

    /// @inheritdoc IERC20
    function balanceOf(address account) public view returns (uint256) {
        return _accounts[account] & BALANCE_MASK;
    }

    /// @notice Whether `account` was excluded from dividends.
    function isExcluded(address account) external view returns (bool) {
        return _accounts[account] & EXCLUDED_BIT != 0;
    }

    /// @inheritdoc IERC20
    function allowance(address owner, address spender) external view returns (uint256) {
        return _allowances[owner][spender];
    }

    /// @inheritdoc IERC20
    function transfer(address to, uint256 value) external returns (bool) {
        _requireReceiver(to);
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
        _requireReceiver(to);
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

    /// @inheritdoc INashToken
    /// @dev No allowance: the registry's only call is `burnFee(msg.sender, fee)` from `create`, with `fee` at most
    /// the `maxFee` its caller passed. Makers so need no approve transaction, and no allowance is left for a fee
    /// change to burn.
    function burnFee(address payer, uint256 value) external {
        if (msg.sender != registry) revert NotRegistry(msg.sender);
        _update(payer, address(0), value);
    }

    /*//////////////////////////////////////////////////////////////
                               DIVIDENDS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc INashToken
    /// @dev Reverts NoSupply when no NASH earns dividends (then there is nobody to pay). The amount is shared
    /// from the next block on, by the balances held at the end of this block (see the contract notice).
    function distribute() external payable {
        uint256 packed = _releasePending();
        if ((packed & UINT96_MASK) <= excludedSupply) revert NoSupply();
        uint256 pending = _pendingSlot;
        uint256 amount = (pending & UINT96_MASK) + msg.value;
        _pendingSlot = (pending & ~UINT96_MASK) | amount.toUint96();
        _supplySlot = (packed & ((1 << 224) - 1)) | (_blockTag() << 224);
        totalDistributed += msg.value;
        emit Distributed(msg.sender, msg.value);
    }

    /// @inheritdoc INashToken
    /// @dev Effects before the transfer and a reentrancy guard: a re-entering holder finds nothing left to claim.
    function claim() external nonReentrant returns (uint256 amount) {
        return _claimTo(msg.sender);
    }

    /// @inheritdoc INashToken
    function claimTo(address to) external nonReentrant returns (uint256 amount) {
        if (to == address(0)) revert EthTransferFailed(to, 0);
        return _claimTo(to);
    }

    function _claimTo(address to) private returns (uint256 amount) {
        _releasePending();
        amount = claimableOf(msg.sender);
        if (amount == 0) revert NothingToClaim(msg.sender);
        _claimed[msg.sender] += amount;
        emit DividendClaimed(msg.sender, amount);
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert EthTransferFailed(to, amount);
    }

    /// @inheritdoc INashToken
    function claimableOf(address holder) public view returns (uint256) {
        return accumulativeOf(holder) - _claimed[holder];
    }

    /// @inheritdoc INashToken
    function accumulativeOf(address holder) public view returns (uint256) {
        uint256 account = _accounts[holder];
        int256 magnified = _correction(account);
        if (account & EXCLUDED_BIT == 0) {
            (uint256 perShare,,,) = _released();
            magnified += (perShare * (account & BALANCE_MASK)).toInt256();
        }
        // A correction never exceeds what the holder's earlier balances earned, so `magnified` is never negative.
        return uint256(magnified) / MAGNITUDE;
    }

    /// @notice ETH `holder` has claimed so far.
    /// @param holder The holder.
    function claimedOf(address holder) external view returns (uint256) {
        return _claimed[holder];
    }

    /// @notice Remainder of the per-share division, carried into the next release (< eligible supply).
    function magnifiedRemainder() external view returns (uint256 remainder) {
        (, remainder,,) = _released();
    }

    /*//////////////////////////////////////////////////////////////
                               EXCLUSION
    //////////////////////////////////////////////////////////////*/

    /// @notice Excludes a contract that can never claim (an AMM pair) from future dividends, irreversibly.
    /// It keeps what it earned so far (claimable if it ever can); its share of later forfeits goes to the others.
    /// @dev Requirements: msg.sender is the excluder; `account` is a contract and not yet excluded.
    function excludeFromDividends(address account) external {
        if (msg.sender != excluder) revert NotExcluder(msg.sender);
        uint256 word = _accounts[account];
        if (account.code.length == 0 || word & EXCLUDED_BIT != 0) revert CannotExclude(account);
        uint256 packed = _releasePending();
        uint256 balance = word & BALANCE_MASK;
        int256 frozen = (((packed >> 96) & PER_SHARE_MASK) * balance).toInt256() + _correction(word);
        _accounts[account] = _pack(balance | EXCLUDED_BIT, frozen);
        excludedSupply += balance;
        emit ExcludedFromDividends(account, uint256(frozen) / MAGNITUDE);
    }

    /// @notice Hands the excluder role on (zero renounces it for good).
    function setExcluder(address next) external {
        if (msg.sender != excluder) revert NotExcluder(msg.sender);
        emit ExcluderChanged(excluder, next);
        excluder = next;
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev The registry and this token can never claim, so they can never receive NASH.
    function _requireReceiver(address to) private view {
        if (to == address(0) || to == address(this) || to == registry) revert ERC20InvalidReceiver(to);
    }

    /// @dev The per-share figure, remainder and supply slot as they are once any pending distribution from an
    /// earlier block is released.
    function _released() private view returns (uint256 perShare, uint256 remainder, uint256 packed, bool changed) {
        packed = _supplySlot;
        perShare = (packed >> 96) & PER_SHARE_MASK;
        uint256 pendingWord = _pendingSlot;
        remainder = (pendingWord >> 96) & UINT96_MASK;
        uint256 pendingBlock = packed >> 224;
        if (pendingBlock == 0 || pendingBlock == _blockTag()) return (perShare, remainder, packed, false);
        uint256 eligible = (packed & UINT96_MASK) - excludedSupply;
        if (eligible == 0) return (perShare, remainder, packed, false); // kept until someone can earn it
        uint256 magnified = (pendingWord & UINT96_MASK) * MAGNITUDE + remainder;
        perShare += magnified / eligible;
        remainder = magnified % eligible;
        packed = (packed & UINT96_MASK) | (uint256(perShare.toUint128()) << 96);
        changed = true;
    }

    /// @dev Releases a pending distribution from an earlier block; returns the (new) supply slot.
    function _releasePending() private returns (uint256 packed) {
        packed = _supplySlot;
        uint256 pendingBlock = packed >> 224;
        if (pendingBlock == 0 || pendingBlock == _blockTag()) return packed;
        bool changed;
        uint256 remainder;
        (, remainder, packed, changed) = _released();
        if (!changed) return packed;
        _supplySlot = packed;
        _pendingSlot = remainder << 96;
    }

    /// @dev The current block as stored with a pending distribution: never zero (zero means none pending).
    function _blockTag() private view returns (uint256) {
        return block.number % type(uint32).max + 1;
    }

    function _correction(uint256 account) private pure returns (int256) {
        return int256(int160(uint160(account >> 96)));
    }

    function _pack(uint256 balanceBits, int256 correction) private pure returns (uint256) {
        return (uint256(uint160(correction.toInt160())) << 96) | balanceBits;
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
    /// one read of the supply slot (which also says whether a distribution waits for release), one write of each
    /// account slot, and a supply write only for a burn or a release. Excluded accounts keep a frozen
    /// accumulative and move `excludedSupply` instead of a correction.
    function _update(address from, address to, uint256 value) private {
        uint256 packed = _releasePending();
        int256 delta = (((packed >> 96) & PER_SHARE_MASK) * value).toInt256();
        uint256 excludedChange; // + into excluded accounts, tracked as (added, removed)
        uint256 excludedRemoved;

        uint256 fromAccount = _accounts[from];
        uint256 fromBalance = fromAccount & BALANCE_MASK;
        if (fromBalance < value) revert ERC20InsufficientBalance(from, fromBalance, value);
        if (fromAccount & EXCLUDED_BIT == 0) {
            _accounts[from] = _pack(fromBalance - value, _correction(fromAccount) + delta);
        } else {
            _accounts[from] = fromAccount - value; // balance bits only: the frozen accumulative stays
            excludedRemoved = value;
        }

        if (to == address(0)) {
            unchecked {
                _supplySlot = packed - value; // value <= balance <= supply: the low 96 bits never borrow
            }
        } else {
            uint256 toAccount = _accounts[to];
            // balance + value <= supply < 2^95: the balance never reaches the excluded bit.
            if (toAccount & EXCLUDED_BIT == 0) {
                _accounts[to] = _pack((toAccount & BALANCE_MASK) + value, _correction(toAccount) - delta);
            } else {
                _accounts[to] = toAccount + value;
                excludedChange = value;
            }
        }
        if (excludedChange != excludedRemoved) excludedSupply = excludedSupply + excludedChange - excludedRemoved;
        emit Transfer(from, to, value);
    }
}
