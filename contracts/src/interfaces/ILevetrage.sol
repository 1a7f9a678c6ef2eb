// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {
    Action,
    Claim,
    DrawOutcome,
    Engagement,
    Funding,
    Move,
    Odds,
    Role,
    Status,
    Threat,
    ThreatExtra,
    ThreatParams
} from "../types/DataTypes.sol";
import {IRandomnessBeacon} from "./IRandomnessBeacon.sol";

/// @title ILevetrageEvents
/// @notice The events of the Levetrage registry (ILevetrage).
interface ILevetrageEvents {
    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A threat was created and its stake locked. `terms` is the demand text, stored only here;
    /// `fee` is the NASH burned for the move (a Transfer to the zero address in the same transaction).
    /// `engagementId` is the EIP-712 digest of the provider's engagement (zero without a provider).
    event ThreatCreated(
        uint256 indexed id,
        address indexed maker,
        address indexed provider,
        address beneficiary,
        address resolver,
        address adversary,
        uint256 stake,
        uint256 fee,
        bytes32 engagementId,
        bytes32 agreementHash,
        uint40 deadline,
        Action timeoutAction,
        uint8 flags,
        string terms
    );

    /// @notice A probabilistic threat's odds, emitted right after its ThreatCreated. `start` is the time draws
    /// count from (a pool's draws count from its activation: see Activated).
    event OddsSet(
        uint256 indexed id, address indexed beacon, uint32 period, uint32 pEscalate, uint32 pTerminate, uint40 start
    );

    /// @notice The threat may receive stake from others (or is a pool), emitted right after its ThreatCreated.
    event FundingSet(
        uint256 indexed id, uint96 cap, bytes32 backersRoot, uint40 gatherUntil, uint16 minPledgers, uint96 minTotal
    );

    /// @notice The threat answers threat `linkedTo` (a counter-commitment), emitted right after its ThreatCreated.
    event Linked(uint256 indexed id, uint256 indexed linkedTo);

    /// @notice `provider` accepted engagement `engagementId` on chain (`acceptEngagement`).
    event EngagementAccepted(
        bytes32 indexed engagementId, address indexed provider, address indexed maker, Engagement engagement
    );

    /// @notice `provider` revoked nonce `nonce`: an engagement with it can no longer back a new threat.
    event NonceRevoked(address indexed provider, uint64 nonce);

    /// @notice `provider` revoked engagement `engagementId` (accepted on chain or signed): it backs no new threat.
    event EngagementRevoked(bytes32 indexed engagementId, address indexed provider, uint64 nonce);

    /// @notice `funder` added `amount` to threat `id` (a backer of a live threat, or a pledger of a pool).
    event Joined(uint256 indexed id, address indexed funder, uint256 amount, uint256 stake);

    /// @notice `funder` took back its pledge of `amount` from a gathering pool.
    event Left(uint256 indexed id, address indexed funder, uint256 amount, uint256 stake);

    /// @notice A pool reached its threshold and went live; its draws count from `start`.
    event Activated(uint256 indexed id, uint40 start, uint256 stake, uint32 funders);

    /// @notice A pool missed its threshold by its gathering date: every pledge can be taken back.
    event Cancelled(uint256 indexed id);

    /// @notice `funder` took back its share `amount` after a refund, fulfilment or cancellation.
    /// `paid == false`: the transfer failed and the amount was credited to `withdrawable(funder)`.
    event Reclaimed(uint256 indexed id, address indexed funder, uint256 amount, bool paid);

    /// @notice The resolver reported a fulfilment claim made before the deadline: the threat is held (no new
    /// draws, no timeout) until `until`, or until the resolver decides.
    event FulfilmentClaimed(uint256 indexed id, address indexed resolver, uint40 until);

    /// @notice The hold ended without fulfilment (`expired`: its time ran out; else the resolver released it).
    event ClaimReleased(uint256 indexed id, bool expired);

    /// @notice The resolver marked the demand fulfilled, relying on `evidence` (a hash, see Evidence).
    event Fulfilled(uint256 indexed id, address indexed resolver, bytes32 evidence);

    /// @notice The resolver recorded a promise broken, relying on `evidence`; the timeout action follows.
    event PromiseBroken(uint256 indexed id, address indexed resolver, bytes32 evidence);

