// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IOptimisticOracleV3, IOptimisticOracleV3CallbackRecipient} from "./IOptimisticOracleV3.sol";
import {IResolverCommon} from "./IResolverCommon.sol";
import {IWETH} from "./IWETH.sol";

/// @title IUmaResolver
/// @notice UMA Optimistic Oracle V3 assertions per threat: anyone asserts "the demand of threat <chain>/<id> was
/// met before <deadline>" with the threat's bond (WETH) before the deadline; undisputed for the liveness it is
/// true and fulfils; a dispute goes to the oracle's vote (the DVM) and the callback applies the result either way.
/// `resolverData = abi.encode(uint256 bond, uint64 liveness)`.
interface IUmaResolver is IResolverCommon, IOptimisticOracleV3CallbackRecipient {
    /// @notice Where an assertion of this resolver stands.
    enum AssertionState {
        None, // not an assertion of this resolver
        Pending, // in liveness
        Disputed, // the oracle votes
        True, // resolved true
        False // resolved false
    }

    /// @notice A threat's UMA configuration and state.
    struct UmaView {
        uint96 bond; // the bond the maker set (assertions pay max(bond, the oracle's current minimum))
        uint64 liveness;
        uint32 pending; // assertions not resolved yet
        uint40 heldUntil; // end of the last hold this resolver took (0: none)
        bool fulfilled;
        bool releaseDue; // every assertion failed but the hold could not be released yet: `execute`
        bytes32 claimHash; // keccak256 of the claim text (UmaConfigured)
        bytes32 lastAssertion;
        bytes32 truthAssertion; // the assertion that resolved true (its id is the fulfilment's evidence)
        uint256 currentBond; // what an assertion costs now
    }

    /// @notice Threat `id` is decided by assertions of `claim` with `bond` and `liveness`.
    event UmaConfigured(uint256 indexed id, uint256 bond, uint64 liveness, bytes32 claimHash, string claim);
    /// @notice `asserter` asserted the fulfilment of threat `id` (its bond comes back if the assertion holds).
    event FulfilmentAsserted(
        uint256 indexed id, bytes32 indexed assertionId, address indexed asserter, uint256 bond, uint64 expiration
    );
    /// @notice The assertion holds threat `id` until `until` (it may resolve after the deadline).
    event AssertionHeld(uint256 indexed id, bytes32 indexed assertionId, uint40 until);
    /// @notice The assertion was disputed: the oracle's vote decides it.
    event AssertionDisputed(uint256 indexed id, bytes32 indexed assertionId);
    /// @notice The assertion was settled by the oracle: `truthful` is its resolution.
    event AssertionResolved(uint256 indexed id, bytes32 indexed assertionId, bool truthful);
    /// @notice A resolution reached the registry: `fulfilled` (fulfil with the assertion as evidence) or the
    /// hold released after every assertion failed.
    event OutcomeApplied(uint256 indexed id, bytes32 indexed assertionId, bool fulfilled);

    /// @notice Thrown at creation with a bond below the oracle's minimum for WETH (or zero).
    error BondBelowMinimum(uint256 bond, uint256 minimum);
    /// @notice Thrown at creation with a bond above 2^96-1.
    error BondTooLarge(uint256 bond);
    /// @notice Thrown at creation with a liveness of 0 or above MAX_LIVENESS.
    error InvalidLiveness(uint64 liveness, uint64 maxLiveness);
    /// @notice Thrown by an assertion whose claim text is not the threat's (UmaConfigured).
    error ClaimMismatch(uint256 id);
    /// @notice Thrown by an assertion at or after the deadline.
    error AssertionAfterDeadline(uint256 id, uint40 deadline);
    /// @notice Thrown by `assertFulfilmentWithEth` when msg.value is not the bond.
    error WrongBond(uint256 sent, uint256 bond);
    /// @notice Thrown by a callback from an account other than the oracle.
    error NotOracle(address caller);
    /// @notice Thrown by `execute` when no resolution waits to be applied.
    error NothingToExecute(uint256 id);

    /// @notice Asserts the fulfilment of threat `id`: pulls the bond in WETH from the caller (approve this
    /// resolver first), asserts `claim` on the oracle with the caller as asserter, and holds the threat while the
    /// assertion may resolve after the deadline (liveness + SETTLE_WINDOW; disputed: what is left of MAX_HOLD).
    /// @dev Requirements: `claim` is the threat's claim text; before the deadline; the threat is undecided.
    function assertFulfilment(uint256 id, bytes calldata claim) external returns (bytes32 assertionId);

    /// @notice As `assertFulfilment`, paying the bond in ETH (wrapped to WETH); msg.value must be `bondOf(id)`.
    function assertFulfilmentWithEth(uint256 id, bytes calldata claim) external payable returns (bytes32 assertionId);

    /// @notice Applies a stored resolution whose registry call failed in the callback (anyone): fulfil with the
    /// true assertion, or release the hold once every assertion failed. Reverts with the registry's error.
    function execute(uint256 id) external;

    /// @notice The bond an assertion of threat `id` costs now: max(its bond, the oracle's minimum).
    function bondOf(uint256 id) external view returns (uint256);

    /// @notice Threat `id`'s configuration and state.
    function describe(uint256 id) external view returns (UmaView memory);

    /// @notice Which threat an assertion is about and where it stands.
    function assertionOf(bytes32 assertionId) external view returns (uint256 id, AssertionState state);

    /// @notice The claim text asserted for a threat with these parameters, for UIs.
    function claimText(uint256 id, address adversary, string calldata terms, uint40 deadline)
        external
        view
        returns (string memory);

    /// @notice The oracle asserted on.
    function oracle() external view returns (IOptimisticOracleV3);

    /// @notice The bond currency.
    function weth() external view returns (IWETH);
}
