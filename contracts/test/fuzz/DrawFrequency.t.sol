// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {DrawRule} from "../../src/libraries/DrawRule.sol";
import {Action, ThreatParams, DrawOutcome, OddsParams, Status} from "../../src/types/DataTypes.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {console} from "forge-std/console.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice Statistical tests: the empirical escalation (and termination) frequency matches the stated odds.
/// Values are the fixed seeded sequence keccak256(SEED, i), so the tests are deterministic, never flaky.
/// Each count is checked with a two-sided z-test, |z| < 4.5: a correct rule fails it with probability
/// below 1e-5 (6.8e-6) per check, while a rule off by a relative 10 % at p = 5 % over 20,000 draws gives |z| ≈ 3.2
/// on average and one off by 20 % gives |z| ≈ 6.5 (caught).
contract DrawFrequencyTest is BaseTest {
    bytes32 internal constant SEED = keccak256("levetrage draw frequency seed 1");
    uint256 internal constant DRAWS = 20_000;
    /// @dev z threshold times 1e3 (4.5).
    uint256 internal constant Z_MAX_MILLI = 4_500;

    /// @dev |z| * 1000 for `observed` successes in `n` trials of probability pParts / PROB_SCALE:
    /// z = (observed - n p) / sqrt(n p (1 - p)).
    function _zMilli(uint256 observed, uint256 n, uint256 pParts) internal pure returns (uint256) {
        uint256 expectedScaled = n * pParts; // n p * PROB_SCALE
        uint256 observedScaled = observed * PROB_SCALE;
        uint256 diff =
            observedScaled > expectedScaled ? observedScaled - expectedScaled : expectedScaled - observedScaled;
        uint256 varianceScaled = n * pParts * (PROB_SCALE - pParts); // n p (1 - p) * PROB_SCALE^2
        return diff * 1e3 / Math.sqrt(varianceScaled);
    }

    /// @dev Two-sided z-test at |z| < 4.5; logs z so the report can quote it.
    function _assertZ(uint256 observed, uint256 n, uint256 pParts, string memory what) internal pure {
        uint256 z = _zMilli(observed, n, pParts);
        console.log(what, observed, z);
        assertLt(z, Z_MAX_MILLI, what);
    }

    function _count(uint32 pEscalate, uint32 pTerminate, uint256 threatId)
        internal
        pure
        returns (uint256 escalations, uint256 terminations)
    {
        for (uint256 i; i < DRAWS; ++i) {
            bytes32 value = keccak256(abi.encode(SEED, i));
            DrawOutcome outcome = DrawRule.outcome(value, threatId, 1 + (i % 30), pEscalate, pTerminate);
            if (outcome == DrawOutcome.Escalate) ++escalations;
            else if (outcome == DrawOutcome.Terminate) ++terminations;
        }
    }

    function _checkEscalation(uint32 p) internal pure {
        (uint256 escalations, uint256 terminations) = _count(p, 0, 1);
        assertEq(terminations, 0);
        _assertZ(escalations, DRAWS, p, "escalation frequency");
    }

    function test_Frequency_OnePercent() public pure {
        _checkEscalation(10_000_000);
    }

    function test_Frequency_FivePercent() public pure {
        _checkEscalation(50_000_000); // the white paper's 5 % per day
    }

    function test_Frequency_ThirtyPercent() public pure {
        _checkEscalation(300_000_000);
    }

    function test_Frequency_NinetyPercent() public pure {
        _checkEscalation(900_000_000);
    }

    function test_Frequency_ThreeOutcomes() public pure {
        (uint256 escalations, uint256 terminations) = _count(200_000_000, 300_000_000, 7);
        _assertZ(escalations, DRAWS, 200_000_000, "escalation");
        _assertZ(terminations, DRAWS, 300_000_000, "termination");
    }

    /// The test has power: 20,000 draws at 5 % reject a claimed 6 % (a 20 % relative error).
    function test_ZTestRejectsWrongOdds() public pure {
        (uint256 escalations,) = _count(50_000_000, 0, 1);
        assertGt(_zMilli(escalations, DRAWS, 60_000_000), Z_MAX_MILLI);
        assertGt(_zMilli(escalations, DRAWS, 40_000_000), Z_MAX_MILLI);
    }

    /// Draws of different threats sharing one value are independent: the joint escalation frequency of
    /// threats 1 and 2 on the same values is p^2, not p.
    function test_SharedValuesIndependentAcrossThreats() public pure {
        uint32 p = 300_000_000;
        uint256 both;
        for (uint256 i; i < DRAWS; ++i) {
            bytes32 value = keccak256(abi.encode(SEED, i));
            if (
                DrawRule.outcome(value, 1, 1, p, 0) == DrawOutcome.Escalate
                    && DrawRule.outcome(value, 2, 1, p, 0) == DrawOutcome.Escalate
            ) ++both;
        }
        _assertZ(both, DRAWS, 90_000_000, "joint frequency p^2");
    }

    /// The same through the registry: 1,000 one-period threats at p = 30 %, each drawn and settled on-chain.
    function test_Frequency_ThroughRegistry() public {
        uint32 p = 300_000_000;
        uint256 n = 1_000;
        ThreatParams memory params = _params(Action.Refund);
        OddsParams memory odds = _odds(p, 0);
        odds.period = 30 days; // one period
        vm.deal(maker, n * STAKE);
        uint256 escalated;
        for (uint256 i; i < n; ++i) {
            uint256 id = _createProb(params, odds);
            vm.warp(START_TIME + 30 days);
            _settle(anyone, id);
            beacon.setReady(_threat(id).ticket, keccak256(abi.encode(SEED, i)));
            if (_settle(anyone, id) == Status.Escalated) ++escalated;
            vm.warp(START_TIME);
        }
        assertEq(provider.balance, escalated * STAKE);
        _assertZ(escalated, n, p, "registry escalation frequency");
    }
}
