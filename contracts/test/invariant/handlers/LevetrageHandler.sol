// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {Levetrage} from "../../../src/Levetrage.sol";
import {NashToken} from "../../../src/NashToken.sol";
import {Action, Availability, CommitmentParams, OddsParams, Status, Threat} from "../../../src/types/DataTypes.sol";
import {TestBeacon} from "../../utils/TestBeacon.sol";
import {RevertingReceiver} from "../../utils/Receivers.sol";

/// @notice Drives the registry, the NASH token and the test beacon in random order with time warps, keeping
/// ghost accounting the invariants compare against. Violations seen inside a call are latched in flags
/// (a failing assert in a handler would just be a discarded revert).
contract LevetrageHandler is CommonBase, StdCheats, StdUtils {
    Levetrage public immutable registry;
    NashToken public immutable nash;
    TestBeacon public immutable beacon;
    RevertingReceiver public immutable stubborn; // a provider that rejects ETH until it changes its mind

    address[] public makers;
    address[] public providers;
    address[] public terminators;
    address[] public holders;
    address[] public outsiders;

    uint256[] public ids;
    mapping(uint256 id => uint256) public ghostStake;
    mapping(uint256 id => Status) public ghostStatus;
    mapping(uint256 id => uint24) public ghostSettled;
    mapping(uint256 id => mapping(address => bool)) public ghostIsTerminator;
    mapping(uint256 id => uint256) public ghostEndings; // how many times the stake left (must be <= 1)

    uint256 public ghostStaked;
    uint256 public ghostRefunded; // Fulfilled or Refunded
    uint256 public ghostEscalated;
    uint256 public ghostForfeited;
    uint256 public ghostClaimed;
    uint256 public ghostWithdrawn;

    bool public statusRegressed;
    bool public settledRegressed;
    bool public nonTerminatorFulfilled;
    bool public doubleEnding;

    mapping(bytes32 => uint256) public calls;

    constructor(Levetrage registry_, NashToken nash_, TestBeacon beacon_, address[] memory holders_) {
        registry = registry_;
        nash = nash_;
        beacon = beacon_;
        stubborn = new RevertingReceiver();
        holders = holders_;
        for (uint256 i; i < 3; ++i) {
            makers.push(makeAddr(string.concat("maker", vm.toString(i))));
            terminators.push(makeAddr(string.concat("terminator", vm.toString(i))));
            outsiders.push(makeAddr(string.concat("outsider", vm.toString(i))));
        }
        providers.push(makeAddr("provider0"));
        providers.push(makeAddr("provider1"));
        providers.push(address(stubborn));
    }

    /*//////////////////////////////////////////////////////////////
                                HELPERS
    //////////////////////////////////////////////////////////////*/

    function idCount() external view returns (uint256) {
        return ids.length;
    }

    function _pick(address[] storage list, uint256 seed) internal view returns (address) {
        return list[seed % list.length];
    }

    function _params(uint256 seed) internal returns (CommitmentParams memory params) {
        uint256 count = 1 + seed % 3;
        address[] memory list = new address[](count);
        for (uint256 i; i < count; ++i) {
            list[i] = terminators[(seed / 7 + i) % terminators.length];
        }
        params = CommitmentParams({
            provider: _pick(providers, seed / 3),
            agreementHash: keccak256(abi.encode("agreement", seed)),
            terminators: list,
            deadline: uint40(block.timestamp + _bound(seed / 11, 1 hours, 7 days)),
            timeoutAction: Action((seed / 13) % 3),
            terms: "handler terms"
        });
        ++calls["params"];
    }

    function _recordCreated(uint256 id, CommitmentParams memory params, uint256 stake) internal {
        ids.push(id);
        ghostStake[id] = stake;
        ghostStatus[id] = Status.Live;
        ghostStaked += stake;
        for (uint256 i; i < params.terminators.length; ++i) {
            ghostIsTerminator[id][params.terminators[i]] = true;
        }
    }

    /// @dev Compares a threat's status and settled periods with the ghost copy and books any ending.
    function _observe(uint256 id) internal {
        (Threat memory t,) = registry.getThreat(id);
        Status before = ghostStatus[id];
        if (t.settledPeriods < ghostSettled[id]) settledRegressed = true;
        ghostSettled[id] = t.settledPeriods;
        if (t.status == before) return;
        if (before != Status.Live || t.status == Status.None || t.status == Status.Live) {
            statusRegressed = true;
            return;
        }
        ghostStatus[id] = t.status;
        if (++ghostEndings[id] > 1) doubleEnding = true;
        uint256 stake = ghostStake[id];
        if (t.status == Status.Escalated) ghostEscalated += stake;
        else if (t.status == Status.Forfeited) ghostForfeited += stake;
        else ghostRefunded += stake;
    }

    function _id(uint256 seed) internal view returns (uint256) {
        return ids[seed % ids.length];
    }

    /// @dev Three calls in four aim at a live threat (the first live one from `seed`), the rest at any threat.
    function _target(uint256 seed) internal view returns (uint256) {
        if (seed % 4 == 0) return _id(seed / 4);
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[(seed + i) % ids.length];
            if (ghostStatus[id] == Status.Live) return id;
        }
        return _id(seed);
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    function createCommitment(uint256 seed, uint96 stake) external {
        stake = uint96(_bound(stake, 1, 10 ether));
        address maker = _pick(makers, seed);
        CommitmentParams memory params = _params(seed);
        vm.deal(maker, maker.balance + stake);
        vm.prank(maker);
        uint256 id = registry.createCommitment{value: stake}(params);
        _recordCreated(id, params, stake);
        ++calls["createCommitment"];
    }

    function createProbabilistic(uint256 seed, uint96 stake, uint32 pEscalate, uint32 pTerminate, uint32 period)
        external
    {
        stake = uint96(_bound(stake, 1, 10 ether));
        address maker = _pick(makers, seed);
        CommitmentParams memory params = _params(seed);
        uint256 window = params.deadline - block.timestamp;
        OddsParams memory odds = OddsParams({
            beacon: beacon,
            period: uint32(_bound(period, 60, window < 1 days ? window : 1 days)),
            pEscalate: uint32(_bound(pEscalate, 1, 300_000_000)),
            pTerminate: uint32(_bound(pTerminate, 0, 300_000_000))
        });
        vm.deal(maker, maker.balance + stake);
        vm.prank(maker);
        uint256 id = registry.createProbabilistic{value: stake}(params, odds);
        _recordCreated(id, params, stake);
        ++calls["createProbabilistic"];
    }

    function fulfil(uint256 idSeed, uint256 callerSeed) external {
        if (ids.length == 0) return;
        uint256 id = _target(idSeed);
        // Mostly terminators, sometimes anybody else.
        address caller = callerSeed % 4 == 0
            ? (callerSeed % 8 == 0 ? _pick(makers, callerSeed / 8) : _pick(outsiders, callerSeed / 8))
            : _pick(terminators, callerSeed / 4);
        vm.prank(caller);
        try registry.fulfil(id) {
            if (!ghostIsTerminator[id][caller]) nonTerminatorFulfilled = true;
            ++calls["fulfil.ok"];
        } catch {
            ++calls["fulfil.reverted"];
        }
        _observe(id);
    }

    function settle(uint256 idSeed, uint256 callerSeed) external {
        if (ids.length == 0) return;
        uint256 id = _target(idSeed);
        vm.prank(_pick(outsiders, callerSeed));
        try registry.settle(id, "") {
            ++calls["settle.ok"];
        } catch {
            ++calls["settle.reverted"];
        }
        _observe(id);
    }

    /// @dev The beacon fixes the value of some threat's pending ticket, or lets it lapse, or marks it determined.
    function beaconProgress(uint256 idSeed, bytes32 value, uint8 mode) external {
        if (ids.length == 0) return;
        Threat memory t;
        for (uint256 i; i < ids.length; ++i) {
            (t,) = registry.getThreat(ids[(idSeed + i) % ids.length]);
            if (t.status == Status.Live && t.pendingThrough > t.settledPeriods) break;
        }
        if (t.status != Status.Live || t.pendingThrough <= t.settledPeriods) return;
        (Availability availability,) = beacon.resolve(t.ticket, "");
        if (availability != Availability.Pending) return;
        mode %= 10;
        if (mode == 0) beacon.setLapsed(t.ticket);
        else if (mode == 1) beacon.setDetermined(t.ticket);
        else beacon.setReady(t.ticket, value);
        ++calls["beacon"];
    }

    function warp(uint256 seconds_) external {
        vm.warp(block.timestamp + _bound(seconds_, 1 minutes, 2 days));
        ++calls["warp"];
    }

    function transferNash(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _pick(holders, fromSeed);
        address to = _pick(holders, toSeed);
        amount = _bound(amount, 0, nash.balanceOf(from));
        vm.prank(from);
        nash.transfer(to, amount);
        ++calls["transfer"];
    }

    function burnNash(uint256 fromSeed, uint256 amount) external {
        address from = _pick(holders, fromSeed);
        // Keep most of the supply so forfeits can be distributed.
        amount = _bound(amount, 0, nash.balanceOf(from) / 10);
        vm.prank(from);
        nash.burn(amount);
        ++calls["burn"];
    }

    function claim(uint256 holderSeed) external {
        address holder = _pick(holders, holderSeed);
        uint256 due = nash.claimableOf(holder);
        vm.prank(holder);
        try nash.claim() returns (uint256 amount) {
            if (amount != due) doubleEnding = true; // claim must pay exactly what was claimable
            ghostClaimed += amount;
            ++calls["claim.ok"];
        } catch {
            ++calls["claim.reverted"];
        }
    }

    function withdraw(uint256 seed) external {
        address account = seed % 3 == 0 ? _pick(makers, seed / 3) : _pick(providers, seed / 3);
        if (account == address(stubborn)) stubborn.setAccepting(true);
        uint256 due = registry.withdrawable(account);
        vm.prank(account);
        try registry.withdraw() returns (uint256 amount) {
            if (amount != due) doubleEnding = true;
            ghostWithdrawn += amount;
            ++calls["withdraw.ok"];
        } catch {
            ++calls["withdraw.reverted"];
        }
        if (account == address(stubborn)) stubborn.setAccepting(false);
    }

    /*//////////////////////////////////////////////////////////////
                           SUMS FOR INVARIANTS
    //////////////////////////////////////////////////////////////*/

    function sumLiveStakes() external view returns (uint256 sum) {
        for (uint256 i; i < ids.length; ++i) {
            (Threat memory t,) = registry.getThreat(ids[i]);
            if (t.status == Status.Live) sum += t.stake;
        }
    }

    function sumWithdrawable() external view returns (uint256 sum) {
        for (uint256 i; i < makers.length; ++i) {
            sum += registry.withdrawable(makers[i]);
        }
        for (uint256 i; i < providers.length; ++i) {
            sum += registry.withdrawable(providers[i]);
        }
    }

    function sumClaimable() external view returns (uint256 sum) {
        for (uint256 i; i < holders.length; ++i) {
            sum += nash.claimableOf(holders[i]);
        }
    }

    function holderCount() external view returns (uint256) {
        return holders.length;
    }
}
