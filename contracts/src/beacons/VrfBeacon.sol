// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IVRFCoordinatorV2Plus} from "@chainlink/contracts/src/v0.8/vrf/dev/interfaces/IVRFCoordinatorV2Plus.sol";
import {VRFV2PlusClient} from "@chainlink/contracts/src/v0.8/vrf/dev/libraries/VRFV2PlusClient.sol";
import {IRandomnessBeacon} from "../interfaces/IRandomnessBeacon.sol";
import {Availability} from "../types/DataTypes.sol";

/// @title VrfBeacon
/// @notice Chainlink VRF v2.5 adapter: the value of a ticket is the first random word of one VRF request.
/// The coordinator is immutable (no owner, no `setCoordinator`), only the registry may request (requests are
/// paid from the subscription), the callback never reverts and there is no re-request path: a request the
/// coordinator does not answer within `lapseBlocks` blocks lapses for good and a late answer is ignored,
/// so a ticket never has two values.
/// Who pays: with a non-zero `requestFee` every request pays that fee in native ETH into the subscription
/// (`fundSubscriptionWithNative`) and is billed natively, so requests pay for themselves and nobody can drain
/// what pays for another threat's draws (issue: a provider starving the shared subscription with its own tiny
/// threats). With a zero fee requests are billed in LINK to the subscription owner, as Chainlink's default.
/// @dev Implements the consumer side of `VRFConsumerBaseV2Plus` without inheriting it (that base has an
/// owner-settable coordinator). The subscription is managed on the coordinator by its owner, who must add
/// this contract as a consumer and keep the subscription funded.
contract VrfBeacon is IRandomnessBeacon {
    /// @notice State of one ticket, one slot.
    struct Ticket {
        uint64 requestedAt; // block of the request; 0 = no such ticket
        uint64 answeredAt; // block of the accepted answer; 0 = unanswered
    }

    /// @notice The VRF coordinator, fixed forever.
    IVRFCoordinatorV2Plus public immutable coordinator;
    /// @notice The subscription requests are paid from.
    uint256 public immutable subscriptionId;
    /// @notice The VRF key (gas lane) requests use.
    bytes32 public immutable keyHash;
    /// @notice Gas the coordinator forwards to `rawFulfillRandomWords`.
    uint32 public immutable callbackGasLimit;
    /// @notice Blocks the VRF node waits before answering.
    uint16 public immutable requestConfirmations;
    /// @notice The only caller of `request` (the Levetrage registry).
    address public immutable registry;
    /// @notice Blocks after the request in which an answer is accepted; afterwards the ticket is Lapsed.
    uint32 public immutable lapseBlocks;
    /// @notice Native wei each request pays into the subscription (0: billed in LINK to the subscription).
    uint256 public immutable requestFee;

    /// @notice The last ticket issued; tickets are 1, 2, 3, ...
    uint48 public lastTicket;
    /// @notice The ticket of each VRF request id.
    mapping(uint256 requestId => uint48 ticket) public ticketOf;
    /// @notice The VRF request id of each ticket.
    mapping(uint48 ticket => uint256 requestId) public requestIdOf;

    mapping(uint48 ticket => Ticket) private _tickets;
    mapping(uint48 ticket => bytes32) private _values;

    /// @notice A ticket was issued for VRF request `requestId`.
    event Requested(uint48 indexed ticket, uint256 indexed requestId);
    /// @notice The coordinator answered `ticket` in time; `value` is its value from now on.
    event Answered(uint48 indexed ticket, uint256 indexed requestId, bytes32 value);
    /// @notice An answer was ignored. `reason`: 1 unknown request, 2 already answered, 3 after the lapse window, 4 no words.
    event AnswerIgnored(uint256 indexed requestId, uint48 indexed ticket, uint8 reason);

    /// @notice `request` was called by someone other than the registry.
    error OnlyRegistry(address caller);
    /// @notice `rawFulfillRandomWords` was called by someone other than the coordinator.
    error OnlyCoordinator(address caller, address coordinator);
    /// @notice A constructor argument is unusable (zero address, zero callback gas or zero lapse window).
    error InvalidConfig();

    /// @notice Ignore reason of `AnswerIgnored`: the request id is unknown.
    uint8 public constant IGNORED_UNKNOWN = 1;
    /// @notice Ignore reason of `AnswerIgnored`: the request was already answered.
    uint8 public constant IGNORED_DUPLICATE = 2;
    /// @notice Ignore reason of `AnswerIgnored`: the answer came after the lapse window.
    uint8 public constant IGNORED_LATE = 3;
    /// @notice Ignore reason of `AnswerIgnored`: the answer carried no random word.
    uint8 public constant IGNORED_EMPTY = 4;

    /// @param coordinator_ The VRF v2.5 coordinator (immutable).
    /// @param subscriptionId_ The funded subscription this contract is a consumer of.
    /// @param keyHash_ The VRF key hash (gas lane).
    /// @param callbackGasLimit_ Gas for the callback (it stores one word: 100,000 is ample).
    /// @param requestConfirmations_ Blocks the VRF node waits before answering (reorg safety).
    /// @param registry_ The only address allowed to request.
    /// @param lapseBlocks_ Blocks after a request during which an answer is accepted.
    /// @param requestFee_ Native wei each request pays (0: LINK billing). Set it above a request's cost at the
    /// chain's gas prices: the surplus stays in the subscription.
    constructor(
        address coordinator_,
        uint256 subscriptionId_,
        bytes32 keyHash_,
        uint32 callbackGasLimit_,
        uint16 requestConfirmations_,
        address registry_,
        uint32 lapseBlocks_,
        uint256 requestFee_
    ) {
        if (coordinator_ == address(0) || registry_ == address(0) || callbackGasLimit_ == 0 || lapseBlocks_ == 0) {
            revert InvalidConfig();
        }
        coordinator = IVRFCoordinatorV2Plus(coordinator_);
        subscriptionId = subscriptionId_;
        keyHash = keyHash_;
        callbackGasLimit = callbackGasLimit_;
        requestConfirmations = requestConfirmations_;
        registry = registry_;
        lapseBlocks = lapseBlocks_;
        requestFee = requestFee_;
    }

    /// @notice Requests one random word from the coordinator, paying `requestFee` into the subscription (or, with
    /// a zero fee, billed in LINK to it). Registry only.
    /// @return ticket A new ticket (1, 2, 3, ...).
    function request() external payable returns (uint48 ticket) {
        if (msg.sender != registry) revert OnlyRegistry(msg.sender);
        uint256 fee = requestFee;
        if (msg.value != fee) revert WrongRequestFee(fee, msg.value);
        if (fee != 0) coordinator.fundSubscriptionWithNative{value: fee}(subscriptionId);
        uint256 requestId = coordinator.requestRandomWords(
            VRFV2PlusClient.RandomWordsRequest({
                keyHash: keyHash,
                subId: subscriptionId,
                requestConfirmations: requestConfirmations,
                callbackGasLimit: callbackGasLimit,
                numWords: 1,
                extraArgs: VRFV2PlusClient._argsToBytes(VRFV2PlusClient.ExtraArgsV1({nativePayment: fee != 0}))
            })
        );
        ticket = ++lastTicket;
        ticketOf[requestId] = ticket;
        requestIdOf[ticket] = requestId;
        _tickets[ticket] = Ticket({requestedAt: uint64(block.number), answeredAt: 0});
        emit Requested(ticket, requestId);
    }

    /// @notice The VRF callback. Only the coordinator may call it; it never reverts for the coordinator:
    /// an unknown request, a second answer, an answer after the lapse window or an empty answer is ignored
    /// and logged with `AnswerIgnored`.
    /// @param requestId The VRF request id.
    /// @param randomWords The random words; the first becomes the ticket's value.
    function rawFulfillRandomWords(uint256 requestId, uint256[] calldata randomWords) external {
        if (msg.sender != address(coordinator)) revert OnlyCoordinator(msg.sender, address(coordinator));
        uint48 ticket = ticketOf[requestId];
        Ticket memory t = _tickets[ticket];
        uint8 reason;
        if (ticket == 0) reason = IGNORED_UNKNOWN;
        else if (t.answeredAt != 0) reason = IGNORED_DUPLICATE;
        else if (block.number > uint256(t.requestedAt) + lapseBlocks) reason = IGNORED_LATE;
        else if (randomWords.length == 0) reason = IGNORED_EMPTY;
        if (reason != 0) {
            emit AnswerIgnored(requestId, ticket, reason);
            return;
        }
        bytes32 value = bytes32(randomWords[0]);
        _values[ticket] = value;
        _tickets[ticket].answeredAt = uint64(block.number);
        emit Answered(ticket, requestId, value);
    }

    /// @notice The value of `ticket`: Ready once answered in time, Lapsed once `lapseBlocks` blocks passed
    /// after the request without an answer, Pending before (also for a ticket never issued).
    /// @param ticket A ticket returned by `request`.
    /// @return availability Pending, Ready or Lapsed.
    /// @return value The first random word when Ready, zero otherwise.
    function resolve(uint48 ticket, bytes calldata) external view returns (Availability availability, bytes32 value) {
        Ticket memory t = _tickets[ticket];
        if (t.answeredAt != 0) return (Availability.Ready, _values[ticket]);
        if (t.requestedAt != 0 && block.number > uint256(t.requestedAt) + lapseBlocks) {
            return (Availability.Lapsed, bytes32(0));
        }
        return (Availability.Pending, bytes32(0));
    }

    /// @notice Whether the value of `ticket` is fixed. A VRF output is unique for its seed, which is fixed once
    /// the request's block is mined; the VRF node knows it from then on and its answer sits in the public
    /// mempool before it lands. So a ticket is determined from the block after its request (or once answered),
    /// which stops a terminator from front-running a visible answer with a fulfilment.
    /// @param ticket A ticket returned by `request`.
    function isDetermined(uint48 ticket) external view returns (bool) {
        Ticket memory t = _tickets[ticket];
        return t.answeredAt != 0 || (t.requestedAt != 0 && block.number > t.requestedAt);
    }

    /// @notice The block of a ticket's request and of its accepted answer (zero when none).
    function ticketInfo(uint48 ticket) external view returns (uint64 requestedAt, uint64 answeredAt) {
        Ticket memory t = _tickets[ticket];
        return (t.requestedAt, t.answeredAt);
    }
}
