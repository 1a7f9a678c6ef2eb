// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Peers} from "../../script/lib/Peers.sol";
import {PanelResolver} from "../../src/resolvers/PanelResolver.sol";
import {RealityResolver} from "../../src/resolvers/RealityResolver.sol";
import {UmaResolver} from "../../src/resolvers/UmaResolver.sol";
import {IOptimisticOracleV3} from "../../src/resolvers/interfaces/IOptimisticOracleV3.sol";
import {IRealityETH} from "../../src/resolvers/interfaces/IRealityETH.sol";
import {IWETH} from "../../src/resolvers/interfaces/IWETH.sol";
import {Action, Claim, ThreatParams} from "../../src/types/DataTypes.sol";
import {BaseTest} from "../utils/BaseTest.sol";
import {IMockOracleAncillary, IRealityArbitrator} from "./PeerInterfaces.sol";

/// @notice The registry (BaseTest) plus the real peers and the three resolvers (Peers.deployAll): WETH9,
/// Reality.eth v3.0 with the reference arbitrator (owned by this test contract), UMA's OOv3 with its Finder,
/// Store, whitelists and MockOracleAncillary as the DVM. Helpers build each kind's parameters and drive the peers.
abstract contract ResolverFixture is BaseTest {
    uint32 internal constant TIMEOUT = 1 days; // Reality.eth question timeout
    uint256 internal constant MIN_BOND = 0.1 ether; // Reality.eth minimum bond
    uint256 internal constant UMA_BOND = 0.5 ether; // WETH per assertion
    uint64 internal constant LIVENESS = 2 days;
    uint32 internal constant WINDOW = 1 days; // SETTLE_WINDOW of both oracle resolvers
    uint32 internal constant MAX_HOLD = 30 days;
    bytes32 internal constant YES = bytes32(uint256(1));
    bytes32 internal constant NO = bytes32(0);
    int256 internal constant TRUE_PRICE = 1e18;

    Peers.Stack internal peers;
    PanelResolver internal panel;
    RealityResolver internal realityResolver;
    UmaResolver internal umaResolver;
    IRealityETH internal reality;
    IRealityArbitrator internal arbitrator;
    IWETH internal weth;
    IOptimisticOracleV3 internal oo;
    IMockOracleAncillary internal dvm;

    address internal answerer = makeAddr("answerer");
    address internal challenger = makeAddr("challenger");
    address internal asserter = makeAddr("asserter");
    address internal disputer = makeAddr("disputer");

    // Panel members with keys (sorted by nothing in particular; the list order is the bitmap order).
    address[] internal members;
    uint256[] internal memberKeys;

    function setUp() public virtual override {
        super.setUp();
        peers = Peers.deployAll(registry, Peers.localSettings());
        panel = PanelResolver(peers.panelResolver);
        realityResolver = RealityResolver(peers.realityResolver);
        umaResolver = UmaResolver(peers.umaResolver);
        reality = IRealityETH(peers.reality);
        arbitrator = IRealityArbitrator(peers.arbitrator);
        weth = IWETH(peers.weth);
        oo = IOptimisticOracleV3(peers.uma.optimisticOracle);
        dvm = IMockOracleAncillary(peers.uma.mockOracle);
        vm.label(address(panel), "PanelResolver");
        vm.label(address(realityResolver), "RealityResolver");
        vm.label(address(umaResolver), "UmaResolver");
        vm.label(address(reality), "RealityETH");
        vm.label(address(arbitrator), "Arbitrator");
        vm.label(address(weth), "WETH9");
        vm.label(address(oo), "OOv3");
        vm.label(address(dvm), "MockOracleAncillary");
        for (uint256 i; i < 5; ++i) {
            (address member, uint256 key) = makeAddrAndKey(string.concat("member", vm.toString(i)));
            members.push(member);
            memberKeys.push(key);
        }
        address[4] memory funded = [answerer, challenger, asserter, disputer];
        for (uint256 i; i < funded.length; ++i) {
            vm.deal(funded[i], 1_000 ether);
            vm.startPrank(funded[i]);
            weth.deposit{value: 100 ether}();
            IERC20(address(weth)).approve(address(umaResolver), type(uint256).max);
            IERC20(address(weth)).approve(address(oo), type(uint256).max);
            vm.stopPrank();
        }
    }

    /*//////////////////////////////////////////////////////////////
                              PARAMETERS
    //////////////////////////////////////////////////////////////*/

    function _panelParams(address[] memory list, uint8 k, uint32 grace) internal view returns (ThreatParams memory p) {
        p = _params(Action.Forfeit);
        p.resolver = address(panel);
        p.resolverData = abi.encode(list, k, grace);
    }

    function _realityParams(uint32 timeout, uint256 minBond) internal view returns (ThreatParams memory p) {
        p = _params(Action.Forfeit);
        p.resolver = address(realityResolver);
        p.resolverData = abi.encode(address(arbitrator), timeout, minBond);
    }

    function _umaParams(uint256 bond, uint64 liveness) internal view returns (ThreatParams memory p) {
        p = _params(Action.Forfeit);
        p.resolver = address(umaResolver);
        p.resolverData = abi.encode(bond, liveness);
    }

    /// @dev The first `n` test members.
    function _members(uint256 n) internal view returns (address[] memory list) {
        list = new address[](n);
        for (uint256 i; i < n; ++i) {
            list[i] = members[i];
        }
    }

    /*//////////////////////////////////////////////////////////////
                                 PEERS
    //////////////////////////////////////////////////////////////*/

    function _questionId(uint256 id) internal view returns (bytes32) {
        return realityResolver.describe(id).questionId;
    }

    /// @dev Answers through the resolver as `who` with the least bond allowed.
    function _answer(address who, uint256 id, bool yes) internal returns (RealityResolver.SyncResult r) {
        uint256 bond = _nextBond(id);
        vm.prank(who);
        r = realityResolver.answer{value: bond}(id, yes, 0);
    }

    /// @dev The least bond the next answer of threat `id`'s question may carry.
    function _nextBond(uint256 id) internal view returns (uint256) {
        bytes32 q = _questionId(id);
        uint256 bond = reality.getBond(q);
        return bond == 0 ? reality.getMinBond(q) : bond * 2;
    }

    /// @dev Asks the arbitrator to rule as `who`, paying its fee.
    function _requestArbitration(address who, uint256 id) internal {
        bytes32 q = _questionId(id);
        uint256 fee = arbitrator.getDisputeFee(q);
        vm.deal(who, who.balance + fee);
        vm.prank(who);
        arbitrator.requestArbitration{value: fee}(q, 0);
    }

    /// @dev The arbitrator (owned by this test contract) rules `answer` for threat `id`'s question.
    function _rule(uint256 id, bytes32 ruling, address credited) internal {
        arbitrator.submitAnswerByArbitrator(_questionId(id), ruling, credited);
    }

    function _claim(uint256 id) internal view returns (Claim memory claim) {
        (,,, claim) = registry.getThreatExtra(id);
    }

    /// @dev The UMA claim text of threat `id` created with `p` (as UmaConfigured emitted it).
    function _umaClaim(uint256 id, ThreatParams memory p) internal view returns (bytes memory) {
        return bytes(umaResolver.claimText(id, p.adversary, p.terms, p.deadline));
    }

    /// @dev Asserts as `who` (WETH approved in setUp).
    function _assert(address who, uint256 id, ThreatParams memory p) internal returns (bytes32 assertionId) {
        bytes memory claim = _umaClaim(id, p);
        vm.prank(who);
        assertionId = umaResolver.assertFulfilment(id, claim);
    }

    function _dispute(address who, bytes32 assertionId) internal {
        vm.prank(who);
        oo.disputeAssertion(assertionId, who);
    }

    /// @dev The DVM (MockOracleAncillary) answers the latest pending query: true (1e18) or false (0).
    function _vote(bool truthful) internal {
        IMockOracleAncillary.QueryPoint[] memory queries = dvm.getPendingQueries();
        IMockOracleAncillary.QueryPoint memory q = queries[queries.length - 1];
        dvm.pushPrice(q.identifier, q.time, q.ancillaryData, truthful ? TRUE_PRICE : int256(0));
    }
}
