// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {NashToken} from "../../../src/NashToken.sol";
import {ILevetrage} from "../../../src/interfaces/ILevetrage.sol";
import {Action, Claim, Engagement, Move, Status, Threat, ThreatExtra} from "../../../src/types/DataTypes.sol";
import {InvariantBeacon} from "../helpers/InvariantBeacon.sol";
import {RevertingReceiver} from "../helpers/Actors.sol";

/// @notice Storage, actors, ghost state and shared helpers of the invariant handler (`RegistryHandler`).
/// Everything the handler learns is checked against the registry's documented rules in place and any violation
/// is latched in `broken[k]` with a message (`why[k]`), k = the invariant number of
/// `contracts/test/invariant/Levetrage.invariant.t.sol` (a failing assert inside a handler would only be a
/// discarded revert). Ghost values are computed independently of the registry wherever the invariant is about
/// them (draw rule, EIP-712 ids, hold budget, dividends, money flows measured as balance deltas).
abstract contract HandlerBase is CommonBase, StdCheats, StdUtils {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    uint256 internal constant MASK40 = (1 << 40) - 1;
    uint256 internal constant MAX_THREATS = 12;
    uint256 internal constant MAX_HOLD = 30 days;
    uint256 internal constant GRACE = 7 days;
    uint256 internal constant FEE_DELAY = 3 days;
    uint8 internal constant MAX_LAPSES = 3;
    uint256 internal constant MAX_DRAWS = 128;
    uint32 internal constant PROB_SCALE = 1e9;
    bytes32 internal constant ENGAGEMENT_TYPEHASH = keccak256(
        "Engagement(address provider,address maker,bytes32 agreementHash,uint96 minStake,uint96 maxStake,uint8 kinds,uint40 validUntil,uint32 uses,uint64 nonce)"
    );

    /*//////////////////////////////////////////////////////////////
                                SYSTEM
    //////////////////////////////////////////////////////////////*/

    ILevetrage public immutable registry;
    NashToken public immutable nash;
    InvariantBeacon public immutable beacon;
    address public immutable feeController;
    address public immutable excluder;
    /// @notice The NASH supply at deployment: the bound of every supply-dependent rounding term.
    uint256 public immutable initialSupply;

    /*//////////////////////////////////////////////////////////////
                                ACTORS
    //////////////////////////////////////////////////////////////*/

    address[] public makers; // m0, m1 (EOAs), mR (contract rejecting ETH); all hold NASH for fees
    address[] public beneficiaries; // benE (EOA), benR (rejects ETH); a maker may also be its own beneficiary
    address[] public providers; // pA, pB (EOAs that sign), pR (contract: accepts on chain only, rejects ETH)
    uint256[] internal providerKeys; // keys of pA, pB
    address[] public resolvers; // o0, o1: oracle accounts that fulfil / hold / release / breach themselves
    address[] public backers; // b0, b1, bR (allow-listed), b2 (not on the list)
    address[] public keepers; // k0 (EOA), kR (rejects ETH: its settle change is credited to withdrawable)
    address[] public holders; // every account that can ever hold NASH
    address[] public actors; // every account the registry can ever pay or credit
    address public spender; // transferFrom operator (never holds NASH itself)
    address public sink; // claimTo destination of the contract holders
    address public stranger; // an outsider: not maker, not listed, not resolver
    address public hR; // NASH holder contract rejecting ETH (claims with claimTo)
    address public hX; // NASH holder contract the excluder may exclude
    mapping(address => bool) public isContractActor;

    bytes32 internal merkleRoot;
    mapping(address => bytes32[]) internal merkleProofOf;
    mapping(address => bool) public isListed;

    /*//////////////////////////////////////////////////////////////
                         GHOST: THREATS AND MONEY
    //////////////////////////////////////////////////////////////*/

    /// @dev The handler's own record of a threat (what it created and what it saw happen).
    struct G {
        address maker;
        address beneficiary;
        address resolver;
        address provider;
        Action action;
        bool prob;
        bool pool;
        bool isPromise;
        bool funded;
        bool listed;
        uint40 deadline;
        uint40 start;
        uint32 period;
        uint32 pE;
        uint32 pT;
        uint40 gatherUntil;
        uint96 cap; // effective cap (0: nobody else may add stake)
        uint16 minPledgers;
        uint96 minTotal;
        uint256 eng; // 1-based index into `engs`, 0 = none
        Status status;
        uint24 settled;
        uint8 lapses;
        uint40 holdSince;
        uint40 holdUntil;
        uint256 holdUsed;
        uint256 putOwn;
        uint256 outOwn;
        uint8 terminals;
        uint8 payouts;
        uint256 escalatedPaid;
        uint256 forfeitedPaid;
    }

    uint256[] public ids;
    mapping(uint256 id => G) internal g;
    mapping(uint256 id => mapping(address funder => uint256)) public put;
    mapping(uint256 id => mapping(address funder => uint256)) public out;
    mapping(uint256 id => mapping(address funder => uint256)) public leftAmount;

    uint256 public ghostDistributed; // ETH that reached NASH (forfeits), measured as NASH's balance increase
    uint256 public ghostClaimed; // ETH NASH paid out by claims
    mapping(address holder => uint256) public gClaimedOf;

    /*//////////////////////////////////////////////////////////////
                            GHOST: ENGAGEMENTS
    //////////////////////////////////////////////////////////////*/

    struct Eng {
        Engagement e;
        bytes sig; // the provider's signature (empty for the contract provider)
        bytes32 id; // EIP-712 digest computed here
        bool onchain; // accepted on chain
    }

    Eng[] internal engs;
    mapping(bytes32 => uint256) internal gAccepted; // uses left of an on-chain accepted engagement
    mapping(bytes32 => bool) internal gRevokedEng;
    mapping(address => mapping(uint64 => bool)) internal gNonceUsed; // consumed or revoked
    mapping(address => mapping(uint64 => bool)) internal gNonceRevoked; // revoked by revokeNonce
    mapping(bytes32 => uint256) internal gSignedUses;
    mapping(address => uint64) internal nextNonce;
    /// @notice Engagements a provider signed or accepted on chain (inv 7).
    mapping(bytes32 => bool) public gKnownEngagement;

    /*//////////////////////////////////////////////////////////////
                        GHOST: FEES AND DIVIDENDS
    //////////////////////////////////////////////////////////////*/

    uint96[2] public gFee;
    uint96[2] internal gPendingFee;
    uint40[2] internal gPendingAt;

    uint256 public gPending; // distributed in block gPendingBlock, not yet shared out
    uint256 public gPendingBlock;
    uint256 public gReleases;
    mapping(address => uint256) public gMag; // expected accumulative, times 2^64
    mapping(address => bool) public gExcluded;

    /*//////////////////////////////////////////////////////////////
                               VIOLATIONS
    //////////////////////////////////////////////////////////////*/

    mapping(uint256 => bool) public broken;
    mapping(uint256 => string) public why;
    mapping(bytes32 => uint256) public calls;
    uint256 public totalCalls;

    constructor(
        ILevetrage registry_,
        NashToken nash_,
        InvariantBeacon beacon_,
        address feeController_,
        address excluder_,
        address firstHolder
    ) {
        registry = registry_;
        nash = nash_;
        beacon = beacon_;
        feeController = feeController_;
        excluder = excluder_;
        initialSupply = nash_.totalSupply();
        gFee[0] = registry_.feeOf(Move.CreateCommitment);
        gFee[1] = registry_.feeOf(Move.CreateProbabilistic);

        makers.push(makeAddr("m0"));
        makers.push(makeAddr("m1"));
        makers.push(_contractActor("mR"));
        beneficiaries.push(makeAddr("benE"));
        beneficiaries.push(_contractActor("benR"));
        (address pA, uint256 kA) = makeAddrAndKey("pA");
        (address pB, uint256 kB) = makeAddrAndKey("pB");
        providers.push(pA);
        providers.push(pB);
        providers.push(_contractActor("pR"));
        providerKeys.push(kA);
        providerKeys.push(kB);
        resolvers.push(makeAddr("o0"));
        resolvers.push(makeAddr("o1"));
        backers.push(makeAddr("b0"));
        backers.push(makeAddr("b1"));
        backers.push(_contractActor("bR"));
        backers.push(makeAddr("b2"));
        keepers.push(makeAddr("k0"));
        keepers.push(_contractActor("kR"));
        spender = makeAddr("spender");
        sink = makeAddr("sink");
        stranger = makeAddr("stranger");
        hR = _contractActor("hR");
        hX = _contractActor("hX");

        holders.push(firstHolder);
        holders.push(makeAddr("h1"));
        holders.push(hR);
        holders.push(hX);
        for (uint256 i; i < makers.length; ++i) {
            holders.push(makers[i]);
        }
        for (uint256 i; i < makers.length; ++i) {
            actors.push(makers[i]);
        }
        for (uint256 i; i < beneficiaries.length; ++i) {
            actors.push(beneficiaries[i]);
        }
        for (uint256 i; i < providers.length; ++i) {
            actors.push(providers[i]);
        }
        for (uint256 i; i < backers.length; ++i) {
            actors.push(backers[i]);
        }
        for (uint256 i; i < keepers.length; ++i) {
            actors.push(keepers[i]);
        }
        actors.push(stranger);
        _buildMerkle();
    }

    function _contractActor(string memory name) private returns (address a) {
        a = address(new RevertingReceiver());
        vm.label(a, name);
        isContractActor[a] = true;
    }

    /// @dev OpenZeppelin leaves keccak256(bytes.concat(keccak256(abi.encode(account)))), sorted-pair hashing:
    /// backers b0, b1, bR and a filler account; b2 is not on the list.
    function _buildMerkle() private {
        address[4] memory list = [backers[0], backers[1], backers[2], makeAddr("filler")];
        bytes32[4] memory leaf;
        for (uint256 i; i < 4; ++i) {
            leaf[i] = keccak256(bytes.concat(keccak256(abi.encode(list[i]))));
        }
        bytes32 h01 = _hashPair(leaf[0], leaf[1]);
        bytes32 h23 = _hashPair(leaf[2], leaf[3]);
        merkleRoot = _hashPair(h01, h23);
        for (uint256 i; i < 3; ++i) {
            address a = list[i];
            isListed[a] = true;
            merkleProofOf[a].push(leaf[i ^ 1]);
            merkleProofOf[a].push(i < 2 ? h23 : h01);
        }
    }

    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }

    /*//////////////////////////////////////////////////////////////
                              VIOLATIONS
    //////////////////////////////////////////////////////////////*/

    function _fail(uint256 inv, string memory message) internal {
        if (!broken[inv]) {
            broken[inv] = true;
            why[inv] = message;
        }
    }

    function _failId(uint256 inv, string memory message, uint256 id) internal {
        _fail(inv, string.concat(message, " (threat ", vm.toString(id), ")"));
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    function idCount() external view returns (uint256) {
        return ids.length;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function holderCount() external view returns (uint256) {
        return holders.length;
    }

    function backerCount() external view returns (uint256) {
        return backers.length;
    }

    function keeper() external view returns (address) {
        return keepers[0];
    }

    function ghost(uint256 id) external view returns (G memory) {
        return g[id];
    }

    function engagementOf(uint256 id) external view returns (Engagement memory e, bytes32 engagementId) {
        uint256 k = g[id].eng;
        if (k == 0) return (e, bytes32(0));
        return (engs[k - 1].e, engs[k - 1].id);
    }

    /*//////////////////////////////////////////////////////////////
                              READ HELPERS
    //////////////////////////////////////////////////////////////*/

    function _threat(uint256 id) internal view returns (Threat memory t) {
        (t,) = registry.getThreat(id);
    }

    function _backed(uint256 id) internal view returns (uint256) {
        (ThreatExtra memory extra,,,) = registry.getThreatExtra(id);
        return extra.backed;
    }

    function _claimUntil(uint256 id) internal view returns (uint40) {
        (,,, Claim memory claim) = registry.getThreatExtra(id);
        return claim.until;
    }

    /// @dev What `a` holds or can pull from the registry: its ETH plus its withdrawable balance.
    function _value(address a) internal view returns (uint256) {
        return a.balance + registry.withdrawable(a);
    }

    function _isActive(Status s) internal pure returns (bool) {
        return s == Status.Gathering || s == Status.Live || s == Status.Claimed;
    }

    function _isRefundable(Status s) internal pure returns (bool) {
        return s == Status.Fulfilled || s == Status.Refunded || s == Status.Cancelled;
    }

    function _isTerminal(Status s) internal pure returns (bool) {
        return uint8(s) >= uint8(Status.Fulfilled);
    }

    /// @dev The draw rule, written out here (not DrawRule.sol) so a change there is caught.
    function _outcome(bytes32 value, uint256 id, uint256 period, uint32 pE, uint32 pT) internal pure returns (uint8) {
        uint256 r = uint256(keccak256(abi.encode(value, id, period))) % PROB_SCALE;
        if (r < pE) return 1; // Escalate
        if (r < uint256(pE) + pT) return 2; // Terminate
        return 0;
    }

    /// @dev Periods due now by the ghost's own start, deadline and period.
    function _due(G storage t) internal view returns (uint256) {
        uint256 until = block.timestamp < t.deadline ? block.timestamp : t.deadline;
        return until > t.start ? (until - t.start) / t.period : 0;
    }

    function _eligibleSupply() internal view returns (uint256 sum) {
        for (uint256 i; i < holders.length; ++i) {
            if (!gExcluded[holders[i]]) sum += nash.balanceOf(holders[i]);
        }
    }

    /// @dev The status a timeout (or breach) must give: the action, or Refunded when a forfeit has nobody to go
    /// to (no NASH earns dividends).
    function _timeoutStatus(G storage t, uint256 stake) internal view returns (Status) {
        if (t.action == Action.Escalate) return Status.Escalated;
        if (t.action == Action.Refund) return Status.Refunded;
        if (stake == 0) return Status.Forfeited;
        return _eligibleSupply() > 0 ? Status.Forfeited : Status.Refunded;
    }

    /// @dev The EIP-712 digest of an engagement, computed here from the domain the registry must use.
    function _digest(Engagement memory e) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Levetrage"),
                keccak256("1"),
                block.chainid,
                address(registry)
            )
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
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function _sub(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a - b : 0;
    }

    function _count(string memory name) internal {
        ++calls[keccak256(bytes(name))];
    }

    function _rand(uint256 seed, string memory salt) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(seed, salt)));
    }

    /*//////////////////////////////////////////////////////////////
                          DIVIDEND GHOST (inv 5)
    //////////////////////////////////////////////////////////////*/

    /// @dev Shares a distribution of an earlier block out by the balances held now, which are the balances at
    /// the end of its block: every NASH balance change goes through this handler, which calls this first.
    function _release() internal {
        if (gPending == 0 || block.number <= gPendingBlock) return;
        uint256 eligible = _eligibleSupply();
        if (eligible == 0) return; // kept until someone can earn it (never, once the supply is gone)
        for (uint256 i; i < holders.length; ++i) {
            address h = holders[i];
            if (gExcluded[h]) continue;
            gMag[h] += Math.mulDiv(gPending << 64, nash.balanceOf(h), eligible);
        }
        gPending = 0;
        ++gReleases;
    }

    /// @dev Books ETH that reached NASH during a registry call.
    function _distributed(uint256 amount) internal {
        if (amount == 0) return;
        ghostDistributed += amount;
        gPending += amount;
        gPendingBlock = block.number;
    }
}
