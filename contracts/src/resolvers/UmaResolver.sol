// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ILevetrage} from "../interfaces/ILevetrage.sol";
import {IResolver} from "../interfaces/IResolver.sol";
import {Status, ThreatParams} from "../types/DataTypes.sol";
import {IOptimisticOracleV3, IOptimisticOracleV3CallbackRecipient} from "./interfaces/IOptimisticOracleV3.sol";
import {IUmaResolver} from "./interfaces/IUmaResolver.sol";
import {IWETH} from "./interfaces/IWETH.sol";
import {ResolverBase} from "./ResolverBase.sol";
import {ThreatText} from "./ThreatText.sol";

/// @title UmaResolver
/// @notice UMA Optimistic Oracle V3 assertions per threat (issue #9, kind 3). One deployment per OOv3 serves every
/// threat of its registry whose resolver it is. `resolverData = abi.encode(uint256 bond, uint64 liveness)`, the
/// bond in WETH (at least the oracle's minimum). Anyone asserts the threat's claim text (built on chain at
/// creation, ThreatText.umaClaim, only its hash stored) before the deadline with the bond; this resolver is the
/// assertion's callback recipient. Undisputed for the liveness, the assertion settles true and fulfils (evidence
/// = the assertion id); a dispute goes to the DVM and the callback applies its vote either way. Several
/// assertions may run at once (so a false one cannot block a true one); the first true one fulfils, and once
/// every assertion failed the hold is released.
/// @dev Deadline rule (docs/oracles.md): an assertion made strictly before the deadline is a fulfilment claim. It
/// holds the threat when it could resolve after the deadline, or from the start if the threat has draws: for its
/// liveness + SETTLE_WINDOW; a dispute extends the hold to what is left of MAX_HOLD (the DVM's vote ends it as
/// soon as anyone settles the assertion). Callbacks come only from the oracle (NotOracle otherwise) and never
/// revert: the resolution is stored first, and a registry call that fails (a determined draw to settle first,
/// a callback starved of gas) is retried by anyone with `execute`.
contract UmaResolver is ResolverBase, IUmaResolver {
    using SafeERC20 for IERC20;

    /// @notice Longest liveness a maker may choose, so that an assertion and its settlement fit the hold budget.
    uint64 public constant MAX_LIVENESS = 7 days;
    /// @notice Time after an assertion's liveness for anyone to settle it.
    uint32 public constant SETTLE_WINDOW = 1 days;

    /// @inheritdoc IUmaResolver
    IOptimisticOracleV3 public immutable oracle;
    /// @inheritdoc IUmaResolver
    IWETH public immutable weth;
    /// @notice The DVM identifier of every assertion (the oracle's default, "ASSERT_TRUTH").
    bytes32 public immutable identifier;

    struct Config {
        uint96 bond;
        uint64 liveness;
        uint32 pending;
        uint40 heldUntil;
        bool fulfilled;
        bool releaseDue;
    }

    struct AssertionRecord {
        uint64 threatId;
        AssertionState state;
    }

    mapping(uint256 id => Config) internal _configs;
    mapping(uint256 id => bytes32) internal _claimHashes;
    mapping(uint256 id => bytes32) internal _lastAssertion;
    mapping(uint256 id => bytes32) internal _truthAssertion;
    mapping(bytes32 assertionId => AssertionRecord) internal _assertions;

    /// @param registry_ The registry whose threats this resolver decides.
    /// @param oracle_ UMA's Optimistic Oracle V3.
    /// @param weth_ The bond currency (whitelisted on the oracle).
    constructor(ILevetrage registry_, IOptimisticOracleV3 oracle_, IWETH weth_) ResolverBase(registry_) {
        if (address(oracle_) == address(0) || address(weth_) == address(0)) revert ZeroAddress();
        oracle = oracle_;
        weth = weth_;
        identifier = oracle_.defaultIdentifier();
        // The oracle pulls each bond from this contract right after the asserter paid it in.
        IERC20(address(weth_)).forceApprove(address(oracle_), type(uint256).max);
    }

    /// @inheritdoc IResolver
    function kind() external pure returns (string memory) {
        return "uma";
    }

    /// @notice Stores threat `id`'s bond, liveness and claim. Called by the registry at creation.
    /// @dev Requirements: msg.sender is the registry; `resolverData` is 64 bytes (bond, liveness) with
    /// the oracle's minimum bond <= bond < 2^96 (and bond > 0), 0 < liveness <= MAX_LIVENESS.
    function onThreatCreated(uint256 id, address, ThreatParams calldata params) external onlyRegistry {
        if (params.resolverData.length != 64) revert InvalidResolverData(params.resolverData.length);
        (uint256 bond, uint64 liveness) = abi.decode(params.resolverData, (uint256, uint64));
        uint256 minimum = oracle.getMinimumBond(address(weth));
        if (bond < minimum || bond == 0) revert BondBelowMinimum(bond, minimum);
        if (bond > type(uint96).max) revert BondTooLarge(bond);
        if (liveness == 0 || liveness > MAX_LIVENESS) revert InvalidLiveness(liveness, MAX_LIVENESS);
        string memory claim = _claimText(id, params.adversary, params.terms, params.deadline);
        bytes32 claimHash = keccak256(bytes(claim));
        _configs[id] = Config(uint96(bond), liveness, 0, 0, false, false);
        _claimHashes[id] = claimHash;
        emit UmaConfigured(id, bond, liveness, claimHash, claim);
    }

    /// @inheritdoc IUmaResolver
    function assertFulfilment(uint256 id, bytes calldata claim) external nonReentrant returns (bytes32) {
        uint256 bond = _checkAssertion(id, claim);
        IERC20(address(weth)).safeTransferFrom(msg.sender, address(this), bond);
        return _assert(id, claim, bond);
    }

    /// @inheritdoc IUmaResolver
    function assertFulfilmentWithEth(uint256 id, bytes calldata claim) external payable nonReentrant returns (bytes32) {
        uint256 bond = _checkAssertion(id, claim);
        if (msg.value != bond) revert WrongBond(msg.value, bond);
        weth.deposit{value: msg.value}();
        return _assert(id, claim, bond);
    }

    /// @inheritdoc IOptimisticOracleV3CallbackRecipient
    /// @dev Never reverts for the oracle: an unknown or already resolved assertion is ignored.
    function assertionResolvedCallback(bytes32 assertionId, bool assertedTruthfully) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        AssertionRecord storage record = _assertions[assertionId];
        uint256 id = record.threatId;
        if (id == 0 || (record.state != AssertionState.Pending && record.state != AssertionState.Disputed)) return;
        record.state = assertedTruthfully ? AssertionState.True : AssertionState.False;
        Config storage config = _configs[id];
        config.pending -= 1;
        emit AssertionResolved(id, assertionId, assertedTruthfully);
        if (config.fulfilled) return;
        if (assertedTruthfully) {
            if (_truthAssertion[id] == bytes32(0)) _truthAssertion[id] = assertionId;
            _tryFulfil(id, config);
        } else if (config.pending == 0 && _truthAssertion[id] == bytes32(0)) {
            config.releaseDue = true;
            _tryRelease(id, config);
        }
    }

    /// @inheritdoc IOptimisticOracleV3CallbackRecipient
    /// @dev Never reverts for the oracle. The DVM votes in days: the hold is extended to what is left of MAX_HOLD
    /// and ends as soon as anyone settles the assertion with the vote.
    function assertionDisputedCallback(bytes32 assertionId) external {
        if (msg.sender != address(oracle)) revert NotOracle(msg.sender);
        AssertionRecord storage record = _assertions[assertionId];
        uint256 id = record.threatId;
        if (id == 0 || record.state != AssertionState.Pending) return;
        record.state = AssertionState.Disputed;
        emit AssertionDisputed(id, assertionId);
        Config storage config = _configs[id];
        if (config.fulfilled) return;
        (Status status, uint40 deadline,) = _threatState(id);
        if ((status == Status.Live && block.timestamp < deadline) || status == Status.Claimed) {
            _tryHold(id, config, assertionId, type(uint32).max);
        }
    }

    /// @inheritdoc IUmaResolver
    function execute(uint256 id) external nonReentrant {
        Config storage config = _configs[id];
        if (config.liveness == 0) revert UnknownThreat(id);
        bytes32 truth = _truthAssertion[id];
        if (truth != bytes32(0) && !config.fulfilled) {
            config.fulfilled = true;
            config.releaseDue = false;
            registry.fulfil(id, truth);
            emit OutcomeApplied(id, truth, true);
        } else if (config.releaseDue && config.pending == 0) {
            config.releaseDue = false;
            config.heldUntil = 0;
            (Status status,,) = _threatState(id);
            if (status == Status.Claimed) registry.release(id);
            emit OutcomeApplied(id, _lastAssertion[id], false);
        } else {
            revert NothingToExecute(id);
        }
    }

    /// @inheritdoc IUmaResolver
    function bondOf(uint256 id) public view returns (uint256) {
        uint256 bond = _configs[id].bond;
        uint256 minimum = oracle.getMinimumBond(address(weth));
        return bond > minimum ? bond : minimum;
    }

    /// @inheritdoc IUmaResolver
    function describe(uint256 id) external view returns (UmaView memory v) {
        Config memory c = _configs[id];
        v = UmaView(
            c.bond,
            c.liveness,
            c.pending,
            c.heldUntil,
            c.fulfilled,
            c.releaseDue,
            _claimHashes[id],
            _lastAssertion[id],
            _truthAssertion[id],
            c.liveness == 0 ? 0 : bondOf(id)
        );
    }

    /// @inheritdoc IUmaResolver
    function assertionOf(bytes32 assertionId) external view returns (uint256 id, AssertionState state) {
        AssertionRecord memory record = _assertions[assertionId];
        return (record.threatId, record.state);
    }

    /// @inheritdoc IUmaResolver
    function claimText(uint256 id, address adversary, string calldata terms, uint40 deadline)
        external
        view
        returns (string memory)
    {
        return _claimText(id, adversary, terms, deadline);
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev The checks of an assertion; returns the bond it pays.
    function _checkAssertion(uint256 id, bytes calldata claim) private view returns (uint256) {
        Config memory config = _configs[id];
        if (config.liveness == 0) revert UnknownThreat(id);
        if (keccak256(claim) != _claimHashes[id]) revert ClaimMismatch(id);
        (Status status, uint40 deadline,) = _threatState(id);
        if (_isDecided(status) || config.fulfilled) revert ThreatClosed(id, status);
        if (block.timestamp >= deadline) revert AssertionAfterDeadline(id, deadline);
        return bondOf(id);
    }

    /// @dev Asserts with this resolver holding the bond (paid in by the caller), records it and holds if needed.
    function _assert(uint256 id, bytes calldata claim, uint256 bond) private returns (bytes32 assertionId) {
        Config storage config = _configs[id];
        uint64 liveness = config.liveness;
        assertionId = oracle.assertTruth(
            claim, msg.sender, address(this), address(0), liveness, IERC20(address(weth)), bond, identifier, bytes32(0)
        );
        _assertions[assertionId] = AssertionRecord(uint64(id), AssertionState.Pending);
        _lastAssertion[id] = assertionId;
        config.pending += 1;
        config.releaseDue = false;
        emit FulfilmentAsserted(id, assertionId, msg.sender, bond, uint64(block.timestamp) + liveness);
        (Status status, uint40 deadline, bool probabilistic) = _threatState(id);
        uint256 duration = uint256(liveness) + SETTLE_WINDOW;
        bool needed = probabilistic || block.timestamp + duration > deadline;
        if (needed && (status == Status.Live || status == Status.Claimed)) {
            _tryHold(id, config, assertionId, uint32(duration));
        }
    }

    function _tryHold(uint256 id, Config storage config, bytes32 assertionId, uint32 duration) private {
        try registry.hold(id, duration) returns (uint40 until) {
            config.heldUntil = until;
            emit AssertionHeld(id, assertionId, until);
        } catch (bytes memory reason) {
            // E.g. the hold budget is spent: the assertion still counts if it resolves in time.
            emit RegistryCallFailed(id, ILevetrage.hold.selector, reason);
        }
    }

    function _tryFulfil(uint256 id, Config storage config) private {
        bytes32 truth = _truthAssertion[id];
        config.fulfilled = true;
        config.releaseDue = false;
        try registry.fulfil(id, truth) {
            emit OutcomeApplied(id, truth, true);
        } catch (bytes memory reason) {
            config.fulfilled = false; // `execute` retries
            emit RegistryCallFailed(id, ILevetrage.fulfil.selector, reason);
        }
    }

    function _tryRelease(uint256 id, Config storage config) private {
        (Status status,,) = _threatState(id);
        if (status != Status.Claimed) {
            config.releaseDue = false;
            return;
        }
        try registry.release(id) {
            config.releaseDue = false;
            config.heldUntil = 0;
            emit OutcomeApplied(id, _lastAssertion[id], false);
        } catch (bytes memory reason) {
            emit RegistryCallFailed(id, ILevetrage.release.selector, reason);
        }
    }

    function _claimText(uint256 id, address adversary, string memory terms, uint256 deadline)
        private
        view
        returns (string memory)
    {
        return
            ThreatText.umaClaim(adversary, terms, deadline, ThreatText.threatRef(block.chainid, address(registry), id));
    }
}
