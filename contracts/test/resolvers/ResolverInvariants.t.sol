// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ILevetrage} from "../../src/interfaces/ILevetrage.sol";
import {PanelResolver} from "../../src/resolvers/PanelResolver.sol";
import {RealityResolver} from "../../src/resolvers/RealityResolver.sol";
import {UmaResolver} from "../../src/resolvers/UmaResolver.sol";
import {IOptimisticOracleV3} from "../../src/resolvers/interfaces/IOptimisticOracleV3.sol";
import {IRealityETH} from "../../src/resolvers/interfaces/IRealityETH.sol";
import {IWETH} from "../../src/resolvers/interfaces/IWETH.sol";
import {Action, Claim, Engagement, Status, Threat, ThreatParams} from "../../src/types/DataTypes.sol";
import {IMockOracleAncillary, IRealityArbitrator} from "./PeerInterfaces.sol";
import {ResolverFixture} from "./ResolverFixture.sol";

/// @notice Drives commitments of every resolver kind (an oracle account, a 2-of-3 panel, a Reality.eth question,
/// UMA assertions) through random claims, answers, arbitrations, disputes, votes, settlements and time.
contract ResolverHandler is CommonBase, StdCheats, StdUtils {
    enum Kind {
        Oracle,
        Panel,
        Reality,
        Uma
    }

    struct Peers {
        ILevetrage registry;
        PanelResolver panel;
        RealityResolver reality;
        UmaResolver uma;
        IRealityETH realityEth;
        IRealityArbitrator arbitrator;
        IOptimisticOracleV3 oo;
        IMockOracleAncillary dvm;
        IWETH weth;
    }

    uint256 internal constant MAX_THREATS = 12;

    Peers internal p;
    address public maker;
    address public oracle;
    address[] internal members;
    address[] internal actors;

    uint256[] public ids;
    mapping(uint256 id => Kind) public kindOf;
    mapping(uint256 id => bytes) internal umaClaim;
    mapping(uint256 id => bytes32) internal lastAssertion;
    mapping(uint256 id => Status) public terminalOf;
    /// @notice Terminal statuses that changed afterwards (must stay 0).
    uint256 public violations;
    mapping(string action => uint256) public calls;

    constructor(Peers memory peers, address maker_, address oracle_, address[] memory members_) {
        p = peers;
        maker = maker_;
        oracle = oracle_;
        members = members_;
        for (uint256 i; i < 4; ++i) {
            address actor = makeAddr(string.concat("actor", vm.toString(i)));
            actors.push(actor);
            vm.deal(actor, 1e9 ether);
            vm.startPrank(actor);
            p.weth.deposit{value: 1e6 ether}();
            IERC20(address(p.weth)).approve(address(p.uma), type(uint256).max);
            IERC20(address(p.weth)).approve(address(p.oo), type(uint256).max);
            vm.stopPrank();
        }
        vm.deal(maker, 1e9 ether);
    }

    function count() external view returns (uint256) {
        return ids.length;
    }

    function actorsList() external view returns (address[] memory) {
        return actors;
    }

    /*//////////////////////////////////////////////////////////////
                                ACTIONS
    //////////////////////////////////////////////////////////////*/

    function create(uint8 kindSeed, uint256 stakeSeed, uint256 durationSeed, bool forfeit) external {
        if (ids.length >= MAX_THREATS) return;
        Kind kind = Kind(kindSeed % 4);
        ThreatParams memory t;
        t.beneficiary = maker;
        t.adversary = address(0xAD);
        t.deadline = uint40(block.timestamp + bound(durationSeed, 1 hours, 10 days));
        t.timeoutAction = forfeit ? Action.Forfeit : Action.Refund;
        t.maxFee = type(uint96).max;
        t.terms = "Pay 13,000 USD";
        if (kind == Kind.Oracle) {
            t.resolver = oracle;
        } else if (kind == Kind.Panel) {
            t.resolver = address(p.panel);
            t.resolverData = abi.encode(members, uint8(2), uint32(2 days));
        } else if (kind == Kind.Reality) {
            t.resolver = address(p.reality);
            t.resolverData = abi.encode(address(p.arbitrator), uint32(1 days), uint256(0.1 ether));
        } else {
            t.resolver = address(p.uma);
            t.resolverData = abi.encode(uint256(0.5 ether), uint64(2 days));
        }
        Engagement memory none;
        vm.prank(maker);
        uint256 id = p.registry.create{value: bound(stakeSeed, 1, 5 ether)}(t, none, "");
        ids.push(id);
        kindOf[id] = kind;
        if (kind == Kind.Uma) umaClaim[id] = bytes(p.uma.claimText(id, t.adversary, t.terms, t.deadline));
        _after("create");
    }

    function oracleAct(uint256 idSeed, uint8 action, uint32 duration) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Oracle);
        if (!ok) return;
        vm.startPrank(oracle);
        if (action % 3 == 0) {
            try p.registry.hold(id, uint32(bound(duration, 1, 40 days))) {} catch {}
        } else if (action % 3 == 1) {
            try p.registry.release(id) {} catch {}
        } else {
            try p.registry.fulfil(id, bytes32(0)) {} catch {}
        }
        vm.stopPrank();
        _after("oracleAct");
    }

    function approve(uint256 idSeed, uint256 memberSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Panel);
        if (!ok) return;
        vm.prank(members[memberSeed % members.length]);
        try p.panel.approve(id, members, bytes32(memberSeed)) {} catch {}
        _after("approve");
    }

    function answer(uint256 idSeed, bool yes, uint256 actorSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Reality);
        if (!ok) return;
        bytes32 q = p.reality.describe(id).questionId;
        uint256 bond = p.realityEth.getBond(q);
        bond = bond == 0 ? p.realityEth.getMinBond(q) : bond * 2;
        if (bond > 1e6 ether) return;
        vm.prank(actors[actorSeed % actors.length]);
        try p.reality.answer{value: bond}(id, yes, 0) {} catch {}
        _after("answer");
    }

    function sync(uint256 idSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Reality);
        if (!ok) return;
        p.reality.sync(id); // never reverts for a known threat
        _after("sync");
    }

    function requestArbitration(uint256 idSeed, uint256 actorSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Reality);
        if (!ok) return;
        bytes32 q = p.reality.describe(id).questionId;
        uint256 fee = p.arbitrator.getDisputeFee(q);
        vm.prank(actors[actorSeed % actors.length]);
        try p.arbitrator.requestArbitration{value: fee}(q, 0) {} catch {}
        _after("requestArbitration");
    }

    function rule(uint256 idSeed, bool yes) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Reality);
        if (!ok) return;
        bytes32 q = p.reality.describe(id).questionId;
        try p.arbitrator.submitAnswerByArbitrator(q, yes ? bytes32(uint256(1)) : bytes32(0), actors[0]) {} catch {}
        _after("rule");
    }

    function reask(uint256 idSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Reality);
        if (!ok) return;
        // The text of the first round is what Reality.eth's LogNewQuestion carried; rebuild it.
        (Threat memory threat,) = p.registry.getThreat(id);
        string memory text = p.reality.questionText(id, address(0xAD), "Pay 13,000 USD", threat.deadline);
        try p.reality.reask(id, text) {} catch {}
        _after("reask");
    }

    function assertUma(uint256 idSeed, uint256 actorSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Uma);
        if (!ok) return;
        vm.prank(actors[actorSeed % actors.length]);
        try p.uma.assertFulfilment(id, umaClaim[id]) returns (bytes32 a) {
            lastAssertion[id] = a;
        } catch {}
        _after("assertUma");
    }

    function dispute(uint256 idSeed, uint256 actorSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Uma);
        if (!ok || lastAssertion[id] == bytes32(0)) return;
        address who = actors[actorSeed % actors.length];
        vm.prank(who);
        try p.oo.disputeAssertion(lastAssertion[id], who) {} catch {}
        _after("dispute");
    }

    function vote(bool truthful) external {
        IMockOracleAncillary.QueryPoint[] memory queries = p.dvm.getPendingQueries();
        if (queries.length == 0) return;
        IMockOracleAncillary.QueryPoint memory q = queries[0];
        p.dvm.pushPrice(q.identifier, q.time, q.ancillaryData, truthful ? int256(1e18) : int256(0));
        _after("vote");
    }

    function settleAssertion(uint256 idSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Uma);
        if (!ok || lastAssertion[id] == bytes32(0)) return;
        try p.oo.settleAssertion(lastAssertion[id]) {} catch {}
        _after("settleAssertion");
    }

    function execute(uint256 idSeed) external {
        (uint256 id, bool ok) = _pick(idSeed, Kind.Uma);
        if (!ok) return;
        try p.uma.execute(id) {} catch {}
        _after("execute");
    }

    function settle(uint256 idSeed) external {
        if (ids.length == 0) return;
        uint256 id = ids[idSeed % ids.length];
        try p.registry.settle(id, "") {} catch {}
        _after("settle");
    }

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + bound(secondsSeed, 1, 3 days));
        _after("warp");
    }

    /*//////////////////////////////////////////////////////////////
                                 GHOSTS
    //////////////////////////////////////////////////////////////*/

    function _pick(uint256 seed, Kind kind) internal view returns (uint256 id, bool ok) {
        uint256 n = ids.length;
        for (uint256 i; i < n; ++i) {
            id = ids[(seed + i) % n];
            if (kindOf[id] == kind) return (id, true);
        }
        return (0, false);
    }

    /// @dev Records each threat's first terminal status and counts any later change.
    function _after(string memory action) internal {
        ++calls[action];
        for (uint256 i; i < ids.length; ++i) {
            uint256 id = ids[i];
            (Threat memory threat,) = p.registry.getThreat(id);
            Status recorded = terminalOf[id];
            if (recorded != Status.None) {
                if (threat.status != recorded) ++violations;
            } else if (uint8(threat.status) >= uint8(Status.Fulfilled)) {
                terminalOf[id] = threat.status;
            }
        }
    }
}

