// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

// Compiles Chainlink's MockV3Aggregator (from @chainlink/contracts 1.2.0) so the local deploy can stand it in for
// a real ETH/USD price feed (Deploy.s.sol, local chain only).
// solhint-disable-next-line no-unused-import
import {MockV3Aggregator} from "@chainlink/contracts/src/v0.8/tests/MockV3Aggregator.sol";
