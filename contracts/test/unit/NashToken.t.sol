// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Test} from "forge-std/Test.sol";
import {NashToken} from "../../src/NashToken.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {ReentrantActor, RevertingReceiver} from "../utils/Receivers.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";

contract NashTokenTest is Test {
    uint256 internal constant SUPPLY = 1_000_000e18;
    NashToken internal nash;
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal payer = makeAddr("payer");

    function setUp() public {
        nash = new NashToken(alice, SUPPLY);
        vm.deal(payer, 1_000 ether);
    }

    function _distribute(uint256 amount) internal {
        vm.prank(payer);
        nash.distribute{value: amount}();
    }

    /// @dev Pro-rata shares are floored: below the exact value by less than 1 + 2 * supply / 2^64 wei
    /// (the per-share rounding, see NashToken), never above.
    function _assertShare(uint256 got, uint256 exact) internal pure {
        assertLe(got, exact, "never more than the exact share");
        assertApproxEqAbs(got, exact, 1 + 2 * SUPPLY / 2 ** 64, "within the documented rounding");
    }

    function test_Metadata() public view {
        assertEq(nash.name(), "Nash");
        assertEq(nash.symbol(), "NASH");
        assertEq(nash.decimals(), 18);
        assertEq(nash.totalSupply(), SUPPLY);
        assertEq(nash.balanceOf(alice), SUPPLY);
    }

    function test_DistributeProRata() public {
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 4);
        vm.expectEmit(address(nash));
        emit INashToken.Distributed(payer, 4 ether);
        _distribute(4 ether);
        _assertShare(nash.claimableOf(alice), 3 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
        _assertShare(nash.accumulativeOf(bob), 1 ether);
        assertEq(nash.totalDistributed(), 4 ether);
    }

    function test_TransferKeepsEarnedDividends() public {
        _distribute(2 ether);
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 2); // bob buys after the distribution: earns nothing from it
        _assertShare(nash.claimableOf(alice), 2 ether);
        assertEq(nash.claimableOf(bob), 0);
        _distribute(2 ether);
        _assertShare(nash.claimableOf(alice), 3 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
    }

    function test_BurnKeepsEarnedAndShrinksFutureBase() public {
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 2);
        _distribute(2 ether);
        vm.prank(bob);
        nash.burn(SUPPLY / 2); // bob keeps the 1 ether earned, drops out of later distributions
        _assertShare(nash.claimableOf(bob), 1 ether);
        _distribute(3 ether);
        _assertShare(nash.claimableOf(alice), 4 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
    }

    function test_BurnFromSpendsAllowance() public {
        vm.prank(alice);
        nash.approve(bob, 10e18);
        vm.prank(bob);
        nash.burnFrom(alice, 4e18);
        assertEq(nash.allowance(alice, bob), 6e18);
        assertEq(nash.totalSupply(), SUPPLY - 4e18);
    }

    function test_RevertWhen_BurnFromWithoutAllowance() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 0, 1));
        vm.prank(bob);
        nash.burnFrom(alice, 1);
    }

    function test_Claim() public {
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 4);
        _distribute(4 ether);
        uint256 due = nash.claimableOf(bob);
        _assertShare(due, 1 ether);
        vm.expectEmit(address(nash));
        emit INashToken.DividendClaimed(bob, due);
        vm.prank(bob);
        assertEq(nash.claim(), due);
        assertEq(bob.balance, due);
        assertEq(nash.claimableOf(bob), 0);
        assertEq(nash.accumulativeOf(bob), due, "accumulative counts claimed too");
        assertEq(nash.claimedOf(bob), due);
        _distribute(4 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
    }

    function test_RevertWhen_ClaimNothing() public {
        vm.expectRevert(abi.encodeWithSelector(INashToken.NothingToClaim.selector, bob));
        vm.prank(bob);
        nash.claim();
        _distribute(1 ether);
        vm.prank(alice);
        nash.claim();
        vm.expectRevert(abi.encodeWithSelector(INashToken.NothingToClaim.selector, alice));
        vm.prank(alice);
        nash.claim();
    }

    function test_RevertWhen_ClaimToRejectingAddress() public {
        RevertingReceiver rejecting = new RevertingReceiver();
        vm.prank(alice);
        nash.transfer(address(rejecting), SUPPLY / 2);
        _distribute(2 ether);
        uint256 due = nash.claimableOf(address(rejecting));
        vm.expectRevert(abi.encodeWithSelector(INashToken.EthTransferFailed.selector, address(rejecting), due));
        vm.prank(address(rejecting));
        nash.claim();
        assertEq(nash.claimableOf(address(rejecting)), due, "nothing lost");
    }

    function test_RevertWhen_DistributeWithNoSupply() public {
        vm.prank(alice);
        nash.burn(SUPPLY);
        vm.expectRevert(INashToken.NoSupply.selector);
        _distribute(1 ether);
    }

    function test_ReentrantClaimIsBlocked() public {
        ReentrantActor actor = new ReentrantActor(ILevetrage(address(1)), nash);
        vm.prank(alice);
        nash.transfer(address(actor), SUPPLY / 2);
        _distribute(2 ether);
        actor.arm(ReentrantActor.Attack.Claim, 0);
        actor.claim();
        assertEq(actor.attempts(), 1);
        assertEq(actor.successes(), 0);
        assertEq(bytes4(actor.lastError()), bytes4(keccak256("ReentrancyGuardReentrantCall()")));
        _assertShare(address(actor).balance, 1 ether);
        assertEq(address(nash).balance, 2 ether - address(actor).balance, "paid once; alice's share stays");
        assertEq(nash.claimableOf(address(actor)), 0);
    }

    function test_DustStaysBounded() public {
        // An awkward supply split and amounts that never divide evenly.
        vm.startPrank(alice);
        nash.transfer(bob, SUPPLY / 3);
        nash.transfer(carol, SUPPLY / 7);
        vm.stopPrank();
        for (uint256 i = 1; i <= 50; ++i) {
            _distribute(i * 1_000_003 + 7);
            if (i % 10 == 0) {
                vm.prank(bob);
                nash.transfer(carol, 12345e15);
            }
        }
        uint256 sum = nash.claimableOf(alice) + nash.claimableOf(bob) + nash.claimableOf(carol);
        assertLe(sum, address(nash).balance, "never owes more than it holds");
        assertLe(address(nash).balance - sum, 3 + 2 * nash.totalSupply() / 2 ** 64, "bounded dust");
        assertLt(nash.magnifiedRemainder(), nash.totalSupply());
    }

    /*//////////////////////////////////////////////////////////////
                                 ERC-20
    //////////////////////////////////////////////////////////////*/

    function test_TransferFrom() public {
        vm.prank(alice);
        nash.approve(bob, 5e18);
        vm.expectEmit(address(nash));
        emit IERC20.Transfer(alice, carol, 3e18);
        vm.prank(bob);
        assertTrue(nash.transferFrom(alice, carol, 3e18));
        assertEq(nash.balanceOf(carol), 3e18);
        assertEq(nash.allowance(alice, bob), 2e18);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, bob, 2e18, 3e18));
        vm.prank(bob);
        nash.transferFrom(alice, carol, 3e18);
    }

    function test_InfiniteAllowanceIsNotSpent() public {
        vm.prank(alice);
        nash.approve(bob, type(uint256).max);
        vm.prank(bob);
        nash.burnFrom(alice, 1e18);
        assertEq(nash.allowance(alice, bob), type(uint256).max);
    }

    function test_RevertWhen_TransferMoreThanBalance() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, 0, 1));
        vm.prank(bob);
        nash.transfer(alice, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, SUPPLY, SUPPLY + 1)
        );
        vm.prank(alice);
        nash.burn(SUPPLY + 1);
    }

    function test_RevertWhen_ZeroAddresses() public {
        vm.startPrank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        nash.transfer(address(0), 1);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidSpender.selector, address(0)));
        nash.approve(address(0), 1);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        nash.transferFrom(alice, address(0), 1);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        new NashToken(address(0), 1);
    }

    function test_RevertWhen_SupplyAbove96Bits() public {
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 96, 2 ** 96));
        new NashToken(alice, 2 ** 96);
    }

    function test_SelfTransferKeepsDividends() public {
        _distribute(1 ether);
        uint256 before = nash.claimableOf(alice);
        vm.prank(alice);
        nash.transfer(alice, SUPPLY / 2);
        assertEq(nash.claimableOf(alice), before);
        assertEq(nash.balanceOf(alice), SUPPLY);
    }

    function testFuzz_TransfersAndBurnsNeverMoveEarnedEth(uint96 a, uint96 b, uint96 burnt, uint64 eth1, uint64 eth2)
        public
    {
        uint256 toBob = bound(a, 0, SUPPLY);
        vm.prank(alice);
        nash.transfer(bob, toBob);
        _distribute(bound(eth1, 1, 100 ether));
        uint256 aliceEarned = nash.accumulativeOf(alice);
        uint256 bobEarned = nash.accumulativeOf(bob);
        uint256 toCarol = bound(b, 0, nash.balanceOf(bob));
        vm.prank(bob);
        nash.transfer(carol, toCarol);
        uint256 burned = bound(burnt, 0, nash.balanceOf(alice));
        vm.prank(alice);
        nash.burn(burned);
        assertEq(nash.accumulativeOf(alice), aliceEarned, "burning keeps alice's earnings");
        assertEq(nash.accumulativeOf(bob), bobEarned, "sending keeps bob's earnings");
        assertEq(nash.accumulativeOf(carol), 0, "carol earns only from now on");
        if (nash.totalSupply() == 0) return;
        _distribute(bound(eth2, 1, 100 ether));
        uint256 sum = nash.claimableOf(alice) + nash.claimableOf(bob) + nash.claimableOf(carol);
        assertLe(sum, address(nash).balance);
        assertLe(address(nash).balance - sum, 4 + 2 * SUPPLY / 2 ** 64);
    }
}
