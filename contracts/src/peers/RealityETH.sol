// SPDX-License-Identifier: GPL-3.0-only
pragma solidity 0.8.30;

// The real Reality.eth v3.0 contract (npm @reality.eth/contracts, flat/RealityETH-3.0.sol), compiled by this
// project so tests and the local deploy (contracts/script/lib/Peers.sol) can deploy it from its artifact
// "RealityETH-3.0.sol:RealityETH_v3_0". Nothing of it is changed.
// solhint-disable-next-line no-unused-import
import {RealityETH_v3_0} from "@reality.eth/contracts/flat/RealityETH-3.0.sol";
