// SPDX-License-Identifier: GPL-3.0-only
pragma solidity 0.8.30;

// Reality.eth's reference arbitrator (npm @reality.eth/contracts, flat/Arbitrator-development.sol): an owned
// contract that takes a dispute fee and lets its owner rule. Compiled here so tests and the local deploy can
// deploy it from its artifact "Arbitrator-development.sol:Arbitrator". Nothing of it is changed.
// solhint-disable-next-line no-unused-import
import {Arbitrator} from "@reality.eth/contracts/flat/Arbitrator-development.sol";
