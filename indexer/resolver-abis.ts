// The events of the resolver contracts (panel, Reality.eth, UMA), transcribed from their interfaces
// (contracts/src/resolvers/interfaces/I{Panel,Reality,Uma}Resolver.sol and IResolverCommon.sol, written on the
// resolver branch, commit 0773936). They are not in this branch's contracts/out yet, so indexer/scripts/abis.mjs
// cannot generate them; once the resolvers are merged, indexer/core/resolver-abis.test.ts checks these against
// the artifacts (and they can be replaced by generated ones).
import { parseAbi } from 'viem';

const common = ['event RegistryCallFailed(uint256 indexed id, bytes4 indexed selector, bytes reason)'] as const;

export const panelResolverEventsAbi = parseAbi([
  'event PanelSet(uint256 indexed id, address[] members, uint8 k, uint32 grace)',
  'event Approved(uint256 indexed id, address indexed member, bytes32 evidence, uint8 count)',
  'event PanelHeld(uint256 indexed id, uint40 until)',
  'event PanelDecided(uint256 indexed id, bytes32 evidence)',
  ...common,
]);

export const realityResolverEventsAbi = parseAbi([
  'event QuestionAsked(uint256 indexed id, bytes32 indexed questionId, uint32 round, address arbitrator, uint32 timeout, uint256 minBond)',
  'event Answered(uint256 indexed id, bytes32 indexed questionId, address indexed answerer, bool yes, uint256 bond)',
  'event ClaimRecorded(uint256 indexed id, bytes32 indexed questionId)',
  'event HoldSynced(uint256 indexed id, bytes32 indexed questionId, uint40 until)',
  'event QuestionResolved(uint256 indexed id, bytes32 indexed questionId, bool yes)',
  ...common,
]);

export const umaResolverEventsAbi = parseAbi([
  'event UmaConfigured(uint256 indexed id, uint256 bond, uint64 liveness, bytes32 claimHash, string claim)',
  'event FulfilmentAsserted(uint256 indexed id, bytes32 indexed assertionId, address indexed asserter, uint256 bond, uint64 expiration)',
  'event AssertionHeld(uint256 indexed id, bytes32 indexed assertionId, uint40 until)',
  'event AssertionDisputed(uint256 indexed id, bytes32 indexed assertionId)',
  'event AssertionResolved(uint256 indexed id, bytes32 indexed assertionId, bool truthful)',
  'event OutcomeApplied(uint256 indexed id, bytes32 indexed assertionId, bool fulfilled)',
  ...common,
]);

/** Artifact of each resolver (for the drift check once they are compiled in this branch). */
export const RESOLVER_ARTIFACTS = {
  panel: 'PanelResolver.sol/PanelResolver.json',
  reality: 'RealityResolver.sol/RealityResolver.json',
  uma: 'UmaResolver.sol/UmaResolver.json',
} as const;
