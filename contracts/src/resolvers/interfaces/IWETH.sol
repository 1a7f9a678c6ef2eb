// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IWETH
/// @notice Wrapped ether (WETH9): an ERC-20 minted 1:1 for ETH.
interface IWETH is IERC20 {
    /// @notice Mints msg.value WETH to the caller.
    function deposit() external payable;

    /// @notice Burns `amount` WETH of the caller and sends it the ETH.
    function withdraw(uint256 amount) external;
}
