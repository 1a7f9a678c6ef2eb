import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toEventSelector, type AbiEvent } from 'viem';
import { describe, expect, it } from 'vitest';
import {
  RESOLVER_ARTIFACTS,
  panelResolverEventsAbi,
  realityResolverEventsAbi,
  umaResolverEventsAbi,
} from '../resolver-abis';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const abis = { panel: panelResolverEventsAbi, reality: realityResolverEventsAbi, uma: umaResolverEventsAbi } as const;

describe('resolver event ABIs (generated from the resolver artifacts)', () => {
  for (const [kind, abi] of Object.entries(abis) as [keyof typeof abis, readonly AbiEvent[]][]) {
    it(`${kind}: every event is keyed by the threat id and is one of the compiled contract's`, () => {
      expect(abi.length).toBeGreaterThan(0);
      expect(new Set(abi.map((e) => toEventSelector(e))).size).toBe(abi.length);
      expect(abi.every((e) => e.type === 'event' && e.inputs[0]?.name === 'id' && e.inputs[0]?.indexed)).toBe(true);
      const artifact = join(ROOT, 'contracts', 'out', RESOLVER_ARTIFACTS[kind]);
      const compiled = (JSON.parse(readFileSync(artifact, 'utf8')).abi as AbiEvent[]).filter((i) => i.type === 'event');
      const compiledSelectors = new Set(compiled.map((e) => toEventSelector(e)));
      for (const e of abi) expect(compiledSelectors.has(toEventSelector(e)), `${kind} ${e.name}`).toBe(true);
    });
  }
});
