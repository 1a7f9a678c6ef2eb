// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {ILevetrage} from "./interfaces/ILevetrage.sol";
import {INashToken} from "./interfaces/INashToken.sol";
import {IRandomnessBeacon} from "./interfaces/IRandomnessBeacon.sol";
import {
    Action,
    Availability,
    CommitmentParams,
    DrawOutcome,
    Move,
    Odds,
    OddsParams,
    Status,
    Threat
} from "./types/DataTypes.sol";
import {DrawRule} from "./libraries/DrawRule.sol";
import {ThreatPacking} from "./libraries/ThreatPacking.sol";

/// @title Levetrage
/// @notice The threat registry (white paper sections 7-10). A maker locks ETH behind a demand. Binding
/// commitments: a terminator marks the demand fulfilled strictly before the deadline (stake refunded), else
/// anyone applies the timeout action at/after it (refund, forfeit to NASH holders, or escalate: pay the provider,
/// whose signed off-chain agreement makes that payment an irrevocable real-world action).
/// Probabilistic threats add a verifiable draw per period: escalate with pEscalate, terminate with pTerminate.
/// @dev Storage (see docs/contracts.md): slot 0 packs nextId with the fee table (one cold SLOAD per create);
/// slot 1 is the fee controller; each threat takes 4 slots (`Threat`), a probabilistic one a 5th (`Odds`).
/// Ordering rules for probabilistic threats:
///  - a draw exists only once requested by `settle`; all periods due then share one future beacon value and
///    the rule hashes in the period, so each period's draw is independent;
///  - a terminator may fulfil before the deadline unless a pending draw's value is already determined
///    (`DrawDetermined`): a fixed draw cannot be pre-empted; a pending, undetermined draw is abandoned;
///  - a pending draw whose value lapsed (can never be proven) counts as Escalate for the next period, so
///    nobody gains by letting a feared draw lapse and nobody gets a second value;
///  - the timeout action applies only once every period up to the deadline has been drawn and settled.
contract Levetrage is ILevetrage, ReentrancyGuardTransient {
    using ThreatPacking for Threat;

    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILevetrage
    uint32 public constant override PROB_SCALE = DrawRule.PROB_SCALE;
    /// @inheritdoc ILevetrage
    uint256 public constant override MAX_TERMINATORS = 16;
    /// @inheritdoc ILevetrage
    uint32 public constant override MIN_PERIOD = 60;
    /// @inheritdoc ILevetrage
    uint256 public constant override MAX_DURATION = 5 * 365 days;
    /// @notice Most periods a probabilistic threat may have (periods are uint24).
    uint256 public constant MAX_PERIODS = type(uint24).max;
    /// @notice Most periods one beacon request covers, so that settling a backlog always fits in a block;
    /// a longer backlog is drawn over several requests.
    uint256 public constant MAX_DRAWS_PER_REQUEST = 128;
    /// @notice Gas forwarded with every refund or escalation payment. A recipient that needs more, or reverts,
    /// gets the amount credited to `withdrawable` instead, so no recipient can lock a stake.
    uint256 public constant SEND_GAS = 100_000;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILevetrage
    INashToken public immutable override nash;

    /// @dev Slot 0: the next id and the fee of each move, read together by every create.
    struct Config {
        uint64 nextId;
        uint96 feeCommitment;
        uint96 feeProbabilistic;
    }

    Config private _config;

    /// @inheritdoc ILevetrage
    address public override feeController;

    mapping(uint256 id => Threat) private _threats;
    mapping(uint256 id => Odds) private _odds;
    /// @dev Terminators after the first, per threat.
    mapping(uint256 id => mapping(address account => bool)) private _moreTerminators;
    mapping(IRandomnessBeacon beacon => bool) private _beaconAllowed;
    mapping(address account => uint256) private _withdrawable;

    /// @param nash_ The NASH token burned for moves and paid forfeits.
    /// @param feeController_ Sets fees and allowed beacons.
    constructor(INashToken nash_, address feeController_) {
        if (address(nash_) == address(0) || feeController_ == address(0)) revert ZeroAddress();
        nash = nash_;
        feeController = feeController_;
        _config.nextId = 1;
        emit FeeControllerChanged(address(0), feeController_);
    }

    modifier onlyFeeController() {
        if (msg.sender != feeController) revert NotFeeController(msg.sender);
        _;
    }

    /*//////////////////////////////////////////////////////////////
                              CREATION
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILevetrage
    function createCommitment(CommitmentParams calldata params) external payable override returns (uint256 id) {
        uint256 fee;
        (id, fee) = _create(params, 0);
        _burnFee(id, Move.CreateCommitment, fee);
    }

    /// @inheritdoc ILevetrage
    /// @dev Period i (1-based) is due at start + i * period, start being the creation time.
    function createProbabilistic(CommitmentParams calldata params, OddsParams calldata odds)
        external
        payable
        override
        returns (uint256 id)
    {
        uint256 fee;
        (id, fee) = _create(params, 1);
        IRandomnessBeacon beacon = odds.beacon;
        if (!_beaconAllowed[beacon]) revert BeaconNotAllowed(address(beacon));
        uint256 window = params.deadline - block.timestamp; // > 0: checked by _create
        uint32 period = odds.period;
        if (period < MIN_PERIOD || period > window) revert InvalidPeriod(period, MIN_PERIOD, window);
        uint256 count = window / period;
        if (count > MAX_PERIODS) revert TooManyPeriods(count, MAX_PERIODS);
        if (odds.pEscalate == 0 || uint256(odds.pEscalate) + odds.pTerminate > PROB_SCALE) {
            revert InvalidOdds(odds.pEscalate, odds.pTerminate);
        }
        _odds[id] = Odds(beacon, period, odds.pEscalate, odds.pTerminate);
        emit OddsSet(id, address(beacon), period, odds.pEscalate, odds.pTerminate, uint40(block.timestamp));
        _burnFee(id, Move.CreateProbabilistic, fee);
    }

    /// @dev Validates the common parameters, stores the threat, emits ThreatCreated; returns the id and the fee
    /// of the move (`feeIndex` 0: CreateCommitment, 1: CreateProbabilistic).
    /// Gas: this is the hot path of every create, so `params` is decoded by hand (one pass, no helper calls):
    /// each field is loaded once and checked as strictly as the ABI decoder would (clean address, uint40 and
    /// enum ranges, arrays inside calldata); malformed ABI reverts without data, bad values with their error.
    function _create(CommitmentParams calldata params, uint256 feeIndex) private returns (uint256 id, uint256 fee) {
        uint256 slot1; // provider | deadline | start | status | timeoutAction (layout in ThreatPacking)
        bytes32 agreementHash;
        uint256 terminatorsAt; // calldata position of terminators[0]
        uint256 count; // terminators.length
        {
            uint256 provider;
            uint256 deadline;
            uint256 action;
            assembly ("memory-safe") {
                provider := calldataload(params)
                agreementHash := calldataload(add(params, 0x20))
                deadline := calldataload(add(params, 0x60))
                action := calldataload(add(params, 0x80))
                let tRel := calldataload(add(params, 0x40))
                let sRel := calldataload(add(params, 0xa0))
                terminatorsAt := add(params, tRel)
                count := calldataload(terminatorsAt)
                terminatorsAt := add(terminatorsAt, 0x20)
                let termsAt := add(params, sRel)
                let termsLength := calldataload(termsAt)
                if or(
                    or(gt(or(or(tRel, sRel), or(count, termsLength)), 0xffffffff), gt(action, 2)),
                    or(
                        or(shr(160, provider), shr(40, deadline)),
                        or(
                            gt(add(terminatorsAt, shl(5, count)), calldatasize()),
                            gt(add(add(termsAt, 0x20), termsLength), calldatasize())
                        )
                    )
                ) { revert(0, 0) }
            }
            if (msg.value == 0) revert ZeroStake();
            if (msg.value > type(uint96).max) revert StakeTooLarge(msg.value);
            unchecked {
                if (deadline <= block.timestamp) revert DeadlineInPast(uint40(deadline), block.timestamp);
                if (deadline > block.timestamp + MAX_DURATION) {
                    revert DeadlineTooFar(uint40(deadline), block.timestamp + MAX_DURATION);
                }
            }
            if (provider == 0) revert ZeroProvider();
            if (agreementHash == bytes32(0)) revert ZeroAgreementHash();
            slot1 = provider | (deadline << 160) | (block.timestamp << 200) | (uint256(uint8(Status.Live)) << 240)
                | (action << 248);
        }

        // One SLOAD and one SSTORE of slot 0 (nextId in the low 64 bits, then the two fees).
        assembly ("memory-safe") {
            let word := sload(_config.slot)
            id := and(word, 0xffffffffffffffff)
            fee := and(shr(add(64, mul(feeIndex, 96)), word), 0xffffffffffffffffffffffff)
            sstore(_config.slot, add(word, 1)) // nextId < 2^64: never carries into the fees
        }

        address first = _storeTerminators(id, terminatorsAt, count);
        Threat storage threat = _threats[id];
        // The four slots of the new threat, each written once.
        assembly ("memory-safe") {
            let s := threat.slot
            sstore(s, or(caller(), shl(160, callvalue())))
            sstore(add(s, 1), slot1)
            sstore(add(s, 2), agreementHash)
            sstore(add(s, 3), first)
        }
        _emitCreated(id, params, terminatorsAt, count);
    }

    /// @dev Validates the `count` terminators at calldata position `at` (1..MAX_TERMINATORS, no zero, no
    /// duplicate, clean addresses), stores all but the first in the mapping and returns the first (stored inline).
    function _storeTerminators(uint256 id, uint256 at, uint256 count) private returns (address first) {
        if (count == 0) revert NoTerminators();
        if (count > MAX_TERMINATORS) revert TooManyTerminators(count, MAX_TERMINATORS);
        first = _terminatorAt(at);
        if (first == address(0)) revert InvalidTerminator(first);
        for (uint256 i = 1; i < count; ++i) {
            address terminator = _terminatorAt(at + 32 * i);
            // The mapping read makes the duplicate check free: its cold access is paid by the write anyway.
            if (terminator == address(0) || terminator == first || _moreTerminators[id][terminator]) {
                revert InvalidTerminator(terminator);
            }
            _moreTerminators[id][terminator] = true;
        }
    }

    /// @dev The address word at calldata position `at`; a word with dirty high bits is an invalid terminator.
    function _terminatorAt(uint256 at) private pure returns (address terminator) {
        uint256 word;
        assembly ("memory-safe") {
            word := calldataload(at)
        }
        if (word >> 160 != 0) revert InvalidTerminator(address(uint160(word)));
        terminator = address(uint160(word));
    }

    /// @dev Emits ThreatCreated, ABI-encoding straight from calldata (about 2k gas cheaper than `emit`); the
    /// string's padding is zeroed, so the log is byte for byte what `emit` would produce. `_create` checked the
    /// bounds and values of every field copied here.
    function _emitCreated(uint256 id, CommitmentParams calldata params, uint256 terminatorsAt, uint256 count) private {
        bytes32 topic0 = ThreatCreated.selector;
        // CommitmentParams in calldata: provider 0x00, agreementHash 0x20, terminators offset 0x40,
        // deadline 0x60, timeoutAction 0x80, terms offset 0xa0.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            let termsAt := add(0xe0, shl(5, count)) // offset of the string's length word in the log data
            mstore(ptr, callvalue())
            mstore(add(ptr, 0x20), calldataload(add(params, 0x20)))
            mstore(add(ptr, 0x40), 0xc0)
            mstore(add(ptr, 0x60), calldataload(add(params, 0x60)))
            mstore(add(ptr, 0x80), calldataload(add(params, 0x80)))
            mstore(add(ptr, 0xa0), termsAt)
            mstore(add(ptr, 0xc0), count)
            calldatacopy(add(ptr, 0xe0), terminatorsAt, shl(5, count))
            let terms := add(params, calldataload(add(params, 0xa0)))
            let length := calldataload(terms)
            let data := add(add(ptr, termsAt), 0x20)
            mstore(sub(data, 0x20), length)
            let padded := and(add(length, 31), not(31))
            if padded { mstore(add(data, sub(padded, 0x20)), 0) }
            calldatacopy(data, add(terms, 0x20), length)
            log4(ptr, add(add(termsAt, 0x20), padded), topic0, id, caller(), calldataload(params))
        }
    }

    /// @dev Burns the creation fee from the maker (needs an allowance for this registry).
    function _burnFee(uint256 id, Move move, uint256 fee) private {
        if (fee == 0) return;
        nash.burnFrom(msg.sender, fee);
        emit FeeBurned(id, msg.sender, move, fee);
    }

    /*//////////////////////////////////////////////////////////////
                              RESOLUTION
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILevetrage
    /// @dev On a probabilistic threat, draws that are pending but not yet determined are abandoned by fulfilment
    /// (nobody could know their value); once `beacon.isDetermined(ticket)` the draw must be settled first.
    function fulfil(uint256 id) external override nonReentrant {
        Threat storage threat = _threats[id];
        (, uint40 deadline,, Status status,) = threat.loadSlot1();
        _requireLive(id, status);
        (address terminator, uint24 settled, uint24 pending, uint48 ticket) = threat.loadSlot3();
        if (msg.sender != terminator && !_moreTerminators[id][msg.sender]) revert NotTerminator(id, msg.sender);
        if (block.timestamp >= deadline) revert DeadlinePassed(id, deadline);
        if (pending > settled && _odds[id].beacon.isDetermined(ticket)) {
            revert DrawDetermined(id, settled + 1, ticket);
        }
        threat.setStatus(Status.Fulfilled);
        emit Fulfilled(id, msg.sender);
        _refund(id, threat);
    }

    /// @inheritdoc ILevetrage
    /// @dev Steps for a probabilistic threat: (1) resolve pending draws (Pending -> DrawNotReady; Lapsed ->
    /// the next period escalates; Ready -> each pending period in order, stopping at the first non-neutral
    /// outcome); (2) if still live and more periods are due, request one beacon value for them (at most
    /// MAX_DRAWS_PER_REQUEST); (3) if still live, nothing pending, every period up to the deadline drawn and the
    /// deadline reached, apply the timeout action; (4) if nothing happened, revert NothingToSettle.
    function settle(uint256 id, bytes calldata proof) external override nonReentrant returns (Status status) {
        Threat storage threat = _threats[id];
        (, uint40 deadline,, Status current, Action timeoutAction) = threat.loadSlot1();
        _requireLive(id, current);
        Odds memory odds = _odds[id];

        if (address(odds.beacon) == address(0)) {
            if (block.timestamp < deadline) revert DeadlineNotReached(id, deadline);
            return _timeout(id, threat, timeoutAction);
        }

        return _settleDraws(id, threat, odds, proof);
    }

    /// @dev Steps 1-4 of `settle` for a live probabilistic threat.
    function _settleDraws(uint256 id, Threat storage threat, Odds memory odds, bytes calldata proof)
        private
        returns (Status)
    {
        (, uint24 settled, uint24 pending, uint48 ticket) = threat.loadSlot3();
        bool progressed;

        // 1. Resolve the pending draws.
        if (pending > settled) {
            Status status = _resolveDraws(id, odds, settled, pending, ticket, proof);
            if (status != Status.Live) return status;
            settled = pending;
            progressed = true;
        }

        // 2. Request the draws now due.
        if (_requestDue(id, threat, odds, settled, pending)) return Status.Live;
        if (progressed) threat.setDraws(settled, pending, ticket);

        // 3. Apply the timeout once every period up to the deadline is drawn and settled.
        (, uint40 deadline,,, Action timeoutAction) = threat.loadSlot1();
        if (block.timestamp >= deadline) return _timeout(id, threat, timeoutAction);

        // 4. Nothing happened.
        if (!progressed) revert NothingToSettle(id);
        return Status.Live;
    }

    /// @dev Step 2 of `settle`: if periods beyond `pending` are due, requests one beacon value for them (at most
    /// MAX_DRAWS_PER_REQUEST) and returns true.
    function _requestDue(uint256 id, Threat storage threat, Odds memory odds, uint24 settled, uint24 pending)
        private
        returns (bool)
    {
        (, uint40 deadline, uint40 start,,) = threat.loadSlot1();
        uint256 through = _duePeriods(start, deadline, odds.period);
        if (through <= pending) return false;
        if (through - settled > MAX_DRAWS_PER_REQUEST) through = settled + MAX_DRAWS_PER_REQUEST;
        uint48 ticket = odds.beacon.request();
        threat.setDraws(settled, uint24(through), ticket);
        emit DrawRequested(id, settled + 1, uint24(through), ticket);
        return true;
    }

    /// @dev Step 1 of `settle`: resolves the pending ticket and settles periods settled+1..pending in order,
    /// stopping at the first non-neutral outcome. Returns the status afterwards (Live if all were neutral).
    function _resolveDraws(
        uint256 id,
        Odds memory odds,
        uint24 settled,
        uint24 pending,
        uint48 ticket,
        bytes calldata proof
    ) private returns (Status) {
        (Availability availability, bytes32 value) = odds.beacon.resolve(ticket, proof);
        if (availability == Availability.Pending) revert DrawNotReady(id, ticket);
        Threat storage threat = _threats[id];
        if (availability == Availability.Lapsed) {
            // A value that can never be proven counts as Escalate: letting a feared draw lapse never helps.
            uint24 lapsed = settled + 1;
            threat.setSettled(lapsed);
            emit DrawSettled(id, lapsed, bytes32(0), DrawOutcome.Escalate, true);
            return _escalate(id, threat);
        }
        return _drawPeriods(id, odds, value, settled + 1, pending);
    }

    /// @dev Settles periods `from`..`through` with one beacon value, in order, stopping at the first
    /// non-neutral outcome. Returns the status afterwards (Live if all were neutral).
    function _drawPeriods(uint256 id, Odds memory odds, bytes32 value, uint24 from, uint24 through)
        private
        returns (Status)
    {
        for (uint24 period = from; period <= through; ++period) {
            DrawOutcome outcome = DrawRule.outcome(value, id, period, odds.pEscalate, odds.pTerminate);
            emit DrawSettled(id, period, value, outcome, false);
            if (outcome != DrawOutcome.Continue) {
                Threat storage threat = _threats[id];
                threat.setSettled(period);
                return outcome == DrawOutcome.Escalate ? _escalate(id, threat) : _refundByDraw(id, threat);
            }
        }
        return Status.Live;
    }

    /// @inheritdoc ILevetrage
    function withdraw() external override nonReentrant returns (uint256 amount) {
        amount = _withdrawable[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        _withdrawable[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert EthTransferFailed(msg.sender, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILevetrage
    function setFee(Move move, uint96 fee) external override onlyFeeController {
        if (move == Move.CreateCommitment) _config.feeCommitment = fee;
        else _config.feeProbabilistic = fee;
        emit FeeSet(move, fee);
    }

    /// @inheritdoc ILevetrage
    function setBeaconAllowed(IRandomnessBeacon beacon, bool allowed) external override onlyFeeController {
        if (address(beacon) == address(0)) revert ZeroAddress();
        _beaconAllowed[beacon] = allowed;
        emit BeaconAllowed(address(beacon), allowed);
    }

    /// @inheritdoc ILevetrage
    function setFeeController(address next) external override onlyFeeController {
        if (next == address(0)) revert ZeroAddress();
        emit FeeControllerChanged(feeController, next);
        feeController = next;
    }

    /*//////////////////////////////////////////////////////////////
                                VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc ILevetrage
    function feeOf(Move move) external view override returns (uint96) {
        return move == Move.CreateCommitment ? _config.feeCommitment : _config.feeProbabilistic;
    }

    /// @inheritdoc ILevetrage
    function isBeaconAllowed(IRandomnessBeacon beacon) external view override returns (bool) {
        return _beaconAllowed[beacon];
    }

    /// @inheritdoc ILevetrage
    function nextId() external view override returns (uint256) {
        return _config.nextId;
    }

    /// @inheritdoc ILevetrage
    /// @dev An unknown id returns zeroed structs (status None) rather than reverting.
    function getThreat(uint256 id) external view override returns (Threat memory threat, Odds memory odds) {
        return (_threats[id], _odds[id]);
    }

    /// @inheritdoc ILevetrage
    function isTerminator(uint256 id, address account) external view override returns (bool) {
        if (account == address(0)) return false;
        return _threats[id].terminator == account || _moreTerminators[id][account];
    }

    /// @inheritdoc ILevetrage
    function duePeriods(uint256 id) external view override returns (uint24) {
        Odds storage odds = _odds[id];
        if (address(odds.beacon) == address(0)) return 0;
        Threat storage threat = _threats[id];
        return uint24(_duePeriods(threat.start, threat.deadline, odds.period));
    }

    /// @inheritdoc ILevetrage
    function withdrawable(address account) external view override returns (uint256) {
        return _withdrawable[account];
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNAL
    //////////////////////////////////////////////////////////////*/

    /// @dev Periods i >= 1 with start + i * period <= min(now, deadline).
    function _duePeriods(uint40 start, uint40 deadline, uint32 period) private view returns (uint256) {
        uint256 until = block.timestamp < deadline ? block.timestamp : deadline;
        return (until - start) / period;
    }

    function _requireLive(uint256 id, Status status) private pure {
        if (status == Status.None) revert ThreatNotFound(id);
        if (status != Status.Live) revert ThreatNotLive(id, status);
    }

    /// @dev Applies the timeout action; the threat must be live.
    function _timeout(uint256 id, Threat storage threat, Action action) private returns (Status) {
        if (action == Action.Escalate) return _escalate(id, threat);
        if (action == Action.Refund) return _refundByDraw(id, threat);
        return _forfeit(id, threat);
    }

    /// @dev Pays the provider: the authentic escalation (Escalated is emitted in the same transaction).
    function _escalate(uint256 id, Threat storage threat) private returns (Status) {
        threat.setStatus(Status.Escalated);
        (address provider,,,,) = threat.loadSlot1();
        uint256 amount = threat.stake;
        bool paid = _send(provider, amount);
        emit Escalated(id, provider, threat.agreementHash, amount, paid);
        return Status.Escalated;
    }

    /// @dev Refund timeout or dovish draw.
    function _refundByDraw(uint256 id, Threat storage threat) private returns (Status) {
        threat.setStatus(Status.Refunded);
        _refund(id, threat);
        return Status.Refunded;
    }

    /// @dev Sends the stake back to the maker; the status was set by the caller.
    function _refund(uint256 id, Threat storage threat) private {
        (address maker, uint96 stake) = threat.loadSlot0();
        bool paid = _send(maker, stake);
        emit Refunded(id, maker, stake, paid);
    }

    /// @dev Distributes the stake to NASH holders. If that is impossible (no NASH left at all) the stake is
    /// refunded instead, so a stake can never be locked.
    function _forfeit(uint256 id, Threat storage threat) private returns (Status) {
        uint256 amount = threat.stake;
        threat.setStatus(Status.Forfeited);
        try nash.distribute{value: amount}() {
            emit Forfeited(id, amount);
            return Status.Forfeited;
        } catch {
            threat.setStatus(Status.Refunded);
            _refund(id, threat);
            return Status.Refunded;
        }
    }

    /// @dev Sends `amount` with a bounded gas stipend; on failure credits `withdrawable[to]`.
    /// Return data is never copied, so a recipient cannot grief with a huge revert reason.
    function _send(address to, uint256 amount) private returns (bool ok) {
        uint256 gasLimit = SEND_GAS;
        assembly ("memory-safe") {
            ok := call(gasLimit, to, amount, 0, 0, 0, 0)
        }
        if (!ok) _withdrawable[to] += amount;
    }
}
