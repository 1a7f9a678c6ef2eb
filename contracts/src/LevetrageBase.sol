// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ILevetrageErrors, ILevetrageEvents} from "./interfaces/ILevetrage.sol";
import {INashToken} from "./interfaces/INashToken.sol";
import {IRandomnessBeacon} from "./interfaces/IRandomnessBeacon.sol";
import {Action, Claim, Engagement, Funding, Move, Odds, Status, Threat, ThreatExtra} from "./types/DataTypes.sol";
import {DrawRule} from "./libraries/DrawRule.sol";
import {ThreatPacking} from "./libraries/ThreatPacking.sol";

// The registry keeps all its state in this one base (core and extension share it through DELEGATECALL), so the
// state count is the protocol's, not a sign of a contract doing too much.
/* solhint-disable max-states-count */
/// @title LevetrageBase
/// @notice Storage, constants and the internal rules shared by the registry (`Levetrage`) and its extension
/// (`LevetrageExtension`, which runs by DELEGATECALL in the registry's storage: see Levetrage). Each rule is
/// written once here: paying out (escalate, refund, forfeit), holds, engagement ids and nonces, fees.
/// @dev Storage layout (docs/contracts.md). Both contracts inherit exactly this storage and nothing else, so a
/// delegate call from the registry reads and writes the same slots.
abstract contract LevetrageBase is ILevetrageEvents, ILevetrageErrors, EIP712, ReentrancyGuardTransient {
    using ThreatPacking for Threat;

    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Probabilities are parts per PROB_SCALE (1e9).
    uint32 public constant PROB_SCALE = DrawRule.PROB_SCALE;
    /// @notice Shortest period between draws (60 seconds).
    uint32 public constant MIN_PERIOD = 60;
    /// @notice Longest time from creation to deadline (5 * 365 days).
    uint256 public constant MAX_DURATION = 5 * 365 days;
    /// @notice Longest total time a threat may be held by fulfilment claims (30 days).
    uint32 public constant MAX_HOLD = 30 days;
    /// @notice Delay of a fee increase (3 days).
    uint32 public constant FEE_DELAY = 3 days;
    /// @notice Most periods a probabilistic threat may have (periods are uint24).
    uint256 public constant MAX_PERIODS = type(uint24).max;
    /// @notice Most periods one beacon request covers, so that settling a backlog always fits in a block.
    uint256 public constant MAX_DRAWS_PER_REQUEST = 128;
    /// @notice Gas forwarded with every refund or escalation payment. A recipient that needs more, or reverts,
    /// gets the amount credited to `withdrawable` instead, so no recipient can lock a stake.
    uint256 public constant SEND_GAS = 100_000;
    /// @notice Gas a beacon request gets. `settle` refuses to start a request with less gas left, so a failed
    /// request is the beacon's failure, never a caller starving it.
    uint256 public constant REQUEST_GAS = 400_000;
    /// @notice Times the pending draws may lapse and be requested again before they count as neutral.
    uint8 public constant MAX_LAPSES = 3;
    /// @notice After deadline + BEACON_GRACE a beacon that refuses a request settles the due draws as neutral.
    uint256 public constant BEACON_GRACE = 7 days;
    /// @notice EIP-712 type of an engagement.
    bytes32 public constant ENGAGEMENT_TYPEHASH = keccak256(
        "Engagement(address provider,address maker,bytes32 agreementHash,uint96 minStake,uint96 maxStake,uint8 kinds,uint40 validUntil,uint32 uses,uint64 nonce)"
    );

    /// @dev The beacon's ticket is the low 40 bits of the stored ticket word; the lapse count sits above.
    uint256 internal constant TICKET_MASK = (1 << 40) - 1;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @notice The NASH token burned for moves and paid forfeits.
    INashToken public immutable nash;

    /// @dev Slot 0: the next id and the fee of each move, read together by every create.
    struct Config {
        uint64 nextId;
        uint96 feeCommitment;
        uint96 feeProbabilistic;
    }

    /// @dev A scheduled fee increase.
    struct PendingFee {
        uint96 fee;
        uint40 effectiveAt;
    }

    Config internal _config;

    /// @notice The address that sets fees and allowed beacons.
    address public feeController;

    mapping(uint256 id => Threat) internal _threats;
    mapping(uint256 id => Odds) internal _odds;
    mapping(uint256 id => ThreatExtra) internal _extra;
    mapping(uint256 id => Funding) internal _funding;
    mapping(uint256 id => bytes32) internal _backersRoot;
    mapping(uint256 id => Claim) internal _claims;
    mapping(uint256 id => mapping(address account => uint256)) internal _shares;
    mapping(IRandomnessBeacon beacon => bool) internal _beaconAllowed;
    mapping(address account => uint256) internal _withdrawable;
    mapping(Move move => PendingFee) internal _pendingFees;
    /// @dev Nonce bitmap per provider: bit `nonce & 255` of word `nonce >> 8` set = consumed or revoked.
    mapping(address provider => mapping(uint256 word => uint256 bits)) internal _nonces;
    /// @dev Threats an on-chain accepted engagement may still back.
    mapping(bytes32 engagementId => uint256) internal _acceptedUses;
    /// @dev Threats a signed multi-use engagement has backed.
    mapping(bytes32 engagementId => uint256) internal _signedUses;
    /// @dev The engagement accepted on chain with each provider nonce (acceptance consumes the nonce, so there is
    /// at most one), so that `revokeNonce` voids it too.
    mapping(address provider => mapping(uint64 nonce => bytes32 engagementId)) internal _acceptedWithNonce;

    /// @param nash_ The NASH token burned for moves and paid forfeits.
    constructor(INashToken nash_) EIP712("Levetrage", "1") {
        if (address(nash_) == address(0)) revert ZeroAddress();
        nash = nash_;
    }

    /*//////////////////////////////////////////////////////////////
                            SHARED RULES
    //////////////////////////////////////////////////////////////*/

    modifier onlyFeeController() {
        if (msg.sender != feeController) revert NotFeeController(msg.sender);
        _;
    }

    function _requireExists(uint256 id, Status status) internal pure {
        if (status == Status.None) revert ThreatNotFound(id);
    }

    /// @dev The caller is the resolver and the threat can still be decided: Live (or a gathering pool) before
    /// its deadline, or Claimed before its hold ends or its deadline, whichever is later (a hold that ran out
    /// before the deadline leaves the threat as decidable as a live one: nothing may have ended it yet, since a
    /// commitment's settle cannot run before the deadline).
    function _requireDecidable(uint256 id, Threat storage threat) internal view {
        (, uint40 deadline,, Status status,) = threat.loadSlot1();
        if (msg.sender != threat.resolver) {
            _requireExists(id, status);
            revert NotResolver(id, msg.sender);
        }
        if (status == Status.Live || status == Status.Gathering) {
            if (block.timestamp >= deadline) revert DeadlinePassed(id, deadline);
        } else if (status == Status.Claimed) {
            uint40 until = _claims[id].until;
            if (block.timestamp >= until && block.timestamp >= deadline) revert HoldExpired(id, until);
        } else {
            revert ThreatNotLive(id, status);
        }
    }

    /// @dev Ends the current hold (status Claimed -> Live), adding its time to the used budget.
    function _endHold(uint256 id, Threat storage threat, bool expired) internal {
        Claim memory claim = _claims[id];
        uint40 end = block.timestamp < claim.until ? uint40(block.timestamp) : claim.until;
        claim.used += uint32(end - claim.since);
        claim.since = 0;
        claim.until = 0;
        _claims[id] = claim;
        threat.setStatus(Status.Live);
        emit ClaimReleased(id, expired);
    }

    /// @dev The EIP-712 digest of an engagement, hashed straight from calldata (the struct is 9 static words).
    function _engagementId(Engagement calldata engagement) internal view returns (bytes32) {
        bytes32 structHash;
        bytes32 typeHash = ENGAGEMENT_TYPEHASH;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, typeHash)
            calldatacopy(add(m, 0x20), engagement, 0x120)
            structHash := keccak256(m, 0x140)
        }
        return _hashTypedDataV4(structHash);
    }

    function _consumeNonce(address provider, uint64 nonce) internal {
        uint256 bit = 1 << (nonce & 255);
        uint256 bits = _nonces[provider][nonce >> 8];
        if (bits & bit != 0) revert EngagementUsed(provider, nonce);
        _nonces[provider][nonce >> 8] = bits | bit;
    }

    function _requireNonceFree(address provider, uint64 nonce) internal view {
        if (_nonces[provider][nonce >> 8] & (1 << (nonce & 255)) != 0) revert EngagementUsed(provider, nonce);
    }

    function _feeOf(Move move) internal view returns (uint96) {
        return move == Move.CreateCommitment ? _config.feeCommitment : _config.feeProbabilistic;
    }

    function _writeFee(Move move, uint96 fee) internal {
        if (move == Move.CreateCommitment) _config.feeCommitment = fee;
        else _config.feeProbabilistic = fee;
        emit FeeSet(move, fee);
    }

    /// @dev Periods i >= 1 with start + i * period <= min(now, deadline).
    function _duePeriods(uint40 start, uint40 deadline, uint32 period) internal view returns (uint256) {
        uint256 until = block.timestamp < deadline ? block.timestamp : deadline;
        return until > start ? (until - start) / period : 0;
    }

    /// @dev Applies the timeout action; the threat must be live.
    function _timeout(uint256 id, Threat storage threat, Action action) internal returns (Status) {
        if (action == Action.Escalate) return _escalate(id, threat);
        if (action == Action.Refund) return _refundWith(id, threat);
        return _forfeit(id, threat);
    }

    /// @dev Pays the provider the whole stake: the authentic escalation (Escalated is emitted in the same
    /// transaction, with the engagement the provider accepted).
    function _escalate(uint256 id, Threat storage threat) internal returns (Status) {
        threat.setStatus(Status.Escalated);
        (address provider,,,,) = threat.loadSlot1();
        uint256 amount = threat.stake;
        bool paid = _send(provider, amount);
        emit Escalated(id, provider, threat.engagementId, amount, paid);
        return Status.Escalated;
    }

    /// @dev Sets Refunded and refunds: the refund timeout and the dovish draw.
    function _refundWith(uint256 id, Threat storage threat) internal returns (Status) {
        threat.setStatus(Status.Refunded);
        _refund(id, threat);
        return Status.Refunded;
    }

    /// @dev Sends the beneficiary its own share (the stake less what backers and pledgers added: they take
    /// theirs back with `reclaim`); the status was set by the caller.
    function _refund(uint256 id, Threat storage threat) internal {
        (address beneficiary, uint96 stake) = threat.loadSlot0();
        uint256 own = stake - _extra[id].backed;
        bool paid = own == 0 || _send(beneficiary, own);
        emit Refunded(id, beneficiary, own, paid);
    }

    /// @dev Distributes the stake to NASH holders. If that is impossible (no NASH left to share it) the stake is
    /// refunded instead, so a stake can never be locked.
    function _forfeit(uint256 id, Threat storage threat) internal returns (Status) {
        uint256 amount = threat.stake;
        threat.setStatus(Status.Forfeited);
        if (amount == 0) {
            emit Forfeited(id, 0);
            return Status.Forfeited;
        }
        try nash.distribute{value: amount}() {
            emit Forfeited(id, amount);
            return Status.Forfeited;
        } catch {
            return _refundWith(id, threat);
        }
    }

    /// @dev Sends `amount` with a bounded gas stipend; on failure credits `withdrawable[to]`.
    /// Return data is never copied, so a recipient cannot grief with a huge revert reason.
    function _send(address to, uint256 amount) internal returns (bool ok) {
        uint256 gasLimit = SEND_GAS;
        assembly ("memory-safe") {
            ok := call(gasLimit, to, amount, 0, 0, 0, 0)
        }
        if (!ok) _withdrawable[to] += amount;
    }

    /// @dev Pays the caller of `leave` or the change of `settle`: `_send`, credited to `withdrawable` on failure.
    function _pay(address to, uint256 amount) internal {
        _send(to, amount);
    }
}
