import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from '@wagmi/cli';
import { foundry } from '@wagmi/cli/plugins';
import type { Abi } from 'viem';
import { foundryBin } from './scripts/lib/tools.mjs';

// Typed ABIs (as const) generated from the forge artifacts and the peers' npm artifacts: `npm run codegen`.
// Never edit the output by hand. Components use them with wagmi's generic hooks (useReadContract({ abi, ... })),
// fully typed; the file has no imports, so server pages and the light public page can use it too.

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { abi: Abi };

/**
 * ABIs that are not one forge artifact each:
 * - `Levetrage`: the registry's whole ABI is its interface ILevetrage (the core contract forwards what it lacks to
 *   LevetrageExtension by DELEGATECALL, behind the same address), so the interface artifact is the registry's ABI;
 * - the peers deployed from npm artifacts (Uniswap v2's router and WETH9, UMA's Optimistic Oracle V3 and the
 *   mock DVM the local chain votes with).
 * Runs after the foundry plugin, which has built the artifacts.
 */
const protocolAbis: Plugin = {
  name: 'Levetrage protocol ABIs',
  async contracts() {
    return [
      { name: 'Levetrage', abi: json('contracts/out/ILevetrage.sol/ILevetrage.json').abi },
      { name: 'UniswapV2Router02', abi: json('node_modules/@uniswap/v2-periphery/build/IUniswapV2Router02.json').abi },
      { name: 'WETH9', abi: json('node_modules/@uniswap/v2-periphery/build/WETH9.json').abi },
      {
        name: 'OptimisticOracleV3',
        abi: json(
          'node_modules/@uma/core/artifacts/contracts/optimistic-oracle-v3/implementation/OptimisticOracleV3.sol/OptimisticOracleV3.json',
        ).abi,
      },
      {
        name: 'MockOracleAncillary',
        abi: json(
          'node_modules/@uma/core/artifacts/contracts/data-verification-mechanism/test/MockOracleAncillary.sol/MockOracleAncillary.json',
        ).abi,
      },
    ];
  },
};

export default defineConfig({
  out: 'lib/contracts/abis.generated.ts',
  plugins: [
    foundry({
      project: '.',
      artifacts: 'contracts/out',
      // The native forge binary: the npm wrapper exits 0 even when the build fails, and the ABIs would go stale.
      forge: { path: foundryBin('forge'), build: true, rebuild: false },
      include: [
        // Implementations (each ABI is a superset of its interface's), plus the beacon interface any beacon
        // implements. The registry's ABI comes from ILevetrage (see protocolAbis).
        'IRandomnessBeacon.json',
        'NashToken.json',
        'PrevrandaoBeacon.json',
        'VrfBeacon.json',
        'PanelResolver.json',
        'RealityResolver.json',
        'UmaResolver.json',
        'RealityETH_v3_0.json',
        'Arbitrator.json',
      ],
    }),
    protocolAbis,
  ],
});