    /// @notice Evidence attached to threat `id` (in the style of ERC-1497): `uri` points at it, `evidenceHash`
    /// is its hash; `role` is what the registry could verify about the submitter.
    event Evidence(uint256 indexed id, address indexed submitter, Role role, bytes32 evidenceHash, string uri);

    /// @notice Draws `fromPeriod`..`throughPeriod` now wait on the beacon's `ticket`.
    event DrawRequested(uint256 indexed id, uint24 fromPeriod, uint24 throughPeriod, uint48 ticket);

    /// @notice The beacon refused to issue a ticket for the due draws (they stay due and are requested again
    /// by the next settle). After the deadline plus BEACON_GRACE a refusal settles them as neutral instead.
    event DrawRequestFailed(uint256 indexed id, uint24 fromPeriod, uint24 throughPeriod);

    /// @notice The pending draws' ticket lapsed (its value can never be proven); they were requested again
    /// (`rerequested`), or after MAX_LAPSES lapses in a row settled as neutral.
    event DrawLapsed(uint256 indexed id, uint24 fromPeriod, uint24 throughPeriod, uint48 ticket, bool rerequested);

    /// @notice A period was drawn. `outcome == DrawRule.outcome(value, id, period, pEscalate, pTerminate)`
    /// unless `neutralized`: the beacon lapsed MAX_LAPSES times or failed past the grace time, and the period
    /// counts as Continue with value zero.
    event DrawSettled(uint256 indexed id, uint24 indexed period, bytes32 value, DrawOutcome outcome, bool neutralized);

    /// @notice The stake was paid to the provider: the authentic escalation a provider acts on, for the
    /// engagement it accepted. `paid == false`: the transfer failed and the amount was credited to
    /// `withdrawable(provider)`.
    event Escalated(
        uint256 indexed id, address indexed provider, bytes32 indexed engagementId, uint256 amount, bool paid
    );

    /// @notice The provider recorded that it acted on the escalation (the court filing, the campaign report).
    event ProviderActed(uint256 indexed id, address indexed provider, bytes32 evidenceHash, string uri);

    /// @notice The beneficiary's share was returned (fulfilment, refund timeout, a dovish draw, a cancelled
    /// pool). Backers and pledgers take theirs back with `reclaim`. `paid == false`: credited to `withdrawable`.
    event Refunded(uint256 indexed id, address indexed beneficiary, uint256 amount, bool paid);

    /// @notice The stake was distributed to NASH holders.
    event Forfeited(uint256 indexed id, uint256 amount);

    /// @notice `account` withdrew a balance left by a failed transfer.
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice The NASH fee of a move changed (a decrease at once; an increase once its delay passed).
    event FeeSet(Move indexed move, uint96 fee);

    /// @notice A fee increase was scheduled; anyone can apply it with `applyFee` from `effectiveAt` on.
    event FeeIncreaseScheduled(Move indexed move, uint96 fee, uint40 effectiveAt);

    /// @notice A beacon was allowed or disallowed for new threats (existing threats keep theirs).
    event BeaconAllowed(address indexed beacon, bool allowed);

    /// @notice The fee controller changed.
    event FeeControllerChanged(address indexed previous, address indexed next);
}

