// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Test, Vm} from "forge-std/Test.sol";
import {VRFCoordinatorV2_5Mock} from "@chainlink/contracts/src/v0.8/vrf/mocks/VRFCoordinatorV2_5Mock.sol";
import {SubscriptionAPI} from "@chainlink/contracts/src/v0.8/vrf/dev/SubscriptionAPI.sol";
import {VrfBeacon} from "../../src/beacons/VrfBeacon.sol";
import {IRandomnessBeacon} from "../../src/interfaces/IRandomnessBeacon.sol";
import {Availability} from "../../src/types/DataTypes.sol";

contract VrfBeaconTest is Test {
    VRFCoordinatorV2_5Mock internal coordinator;
    VrfBeacon internal beacon;
    uint256 internal subId;
    address internal registry = makeAddr("registry");
    bytes32 internal constant KEY_HASH = keccak256("gas lane");
    uint32 internal constant LAPSE = 100;
    uint32 internal constant CALLBACK_GAS = 100_000;
    /// @dev Native wei each request of `nativeBeacon` pays into the subscription (the mock charges its base fee
    /// of 0.001 ether plus the callback's gas at 1 gwei: ~0.00105 ether).
    uint256 internal constant FEE = 0.002 ether;
    VrfBeacon internal nativeBeacon;

    event Answered(uint48 indexed ticket, uint256 indexed requestId, bytes32 value);
    event AnswerIgnored(uint256 indexed requestId, uint48 indexed ticket, uint8 reason);
    event RandomWordsFulfilled(
        uint256 indexed requestId,
        uint256 outputSeed,
        uint256 indexed subId,
        uint96 payment,
        bool nativePayment,
        bool success,
        bool onlyPremium
    );

    function setUp() public {
        vm.roll(1000);
        coordinator = new VRFCoordinatorV2_5Mock(0.001 ether, 1e9, 4e15);
        subId = coordinator.createSubscription();
        coordinator.fundSubscription(subId, 100 ether);
        beacon = new VrfBeacon(address(coordinator), subId, KEY_HASH, CALLBACK_GAS, 3, registry, LAPSE, 0);
        coordinator.addConsumer(subId, address(beacon));
        nativeBeacon = new VrfBeacon(address(coordinator), subId, KEY_HASH, CALLBACK_GAS, 3, registry, LAPSE, FEE);
        coordinator.addConsumer(subId, address(nativeBeacon));
        vm.deal(registry, 100 ether);
    }

    function _request() internal returns (uint48 ticket, uint256 requestId) {
        vm.prank(registry);
        ticket = beacon.request();
        requestId = beacon.requestIdOf(ticket);
    }

    function _words(uint256 w) internal pure returns (uint256[] memory words) {
        words = new uint256[](1);
        words[0] = w;
    }

    function _assertAvailability(uint48 ticket, Availability expected, bytes32 expectedValue) internal view {
        (Availability a, bytes32 v) = beacon.resolve(ticket, "");
        assertEq(uint8(a), uint8(expected));
        assertEq(v, expectedValue);
    }

    /*////////////////////////////// configuration //////////////////////////////*/

    function test_Constructor_StoresImmutablesAndRejectsZeroes() public {
        assertEq(address(beacon.coordinator()), address(coordinator));
        assertEq(beacon.subscriptionId(), subId);
        assertEq(beacon.keyHash(), KEY_HASH);
        assertEq(beacon.callbackGasLimit(), CALLBACK_GAS);
        assertEq(beacon.requestConfirmations(), 3);
        assertEq(beacon.registry(), registry);
        assertEq(beacon.lapseBlocks(), LAPSE);
        assertEq(beacon.requestFee(), 0);
        assertEq(nativeBeacon.requestFee(), FEE);
        vm.expectRevert(VrfBeacon.InvalidConfig.selector);
        new VrfBeacon(address(0), subId, KEY_HASH, CALLBACK_GAS, 3, registry, LAPSE, 0);
        vm.expectRevert(VrfBeacon.InvalidConfig.selector);
        new VrfBeacon(address(coordinator), subId, KEY_HASH, CALLBACK_GAS, 3, address(0), LAPSE, 0);
        vm.expectRevert(VrfBeacon.InvalidConfig.selector);
        new VrfBeacon(address(coordinator), subId, KEY_HASH, 0, 3, registry, LAPSE, 0);
        vm.expectRevert(VrfBeacon.InvalidConfig.selector);
        new VrfBeacon(address(coordinator), subId, KEY_HASH, CALLBACK_GAS, 3, registry, 0, 0);
    }

    function test_NoCoordinatorSetter() public {
        // VRFConsumerBaseV2Plus exposes setCoordinator(address); this beacon must not have it (nor an owner).
        (bool ok,) = address(beacon).call(abi.encodeWithSignature("setCoordinator(address)", address(this)));
        assertFalse(ok);
        (ok,) = address(beacon).call(abi.encodeWithSignature("owner()"));
        assertFalse(ok);
        assertEq(address(beacon.coordinator()), address(coordinator));
    }

    /*////////////////////////////// request //////////////////////////////*/

    function test_Request_OnlyRegistry() public {
        vm.expectRevert(abi.encodeWithSelector(VrfBeacon.OnlyRegistry.selector, address(this)));
        beacon.request();
        address stranger = makeAddr("stranger");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(VrfBeacon.OnlyRegistry.selector, stranger));
        beacon.request();
    }

    function test_Request_IssuesSequentialTicketsForDistinctRequests() public {
        (uint48 t1, uint256 r1) = _request();
        (uint48 t2, uint256 r2) = _request();
        assertEq(t1, 1);
        assertEq(t2, 2);
        assertTrue(r1 != r2);
        assertEq(beacon.ticketOf(r1), t1);
        assertEq(beacon.ticketOf(r2), t2);
        (uint64 requestedAt, uint64 answeredAt) = beacon.ticketInfo(t1);
        assertEq(requestedAt, block.number);
        assertEq(answeredAt, 0);
        _assertAvailability(t1, Availability.Pending, 0);
    }

    /// A request pays exactly `requestFee`: the LINK-billed beacon takes no ETH, the native one its fee.
    function test_Request_WrongFeeReverts() public {
        vm.prank(registry);
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.WrongRequestFee.selector, 0, 1));
        beacon.request{value: 1}();
        vm.prank(registry);
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.WrongRequestFee.selector, FEE, FEE - 1));
        nativeBeacon.request{value: FEE - 1}();
        vm.prank(registry);
        vm.expectRevert(abi.encodeWithSelector(IRandomnessBeacon.WrongRequestFee.selector, FEE, 0));
        nativeBeacon.request();
    }

    /// Each native request funds the subscription with its own fee and is billed natively: it pays for itself.
    function test_NativeRequestFundsTheSubscription() public {
        (, uint96 nativeBefore,,,) = coordinator.getSubscription(subId);
        vm.prank(registry);
        uint48 ticket = nativeBeacon.request{value: FEE}();
        (uint96 linkBalance, uint96 nativeBalance,,,) = coordinator.getSubscription(subId);
        assertEq(nativeBalance, nativeBefore + FEE, "the fee went into the subscription");
        uint256 requestId = nativeBeacon.requestIdOf(ticket);
        vm.recordLogs();
        coordinator.fulfillRandomWords(requestId, address(nativeBeacon));
        (uint96 linkAfter, uint96 nativeAfter,,,) = coordinator.getSubscription(subId);
        assertEq(linkAfter, linkBalance, "no LINK used");
        assertLt(nativeAfter, nativeBalance, "billed natively");
        assertGt(nativeAfter, nativeBefore, "the fee covered the whole fulfilment");
        (Availability a,) = nativeBeacon.resolve(ticket, "");
        assertEq(uint8(a), uint8(Availability.Ready));
    }

    function test_Request_FailsWhenNotAConsumer() public {
        coordinator.removeConsumer(subId, address(beacon));
        vm.prank(registry);
        vm.expectRevert(abi.encodeWithSelector(SubscriptionAPI.InvalidConsumer.selector, subId, address(beacon)));
        beacon.request();
    }

    /*////////////////////////////// answers //////////////////////////////*/

    function test_Fulfil_ViaMock_MakesTicketReady() public {
        (uint48 ticket, uint256 requestId) = _request();
        vm.roll(block.number + 3);
        bytes32 expected = bytes32(uint256(keccak256(abi.encode(requestId, uint256(0))))); // the mock's word
        vm.expectEmit(true, true, false, true, address(beacon));
        emit Answered(ticket, requestId, expected);
        coordinator.fulfillRandomWords(requestId, address(beacon));
        _assertAvailability(ticket, Availability.Ready, expected);
        assertTrue(beacon.isDetermined(ticket));
    }

    function test_Fulfil_CallbackFitsGasLimit() public {
        (, uint256 requestId) = _request();
        vm.recordLogs();
        coordinator.fulfillRandomWordsWithOverride(requestId, address(beacon), _words(42));
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool found;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].topics[0] == RandomWordsFulfilled.selector) {
                (,,, bool success,) = abi.decode(logs[i].data, (uint256, uint96, bool, bool, bool));
                assertTrue(success, "callback ran out of gas or reverted");
                found = true;
            }
        }
        assertTrue(found);
    }

    function test_Fulfil_SecondAnswerIgnored_FirstKept() public {
        (uint48 ticket, uint256 requestId) = _request();
        coordinator.fulfillRandomWordsWithOverride(requestId, address(beacon), _words(111));
        vm.expectEmit(true, true, false, true, address(beacon));
        emit AnswerIgnored(requestId, ticket, beacon.IGNORED_DUPLICATE());
        vm.prank(address(coordinator));
        beacon.rawFulfillRandomWords(requestId, _words(222)); // does not revert
        _assertAvailability(ticket, Availability.Ready, bytes32(uint256(111)));
    }

    function test_Fulfil_LateAnswerIgnoredForGood() public {
        (uint48 ticket, uint256 requestId) = _request();
        vm.roll(block.number + LAPSE + 1);
        _assertAvailability(ticket, Availability.Lapsed, 0);
        vm.expectEmit(true, true, false, true, address(beacon));
        emit AnswerIgnored(requestId, ticket, beacon.IGNORED_LATE());
        coordinator.fulfillRandomWordsWithOverride(requestId, address(beacon), _words(7));
        _assertAvailability(ticket, Availability.Lapsed, 0);
        vm.roll(block.number + 1_000_000);
        _assertAvailability(ticket, Availability.Lapsed, 0);
        assertTrue(beacon.isDetermined(ticket));
    }

    function test_Fulfil_AnswerAtLastBlockOfWindowAccepted() public {
        (uint48 ticket, uint256 requestId) = _request();
        uint256 requestedAt = block.number;
        vm.roll(requestedAt + LAPSE);
        _assertAvailability(ticket, Availability.Pending, 0);
        coordinator.fulfillRandomWordsWithOverride(requestId, address(beacon), _words(9));
        _assertAvailability(ticket, Availability.Ready, bytes32(uint256(9)));
        vm.roll(requestedAt + LAPSE + 1);
        _assertAvailability(ticket, Availability.Ready, bytes32(uint256(9))); // answered in time: never lapses
    }

    function test_NeverAnswered_LapsesAfterWindow() public {
        (uint48 ticket,) = _request();
        uint256 requestedAt = block.number;
        vm.roll(requestedAt + LAPSE);
        _assertAvailability(ticket, Availability.Pending, 0);
        vm.roll(requestedAt + LAPSE + 1);
        _assertAvailability(ticket, Availability.Lapsed, 0);
    }

    function test_Callback_OnlyCoordinator() public {
        (, uint256 requestId) = _request();
        vm.expectRevert(abi.encodeWithSelector(VrfBeacon.OnlyCoordinator.selector, address(this), address(coordinator)));
        beacon.rawFulfillRandomWords(requestId, _words(5));
        address attacker = makeAddr("attacker");
        vm.prank(attacker);
        vm.expectRevert(abi.encodeWithSelector(VrfBeacon.OnlyCoordinator.selector, attacker, address(coordinator)));
        beacon.rawFulfillRandomWords(requestId, _words(5));
    }

    function test_Callback_UnknownRequestAndEmptyWordsIgnored() public {
        uint8 unknown = beacon.IGNORED_UNKNOWN();
        uint8 empty = beacon.IGNORED_EMPTY();
        vm.prank(address(coordinator));
        vm.expectEmit(true, true, false, true, address(beacon));
        emit AnswerIgnored(999, 0, unknown);
        beacon.rawFulfillRandomWords(999, _words(5));

        (uint48 ticket, uint256 requestId) = _request();
        vm.prank(address(coordinator));
        vm.expectEmit(true, true, false, true, address(beacon));
        emit AnswerIgnored(requestId, ticket, empty);
        beacon.rawFulfillRandomWords(requestId, new uint256[](0));
        _assertAvailability(ticket, Availability.Pending, 0);
        // A proper answer still counts afterwards.
        vm.prank(address(coordinator));
        beacon.rawFulfillRandomWords(requestId, _words(6));
        _assertAvailability(ticket, Availability.Ready, bytes32(uint256(6)));
    }

    function testFuzz_Callback_NeverRevertsForCoordinator(uint256 requestId, uint256[] calldata words, uint32 wait)
        public
    {
        _request();
        vm.roll(block.number + bound(wait, 0, 3 * LAPSE));
        vm.prank(address(coordinator));
        beacon.rawFulfillRandomWords(requestId, words);
    }

    /*////////////////////////////// determination //////////////////////////////*/

    function test_IsDetermined_FromBlockAfterRequest() public {
        assertFalse(beacon.isDetermined(1), "unknown ticket");
        (uint48 ticket, uint256 requestId) = _request();
        assertFalse(beacon.isDetermined(ticket), "same block as the request: seed not fixed yet");
        vm.roll(block.number + 1);
        assertTrue(beacon.isDetermined(ticket), "VRF output fixed once the request block is mined");
        coordinator.fulfillRandomWordsWithOverride(requestId, address(beacon), _words(1));
        assertTrue(beacon.isDetermined(ticket));
    }

    function test_UnknownTicketIsPending() public view {
        _assertAvailability(77, Availability.Pending, 0);
    }

    function testFuzz_ValueUniquePerTicket(uint256 first, uint256 second, uint32 delay1, uint32 delay2) public {
        (uint48 ticket, uint256 requestId) = _request();
        uint256 requestedAt = block.number;
        delay1 = uint32(bound(delay1, 0, 2 * LAPSE));
        delay2 = uint32(bound(delay2, delay1, 3 * LAPSE));
        vm.roll(requestedAt + delay1);
        vm.prank(address(coordinator));
        beacon.rawFulfillRandomWords(requestId, _words(first));
        vm.roll(requestedAt + delay2);
        vm.prank(address(coordinator));
        beacon.rawFulfillRandomWords(requestId, _words(second));
        (Availability a, bytes32 v) = beacon.resolve(ticket, "");
        if (delay1 <= LAPSE) {
            assertEq(uint8(a), uint8(Availability.Ready));
            assertEq(v, bytes32(first));
        } else {
            assertEq(uint8(a), uint8(Availability.Lapsed));
            assertEq(v, bytes32(0));
        }
    }

    /*////////////////////////////// gas //////////////////////////////*/

    function test_Gas_RequestCallbackResolve() public {
        vm.prank(registry);
        uint48 ticket = beacon.request();
        uint256 requestGas = vm.lastCallGas().gasTotalUsed;
        uint256 requestId = beacon.requestIdOf(ticket);
        vm.prank(address(coordinator));
        beacon.rawFulfillRandomWords(requestId, _words(123));
        uint256 callbackGas = vm.lastCallGas().gasTotalUsed;
        beacon.resolve(ticket, "");
        uint256 resolveGas = vm.lastCallGas().gasTotalUsed;
        emit log_named_uint("VRF request gas (incl. coordinator mock)", requestGas);
        emit log_named_uint("VRF callback gas", callbackGas);
        emit log_named_uint("VRF resolve gas (Ready)", resolveGas);
        assertLt(callbackGas, CALLBACK_GAS / 2, "callback must fit well within callbackGasLimit");
        assertLt(resolveGas, 10_000);
    }
}
