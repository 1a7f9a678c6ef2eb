import { describe, expect, it } from 'vitest';
import { STORIES } from '../stories';
import { presetValues, PRESETS } from './presets';
import { firstInvalidStep } from './schema';

const NOW = 1_800_000_000;

describe('wizard presets: the stories, with dev addresses only on the local chain', () => {
  it('are the stories, in order', () => {
    expect(PRESETS.map((p) => p.story)).toEqual(STORIES);
  });

  it('on another chain fill in only the story, never an address', () => {
    for (const p of PRESETS) {
      for (const chainId of [1, 11155111]) {
        const v = presetValues(p.id, NOW, chainId);
        expect(v.provider).toBe('');
        expect(v.adversaryAddress).toBe('');
        expect(v.terminators).toEqual([{ address: '' }]);
        expect(v.terms).toBe(p.story.terms);
        expect(v.timeoutAction).toBe(p.story.timeoutAction);
        expect(firstInvalidStep(v, { now: NOW })).toBe('escalation'); // the provider is left to the maker
      }
    }
  });

  it('on the local chain fill in every step', () => {
    for (const p of PRESETS) {
      const v = presetValues(p.id, NOW, 31337);
      expect(v.provider).toMatch(/^0x[0-9a-fA-F]{40}$/);
      expect(firstInvalidStep(v, { now: NOW })).toBeNull();
    }
  });
});
