// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title INashToken
/// @notice Fixed-supply ERC-20 burned to perform moves; forfeited stakes are distributed to holders pro rata.
interface INashToken is IERC20 {
    /// @notice Emitted when ETH is distributed to holders.
    event Distributed(address indexed from, uint256 amount);
    /// @notice Emitted when a holder claims accumulated ETH.
    event DividendClaimed(address indexed holder, uint256 amount);

    /// @notice Thrown when ETH is distributed while no NASH exists.
    error NoSupply();
    /// @notice Thrown when a holder has nothing to claim.
    error NothingToClaim(address holder);
    /// @notice Thrown when sending claimed ETH fails.
    error EthTransferFailed(address to, uint256 amount);

    /// @notice Burns `amount` of `account`'s tokens, spending the caller's allowance.
    function burnFrom(address account, uint256 amount) external;

    /// @notice Burns the fee of a move from its payer. Only the registry, for its caller's own fee.
    function burnFee(address payer, uint256 amount) external;

    /// @notice Distributes msg.value to holders pro rata to their balances at the end of this block (it is
    /// shared out from the next block on, so a flash loan repaid within its transaction earns nothing).
    function distribute() external payable;

    /// @notice ETH `holder` can claim now.
    function claimableOf(address holder) external view returns (uint256);

    /// @notice ETH `holder` has received in total (claimed + claimable).
    function accumulativeOf(address holder) external view returns (uint256);

    /// @notice Sends the caller's claimable ETH to the caller.
    function claim() external returns (uint256 amount);

    /// @notice Sends the caller's claimable ETH to `to` (for a holder that cannot receive ETH itself).
    function claimTo(address to) external returns (uint256 amount);
}
