import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toEventSelector, type AbiEvent } from 'viem';
import { describe, expect, it } from 'vitest';
import { RESOLVER_ARTIFACTS, panelResolverEventsAbi, realityResolverEventsAbi, umaResolverEventsAbi } from '../resolver-abis';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const abis = { panel: panelResolverEventsAbi, reality: realityResolverEventsAbi, uma: umaResolverEventsAbi } as const;

describe('resolver event ABIs (transcribed until the resolvers are compiled in this branch)', () => {
  for (const [kind, abi] of Object.entries(abis) as [keyof typeof abis, readonly AbiEvent[]][]) {
    it(`${kind}: every event is well-formed, and matches the compiled artifact once there is one`, () => {
      const selectors = abi.map((e) => toEventSelector(e));
      expect(new Set(selectors).size).toBe(abi.length);
      expect(abi.every((e) => e.type === 'event' && e.inputs[0]?.name === 'id' && e.inputs[0]?.indexed)).toBe(true);
      const artifact = join(ROOT, 'contracts', 'out', RESOLVER_ARTIFACTS[kind]);
      if (existsSync(artifact)) {
        const compiled = (JSON.parse(readFileSync(artifact, 'utf8')).abi as AbiEvent[]).filter((i) => i.type === 'event');
        const compiledSelectors = new Set(compiled.map((e) => toEventSelector(e)));
        for (const e of abi) {
          expect(compiledSelectors.has(toEventSelector(e)), `${kind} ${e.name} differs from ${RESOLVER_ARTIFACTS[kind]}`).toBe(true);
          const twin = compiled.find((c) => c.name === e.name)!;
          expect(twin.inputs.map((i) => [i.name, i.indexed]), `${kind} ${e.name} indexed flags`).toEqual(e.inputs.map((i) => [i.name, i.indexed]));
        }
      }
    });
  }
});