/// @notice Invariants over every resolver kind: ETH conservation (the registry holds exactly the undecided
/// stakes plus credited balances; resolvers hold no ETH or WETH), one terminal outcome per threat, holds within
/// deadline + MAX_HOLD and the budget, resolver views agreeing with the registry, and no stake ever locked:
/// from any state, waiting past deadline + MAX_HOLD and calling settle decides the threat.
contract ResolverInvariantsTest is ResolverFixture {
    ResolverHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory list = _members(3);
        handler = new ResolverHandler(
            ResolverHandler.Peers(registry, panel, realityResolver, umaResolver, reality, arbitrator, oo, dvm, weth),
            maker,
            oracle,
            list
        );
        // The handler rules as the arbitrator.
        (bool ok,) = address(arbitrator).call(abi.encodeWithSignature("transferOwnership(address)", address(handler)));
        require(ok, "transferOwnership");
        // One threat of each kind to start from (deadlines 2 to 5 days away); the campaign may add more.
        for (uint8 k; k < 4; ++k) {
            handler.create(k, 1 ether, (2 + k) * 1 days, k % 2 == 0);
        }
        targetContract(address(handler));
    }

    function _terminal(Status s) internal pure returns (bool) {
        return uint8(s) >= uint8(Status.Fulfilled);
    }

    /// forge-config: default.invariant.runs = 24
    /// forge-config: default.invariant.depth = 80
    function invariant_ethConserved() public view {
        uint256 undecided;
        uint256 n = handler.count();
        for (uint256 i; i < n; ++i) {
            Threat memory t = _threat(handler.ids(i));
            if (!_terminal(t.status)) undecided += t.stake;
        }
        uint256 credited = registry.withdrawable(maker) + registry.withdrawable(oracle);
        address[] memory actors = handler.actorsList();
        for (uint256 i; i < actors.length; ++i) {
            credited += registry.withdrawable(actors[i]);
        }
        assertEq(address(registry).balance, undecided + credited, "registry ETH = undecided stakes + credits");
        assertEq(address(panel).balance, 0);
        assertEq(address(realityResolver).balance, 0);
        assertEq(address(umaResolver).balance, 0);
        assertEq(IERC20(address(weth)).balanceOf(address(umaResolver)), 0, "no bond stuck in the resolver");
    }

    /// forge-config: default.invariant.runs = 24
    /// forge-config: default.invariant.depth = 80
    function invariant_oneTerminalOutcome() public view {
        assertEq(handler.violations(), 0, "a decided threat changed its outcome");
        uint256 n = handler.count();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            Status s = _status(id);
            ResolverHandler.Kind kind = handler.kindOf(id);
            if (kind == ResolverHandler.Kind.Panel && panel.describe(id).decided) {
                assertEq(uint8(s), uint8(Status.Fulfilled), "panel decided => fulfilled");
            }
            if (kind == ResolverHandler.Kind.Uma && umaResolver.describe(id).fulfilled) {
                assertEq(uint8(s), uint8(Status.Fulfilled), "uma fulfilled => fulfilled");
            }
        }
    }

    /// forge-config: default.invariant.runs = 24
    /// forge-config: default.invariant.depth = 80
    function invariant_holdsBounded() public view {
        uint256 n = handler.count();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            Threat memory t = _threat(id);
            Claim memory c = _claim(id);
            assertLe(c.until, uint256(t.deadline) + MAX_HOLD, "hold ends by deadline + MAX_HOLD");
            assertLe(c.used, MAX_HOLD, "budget");
            if (c.since != 0) assertLe(uint256(c.used) + (c.until - c.since), MAX_HOLD, "budget incl. current");
        }
    }

    /// forge-config: default.invariant.runs = 24
    /// forge-config: default.invariant.depth = 80
    function invariant_noStakeLocked() public {
        uint256 n = handler.count();
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            Threat memory t = _threat(id);
            if (_terminal(t.status)) continue;
            uint256 snap = vm.snapshotState();
            uint256 end = uint256(t.deadline) + MAX_HOLD;
            if (block.timestamp < end) vm.warp(end);
            Status s = registry.settle(id, "");
            assertTrue(_terminal(s), "settle after deadline + MAX_HOLD decides the threat");
            vm.revertToState(snap);
        }
    }

    /// @dev Coverage: the run must have created threats and decided some of them.
    function afterInvariant() external {
        uint256 n = handler.count();
        uint256[4] memory fulfilled;
        uint256 decided;
        for (uint256 i; i < n; ++i) {
            uint256 id = handler.ids(i);
            Status s = _status(id);
            if (_terminal(s)) ++decided;
            if (s == Status.Fulfilled) ++fulfilled[uint8(handler.kindOf(id))];
        }
        emit log_named_uint("threats", n);
        emit log_named_uint("decided", decided);
        emit log_named_uint("fulfilled by oracle", fulfilled[0]);
        emit log_named_uint("fulfilled by panel", fulfilled[1]);
        emit log_named_uint("fulfilled by reality", fulfilled[2]);
        emit log_named_uint("fulfilled by uma", fulfilled[3]);
        emit log_named_uint("answers", handler.calls("answer"));
        emit log_named_uint("disputes", handler.calls("dispute"));
        assertGt(n, 0);
    }
}
