import { defineConfig } from '@wagmi/cli';
import { foundry } from '@wagmi/cli/plugins';
import { foundryBin } from './scripts/lib/tools.mjs';

// Typed ABIs (as const) generated from the forge artifacts: `npm run codegen`. Never edit the output by hand.
// Components use them with wagmi's generic hooks (useReadContract({ abi, ... })), fully typed;
// the file has no imports, so server pages and the light public page can use it too.
export default defineConfig({
  out: 'lib/contracts/abis.generated.ts',
  plugins: [
    foundry({
      project: '.',
      artifacts: 'contracts/out',
      // The native forge binary: the npm wrapper exits 0 even when the build fails, and the ABIs would go stale.
      forge: { path: foundryBin('forge'), build: true, rebuild: false },
      include: [
        // Implementations only (each ABI is a superset of its interface's), plus the beacon interface that
        // any beacon implements.
        'IRandomnessBeacon.json',
        'Levetrage.json',
        'NashToken.json',
        'PrevrandaoBeacon.json',
        'VrfBeacon.json',
      ],
    }),
  ],
});
