// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test} from "forge-std/Test.sol";
import {Levetrage} from "../../src/Levetrage.sol";
import {LevetrageExtension} from "../../src/LevetrageExtension.sol";
import {NashToken} from "../../src/NashToken.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {
    Action,
    Engagement,
    FundingParams,
    Kind,
    Odds,
    OddsParams,
    Status,
    Threat,
    ThreatParams
} from "../../src/types/DataTypes.sol";
import {TestBeacon} from "./TestBeacon.sol";

/// @notice Shared fixture: a NASH token, the registry (core + extension, addressed through ILevetrage), an
/// allowed test beacon, named actors and the provider's engagement signatures.
abstract contract BaseTest is Test {
    uint256 internal constant SUPPLY = 1_000_000_000e18;
    uint256 internal constant STAKE = 1 ether;
    uint40 internal constant START_TIME = 1_750_000_000;
    uint32 internal constant PERIOD = 1 days;
    uint32 internal constant PROB_SCALE = 1e9;
    bytes32 internal constant AGREEMENT = sha256("signed retainer agreement, PDF bytes");
    string internal constant TERMS = "Pay Jane 13,000 USD or file the civil action";
    uint8 internal constant BOTH_KINDS = 3; // 1 << Commitment | 1 << Probabilistic

    NashToken internal nash;
    /// @dev The registry's address with its whole interface (the core forwards the rest to the extension).
    ILevetrage internal registry;
    Levetrage internal core;
    LevetrageExtension internal extension;
    TestBeacon internal beacon;

    address internal feeController = makeAddr("feeController");
    address internal maker = makeAddr("maker");
    address internal provider;
    uint256 internal providerKey;
    address internal oracle = makeAddr("oracle");
    address internal oracle2 = makeAddr("oracle2");
    address internal adversary = makeAddr("adversary");
    address internal holder = makeAddr("holder");
    address internal holder2 = makeAddr("holder2");
    address internal anyone = makeAddr("anyone");

    /// @dev The next engagement nonce `_engagement` uses.
    uint64 internal nextNonce = 1;

    function setUp() public virtual {
        vm.warp(START_TIME);
        (provider, providerKey) = makeAddrAndKey("provider");
        _deployRegistry(holder);
        beacon = new TestBeacon();
        vm.prank(feeController);
        registry.setBeaconAllowed(beacon, true);
        vm.deal(maker, 1_000 ether);
        vm.label(address(beacon), "TestBeacon");
    }

    /// @dev NASH (knowing the registry's address before it exists), the extension and the registry.
    function _deployRegistry(address nashHolder) internal {
        uint256 nonce = vm.getNonce(address(this));
        address predicted = vm.computeCreateAddress(address(this), nonce + 2);
        nash = new NashToken(nashHolder, SUPPLY, predicted, address(this));
        extension = new LevetrageExtension(nash);
        core = new Levetrage(nash, feeController, extension, 0, 0);
        assertEq(address(core), predicted, "registry address as predicted for NASH");
        registry = ILevetrage(address(core));
        vm.label(address(nash), "NASH");
        vm.label(address(core), "Levetrage");
        vm.label(address(extension), "LevetrageExtension");
    }

    /*//////////////////////////////////////////////////////////////
                              PARAMETERS
    //////////////////////////////////////////////////////////////*/

    /// @dev Resolver `oracle` (an account), beneficiary `maker`, deadline in 30 days, the given timeout action,
    /// no odds, no funding.
    function _params(Action action) internal view returns (ThreatParams memory params) {
        params.resolver = oracle;
        params.beneficiary = maker;
        params.adversary = adversary;
        params.deadline = uint40(block.timestamp + 30 days);
        params.timeoutAction = action;
        params.maxFee = type(uint96).max;
        params.terms = TERMS;
    }

    function _odds(uint32 pEscalate, uint32 pTerminate) internal view returns (OddsParams memory) {
        return OddsParams({beacon: beacon, period: PERIOD, pEscalate: pEscalate, pTerminate: pTerminate});
    }

    /// @dev A one-use engagement of `provider` for `maker`, both kinds, valid for a day, stake 0..unlimited.
    function _engagement() internal returns (Engagement memory e) {
        e = Engagement({
            provider: provider,
            maker: maker,
            agreementHash: AGREEMENT,
            minStake: 0,
            maxStake: 0,
            kinds: BOTH_KINDS,
            validUntil: uint40(block.timestamp + 1 days),
            uses: 1,
            nonce: nextNonce++
        });
    }

    /// @dev The provider's 65-byte ECDSA signature of `e`.
    function _sign(Engagement memory e) internal view returns (bytes memory) {
        return _signWith(providerKey, e);
    }

    function _signWith(uint256 key, Engagement memory e) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, registry.engagementIdOf(e));
        return abi.encodePacked(r, s, v);
    }

    function _noEngagement() internal pure returns (Engagement memory e) {}

    /// @dev Whether a threat with these parameters can escalate (and so needs an engagement).
    function _canEscalate(ThreatParams memory params) internal pure returns (bool) {
        return address(params.odds.beacon) != address(0) || params.timeoutAction == Action.Escalate;
    }

    /*//////////////////////////////////////////////////////////////
                               ACTIONS
    //////////////////////////////////////////////////////////////*/

    /// @dev Creates as `maker` with STAKE, signing a fresh engagement when the threat can escalate.
    function _create(ThreatParams memory params) internal returns (uint256 id) {
        return _createWith(params, STAKE);
    }

    function _createWith(ThreatParams memory params, uint256 stake) internal returns (uint256 id) {
        Engagement memory e;
        bytes memory sig;
        if (_canEscalate(params)) {
            e = _engagement();
            sig = _sign(e);
        }
        vm.prank(maker);
        id = registry.create{value: stake}(params, e, sig);
    }

    function _createCommitment(Action action) internal returns (uint256) {
        return _create(_params(action));
    }

    function _createProb(ThreatParams memory params, OddsParams memory odds) internal returns (uint256 id) {
        params.odds = odds;
        return _create(params);
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

    /// @dev Fulfils as the oracle with no evidence.
    function _fulfil(uint256 id) internal {
        vm.prank(oracle);
        registry.fulfil(id, bytes32(0));
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

    /// @dev The beacon's ticket of the pending draws (the stored word's low 40 bits).
    function _ticketOf(uint256 id) internal view returns (uint48) {
        return _threat(id).ticket & uint48((1 << 40) - 1);
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