/// @title ILevetrageErrors
/// @notice The custom errors of the Levetrage registry (ILevetrage), each saying when it is thrown.
interface ILevetrageErrors {
    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @notice Thrown by a create with no ETH, unless it is a promise (which may have no stake).
    error ZeroStake();
    /// @notice Thrown when a stake does not fit 96 bits.
    error StakeTooLarge(uint256 stake);
    /// @notice Thrown by a create whose deadline is not in the future.
    error DeadlineInPast(uint40 deadline, uint256 nowTime);
    /// @notice Thrown by a create whose deadline is more than MAX_DURATION away.
    error DeadlineTooFar(uint40 deadline, uint256 maxDeadline);
    /// @notice Thrown by a create whose resolver is the zero address.
    error ZeroResolver();
    /// @notice Thrown by a create whose beneficiary is the zero address.
    error ZeroBeneficiary();
    /// @notice Thrown by a create with unknown bits in `flags`.
    error InvalidFlags(uint8 flags);
    /// @notice Thrown by a create that links to a threat that does not exist (or to itself).
    error UnknownLinkedThreat(uint256 linkedTo);
    /// @notice Thrown by a create whose NASH fee exceeds the maker's `maxFee` (the fee changed before it landed).
    error FeeAboveMax(uint96 fee, uint96 maxFee);
    /// @notice Thrown by a create that can escalate (timeout Escalate, or any probabilistic threat) without a provider.
    error ProviderRequired();
    /// @notice Thrown by a create that gives an engagement while the threat can never escalate.
    error ProviderNotUsed();
    /// @notice Thrown by a create whose engagement has a zero agreement hash.
    error ZeroAgreementHash();
    /// @notice Thrown by a create whose engagement names another maker.
    error EngagementWrongMaker(address maker, address caller);
    /// @notice Thrown by a create after the engagement's `validUntil`.
    error EngagementExpired(uint40 validUntil, uint256 nowTime);
    /// @notice Thrown by a create whose kind the engagement does not accept.
    error EngagementWrongKind(uint8 kinds, uint8 kind);
    /// @notice Thrown when the stake is below the engagement's `minStake`.
    error StakeBelowEngagement(uint256 stake, uint96 minStake);
    /// @notice Thrown when the stake would exceed the engagement's `maxStake`.
    error StakeAboveEngagement(uint256 stake, uint96 maxStake);
    /// @notice Thrown by a create whose engagement was used up (its nonce consumed), revoked, or (with an empty
    /// signature) never accepted on chain.
    error EngagementUsed(address provider, uint64 nonce);
    /// @notice Thrown by a create whose engagement has `uses == 0`.
    error EngagementNoUses();
    /// @notice Thrown when the engagement signature is not the provider's (wrong signer, malformed, high s,
    /// another chain, registry or agreement), or a contract provider does not approve it under ERC-1271.
    error EngagementBadSignature(address provider);
    /// @notice Thrown by `acceptEngagement` or `revokeNonce` from an account other than the engagement's provider.
    error NotProvider(address caller, address provider);
    /// @notice Thrown by a create whose beacon is not allowed.
    error BeaconNotAllowed(address beacon);
    /// @notice Thrown by a create whose period is below MIN_PERIOD or longer than the time to the deadline.
    error InvalidPeriod(uint32 period, uint32 minPeriod, uint256 maxPeriod);
    /// @notice Thrown by a create with more than MAX_PERIODS periods.
    error TooManyPeriods(uint256 count, uint256 max);
    /// @notice Thrown by a create with pEscalate == 0 or pEscalate + pTerminate > PROB_SCALE, or odds on a
    /// commitment (a zero beacon with non-zero odds).
    error InvalidOdds(uint32 pEscalate, uint32 pTerminate);
    /// @notice Thrown by a create with inconsistent funding parameters (see the message of each field).
    error InvalidFunding();
    /// @notice Thrown when no threat has this id.
    error ThreatNotFound(uint256 id);
    /// @notice Thrown when the threat is not in a status that allows the call.
    error ThreatNotLive(uint256 id, Status status);
    /// @notice Thrown by `fulfil`, `hold`, `release` or `breach` from an account other than the threat's resolver.
    error NotResolver(uint256 id, address caller);
    /// @notice Thrown by `fulfil` or `hold` at or after the deadline with no claim holding the threat.
    error DeadlinePassed(uint256 id, uint40 deadline);
    /// @notice Thrown by `fulfil` on a held threat after its hold ended.
    error HoldExpired(uint256 id, uint40 until);
    /// @notice Thrown by `hold` once the threat's total hold time MAX_HOLD is used up.
    error HoldBudgetSpent(uint256 id);
    /// @notice Thrown by `hold` with a zero duration.
    error ZeroHold();
    /// @notice Thrown by `release` on a threat that is not held.
    error NotHeld(uint256 id);
    /// @notice Thrown by `breach` on a threat that is not a promise.
    error NotAPromise(uint256 id);
    /// @notice Thrown by `settle` of a commitment before its deadline.
    error DeadlineNotReached(uint256 id, uint40 deadline);
    /// @notice Thrown by `settle` of a held threat with nothing else to do before its hold ends.
    error Held(uint256 id, uint40 until);
    /// @notice Thrown by `fulfil` once a pending draw's value is fixed (settle it first).
    error DrawDetermined(uint256 id, uint24 period, uint48 ticket);
    /// @notice Thrown by `settle` while the pending draw's value is not fixed yet.
    error DrawNotReady(uint256 id, uint48 ticket);
    /// @notice Thrown by `settle` when no period is due and the deadline is not reached.
    error NothingToSettle(uint256 id);
    /// @notice Thrown by `settle` when it must request draws and msg.value is below the beacon's fee (`drawFee`).
    error DrawFeeTooLow(uint256 id, uint256 fee, uint256 sent);
    /// @notice Thrown by `settle` when less gas is left than a beacon request needs (send more gas).
    error GasTooLowForRequest(uint256 gasLeft, uint256 needed);
    /// @notice Thrown by `join` with no ETH.
    error ZeroAmount();
    /// @notice Thrown by `join` on a threat that accepts no stake from others.
    error FundingClosed(uint256 id);
    /// @notice Thrown by `join` when the total stake would exceed the cap.
    error FundingCapExceeded(uint256 id, uint256 stake, uint96 cap);
    /// @notice Thrown by `join` from an account not on the threat's allow-list.
    error NotAllowedBacker(uint256 id, address account);
    /// @notice Thrown by `join` or `activate` after a pool's gathering date.
    error GatheringOver(uint256 id, uint40 gatherUntil);
    /// @notice Thrown by `leave` on a threat that is not gathering (a live pool cannot be left).
    error NotGathering(uint256 id, Status status);
    /// @notice Thrown by `activate` before the pool's threshold is met.
    error ThresholdNotMet(uint256 id, uint32 funders, uint256 stake);
    /// @notice Thrown by `leave` or `reclaim` from an account with no share.
    error NoShare(uint256 id, address account);
    /// @notice Thrown by `reclaim` while the threat is not refunded, fulfilled or cancelled.
    error NotRefundable(uint256 id, Status status);
    /// @notice Thrown by `recordActed` from an account other than the provider of an escalated threat.
    error NotEscalatedProvider(uint256 id, address caller);
    /// @notice Thrown by `withdraw` with nothing to withdraw.
    error NothingToWithdraw(address account);
    /// @notice Thrown when sending ETH to the caller of `withdraw` fails.
    error EthTransferFailed(address to, uint256 amount);
    /// @notice Thrown by an admin function from an account other than the fee controller.
    error NotFeeController(address caller);
    /// @notice Thrown by `applyFee` when no increase is scheduled or its delay has not passed.
    error FeeNotDue(Move move, uint40 effectiveAt);
    /// @notice Thrown when a zero address is given where one is required.
    error ZeroAddress();
    /// @notice Thrown when plain ETH is sent to the registry (stakes come with `create` and `join`).
    error PlainEthRefused();
}

