// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {ILevetrageErrors, ILevetrageEvents} from "../../src/interfaces/ILevetrage.sol";
import {Action, Status, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {FlashForfeitMaker, FlashLender} from "../utils/Accounts.sol";

/// @notice Security review #12(d): a maker who flash-borrows NASH around her own forfeit took back ~40 % of it
/// in v1 (dividends were credited to the balances of the very moment of the distribution). Now a forfeit is
/// shared by the balances at the end of its block, so a loan repaid within the block earns nothing and every
/// holder at the end of the block gets exactly its pro-rata share.
contract ForfeitDividendsTest is BaseTest, ILevetrageEvents, ILevetrageErrors {
    uint256 internal constant FORFEIT = 10 ether;
    FlashLender internal lender;

    function setUp() public override {
        super.setUp();
        vm.roll(1000);
        lender = new FlashLender(nash);
        vm.startPrank(holder);
        nash.transfer(address(lender), SUPPLY * 40 / 100); // a lending pool with 40 % of all NASH
        nash.transfer(holder2, SUPPLY * 10 / 100);
        vm.stopPrank(); // holder keeps 50 %
    }

    function _assertShare(address who, uint256 exact) internal view {
        uint256 got = nash.claimableOf(who);
        assertLe(got, exact, "never more than the exact share");
        assertApproxEqAbs(got, exact, 1 + 2 * SUPPLY / 2 ** 64, "pro rata within the documented rounding");
    }

    /// The exploit from the review, in one transaction: borrow 40 %, settle the forfeit, (try to) claim, repay.
    function test_FlashLoanAroundOwnForfeitEarnsNothing() public {
        FlashForfeitMaker attacker = new FlashForfeitMaker(registry, nash, lender);
        vm.deal(address(attacker), FORFEIT);
        ThreatParams memory params = _params(Action.Forfeit);
        params.beneficiary = address(attacker);
        vm.prank(address(attacker));
        uint256 id = attacker.create{value: FORFEIT}(params);
        vm.warp(_threat(id).deadline);

        attacker.attack(id, SUPPLY * 40 / 100);
        _assertStatus(id, Status.Forfeited);
        assertEq(attacker.claimedInBlock(), 0, "nothing claimable within the block");
        assertEq(nash.balanceOf(address(attacker)), 0);
        assertEq(nash.balanceOf(address(lender)), SUPPLY * 40 / 100, "repaid");

        vm.roll(block.number + 1);
        assertEq(nash.claimableOf(address(attacker)), 0, "the borrower gets nothing of its forfeit");
        _assertShare(holder, FORFEIT * 50 / 100);
        _assertShare(holder2, FORFEIT * 10 / 100);
        _assertShare(address(lender), FORFEIT * 40 / 100);
        uint256 sum = nash.claimableOf(holder) + nash.claimableOf(holder2) + nash.claimableOf(address(lender));
        assertLe(sum, FORFEIT);
        assertGe(sum + 3 + 2 * SUPPLY / 2 ** 64, FORFEIT, "the whole forfeit is shared");
    }

    /// The same with plain transfers in separate transactions of one block (a borrow, the settle, the repay).
    function test_BorrowedWithinTheBlockEarnsNothing() public {
        uint256 id = _createWith(_params(Action.Forfeit), FORFEIT);
        vm.warp(_threat(id).deadline);
        vm.prank(holder2);
        nash.transfer(maker, SUPPLY * 10 / 100);
        _settle(maker, id);
        vm.prank(maker);
        nash.transfer(holder2, SUPPLY * 10 / 100);
        vm.roll(block.number + 1);
        assertEq(nash.claimableOf(maker), 0);
        _assertShare(holder, FORFEIT * 50 / 100);
        _assertShare(holder2, FORFEIT * 10 / 100);
        _assertShare(address(lender), FORFEIT * 40 / 100);
    }

    /// NASH held across the block boundary is a real position (bought with price risk): it earns its share.
    function test_HeldAcrossTheBlockEarnsItsShare() public {
        uint256 id = _createWith(_params(Action.Forfeit), FORFEIT);
        vm.warp(_threat(id).deadline);
        vm.prank(holder2);
        nash.transfer(maker, SUPPLY * 10 / 100);
        _settle(maker, id);
        vm.roll(block.number + 1);
        vm.prank(maker);
        nash.transfer(holder2, SUPPLY * 10 / 100); // returned one block later
        _assertShare(maker, FORFEIT * 10 / 100);
        assertEq(nash.claimableOf(holder2), 0);
    }

    /// The registry pays forfeits and burns fees but can never hold NASH (it could never claim).
    function test_RegistryCannotHoldNash() public {
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InvalidReceiver.selector, address(registry)));
        vm.prank(holder);
        nash.transfer(address(registry), 1);
    }

    /// Two forfeits in one block are shared together, by that block's closing balances.
    function test_TwoForfeitsInOneBlock() public {
        uint256 a = _createWith(_params(Action.Forfeit), 1 ether);
        uint256 b = _createWith(_params(Action.Forfeit), 3 ether);
        vm.warp(_threat(a).deadline);
        _settle(anyone, a);
        _settle(anyone, b);
        assertEq(nash.pendingDistribution(), 4 ether);
        vm.roll(block.number + 1);
        _assertShare(holder, 2 ether);
        _assertShare(holder2, 0.4 ether);
    }
}
