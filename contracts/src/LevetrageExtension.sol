// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {LevetrageBase} from "./LevetrageBase.sol";
import {INashToken} from "./interfaces/INashToken.sol";
import {
    Action,
    Claim,
    Engagement,
    Funding,
    FundingParams,
    Move,
    Role,
    Status,
    Threat,
    ThreatExtra,
    ThreatParams
} from "./types/DataTypes.sol";
import {ThreatPacking} from "./libraries/ThreatPacking.sol";

/// @title LevetrageExtension
/// @notice The part of the Levetrage registry that does not fit under EIP-170's code limit beside the hot paths:
/// engagements accepted on chain and nonces, holds, promises broken, evidence and "acted" records, backers and
/// pools, fees and their views. It runs only by DELEGATECALL from the registry, in the registry's storage, so
/// every function here is an ILevetrage function of the registry's address (see Levetrage).
contract LevetrageExtension is LevetrageBase {
    using ThreatPacking for Threat;

    /// @notice Thrown when the extension is called directly instead of by the registry's delegate call.
    error OnlyDelegateCall();

    address private immutable _self = address(this);

    /// @param nash_ The registry's NASH token.
    constructor(INashToken nash_) LevetrageBase(nash_) {}

    modifier onlyDelegated() {
        if (address(this) == _self) revert OnlyDelegateCall();
        _;
    }

    /// @notice Called by the registry's create only (no ILevetrage function forwards here): validates and stores the funding policy of a threat with backers or a pool; emits FundingSet.
    function initFunding(uint256 id, ThreatParams calldata params, Engagement calldata engagement)
        external
        payable
        onlyDelegated
    {
        FundingParams calldata f = params.funding;
        bool pool = f.gatherUntil != 0;
        uint256 stake = msg.value;
        uint96 cap = f.cap;
        uint96 engagementMax = engagement.maxStake;
        // Funding parameters without a cap make no sense: a cap of 0 means nobody else may add stake.
        if (cap == 0) revert InvalidFunding();
        if (engagementMax != 0 && cap > engagementMax) cap = engagementMax;
        if (cap < stake) revert InvalidFunding();
        if (pool) {
            // A pool gathers until a date before the deadline (leaving at least one period for draws: checked
            // by _setOdds), needs a threshold it can reach under the cap, and the maker's stake alone is no pool.
            if (f.gatherUntil <= block.timestamp || f.gatherUntil >= params.deadline) revert InvalidFunding();
            if (f.minPledgers == 0 && f.minTotal == 0) revert InvalidFunding();
            if (f.minTotal > cap) revert InvalidFunding();
            // The engagement's minStake is checked here once for all: a pool goes live only with minTotal.
            if (f.minTotal < engagement.minStake) revert StakeBelowEngagement(f.minTotal, engagement.minStake);
        } else if (f.minPledgers != 0 || f.minTotal != 0) {
            revert InvalidFunding();
        }
        _funding[id] = Funding(cap, f.gatherUntil, f.minPledgers, f.minTotal);
        if (f.backersRoot != bytes32(0)) _backersRoot[id] = f.backersRoot;
        _extra[id].funded = true;
        emit FundingSet(id, cap, f.backersRoot, f.gatherUntil, f.minPledgers, f.minTotal);
    }

    /// @notice See ILevetrage.
    function acceptEngagement(Engagement calldata engagement) external onlyDelegated returns (bytes32 engagementId) {
        if (msg.sender != engagement.provider) revert NotProvider(msg.sender, engagement.provider);
        if (engagement.uses == 0) revert EngagementNoUses();
        if (engagement.agreementHash == bytes32(0)) revert ZeroAgreementHash();
        // The nonce is consumed now: a signature of the same engagement can no longer be used besides.
        _consumeNonce(engagement.provider, engagement.nonce);
        engagementId = _engagementId(engagement);
        _acceptedUses[engagementId] = engagement.uses;
        _acceptedWithNonce[engagement.provider][engagement.nonce] = engagementId;
        emit EngagementAccepted(engagementId, engagement.provider, engagement.maker, engagement);
    }

    /// @notice See ILevetrage.
    function revokeEngagement(Engagement calldata engagement) external onlyDelegated returns (bytes32 engagementId) {
        if (msg.sender != engagement.provider) revert NotProvider(msg.sender, engagement.provider);
        engagementId = _engagementId(engagement);
        delete _acceptedUses[engagementId];
        _nonces[msg.sender][engagement.nonce >> 8] |= 1 << (engagement.nonce & 255);
        emit EngagementRevoked(engagementId, msg.sender, engagement.nonce);
    }

    /// @notice See ILevetrage.
    function revokeNonce(uint64 nonce) external onlyDelegated {
        _nonces[msg.sender][nonce >> 8] |= 1 << (nonce & 255);
        // An engagement accepted on chain consumed this nonce at acceptance: void it as well.
        bytes32 accepted = _acceptedWithNonce[msg.sender][nonce];
        if (accepted != bytes32(0)) delete _acceptedUses[accepted];
        emit NonceRevoked(msg.sender, nonce);
    }

    /// @notice See ILevetrage.
    function breach(uint256 id, bytes32 evidence) external onlyDelegated nonReentrant returns (Status) {
        Threat storage threat = _threats[id];
        _requireDecidable(id, threat);
        (,,, Status status, Action timeoutAction) = threat.loadSlot1();
        // Live or Claimed only: a gathering pool never met its threshold (nor the engagement's minStake).
        if (status == Status.Gathering) revert ThreatNotLive(id, status);
        if (!_extra[id].isPromise) revert NotAPromise(id);
        // Like fulfil: a pending draw whose value is already fixed cannot be pre-empted (settle it first).
        (, uint24 settled, uint24 pending, uint48 ticket) = threat.loadSlot3();
        if (pending > settled && _odds[id].beacon.isDetermined(ticket & uint48(TICKET_MASK))) {
            revert DrawDetermined(id, settled + 1, ticket);
        }
        emit PromiseBroken(id, msg.sender, evidence);
        return _timeout(id, threat, timeoutAction);
    }

    /// @notice See ILevetrage.
    function hold(uint256 id, uint32 duration) external onlyDelegated nonReentrant returns (uint40 until) {
        Threat storage threat = _threats[id];
        (, uint40 deadline,, Status status,) = threat.loadSlot1();
        if (msg.sender != threat.resolver) {
            _requireExists(id, status);
            revert NotResolver(id, msg.sender);
        }
        if (duration == 0) revert ZeroHold();
        Claim memory claim = _claims[id];
        if (status == Status.Claimed && block.timestamp >= claim.until) {
            // The previous hold ran out: close it; a new claim must again be made before the deadline.
            claim.used += uint32(claim.until - claim.since);
            status = Status.Live;
            threat.setStatus(Status.Live);
            emit ClaimReleased(id, true);
        }
        if (status == Status.Live) {
            if (block.timestamp >= deadline) revert DeadlinePassed(id, deadline);
            claim.since = uint40(block.timestamp);
            claim.until = uint40(block.timestamp);
            threat.setStatus(Status.Claimed);
        } else if (status != Status.Claimed) {
            revert ThreatNotLive(id, status);
        }
        uint256 spent = uint256(claim.used) + (block.timestamp - claim.since);
        if (spent >= MAX_HOLD) revert HoldBudgetSpent(id);
        uint256 left = MAX_HOLD - spent;
        uint256 end = block.timestamp + (duration < left ? duration : left);
        if (end > claim.until) claim.until = uint40(end);
        _claims[id] = claim;
        emit FulfilmentClaimed(id, msg.sender, claim.until);
        return claim.until;
    }

    /// @notice See ILevetrage.
    function release(uint256 id) external onlyDelegated nonReentrant {
        Threat storage threat = _threats[id];
        (,,, Status status,) = threat.loadSlot1();
        if (msg.sender != threat.resolver) {
            _requireExists(id, status);
            revert NotResolver(id, msg.sender);
        }
        if (status != Status.Claimed) revert NotHeld(id);
        _endHold(id, threat, block.timestamp >= _claims[id].until);
    }

    /// @notice See ILevetrage.
    function submitEvidence(uint256 id, bytes32 evidenceHash, string calldata uri) external onlyDelegated {
        Threat storage threat = _threats[id];
        (address provider,,, Status status,) = threat.loadSlot1();
        _requireExists(id, status);
        Role role = Role.Other;
        if (msg.sender == threat.resolver) role = Role.Resolver;
        else if (msg.sender == threat.beneficiary) role = Role.Maker;
        else if (msg.sender == provider) role = Role.Provider;
        emit Evidence(id, msg.sender, role, evidenceHash, uri);
    }

    /// @notice See ILevetrage.
    function recordActed(uint256 id, bytes32 evidenceHash, string calldata uri) external onlyDelegated {
        (address provider,,, Status status,) = _threats[id].loadSlot1();
        if (status != Status.Escalated || msg.sender != provider) revert NotEscalatedProvider(id, msg.sender);
        emit ProviderActed(id, msg.sender, evidenceHash, uri);
    }

    /// @notice See ILevetrage.
    function join(uint256 id, bytes32[] calldata proof) external payable onlyDelegated nonReentrant {
        if (msg.value == 0) revert ZeroAmount();
        Threat storage threat = _threats[id];
        (,,, Status status,) = threat.loadSlot1();
        Funding memory funding = _funding[id];
        if (status == Status.Gathering) {
            if (block.timestamp > funding.gatherUntil) revert GatheringOver(id, funding.gatherUntil);
        } else if (status != Status.Live && status != Status.Claimed) {
            _requireExists(id, status);
            revert ThreatNotLive(id, status);
        }
        if (funding.cap == 0) revert FundingClosed(id);
        bytes32 root = _backersRoot[id];
        if (root != bytes32(0)) {
            bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(msg.sender))));
            if (!MerkleProof.verifyCalldata(proof, root, leaf)) revert NotAllowedBacker(id, msg.sender);
        }
        uint256 stake = uint256(threat.stake) + msg.value;
        if (stake > funding.cap) revert FundingCapExceeded(id, stake, funding.cap);
        threat.setStake(stake);
        ThreatExtra storage extra = _extra[id];
        uint256 share = _shares[id][msg.sender];
        if (share == 0) extra.funders += 1;
        _shares[id][msg.sender] = share + msg.value;
        extra.backed += uint96(msg.value);
        emit Joined(id, msg.sender, msg.value, stake);
    }

    /// @notice See ILevetrage.
    function leave(uint256 id) external onlyDelegated nonReentrant {
        Threat storage threat = _threats[id];
        (,,, Status status,) = threat.loadSlot1();
        if (status != Status.Gathering) {
            _requireExists(id, status);
            revert NotGathering(id, status);
        }
        uint256 share = _shares[id][msg.sender];
        if (share == 0) revert NoShare(id, msg.sender);
        _shares[id][msg.sender] = 0;
        ThreatExtra storage extra = _extra[id];
        extra.funders -= 1;
        extra.backed -= uint96(share);
        uint256 stake = threat.stake - share;
        threat.setStake(stake);
        emit Left(id, msg.sender, share, stake);
        _pay(msg.sender, share);
    }

    /// @notice See ILevetrage.
    function activate(uint256 id) external onlyDelegated nonReentrant {
        Threat storage threat = _threats[id];
        (,,, Status status,) = threat.loadSlot1();
        if (status != Status.Gathering) {
            _requireExists(id, status);
            revert NotGathering(id, status);
        }
        Funding memory funding = _funding[id];
        if (block.timestamp > funding.gatherUntil) revert GatheringOver(id, funding.gatherUntil);
        (uint32 funders, uint256 stake) = _pledgers(id, threat);
        if (funders < funding.minPledgers || stake < funding.minTotal || stake == 0) {
            revert ThresholdNotMet(id, funders, stake);
        }
        threat.setStartAndStatus(uint40(block.timestamp), Status.Live);
        emit Activated(id, uint40(block.timestamp), stake, funders);
    }

    /// @dev Funders of a pool: the pledgers plus the maker when her own share is not zero, and the stake.
    function _pledgers(uint256 id, Threat storage threat) private view returns (uint32 funders, uint256 stake) {
        ThreatExtra memory extra = _extra[id];
        stake = threat.stake;
        funders = extra.funders + (stake > extra.backed ? 1 : 0);
    }

    /// @notice See ILevetrage.
    function reclaim(uint256 id) external onlyDelegated nonReentrant returns (uint256 amount) {
        (,,, Status status,) = _threats[id].loadSlot1();
        if (status != Status.Fulfilled && status != Status.Refunded && status != Status.Cancelled) {
            _requireExists(id, status);
            revert NotRefundable(id, status);
        }
        amount = _shares[id][msg.sender];
        if (amount == 0) revert NoShare(id, msg.sender);
        _shares[id][msg.sender] = 0;
        bool paid = _send(msg.sender, amount);
        emit Reclaimed(id, msg.sender, amount, paid);
    }

    /// @notice See ILevetrage.
    function setFee(Move move, uint96 fee) external onlyDelegated onlyFeeController {
        if (fee <= _feeOf(move)) {
            delete _pendingFees[move];
            _writeFee(move, fee);
        } else {
            uint40 effectiveAt = uint40(block.timestamp + FEE_DELAY);
            _pendingFees[move] = PendingFee(fee, effectiveAt);
            emit FeeIncreaseScheduled(move, fee, effectiveAt);
        }
    }

    /// @notice See ILevetrage.
    function applyFee(Move move) external onlyDelegated {
        PendingFee memory pending = _pendingFees[move];
        if (pending.effectiveAt == 0 || block.timestamp < pending.effectiveAt) {
            revert FeeNotDue(move, pending.effectiveAt);
        }
        delete _pendingFees[move];
        _writeFee(move, pending.fee);
    }

    /// @notice See ILevetrage.
    function pendingFeeOf(Move move) external view onlyDelegated returns (uint96 fee, uint40 effectiveAt) {
        PendingFee memory pending = _pendingFees[move];
        return (pending.fee, pending.effectiveAt);
    }

    /// @notice See ILevetrage.
    function getThreatExtra(uint256 id)
        external
        view
        onlyDelegated
        returns (ThreatExtra memory extra, Funding memory funding, bytes32 backersRoot, Claim memory claim)
    {
        return (_extra[id], _funding[id], _backersRoot[id], _claims[id]);
    }

    /// @notice See ILevetrage.
    function shareOf(uint256 id, address account) external view onlyDelegated returns (uint256) {
        return _shares[id][account];
    }

    /// @notice See ILevetrage.
    function engagementIdOf(Engagement calldata engagement) external view onlyDelegated returns (bytes32) {
        return _engagementId(engagement);
    }

    /// @notice See ILevetrage.
    function acceptedUses(bytes32 engagementId) external view onlyDelegated returns (uint256) {
        return _acceptedUses[engagementId];
    }

    /// @notice See ILevetrage.
    function signedUses(bytes32 engagementId) external view onlyDelegated returns (uint256) {
        return _signedUses[engagementId];
    }

    /// @notice See ILevetrage.
    function isNonceUsed(address provider, uint64 nonce) external view onlyDelegated returns (bool) {
        return _nonces[provider][nonce >> 8] & (1 << (nonce & 255)) != 0;
    }
}