/// @title ILevetrage
/// @notice One registry of threats keyed by id: binding commitments (white paper section 7) and probabilistic
/// threats with verifiable draws (sections 8-10), each escalating only to a provider that accepted the
/// engagement (section 10.4), decided by a resolver (an oracle account or a resolver contract), optionally
/// funded by backers or gathered as a pool (sections 10.4, 12.1-12.5). Every state change emits an event from
/// which the full history of a threat can be rebuilt.
interface ILevetrage is ILevetrageEvents, ILevetrageErrors {
    /*//////////////////////////////////////////////////////////////
                              STATE CHANGES
    //////////////////////////////////////////////////////////////*/

    /// @notice Creates a threat: locks msg.value as the maker's stake and burns the move's NASH fee (the caller
    /// must have approved the registry for it). A zero `params.odds.beacon` makes a commitment, else a
    /// probabilistic threat; non-zero `params.funding.gatherUntil` makes a pool (status Gathering).
    /// @dev Requirements:
    /// - msg.value > 0 (unless `Flags.PROMISE`), < 2^96; deadline in (now, now + MAX_DURATION];
    /// - resolver and beneficiary non-zero; `flags` only known bits; `linkedTo` zero or an existing threat;
    /// - the fee of the move <= `maxFee`;
    /// - a threat that can escalate (timeout Escalate, or probabilistic) names a provider in `engagement`, and
    ///   the engagement is valid: `maker == msg.sender`, created at or before `validUntil`, accepts the kind,
    ///   `minStake <= stake <= maxStake` (for a pool: at activation), not used up or revoked, and either accepted
    ///   on chain or signed by the provider (`providerSignature`: 65-byte ECDSA with low s for an account,
    ///   ERC-1271 for a contract) over the EIP-712 digest `engagementIdOf(engagement)`;
    ///   a threat that can never escalate passes an all-zero engagement and an empty signature;
    /// - probabilistic: allowed beacon, MIN_PERIOD <= period <= time from start to deadline, at most
    ///   MAX_PERIODS periods, pEscalate > 0, pEscalate + pTerminate <= PROB_SCALE;
    /// - funding: a pool needs gatherUntil in (now, deadline - period], a threshold and cap >= the threshold.
    /// @return id The new threat's id (ids start at 1).
    function create(ThreatParams calldata params, Engagement calldata engagement, bytes calldata providerSignature)
        external
        payable
        returns (uint256 id);

