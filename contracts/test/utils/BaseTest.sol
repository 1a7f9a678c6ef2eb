// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {Levetrage} from "../../src/Levetrage.sol";
import {LevetrageExtension} from "../../src/LevetrageExtension.sol";
import {NashToken} from "../../src/NashToken.sol";
import {ILevetrage, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Engagement, Move, Odds, OddsParams, Status, Threat, ThreatParams} from "../../src/types/DataTypes.sol";
import {TestBeacon} from "./TestBeacon.sol";
import {Merkle} from "./Merkle.sol";

/// @notice Shared fixture: a NASH token, the registry (core + extension, addressed through ILevetrage), an
/// allowed test beacon, named actors and the provider's engagement signatures.
abstract contract BaseTest is Test {
    uint256 internal constant SUPPLY = 1_000_000_000e18;
    uint256 internal constant STAKE = 1 ether;
    uint40 internal constant START_TIME = 1_750_000_000;
    uint32 internal constant PERIOD = 1 days;
    uint32 internal constant PROB_SCALE = 1e9;
    /// @dev sha256("signed retainer agreement, PDF bytes"), written out: a `sha256(...)` constant is a precompile
    /// call at run time, which a pending `vm.expectRevert` would take for the call under test.
    bytes32 internal constant AGREEMENT = 0x101e0e914ab0b8045222afa0ba2ead4a7077ab8425b7eb838624129943d73de0;
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

    /// @dev Signs the digest computed here from the EIP-712 spec (`_digest`; EngagementsTest checks it equals
    /// `engagementIdOf`), so signing makes no call that a pending `vm.expectRevert` would catch.
    function _signWith(uint256 key, Engagement memory e) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _digest(e, block.chainid, address(registry)));
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

    /// @dev A beacon value whose draws for periods `from`..`through` of `id` are all neutral.
    function _quietValue(uint256 id, uint256 from, uint256 through, uint32 pEscalate, uint32 pTerminate)
        internal
        pure
        returns (bytes32 value)
    {
        for (uint256 i;; ++i) {
            value = keccak256(abi.encode("quiet", i));
            bool quiet = true;
            for (uint256 p = from; p <= through && quiet; ++p) {
                uint256 r = uint256(keccak256(abi.encode(value, id, p))) % PROB_SCALE;
                quiet = r >= uint256(pEscalate) + pTerminate;
            }
            if (quiet) return value;
        }
    }

    function _assertStatus(uint256 id, Status expected) internal view {
        assertEq(uint8(_status(id)), uint8(expected), "status");
    }

    /*//////////////////////////////////////////////////////////////
                         ENGAGEMENTS (EXPLICIT)
    //////////////////////////////////////////////////////////////*/

    bytes32 internal constant EIP712_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 internal constant ENGAGEMENT_TYPEHASH = keccak256(
        "Engagement(address provider,address maker,bytes32 agreementHash,uint96 minStake,uint96 maxStake,uint8 kinds,uint40 validUntil,uint32 uses,uint64 nonce)"
    );
    /// @dev secp256k1 group order.
    uint256 internal constant SECP256K1_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    /// @dev A one-use engagement of `provider_` for `maker_` (both kinds, valid a day, any stake).
    function _engagementOf(address provider_, address maker_) internal returns (Engagement memory e) {
        e = _engagement();
        e.provider = provider_;
        e.maker = maker_;
    }

    /// @dev The EIP-712 digest of `e` for a given chain and registry, computed here from the spec (not by the
    /// registry), so a test also pins the registry's encoding.
    function _digest(Engagement memory e, uint256 chainId, address verifyingContract) internal pure returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(EIP712_DOMAIN_TYPEHASH, keccak256("Levetrage"), keccak256("1"), chainId, verifyingContract)
        );
        bytes32 structHash = keccak256(
            abi.encode(
                ENGAGEMENT_TYPEHASH,
                e.provider,
                e.maker,
                e.agreementHash,
                e.minStake,
                e.maxStake,
                e.kinds,
                e.validUntil,
                e.uses,
                e.nonce
            )
        );
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    function _signDigest(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev Accepts `e` on chain as its provider.
    function _accept(Engagement memory e) internal returns (bytes32 engagementId) {
        vm.prank(e.provider);
        return registry.acceptEngagement(e);
    }

    /// @dev Creates as `who` with `stake` and the given engagement and signature.
    function _createAs(address who, ThreatParams memory params, Engagement memory e, bytes memory sig, uint256 stake)
        internal
        returns (uint256 id)
    {
        vm.deal(who, who.balance + stake);
        vm.prank(who);
        id = registry.create{value: stake}(params, e, sig);
    }

    /*//////////////////////////////////////////////////////////////
                              FEES AND NASH
    //////////////////////////////////////////////////////////////*/

    function _giveNash(address to, uint256 amount) internal {
        vm.prank(holder);
        nash.transfer(to, amount);
    }

    /// @dev Makes `fee` the move's fee now: a decrease at once; an increase is scheduled, its FEE_DELAY waited
    /// out, applied, and the clock set back.
    function _setFeeNow(Move move, uint96 fee) internal {
        uint256 t = block.timestamp;
        vm.prank(feeController);
        registry.setFee(move, fee);
        if (registry.feeOf(move) != fee) {
            vm.warp(t + core.FEE_DELAY());
            registry.applyFee(move);
            vm.warp(t);
        }
        assertEq(registry.feeOf(move), fee, "fee set");
    }

    /*//////////////////////////////////////////////////////////////
                           BACKERS AND POOLS
    //////////////////////////////////////////////////////////////*/

    /// @dev Allows backers on `params` up to `cap` (anyone, or the accounts of `root`).
    function _withBackers(ThreatParams memory params, uint96 cap, bytes32 root) internal pure {
        params.funding.cap = cap;
        params.funding.backersRoot = root;
    }

    /// @dev Makes `params` a pool gathering until `gatherUntil` with the given thresholds and cap.
    function _asPool(ThreatParams memory params, uint96 cap, uint40 gatherUntil, uint16 minPledgers, uint96 minTotal)
        internal
        pure
    {
        params.funding.cap = cap;
        params.funding.gatherUntil = gatherUntil;
        params.funding.minPledgers = minPledgers;
        params.funding.minTotal = minTotal;
    }

    function _join(address who, uint256 id, uint256 amount) internal {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        registry.join{value: amount}(id, new bytes32[](0));
    }

    function _joinWithProof(address who, uint256 id, uint256 amount, bytes32[] memory proof) internal {
        vm.deal(who, who.balance + amount);
        vm.prank(who);
        registry.join{value: amount}(id, proof);
    }

    function _merkleRoot(address[] memory accounts) internal pure returns (bytes32) {
        return Merkle.root(Merkle.leaves(accounts));
    }

    function _merkleProof(address[] memory accounts, uint256 index) internal pure returns (bytes32[] memory) {
        return Merkle.proof(Merkle.leaves(accounts), index);
    }

    /*//////////////////////////////////////////////////////////////
                                  LOGS
    //////////////////////////////////////////////////////////////*/

    /// @dev How many of `logs` were emitted by `emitter` with topic0 `topic`.
    function _count(Vm.Log[] memory logs, address emitter, bytes32 topic) internal pure returns (uint256 n) {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length != 0 && logs[i].topics[0] == topic) ++n;
        }
    }

    /// @dev The last ThreatCreated in `logs`: its engagement id and agreement hash.
    function _createdLog(Vm.Log[] memory logs)
        internal
        view
        returns (uint256 id, bytes32 engagementId, bytes32 agreementHash)
    {
        for (uint256 i = logs.length; i > 0; --i) {
            Vm.Log memory log = logs[i - 1];
            if (log.emitter != address(registry) || log.topics[0] != ILevetrageEvents.ThreatCreated.selector) continue;
            id = uint256(log.topics[1]);
            (,,,,, engagementId, agreementHash,,,,) = abi.decode(
                log.data, (address, address, address, uint256, uint256, bytes32, bytes32, uint40, Action, uint8, string)
            );
            return (id, engagementId, agreementHash);
        }
        revert("no ThreatCreated");
    }
}
