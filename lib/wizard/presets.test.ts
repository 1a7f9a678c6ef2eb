import { describe, expect, it } from 'vitest';
import { STORIES } from '../stories';
import { presetValues, PRESETS } from './presets';
import { canEscalate, firstInvalidStep, validateStep } from './schema';

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
        // the provider (or, for a commitment that never escalates, the oracle) is left to the maker
        expect(firstInvalidStep(v, { now: NOW })).toBe(canEscalate(v) ? 'escalation' : 'resolution');
      }
    }
  });

  it('on the local chain fill in every step but the engagement the provider gives', () => {
    for (const p of PRESETS) {
      const v = presetValues(p.id, NOW, 31337);
      expect(v.terminators[0]!.address).toMatch(/^0x[0-9a-fA-F]{40}$/);
      if (canEscalate(v)) {
        expect(v.provider).toMatch(/^0x[0-9a-fA-F]{40}$/);
        expect(firstInvalidStep(v, { now: NOW })).toBe('escalation');
        expect(validateStep('escalation', v, { now: NOW }).map((x) => x.path)).toEqual(['engagementCode']);
      } else {
        expect(v.provider).toBe('');
        expect(firstInvalidStep(v, { now: NOW })).toBeNull();
      }
    }
  });
});