    /// @notice Accepts an engagement on chain, for a provider that prefers a transaction to a signature. Its nonce
    /// is consumed at once (a signature of the same engagement is then void); the threats it may back are counted
    /// by `acceptedUses`. A create then passes the engagement with an empty signature.
    /// @dev Requirements: msg.sender == engagement.provider; uses > 0; a non-zero agreement hash; the nonce free.
    /// @return engagementId The engagement's EIP-712 digest.
    function acceptEngagement(Engagement calldata engagement) external returns (bytes32 engagementId);

    /// @notice Revokes an engagement, signed or accepted on chain: it backs no new threat (threats it already
    /// backs are unaffected).
    /// @dev Requirements: msg.sender == engagement.provider.
    function revokeEngagement(Engagement calldata engagement) external returns (bytes32 engagementId);

    /// @notice Revokes one of the caller's nonces: no engagement with it can back a new threat any more.
    function revokeNonce(uint64 nonce) external;

    /// @notice Marks the demand fulfilled (a promise: kept) and refunds every funder.
    /// @dev Requirements: msg.sender is the threat's resolver; Live before the deadline, or Claimed before the
    /// hold ends; no pending draw whose value is already determined (`DrawDetermined`: settle it first).
    /// A pending, undetermined draw is abandoned.
    /// @param evidence The hash of the evidence relied on (see `submitEvidence`), or zero.
    function fulfil(uint256 id, bytes32 evidence) external;

    /// @notice Holds a threat for a fulfilment claim made before the deadline (a Reality.eth answer, an UMA
    /// assertion, a panel's first approval): no new draws are requested and the timeout waits until the hold
    /// ends. Holding again extends it. All holds of a threat together last at most MAX_HOLD.
    /// @dev Requirements: msg.sender is the resolver; Live before the deadline, or already Claimed; duration > 0.
    /// @param duration Seconds from now (capped by what is left of MAX_HOLD).
    /// @return until When the hold ends.
    function hold(uint256 id, uint32 duration) external returns (uint40 until);

    /// @notice Ends a hold without fulfilment (the claim failed): the threat is Live again and the draws that
    /// came due meanwhile are requested by the next settle.
    /// @dev Requirements: msg.sender is the resolver; the threat is Claimed.
    function release(uint256 id) external;

    /// @notice Records a promise broken before its deadline; the timeout action applies at once.
    /// @dev Requirements: msg.sender is the resolver; the threat is a promise, Live or Claimed (with fulfil's
    /// deadline rule); no pending draw whose value is already determined (`DrawDetermined`: settle it first).
    function breach(uint256 id, bytes32 evidence) external returns (Status status);

    /// @notice Attaches evidence to a threat (anyone; the event records the role the registry can verify).
    function submitEvidence(uint256 id, bytes32 evidenceHash, string calldata uri) external;

    /// @notice Records that the provider acted on the escalation of threat `id` (its track record).
    /// @dev Requirements: msg.sender is the provider and the threat is Escalated.
    function recordActed(uint256 id, bytes32 evidenceHash, string calldata uri) external;

    /// @notice Adds msg.value to a threat's stake: a backer of a live threat that allows it, or a pledger of a
    /// gathering pool.
    /// @dev Requirements: Live (backers allowed) or Gathering before its gathering date; total <= cap and
    /// <= the engagement's maxStake; an allow-listed account when the threat has a list (`proof`).
    function join(uint256 id, bytes32[] calldata proof) external payable;

    /// @notice Takes back the caller's whole pledge from a gathering pool.
    function leave(uint256 id) external;

    /// @notice Makes a gathering pool live once its threshold is met (anyone, at or before its gathering date).
    function activate(uint256 id) external;

