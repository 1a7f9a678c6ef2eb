// Ponder config of the Levetrage indexer: one chain, the registry, NASH and (when deployed) the VRF beacon.
// Settings come from the environment (indexer/deployment.ts). Database: Postgres when DATABASE_URL is set,
// else embedded PGlite in INDEXER_PGLITE_DIR (default .dev/indexer/pglite). Start it with
// `npm run indexer:start` (indexer/scripts/start.mjs), never `ponder dev` (dev mode drops the tables on restart).
import { join } from 'node:path';
import { createConfig } from 'ponder';
import { http } from 'viem';
import { levetrageAbi, nashAbi, vrfBeaconAbi } from './abis.generated';
import { REPO_ROOT, settings } from './deployment';
import { panelResolverEventsAbi, realityResolverEventsAbi, umaResolverEventsAbi } from './resolver-abis';

const { deployment, startBlock, resolvers } = settings;
const ZERO = '0x0000000000000000000000000000000000000000';

export default createConfig({
  database: process.env.DATABASE_URL
    ? { kind: 'postgres', connectionString: process.env.DATABASE_URL }
    : { kind: 'pglite', directory: process.env.INDEXER_PGLITE_DIR || join(REPO_ROOT, '.dev', 'indexer', 'pglite') },
  chains: {
    chain: {
      id: settings.chainId,
      rpc: http(settings.rpcUrl),
      pollingInterval: settings.pollingMs,
      ethGetLogsBlockRange: settings.getLogsRange,
      // A local chain can be wiped and restarted with the same block numbers: never reuse cached RPC data.
      disableCache: settings.chainId === 31337,
    },
  },
  contracts: {
    Levetrage: { chain: 'chain', abi: levetrageAbi, address: deployment.levetrage, startBlock },
    Nash: { chain: 'chain', abi: nashAbi, address: deployment.nash, startBlock },
    // Without a VRF beacon on this chain the filter watches the zero address, which emits nothing.
    VrfBeacon: { chain: 'chain', abi: vrfBeaconAbi, address: deployment.vrfBeacon ?? ZERO, startBlock },
    // The resolver contracts, when the deployment records them (indexer/src/resolvers.ts). Zero address when
    // absent: no logs, and the handlers are not registered.
    PanelResolver: { chain: 'chain', abi: panelResolverEventsAbi, address: resolvers.panel ?? ZERO, startBlock },
    RealityResolver: { chain: 'chain', abi: realityResolverEventsAbi, address: resolvers.reality ?? ZERO, startBlock },
    UmaResolver: { chain: 'chain', abi: umaResolverEventsAbi, address: resolvers.uma ?? ZERO, startBlock },
  },
});
