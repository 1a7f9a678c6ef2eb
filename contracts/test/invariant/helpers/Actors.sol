// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @notice An account with code that rejects ETH (a maker, beneficiary, provider, backer, keeper or NASH holder
/// that is a contract without a payable receive) until the handler lets it accept for a `withdraw`.
/// The handler acts as it with `vm.prank`.
contract RevertingReceiver {
    bool public accepting;

    receive() external payable {
        require(accepting, "RevertingReceiver: no ETH please");
    }

    function setAccepting(bool on) external {
        accepting = on;
    }
}
