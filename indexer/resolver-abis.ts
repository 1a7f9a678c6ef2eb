// The resolver contracts' events, generated from their forge artifacts (indexer/scripts/abis.mjs), and the
// artifact of each resolver kind.
export { panelResolverEventsAbi, realityResolverEventsAbi, umaResolverEventsAbi } from './abis.generated';

/** Artifact of each resolver, under contracts/out. */
export const RESOLVER_ARTIFACTS = {
  panel: 'PanelResolver.sol/PanelResolver.json',
  reality: 'RealityResolver.sol/RealityResolver.json',
  uma: 'UmaResolver.sol/UmaResolver.json',
} as const;
