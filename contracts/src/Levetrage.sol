// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {LevetrageBase} from "./LevetrageBase.sol";
import {LevetrageExtension} from "./LevetrageExtension.sol";
import {INashToken} from "./interfaces/INashToken.sol";
import {IRandomnessBeacon} from "./interfaces/IRandomnessBeacon.sol";
import {IResolver} from "./interfaces/IResolver.sol";
import {
    Action,
    Availability,
    DrawOutcome,
    Engagement,
    Flags,
    FundingParams,
    Kind,
    Move,
    Odds,
    OddsParams,
    Status,
    Threat,
    ThreatParams
} from "./types/DataTypes.sol";
import {DrawRule} from "./libraries/DrawRule.sol";
import {ThreatPacking} from "./libraries/ThreatPacking.sol";

/// @title Levetrage
/// @notice The threat registry (white paper sections 7-12). A maker locks ETH behind a demand. A commitment's
/// resolver marks the demand fulfilled strictly before the deadline (stake refunded), else anyone applies the
/// timeout action at/after it: refund, forfeit to NASH holders, or escalate: pay the provider, who accepted the
/// engagement (EIP-712 signature or on chain) and whose agreement makes that payment an irrevocable real-world
/// action. Probabilistic threats add a verifiable draw per period: escalate with pEscalate, terminate with
/// pTerminate. Only an engagement the provider accepted for this maker can be escalated to, so a copied
/// agreement hash gets a prankster nothing (section 10.4).
/// @dev Split in two for EIP-170's 24 KiB code limit: this contract holds the hot paths (create, fulfil, settle
/// and the draws, withdraw) and its fallback forwards the rest of ILevetrage (engagements, holds, evidence,
/// backers and pools, fees) by DELEGATECALL to the immutable `extension`, which shares LevetrageBase's storage
/// and refuses to run except by delegate call. One address, one ABI: ILevetrage (a test checks that the two
/// contracts together implement exactly its functions).
/// Storage (docs/contracts.md): slot 0 packs nextId with the fee table (one cold SLOAD per create); each
/// threat takes 4 slots (`Threat`), a probabilistic one a 5th (`Odds`); rarely used state lives in mappings
/// written only when used (`ThreatExtra`, `Funding`, `Claim`, shares). Ordering rules (docs/contracts.md,
/// docs/oracles.md):
///  - a draw exists only once requested by `settle`; all periods due then share one future beacon value and the
///    rule hashes in the period, so each period's draw is independent;
///  - the resolver may fulfil before the deadline unless a pending draw's value is already determined
///    (`DrawDetermined`); a pending, undetermined draw is abandoned;
///  - a claim made before the deadline holds the threat (no new draws, no timeout) for at most MAX_HOLD in all;
///    the draws that came due meanwhile are requested once the hold ends, so a hold skips none;
///  - a lapsed draw is requested again, at most MAX_LAPSES times, then counts as neutral: an outsider who can
///    make a beacon lapse (starve a VRF subscription) never turns a draw into an escalation;
///  - a beacon that refuses requests never locks a stake: after the deadline plus BEACON_GRACE its undrawn
///    periods count as neutral and the timeout action follows;
///  - the timeout action applies only once every period up to the deadline has been drawn and settled.
contract Levetrage is LevetrageBase {
    using ThreatPacking for Threat;

    /// @notice Runs the rest of ILevetrage in this contract's storage (see the contract notice).
    LevetrageExtension public immutable extension;

    /// @param nash_ The NASH token burned for moves and paid forfeits.
    /// @param feeController_ Sets fees and allowed beacons.
    /// @param extension_ The extension deployed for this registry (same NASH token).
    /// @param feeCommitment_ The initial NASH fee of a commitment (later increases wait FEE_DELAY).
    /// @param feeProbabilistic_ The initial NASH fee of a probabilistic threat.
    constructor(
        INashToken nash_,
        address feeController_,
        LevetrageExtension extension_,
        uint96 feeCommitment_,
        uint96 feeProbabilistic_
    ) LevetrageBase(nash_) {
        if (feeController_ == address(0) || address(extension_) == address(0)) {
            revert ZeroAddress();
        }
        if (extension_.nash() != nash_) revert ZeroAddress();
        extension = extension_;
        feeController = feeController_;
        _config = Config({nextId: 1, feeCommitment: feeCommitment_, feeProbabilistic: feeProbabilistic_});
        emit FeeControllerChanged(address(0), feeController_);
        emit FeeSet(Move.CreateCommitment, feeCommitment_);
        emit FeeSet(Move.CreateProbabilistic, feeProbabilistic_);
    }

    /*//////////////////////////////////////////////////////////////
                                CREATION
    //////////////////////////////////////////////////////////////*/

    /// @notice See ILevetrage.
    function create(ThreatParams calldata params, Engagement calldata engagement, bytes calldata providerSignature)
        external
        payable
        returns (uint256 id)
    {
        // No reentrancy guard needed: every write happens before the only untrusted call, the resolver hook,
        // which comes last (NASH and the extension are this deployment's own code).
        bool probabilistic = address(params.odds.beacon) != address(0);
        bool canEscalate = probabilistic || params.timeoutAction == Action.Escalate;
        _checkParams(params, canEscalate);
        uint256 fee;
        (id, fee) = _takeId(probabilistic, params.maxFee);

        // The provider and its engagement: required exactly when the threat can escalate.
        bytes32 engagementId;
        if (canEscalate) {
            engagementId = _useEngagement(engagement, providerSignature, probabilistic, params.funding.gatherUntil != 0);
        } else if (engagement.provider != address(0) || providerSignature.length != 0) {
            revert ProviderNotUsed();
        }
        _store(id, params, engagement.provider, engagementId);
        _emitCreated(id, params, canEscalate ? engagement.agreementHash : bytes32(0), engagementId, fee);

        if (probabilistic) {
            _setOdds(id, params);
        } else if (params.odds.period != 0 || params.odds.pEscalate != 0 || params.odds.pTerminate != 0) {
            revert InvalidOdds(params.odds.pEscalate, params.odds.pTerminate);
        }
        if (params.flags & Flags.PROMISE != 0) _extra[id].isPromise = true;
        if (_isFunded(params.funding)) {
            _delegateInternal(abi.encodeCall(LevetrageExtension.initFunding, (id, params, engagement)));
        }
        if (params.linkedTo != 0) {
            if (params.linkedTo >= id) revert UnknownLinkedThreat(params.linkedTo);
            emit Linked(id, params.linkedTo);
        }

        if (fee != 0) nash.burnFee(msg.sender, fee);
        if (params.resolverData.length != 0) IResolver(params.resolver).onThreatCreated(id, msg.sender, params);
    }

    /// @dev The checks of a create that need no storage.
    function _checkParams(ThreatParams calldata params, bool canEscalate) private view {
        uint40 deadline = params.deadline;
        if (msg.value > type(uint96).max) revert StakeTooLarge(msg.value);
        unchecked {
            if (deadline <= block.timestamp) revert DeadlineInPast(deadline, block.timestamp);
            if (deadline > block.timestamp + MAX_DURATION) {
                revert DeadlineTooFar(deadline, block.timestamp + MAX_DURATION);
            }
        }
        if (params.resolver == address(0)) revert ZeroResolver();
        if (params.beneficiary == address(0)) revert ZeroBeneficiary();
        uint8 flags = params.flags;
        if (flags & ~Flags.ALL != 0) revert InvalidFlags(flags);
        if (msg.value == 0 && (flags & Flags.PROMISE == 0 || canEscalate)) revert ZeroStake();
    }

    /// @dev Takes the next id and the move's fee: one SLOAD and one SSTORE of slot 0 (nextId in the low 64
    /// bits, then the two fees).
    function _takeId(bool probabilistic, uint96 maxFee) private returns (uint256 id, uint256 fee) {
        assembly ("memory-safe") {
            let word := sload(_config.slot)
            id := and(word, 0xffffffffffffffff)
            fee := and(shr(add(64, mul(probabilistic, 96)), word), 0xffffffffffffffffffffffff)
            sstore(_config.slot, add(word, 1)) // nextId < 2^64: never carries into the fees
        }
        if (fee > maxFee) revert FeeAboveMax(uint96(fee), maxFee);
    }

    /// @dev Writes the four slots of the new threat, each once (layout in ThreatPacking).
    function _store(uint256 id, ThreatParams calldata params, address provider, bytes32 engagementId) private {
        Status status = params.funding.gatherUntil != 0 ? Status.Gathering : Status.Live;
        uint256 slot1 = uint256(uint160(provider)) | (uint256(params.deadline) << 160) | (block.timestamp << 200)
            | (uint256(uint8(status)) << 240) | (uint256(uint8(params.timeoutAction)) << 248);
        address beneficiary = params.beneficiary;
        address resolver = params.resolver;
        Threat storage threat = _threats[id];
        assembly ("memory-safe") {
            let s := threat.slot
            sstore(s, or(beneficiary, shl(160, callvalue())))
            sstore(add(s, 1), slot1)
            if engagementId { sstore(add(s, 2), engagementId) }
            sstore(add(s, 3), resolver)
        }
    }

    /// @dev Emits ThreatCreated, ABI-encoding straight from calldata (legacy codegen cannot `emit` 11 data
    /// fields: stack too deep; this is also ~2k gas cheaper). The string's padding is zeroed, so the log is byte
    /// for byte what `emit` would produce (tested against `emit` in ThreatCreatedEncoding.t.sol). Every static
    /// field copied here was loaded, and so validated, by Solidity before.
    function _emitCreated(
        uint256 id,
        ThreatParams calldata params,
        bytes32 agreementHash,
        bytes32 engagementId,
        uint256 fee
    ) private {
        string calldata terms = params.terms;
        address provider = _threats[id].provider;
        address adversary = params.adversary;
        bytes32 topic0 = ThreatCreated.selector;
        // ThreatParams in calldata: resolver 0x00, beneficiary 0x20, adversary 0x40, deadline 0x60,
        // timeoutAction 0x80, flags 0xa0, ... (see DataTypes.sol).
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, calldataload(add(params, 0x20)))
            mstore(add(ptr, 0x20), calldataload(params))
            mstore(add(ptr, 0x40), adversary)
            mstore(add(ptr, 0x60), callvalue())
            mstore(add(ptr, 0x80), fee)
            mstore(add(ptr, 0xa0), engagementId)
            mstore(add(ptr, 0xc0), agreementHash)
            mstore(add(ptr, 0xe0), calldataload(add(params, 0x60)))
            mstore(add(ptr, 0x100), calldataload(add(params, 0x80)))
            mstore(add(ptr, 0x120), calldataload(add(params, 0xa0)))
            mstore(add(ptr, 0x140), 0x160)
            mstore(add(ptr, 0x160), terms.length)
            let padded := and(add(terms.length, 31), not(31))
            if padded { mstore(add(ptr, add(0x160, padded)), 0) }
            calldatacopy(add(ptr, 0x180), terms.offset, terms.length)
            log4(ptr, add(0x180, padded), topic0, id, caller(), provider)
        }
    }

    /// @dev Validates and stores a probabilistic threat's odds and emits OddsSet.
    function _setOdds(uint256 id, ThreatParams calldata params) private {
        OddsParams calldata odds = params.odds;
        IRandomnessBeacon beacon = odds.beacon;
        if (!_beaconAllowed[beacon]) revert BeaconNotAllowed(address(beacon));
        // Draws count from creation, or from a pool's activation at the latest at its gathering date.
        uint256 from = params.funding.gatherUntil == 0 ? block.timestamp : params.funding.gatherUntil;
        uint256 window = params.deadline > from ? params.deadline - from : 0;
        uint32 period = odds.period;
        if (period < MIN_PERIOD || period > window) revert InvalidPeriod(period, MIN_PERIOD, window);
        uint256 count = (params.deadline - block.timestamp) / period;
        if (count > MAX_PERIODS) revert TooManyPeriods(count, MAX_PERIODS);
        if (odds.pEscalate == 0 || uint256(odds.pEscalate) + odds.pTerminate > PROB_SCALE) {
            revert InvalidOdds(odds.pEscalate, odds.pTerminate);
        }
        _odds[id] = Odds(beacon, period, odds.pEscalate, odds.pTerminate);
        emit OddsSet(id, address(beacon), period, odds.pEscalate, odds.pTerminate, uint40(block.timestamp));
    }

    /// @dev Runs `data` in the extension in this contract's storage (msg.sender and msg.value are kept),
    /// bubbling up a revert.
    function _delegateInternal(bytes memory data) private {
        address target = address(extension);
        assembly ("memory-safe") {
            let ok := delegatecall(gas(), target, add(data, 0x20), mload(data), 0, 0)
            if iszero(ok) {
                returndatacopy(0, 0, returndatasize())
                revert(0, returndatasize())
            }
        }
    }

    function _isFunded(FundingParams calldata f) private pure returns (bool) {
        return f.cap != 0 || f.gatherUntil != 0 || f.backersRoot != bytes32(0) || f.minPledgers != 0 || f.minTotal != 0;
    }

    /*//////////////////////////////////////////////////////////////
                               ENGAGEMENTS
    //////////////////////////////////////////////////////////////*/

    /// @dev Checks the engagement for this create and consumes one of its uses; returns its id.
    function _useEngagement(Engagement calldata engagement, bytes calldata signature, bool probabilistic, bool pool)
        private
        returns (bytes32 engagementId)
    {
        uint256 stake = msg.value;
        address provider = engagement.provider;
        if (provider == address(0)) revert ProviderRequired();
        if (engagement.agreementHash == bytes32(0)) revert ZeroAgreementHash();
        if (engagement.maker != msg.sender) revert EngagementWrongMaker(engagement.maker, msg.sender);
        if (block.timestamp > engagement.validUntil) revert EngagementExpired(engagement.validUntil, block.timestamp);
        uint8 kind = probabilistic ? uint8(Kind.Probabilistic) : uint8(Kind.Commitment);
        if (engagement.kinds & (1 << kind) == 0) revert EngagementWrongKind(engagement.kinds, kind);
        // A pool's stake is checked against minStake at activation (its threshold guarantees it).
        if (!pool && stake < engagement.minStake) revert StakeBelowEngagement(stake, engagement.minStake);
        if (engagement.maxStake != 0 && stake > engagement.maxStake) {
            revert StakeAboveEngagement(stake, engagement.maxStake);
        }
        uint32 uses = engagement.uses;
        if (uses == 0) revert EngagementNoUses();
        engagementId = _engagementId(engagement);

        if (signature.length == 0) {
            // Accepted on chain (acceptEngagement consumed its nonce then): the stored count is the consent.
            uint256 accepted = _acceptedUses[engagementId];
            if (accepted == 0) revert EngagementUsed(provider, engagement.nonce);
            unchecked {
                _acceptedUses[engagementId] = accepted - 1;
            }
            return engagementId;
        }
        if (!_validSignature(provider, engagementId, signature)) revert EngagementBadSignature(provider);
        if (uses == 1) {
            _consumeNonce(provider, engagement.nonce); // reverts EngagementUsed when already consumed or revoked
        } else {
            _requireNonceFree(provider, engagement.nonce);
            uint256 used = _signedUses[engagementId] + 1;
            _signedUses[engagementId] = used;
            if (used == uses) _consumeNonce(provider, engagement.nonce);
        }
    }

    /// @dev ECDSA (65 bytes, low s, never the zero address) first, so an account's valid signature never
    /// touches its account; else ERC-1271 for a contract (a multisig, a firm's smart account).
    function _validSignature(address provider, bytes32 digest, bytes calldata signature) private view returns (bool) {
        (address recovered, ECDSA.RecoverError error,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (error == ECDSA.RecoverError.NoError && recovered == provider) return true;
        return
            provider.code.length != 0
                && SignatureChecker.isValidERC1271SignatureNowCalldata(provider, digest, signature);
    }

    /*//////////////////////////////////////////////////////////////
                               RESOLUTION
    //////////////////////////////////////////////////////////////*/

    /// @notice See ILevetrage.
    /// @dev On a probabilistic threat, draws that are pending but not yet determined are abandoned by fulfilment
    /// (nobody could know their value); once `beacon.isDetermined(ticket)` the draw must be settled first.
    function fulfil(uint256 id, bytes32 evidence) external nonReentrant {
        Threat storage threat = _threats[id];
        _requireDecidable(id, threat);
        (, uint24 settled, uint24 pending, uint48 ticket) = threat.loadSlot3();
        if (pending > settled && _odds[id].beacon.isDetermined(ticket & uint48(TICKET_MASK))) {
            revert DrawDetermined(id, settled + 1, ticket);
        }
        threat.setStatus(Status.Fulfilled);
        emit Fulfilled(id, msg.sender, evidence);
        _refund(id, threat);
    }

    /*//////////////////////////////////////////////////////////////
                        BACKERS AND POOLS
    //////////////////////////////////////////////////////////////*/

    /*//////////////////////////////////////////////////////////////
                                SETTLING
    //////////////////////////////////////////////////////////////*/

    /// @notice See ILevetrage.
    /// @dev Steps for a probabilistic threat: (1) resolve pending draws (Pending -> DrawNotReady; Lapsed -> request
    /// them again, or after MAX_LAPSES count them neutral; Ready -> each pending period in order, stopping at the
    /// first non-neutral outcome); (2) if still live, not held, and more periods are due, request one beacon
    /// value for them (at most MAX_DRAWS_PER_REQUEST); (3) if still live, not held, nothing pending, every period
    /// up to the deadline drawn and the deadline reached, apply the timeout action; (4) if nothing happened,
    /// revert NothingToSettle (or Held).
    function settle(uint256 id, bytes calldata proof) external payable nonReentrant returns (Status status) {
        Threat storage threat = _threats[id];
        (, uint40 deadline,, Status current, Action timeoutAction) = threat.loadSlot1();
        uint256 feeUsed;
        if (current == Status.Gathering) {
            uint40 gatherUntil = _funding[id].gatherUntil;
            if (block.timestamp <= gatherUntil) revert NothingToSettle(id);
            threat.setStatus(Status.Cancelled);
            emit Cancelled(id);
            _refund(id, threat);
            status = Status.Cancelled;
        } else {
            bool held;
            if (current == Status.Claimed) {
                uint40 until = _claims[id].until;
                if (block.timestamp >= until) _endHold(id, threat, true);
                else held = true;
            } else if (current != Status.Live) {
                _requireExists(id, current);
                revert ThreatNotLive(id, current);
            }
            Odds memory odds = _odds[id];
            if (address(odds.beacon) == address(0)) {
                if (held) revert Held(id, _claims[id].until);
                if (block.timestamp < deadline) revert DeadlineNotReached(id, deadline);
                status = _timeout(id, threat, timeoutAction);
            } else {
                (status, feeUsed) = _settleDraws(id, threat, odds, proof, held);
            }
        }
        if (msg.value > feeUsed) _pay(msg.sender, msg.value - feeUsed);
    }

    /// @dev Steps 1-4 of `settle` for a probabilistic threat that is Live (or Claimed: `held`).
    function _settleDraws(uint256 id, Threat storage threat, Odds memory odds, bytes calldata proof, bool held)
        private
        returns (Status, uint256)
    {
        (, uint24 settled, uint24 pending, uint48 ticket) = threat.loadSlot3();
        bool progressed;

        // 1. Resolve the pending draws.
        if (pending > settled) {
            (Status resolved, bool rerequested, uint256 retryFee) =
                _resolvePending(id, threat, odds, proof, settled, pending, ticket);
            if (resolved != Status.Live) return (resolved, 0);
            if (rerequested) return (held ? Status.Claimed : Status.Live, retryFee);
            settled = pending;
            progressed = true;
        }
        if (held) {
            if (!progressed) revert Held(id, _claims[id].until);
            return (Status.Claimed, 0);
        }
        return _requestOrTimeout(id, threat, odds, settled, progressed);
    }

    /// @dev Steps 2-4 of `settle`: request the draws now due (at most MAX_DRAWS_PER_REQUEST); else, once every
    /// period up to the deadline is drawn and the deadline reached, apply the timeout action.
    function _requestOrTimeout(uint256 id, Threat storage threat, Odds memory odds, uint24 settled, bool progressed)
        private
        returns (Status, uint256 feeUsed)
    {
        (, uint40 deadline, uint40 start,, Action timeoutAction) = threat.loadSlot1();
        uint256 due = _duePeriods(start, deadline, odds.period);
        if (due > settled) {
            uint24 through = uint24(due - settled > MAX_DRAWS_PER_REQUEST ? settled + MAX_DRAWS_PER_REQUEST : due);
            bool requested;
            (feeUsed, requested) = _request(id, threat, odds.beacon, settled, through, 0);
            if (requested) return (Status.Live, feeUsed);
            // The beacon refused. Past the grace time the due draws count as neutral, so no stake is ever locked.
            if (block.timestamp < uint256(deadline) + BEACON_GRACE) return (Status.Live, feeUsed);
            _neutralize(id, settled + 1, through);
            threat.setDraws(through, through, 0);
            if (through < due) return (Status.Live, feeUsed);
        }
        if (block.timestamp >= deadline) return (_timeout(id, threat, timeoutAction), feeUsed);
        if (!progressed) revert NothingToSettle(id);
        return (Status.Live, 0);
    }

    /// @dev Step 1 of `settle`: resolves the pending ticket. Ready: settles periods settled+1..pending in order,
    /// stopping at the first non-neutral outcome. Lapsed: requests them again (`rerequested`), or after
    /// MAX_LAPSES lapses counts them neutral. Returns the status afterwards (Live if all were neutral).
    function _resolvePending(
        uint256 id,
        Threat storage threat,
        Odds memory odds,
        bytes calldata proof,
        uint24 settled,
        uint24 pending,
        uint48 ticket
    ) private returns (Status status, bool rerequested, uint256 fee) {
        (Availability availability, bytes32 value) = odds.beacon.resolve(ticket & uint48(TICKET_MASK), proof);
        if (availability == Availability.Pending) revert DrawNotReady(id, ticket);
        if (availability == Availability.Lapsed) {
            uint8 lapses = uint8(ticket >> 40);
            if (lapses < MAX_LAPSES) {
                // Requested again: a lapse an outsider can cause (a starved VRF subscription) never decides.
                emit DrawLapsed(id, settled + 1, pending, ticket, true);
                (fee,) = _request(id, threat, odds.beacon, settled, pending, lapses + 1);
                return (Status.Live, true, fee);
            }
            emit DrawLapsed(id, settled + 1, pending, ticket, false);
            _neutralize(id, settled + 1, pending);
        } else {
            status = _drawPeriods(id, odds, value, settled + 1, pending);
            if (status != Status.Live) return (status, false, 0);
        }
        threat.setDraws(pending, pending, 0);
        return (Status.Live, false, 0);
    }

    /// @dev Requests one beacon value for periods settled+1..through, paying the beacon's fee from msg.value
    /// and tagging the ticket with `lapses`. A beacon that reverts (or issues an unusable ticket) leaves the
    /// draws unrequested and emits DrawRequestFailed. Returns the fee spent and whether a ticket was issued.
    function _request(
        uint256 id,
        Threat storage threat,
        IRandomnessBeacon beacon,
        uint24 settled,
        uint24 through,
        uint8 lapses
    ) private returns (uint256 fee, bool requested) {
        fee = beacon.requestFee();
        if (msg.value < fee) revert DrawFeeTooLow(id, fee, msg.value);
        // Enough gas for the whole request, so that its failure is the beacon's, never a starved call's.
        uint256 needed = REQUEST_GAS + REQUEST_GAS / 63 + 30_000;
        if (gasleft() < needed) revert GasTooLowForRequest(gasleft(), needed);
        bool paid;
        try beacon.request{value: fee, gas: REQUEST_GAS}() returns (uint48 ticket) {
            if (ticket <= TICKET_MASK) {
                threat.setDraws(settled, through, ticket | (uint48(lapses) << 40));
                emit DrawRequested(id, settled + 1, through, ticket);
                return (fee, true);
            }
            paid = true; // the beacon kept its fee for an unusable ticket: msg.value paid it, not the stakes
            // solhint-disable-next-line no-empty-blocks
        } catch {} // a failed request is reported below, whatever the beacon did with the fee
        threat.setDraws(settled, settled, 0);
        emit DrawRequestFailed(id, settled + 1, through);
        return (paid ? fee : 0, false);
    }

    /// @dev Settles periods `from`..`through` as neutral (a beacon that lapsed too often or refused past grace).
    function _neutralize(uint256 id, uint24 from, uint24 through) private {
        for (uint24 period = from; period <= through; ++period) {
            emit DrawSettled(id, period, bytes32(0), DrawOutcome.Continue, true);
        }
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
                return outcome == DrawOutcome.Escalate ? _escalate(id, threat) : _refundWith(id, threat);
            }
        }
        return Status.Live;
    }

    /// @notice See ILevetrage.
    function withdraw() external nonReentrant returns (uint256 amount) {
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

    /// @notice See ILevetrage.
    function setBeaconAllowed(IRandomnessBeacon beacon, bool allowed) external onlyFeeController {
        if (address(beacon) == address(0)) revert ZeroAddress();
        _beaconAllowed[beacon] = allowed;
        emit BeaconAllowed(address(beacon), allowed);
    }

    /// @notice See ILevetrage.
    function setFeeController(address next) external onlyFeeController {
        if (next == address(0)) revert ZeroAddress();
        emit FeeControllerChanged(feeController, next);
        feeController = next;
    }

    /*//////////////////////////////////////////////////////////////
                    FORWARDED TO THE EXTENSION
    //////////////////////////////////////////////////////////////*/

    /// @notice Every other ILevetrage function (engagements, holds, evidence, backers and pools, fees) runs in
    /// the extension, in this contract's storage. A selector the extension lacks reverts there, without data;
    /// plain ETH transfers revert too.
    // solhint-disable-next-line no-complex-fallback
    fallback() external payable {
        // initFunding is create's own step (run through _delegateInternal), not an ILevetrage function: from
        // outside it would let anyone rewrite a threat's funding policy.
        // solhint-disable-next-line reason-string, gas-custom-errors
        if (msg.sig == LevetrageExtension.initFunding.selector) revert(); // as an unknown selector would
        _forward(address(extension));
    }

    /// @notice Plain ETH is refused: stakes come with `create` and `join` only.
    receive() external payable {
        revert PlainEthRefused();
    }

    function _forward(address target) private {
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), target, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 VIEWS
    //////////////////////////////////////////////////////////////*/

    /// @notice See ILevetrage.
    function feeOf(Move move) external view returns (uint96) {
        return _feeOf(move);
    }

    /// @notice See ILevetrage.
    function isBeaconAllowed(IRandomnessBeacon beacon) external view returns (bool) {
        return _beaconAllowed[beacon];
    }

    /// @notice See ILevetrage.
    function nextId() external view returns (uint256) {
        return _config.nextId;
    }

    /// @notice See ILevetrage.
    /// @dev An unknown id returns zeroed structs (status None) rather than reverting.
    function getThreat(uint256 id) external view returns (Threat memory threat, Odds memory odds) {
        return (_threats[id], _odds[id]);
    }

    /// @notice See ILevetrage.
    function duePeriods(uint256 id) external view returns (uint24) {
        Odds storage odds = _odds[id];
        if (address(odds.beacon) == address(0)) return 0;
        Threat storage threat = _threats[id];
        (,,, Status status,) = threat.loadSlot1();
        if (status == Status.Gathering) return 0;
        return uint24(_duePeriods(threat.start, threat.deadline, odds.period));
    }

    /// @notice See ILevetrage.
    function drawFee(uint256 id) external view returns (uint256) {
        IRandomnessBeacon beacon = _odds[id].beacon;
        return address(beacon) == address(0) ? 0 : beacon.requestFee();
    }

    /// @notice See ILevetrage.
    function withdrawable(address account) external view returns (uint256) {
        return _withdrawable[account];
    }

    /*//////////////////////////////////////////////////////////////
                                INTERNAL
    //////////////////////////////////////////////////////////////*/
}
