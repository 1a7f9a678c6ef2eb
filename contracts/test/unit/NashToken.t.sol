// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Test} from "forge-std/Test.sol";
import {NashToken} from "../../src/NashToken.sol";
import {INashToken} from "../../src/interfaces/INashToken.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {ReentrantActor, RevertingReceiver} from "../utils/Receivers.sol";
import {EthRejectingHolder} from "../utils/Accounts.sol";

/// @notice The NASH token alone: ERC-20, fee burns, dividends with the end-of-block checkpoint, claimTo and
/// exclusion. Distributions are shared from the next block on (`vm.roll(block.number + 1)`).
contract NashTokenTest is Test {
    uint256 internal constant SUPPLY = 1_000_000e18;
    NashToken internal nash;
    address internal registry = makeAddr("registry");
    address internal excluder = makeAddr("excluder");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");
    address internal payer = makeAddr("payer");

    event ExcludedFromDividends(address indexed account, uint256 earned);
    event ExcluderChanged(address indexed previous, address indexed next);

    function setUp() public {
        vm.roll(100);
        nash = new NashToken(alice, SUPPLY, registry, excluder);
        vm.deal(payer, 1_000 ether);
    }

    function _distribute(uint256 amount) internal {
        vm.prank(payer);
        nash.distribute{value: amount}();
    }

    /// @dev Distributes and moves to the next block, where the amount is shared.
    function _distributeAndRoll(uint256 amount) internal {
        _distribute(amount);
        vm.roll(block.number + 1);
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
        assertEq(nash.registry(), registry);
        assertEq(nash.excluder(), excluder);
    }

    function test_DistributeProRata() public {
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 4);
        vm.expectEmit(address(nash));
        emit INashToken.Distributed(payer, 4 ether);
        _distributeAndRoll(4 ether);
        _assertShare(nash.claimableOf(alice), 3 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
        _assertShare(nash.accumulativeOf(bob), 1 ether);
        assertEq(nash.totalDistributed(), 4 ether);
    }

    /*//////////////////////////////////////////////////////////////
                     THE END-OF-BLOCK CHECKPOINT
    //////////////////////////////////////////////////////////////*/

    /// A distribution waits for the next block: nothing is claimable in its own block.
    function test_DistributionIsPendingUntilTheNextBlock() public {
        _distribute(2 ether);
        assertEq(nash.pendingDistribution(), 2 ether);
        assertEq(nash.claimableOf(alice), 0);
        uint256 perShare = nash.magnifiedPerShare();
        assertEq(perShare, 0);
        vm.expectRevert(abi.encodeWithSelector(INashToken.NothingToClaim.selector, alice));
        vm.prank(alice);
        nash.claim();
        vm.roll(block.number + 1);
        assertEq(nash.pendingDistribution(), 0, "released (in views) once a later block began");
        _assertShare(nash.claimableOf(alice), 2 ether);
        assertGt(nash.magnifiedPerShare(), 0);
    }

    /// Shared by the balances at the END of the distribution's block: who sells after it within the block
    /// gets nothing, who buys within the block gets the share.
    function test_SharedByEndOfBlockBalances() public {
        _distribute(4 ether);
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 4); // same block, after the distribution
        vm.roll(block.number + 1);
        _assertShare(nash.claimableOf(alice), 3 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
    }

    /// A balance change in a later block releases the pending amount first, by the old balances.
    function test_ReleasedBeforeTheFirstChangeOfALaterBlock() public {
        _distribute(4 ether);
        vm.roll(block.number + 1);
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 2); // releases (alice held it all), then moves
        _assertShare(nash.claimableOf(alice), 4 ether);
        assertEq(nash.claimableOf(bob), 0);
        _distributeAndRoll(2 ether);
        _assertShare(nash.claimableOf(alice), 5 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
    }

    function test_DistributionsOfOneBlockAccumulate() public {
        _distribute(1 ether);
        _distribute(2 ether);
        assertEq(nash.pendingDistribution(), 3 ether);
        vm.roll(block.number + 1);
        _distribute(5 ether); // releases the 3 of the previous block first
        assertEq(nash.pendingDistribution(), 5 ether);
        _assertShare(nash.claimableOf(alice), 3 ether);
        vm.roll(block.number + 1);
        _assertShare(nash.claimableOf(alice), 8 ether);
        assertEq(nash.totalDistributed(), 8 ether);
    }

    /// A flash loan (borrowed and repaid within the block of the distribution) earns nothing.
    function test_FlashBalanceEarnsNothing() public {
        vm.prank(alice);
        nash.transfer(carol, SUPPLY * 4 / 10); // carol: a lender holding 40 %
        vm.prank(carol);
        nash.transfer(bob, SUPPLY * 4 / 10); // bob borrows it ...
        _distribute(10 ether); // ... holds 40 % when the ETH arrives ...
        vm.prank(bob);
        nash.transfer(carol, SUPPLY * 4 / 10); // ... and repays in the same block
        vm.roll(block.number + 1);
        assertEq(nash.claimableOf(bob), 0, "the borrower gets nothing");
        _assertShare(nash.claimableOf(alice), 6 ether);
        _assertShare(nash.claimableOf(carol), 4 ether);
    }

    /*//////////////////////////////////////////////////////////////
                              DIVIDENDS
    //////////////////////////////////////////////////////////////*/

    function test_TransferKeepsEarnedDividends() public {
        _distributeAndRoll(2 ether);
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 2); // bob buys after the distribution: earns nothing from it
        _assertShare(nash.claimableOf(alice), 2 ether);
        assertEq(nash.claimableOf(bob), 0);
        _distributeAndRoll(2 ether);
        _assertShare(nash.claimableOf(alice), 3 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
    }

    function test_BurnKeepsEarnedAndShrinksFutureBase() public {
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 2);
        _distributeAndRoll(2 ether);
        vm.prank(bob);
        nash.burn(SUPPLY / 2); // bob keeps the 1 ether earned, drops out of later distributions
        _assertShare(nash.claimableOf(bob), 1 ether);
        _distributeAndRoll(3 ether);
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

    /// burnFee: only the registry, and without any allowance (the maker's own fee, capped by her maxFee).
    function test_BurnFeeOnlyByTheRegistry() public {
        vm.expectRevert(abi.encodeWithSelector(NashToken.NotRegistry.selector, bob));
        vm.prank(bob);
        nash.burnFee(alice, 1e18);
        vm.expectEmit(address(nash));
        emit IERC20.Transfer(alice, address(0), 1e18);
        vm.prank(registry);
        nash.burnFee(alice, 1e18);
        assertEq(nash.totalSupply(), SUPPLY - 1e18);
        assertEq(nash.allowance(alice, registry), 0);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, 0, 1));
        vm.prank(registry);
        nash.burnFee(bob, 1);
    }

    function test_Claim() public {
        vm.prank(alice);
        nash.transfer(bob, SUPPLY / 4);
        _distributeAndRoll(4 ether);
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
        _distributeAndRoll(4 ether);
        _assertShare(nash.claimableOf(bob), 1 ether);
    }

    function test_RevertWhen_ClaimNothing() public {
        vm.expectRevert(abi.encodeWithSelector(INashToken.NothingToClaim.selector, bob));
        vm.prank(bob);
        nash.claim();
        _distributeAndRoll(1 ether);
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
        _distributeAndRoll(2 ether);
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
        _distributeAndRoll(2 ether);
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
            if (i % 3 == 0) vm.roll(block.number + 1); // sometimes several in one block
            if (i % 10 == 0) {
                vm.prank(bob);
                nash.transfer(carol, 12345e15);
            }
        }
        vm.roll(block.number + 1);
        uint256 sum = nash.claimableOf(alice) + nash.claimableOf(bob) + nash.claimableOf(carol);
        assertLe(sum, address(nash).balance, "never owes more than it holds");
        assertLe(address(nash).balance - sum, 3 + 2 * nash.totalSupply() / 2 ** 64, "bounded dust");
        assertLt(nash.magnifiedRemainder(), nash.totalSupply());
    }

    /*//////////////////////////////////////////////////////////////
                   STUCK DIVIDENDS (REVIEW #12 e)
    //////////////////////////////////////////////////////////////*/

    /// Neither the token itself nor the registry can ever claim: they cannot receive NASH at all.
    function test_RevertWhen_TransferToTokenOrRegistry() public {
        vm.startPrank(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(nash)));
        nash.transfer(address(nash), 1);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, registry));
        nash.transfer(registry, 1);
        nash.approve(bob, 10);
        vm.stopPrank();
        vm.startPrank(bob);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(nash)));
        nash.transferFrom(alice, address(nash), 1);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, registry));
        nash.transferFrom(alice, registry, 1);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, registry));
        new NashToken(registry, SUPPLY, registry, excluder);
    }

    /// A holder contract that cannot take ETH claims its dividends to another address.
    function test_ClaimToForEthRejectingHolder() public {
        EthRejectingHolder vault = new EthRejectingHolder(nash);
        vm.prank(alice);
        nash.transfer(address(vault), SUPPLY / 2);
        _distributeAndRoll(2 ether);
        uint256 due = nash.claimableOf(address(vault));
        _assertShare(due, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(INashToken.EthTransferFailed.selector, address(vault), due));
        vault.claim();
        vm.expectEmit(address(nash));
        emit INashToken.DividendClaimed(address(vault), due);
        assertEq(vault.claimTo(carol), due);
        assertEq(carol.balance, due);
        assertEq(nash.claimableOf(address(vault)), 0);
        assertEq(nash.claimedOf(address(vault)), due);
        vm.expectRevert(abi.encodeWithSelector(INashToken.NothingToClaim.selector, address(vault)));
        vault.claimTo(carol);
        vm.expectRevert(abi.encodeWithSelector(INashToken.EthTransferFailed.selector, address(0), 0));
        vault.claimTo(address(0));
    }

    /// An excluded contract (an AMM pair that can never claim) keeps what it earned and stops earning; its
    /// share of later forfeits goes to the others.
    function test_ExcludeFromDividends() public {
        EthRejectingHolder pair = new EthRejectingHolder(nash);
        vm.startPrank(alice);
        nash.transfer(address(pair), SUPPLY / 4);
        nash.transfer(bob, SUPPLY / 4);
        vm.stopPrank();
        _distributeAndRoll(4 ether);
        uint256 earned = nash.claimableOf(address(pair));
        _assertShare(earned, 1 ether);

        vm.expectEmit(address(nash));
        emit ExcludedFromDividends(address(pair), earned);
        vm.prank(excluder);
        nash.excludeFromDividends(address(pair));
        assertTrue(nash.isExcluded(address(pair)));
        assertEq(nash.excludedSupply(), SUPPLY / 4);
        assertEq(nash.accumulativeOf(address(pair)), earned, "the past is kept");

        _distributeAndRoll(3 ether); // shared by the other 75 %
        assertEq(nash.accumulativeOf(address(pair)), earned, "no future accrual");
        _assertShare(nash.claimableOf(alice), 2 ether + 2 ether); // 1/2 then 2/3
        _assertShare(nash.claimableOf(bob), 1 ether + 1 ether); // 1/4 then 1/3

        // Moving NASH out of or into the excluded account keeps everything consistent.
        pair.transfer(carol, SUPPLY / 8);
        assertEq(nash.excludedSupply(), SUPPLY / 8);
        assertEq(nash.accumulativeOf(address(pair)), earned);
        assertEq(nash.claimableOf(carol), 0);
        vm.prank(alice);
        nash.transfer(address(pair), SUPPLY / 8);
        assertEq(nash.excludedSupply(), SUPPLY / 4);
        _distributeAndRoll(3 ether); // alice 3/8, bob 2/8, carol 1/8 of the whole supply: 3/6, 2/6, 1/6
        assertEq(nash.accumulativeOf(address(pair)), earned);
        _assertShare(nash.claimableOf(carol), 0.5 ether);
        uint256 sum = nash.claimableOf(alice) + nash.claimableOf(bob) + nash.claimableOf(carol) + earned;
        assertLe(sum, address(nash).balance);
        // What it earned before can still be claimed to another address.
        pair.claimTo(carol);
        assertEq(nash.claimableOf(address(pair)), 0);
    }

    /// A distribution pending from an earlier block is released before the exclusion: the excluded contract
    /// keeps that share too.
    function test_ExclusionReleasesPendingFirst() public {
        EthRejectingHolder pair = new EthRejectingHolder(nash);
        vm.prank(alice);
        nash.transfer(address(pair), SUPPLY / 2);
        _distributeAndRoll(2 ether);
        vm.prank(excluder);
        nash.excludeFromDividends(address(pair));
        _assertShare(nash.accumulativeOf(address(pair)), 1 ether);
    }

    function test_RevertWhen_ExcludeByOtherOrAnAccountOrTwice() public {
        EthRejectingHolder pair = new EthRejectingHolder(nash);
        vm.expectRevert(abi.encodeWithSelector(NashToken.NotExcluder.selector, alice));
        vm.prank(alice);
        nash.excludeFromDividends(address(pair));
        vm.expectRevert(abi.encodeWithSelector(NashToken.CannotExclude.selector, bob));
        vm.prank(excluder);
        nash.excludeFromDividends(bob); // an account can always claim: never excluded
        vm.prank(excluder);
        nash.excludeFromDividends(address(pair));
        vm.expectRevert(abi.encodeWithSelector(NashToken.CannotExclude.selector, address(pair)));
        vm.prank(excluder);
        nash.excludeFromDividends(address(pair)); // irreversible and once only (no include function)
    }

    function test_RevertWhen_DistributeWithAllSupplyExcluded() public {
        EthRejectingHolder pair = new EthRejectingHolder(nash);
        vm.prank(alice);
        nash.transfer(address(pair), SUPPLY);
        vm.prank(excluder);
        nash.excludeFromDividends(address(pair));
        vm.expectRevert(INashToken.NoSupply.selector);
        _distribute(1 ether);
    }

    function test_SetExcluderAndRenounce() public {
        address next = makeAddr("next");
        vm.expectRevert(abi.encodeWithSelector(NashToken.NotExcluder.selector, alice));
        vm.prank(alice);
        nash.setExcluder(alice);
        vm.expectEmit(address(nash));
        emit ExcluderChanged(excluder, next);
        vm.prank(excluder);
        nash.setExcluder(next);
        assertEq(nash.excluder(), next);
        vm.prank(next);
        nash.setExcluder(address(0));
        assertEq(nash.excluder(), address(0));
        EthRejectingHolder pair = new EthRejectingHolder(nash);
        vm.expectRevert(abi.encodeWithSelector(NashToken.NotExcluder.selector, next));
        vm.prank(next);
        nash.excludeFromDividends(address(pair));
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
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidSender.selector, address(0)));
        nash.burnFrom(address(0), 1);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(0)));
        new NashToken(address(0), 1, registry, excluder);
    }

    function test_RevertWhen_SupplyAbove95Bits() public {
        vm.expectRevert(abi.encodeWithSelector(SafeCast.SafeCastOverflowedUintDowncast.selector, 95, 2 ** 95));
        new NashToken(alice, 2 ** 95, registry, excluder);
        new NashToken(alice, 2 ** 95 - 1, registry, excluder);
    }

    function test_SelfTransferKeepsDividends() public {
        _distributeAndRoll(1 ether);
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
        _distributeAndRoll(bound(eth1, 1, 100 ether));
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
        _distributeAndRoll(bound(eth2, 1, 100 ether));
        uint256 sum = nash.claimableOf(alice) + nash.claimableOf(bob) + nash.claimableOf(carol);
        assertLe(sum, address(nash).balance);
        assertLe(address(nash).balance - sum, 4 + 2 * SUPPLY / 2 ** 64);
    }

    /// Whatever moves inside the distribution's block, only the end-of-block balances share it.
    function testFuzz_OnlyEndOfBlockBalancesShare(uint96 lend, uint96 keep, uint64 eth) public {
        uint256 lent = bound(lend, 1, SUPPLY);
        uint256 kept = bound(keep, 0, lent);
        uint256 amount = bound(eth, 1e9, 100 ether);
        vm.prank(alice);
        nash.transfer(bob, lent);
        _distribute(amount);
        vm.prank(bob);
        nash.transfer(alice, lent - kept); // bob keeps `kept` past the block
        vm.roll(block.number + 1);
        _assertShare(nash.claimableOf(bob), amount * kept / SUPPLY);
        _assertShare(nash.claimableOf(alice), amount * (SUPPLY - kept) / SUPPLY);
    }
}
