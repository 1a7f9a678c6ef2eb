// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Levetrage} from "../../src/Levetrage.sol";
import {NashToken} from "../../src/NashToken.sol";
import {Action, CommitmentParams, Odds, OddsParams, Status, Threat} from "../../src/types/DataTypes.sol";
import {TestBeacon} from "./TestBeacon.sol";

/// @notice Shared fixture: a NASH token, the registry, an allowed test beacon and named actors.
abstract contract BaseTest is Test {
    uint256 internal constant SUPPLY = 1_000_000_000e18;
    uint256 internal constant STAKE = 1 ether;
    uint40 internal constant START_TIME = 1_750_000_000;
    uint32 internal constant PERIOD = 1 days;
    uint32 internal constant PROB_SCALE = 1e9;
    bytes32 internal constant AGREEMENT = sha256("signed retainer agreement, PDF bytes");
    string internal constant TERMS = "Pay Jane 13,000 USD or file the civil action";

    NashToken internal nash;
    Levetrage internal registry;
    TestBeacon internal beacon;

    address internal feeController = makeAddr("feeController");
    address internal maker = makeAddr("maker");
    address internal provider = makeAddr("provider");
    address internal oracle = makeAddr("oracle");
    address internal oracle2 = makeAddr("oracle2");
    address internal adversary = makeAddr("adversary");
    address internal holder = makeAddr("holder");
    address internal holder2 = makeAddr("holder2");
    address internal anyone = makeAddr("anyone");

    function setUp() public virtual {
        vm.warp(START_TIME);
        nash = new NashToken(holder, SUPPLY);
        registry = new Levetrage(nash, feeController);
        beacon = new TestBeacon();
        vm.prank(feeController);
        registry.setBeaconAllowed(beacon, true);
        vm.deal(maker, 1_000 ether);
        vm.label(address(nash), "NASH");
        vm.label(address(registry), "Levetrage");
        vm.label(address(beacon), "TestBeacon");
    }

    /*//////////////////////////////////////////////////////////////
                              PARAMETERS
    //////////////////////////////////////////////////////////////*/

    function _one(address a) internal pure returns (address[] memory list) {
        list = new address[](1);
        list[0] = a;
    }

    function _two(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        list[0] = a;
        list[1] = b;
    }

    /// @dev Provider `provider`, terminator `oracle`, deadline in 30 days, the given timeout action.
    function _params(Action action) internal view returns (CommitmentParams memory) {
        return CommitmentParams({
            provider: provider,
            agreementHash: AGREEMENT,
            terminators: _one(oracle),
            deadline: uint40(block.timestamp + 30 days),
            timeoutAction: action,
            terms: TERMS
        });
    }

    function _odds(uint32 pEscalate, uint32 pTerminate) internal view returns (OddsParams memory) {
        return OddsParams({beacon: beacon, period: PERIOD, pEscalate: pEscalate, pTerminate: pTerminate});
    }

    /*//////////////////////////////////////////////////////////////
                               ACTIONS
    //////////////////////////////////////////////////////////////*/

    function _create(CommitmentParams memory params) internal returns (uint256 id) {
        vm.prank(maker);
        id = registry.createCommitment{value: STAKE}(params);
    }

    function _createCommitment(Action action) internal returns (uint256) {
        return _create(_params(action));
    }

    function _createProb(CommitmentParams memory params, OddsParams memory odds) internal returns (uint256 id) {
        vm.prank(maker);
        id = registry.createProbabilistic{value: STAKE}(params, odds);
    }

    /// @dev A 30-day probabilistic threat with daily draws.
    function _createProbabilistic(uint32 pEscalate, uint32 pTerminate, Action action) internal returns (uint256) {
        return _createProb(_params(action), _odds(pEscalate, pTerminate));
    }

    /// @dev Settles as `who`, returning the status.
    function _settle(address who, uint256 id) internal returns (Status) {
        vm.prank(who);
        return registry.settle(id, "");
    }

    /*//////////////////////////////////////////////////////////////
                                VIEWS
    //////////////////////////////////////////////////////////////*/

    function _threat(uint256 id) internal view returns (Threat memory threat) {
        (threat,) = registry.getThreat(id);
    }

    function _status(uint256 id) internal view returns (Status) {
        return _threat(id).status;
    }

    function _oddsOf(uint256 id) internal view returns (Odds memory odds) {
        (, odds) = registry.getThreat(id);
    }

    /// @dev A beacon value whose draw for (id, period) gives `want` with these odds (searched from `seed`).
    function _valueFor(uint256 id, uint256 period, uint32 pEscalate, uint32 pTerminate, uint8 want, uint256 seed)
        internal
        pure
        returns (bytes32 value)
    {
        for (uint256 i = seed;; ++i) {
            value = keccak256(abi.encode("value", i));
            uint256 r = uint256(keccak256(abi.encode(value, id, period))) % PROB_SCALE;
            uint8 got = r < pEscalate ? 1 : r < uint256(pEscalate) + pTerminate ? 2 : 0;
            if (got == want) return value;
        }
    }

    function _assertStatus(uint256 id, Status expected) internal view {
        assertEq(uint8(_status(id)), uint8(expected), "status");
    }
}