    /// @notice Pays the caller its share back after the threat was fulfilled, refunded or cancelled.
    function reclaim(uint256 id) external returns (uint256 amount);

    /// @notice Advances a threat by the rules; callable by anyone. Probabilistic: resolves the pending draws
    /// with `proof` (stopping at the first non-neutral outcome), then requests the draws now due (paying the
    /// beacon's fee from msg.value, see `drawFee`). Once every period up to the deadline is drawn, applies the
    /// timeout action; a commitment applies it at the deadline. A pool past its gathering date is cancelled.
    /// @dev Requirements: Gathering past its date, Live, or Claimed past its hold (else `Held`); msg.value >=
    /// `drawFee(id)` when a request is made. Whatever msg.value the request does not use is sent back (or, if
    /// that transfer fails, credited to `withdrawable`).
    /// @param proof The beacon's proof for the pending ticket (a block header for the block beacon), or empty.
    /// @return status The threat's status afterwards.
    function settle(uint256 id, bytes calldata proof) external payable returns (Status status);

    /// @notice Withdraws the caller's balance left by a failed transfer.
    function withdraw() external returns (uint256 amount);

    /// @notice Sets the NASH fee of a move: a decrease applies at once, an increase after FEE_DELAY
    /// (`applyFee`). Fee controller only.
    function setFee(Move move, uint96 fee) external;

    /// @notice Applies a scheduled fee increase whose delay has passed (anyone).
    function applyFee(Move move) external;

    /// @notice Allows or disallows a beacon for new probabilistic threats. Fee controller only.
    function setBeaconAllowed(IRandomnessBeacon beacon, bool allowed) external;

    /// @notice Hands the fee controller role to `next`. Fee controller only.
    function setFeeController(address next) external;

    /*//////////////////////////////////////////////////////////////
                                  VIEWS
    //////////////////////////////////////////////////////////////*/

    // The constants (PROB_SCALE, MIN_PERIOD, MAX_DURATION, MAX_HOLD, FEE_DELAY, ...), `nash()` and
    // `feeController()` are public getters of LevetrageBase.

    /// @notice The NASH fee of a move now, read by the UI before signing.
    function feeOf(Move move) external view returns (uint96);

    /// @notice A scheduled fee increase (zero when none).
    function pendingFeeOf(Move move) external view returns (uint96 fee, uint40 effectiveAt);

    /// @notice Whether `beacon` may be used by new threats.
    function isBeaconAllowed(IRandomnessBeacon beacon) external view returns (bool);

    /// @notice The id the next threat will get.
    function nextId() external view returns (uint256);

    /// @notice A threat's stored state and its odds (zero beacon for a commitment).
    function getThreat(uint256 id) external view returns (Threat memory threat, Odds memory odds);

    /// @notice A threat's rarely used state (backers, lapses, promise flag), its funding policy and its hold.
    function getThreatExtra(uint256 id)
        external
        view
        returns (ThreatExtra memory extra, Funding memory funding, bytes32 backersRoot, Claim memory claim);

    /// @notice The stake `account` added to threat `id` as a backer or pledger (not the maker's own share).
    function shareOf(uint256 id, address account) external view returns (uint256);

    /// @notice The EIP-712 digest of an engagement: its id in events and storage.
    function engagementIdOf(Engagement calldata engagement) external view returns (bytes32);

    /// @notice Threats an engagement accepted on chain may still back (0 when none or used up).
    function acceptedUses(bytes32 engagementId) external view returns (uint256);

    /// @notice Threats a signed multi-use engagement has backed so far.
    function signedUses(bytes32 engagementId) external view returns (uint256);

    /// @notice Whether `provider`'s nonce is consumed or revoked.
    function isNonceUsed(address provider, uint64 nonce) external view returns (bool);

    /// @notice How many periods of threat `id` are due now (capped by the deadline); 0 for a commitment.
    function duePeriods(uint256 id) external view returns (uint24);

    /// @notice The msg.value a `settle(id, ...)` that requests draws needs: the beacon's request fee (zero for
    /// a commitment or a beacon whose values are free). Sending it when no request follows costs nothing: it is
    /// sent back.
    function drawFee(uint256 id) external view returns (uint256);

    /// @notice Balance `account` can withdraw after a failed transfer.
    function withdrawable(address account) external view returns (uint256);
}
