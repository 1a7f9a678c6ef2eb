import { describe, expect, it } from 'vitest';
import { sha256Hex, hashAgreementFile } from './hash-file';
import {
  clearDraft,
  CREATED_KEY,
  DRAFT_KEY,
  loadCreated,
  loadDraft,
  saveCreated,
  saveDraft,
  type DraftStorage,
} from './storage';
import { EMPTY_VALUES } from './types';
import { createHash } from 'node:crypto';

function memory(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('draft storage', () => {
  it('round-trips the values, including bad input as typed', () => {
    const s = memory();
    const v = {
      ...EMPTY_VALUES,
      kind: 'commitment' as const,
      stakeEth: 'abc',
      terminators: [{ address: '0x12' }, { address: '' }],
    };
    saveDraft(s, v);
    expect(loadDraft(s)).toEqual(v);
    clearDraft(s);
    expect(s.map.has(DRAFT_KEY)).toBe(false);
    expect(loadDraft(s)).toEqual(EMPTY_VALUES);
  });
  it('falls back to a blank form on corrupt or foreign data, keeping known string fields', () => {
    const s = memory();
    s.setItem(DRAFT_KEY, '{not json');
    expect(loadDraft(s)).toEqual(EMPTY_VALUES);
    s.setItem(DRAFT_KEY, JSON.stringify({ terms: 'Pay', stakeEth: 5, terminators: 'x', extra: 1 }));
    expect(loadDraft(s)).toEqual({ ...EMPTY_VALUES, terms: 'Pay' });
    expect(loadDraft(undefined)).toEqual(EMPTY_VALUES);
  });
  it('survives a storage that throws', () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('x');
      },
    };
    expect(() => saveDraft(broken, EMPTY_VALUES)).not.toThrow();
    expect(loadDraft(broken)).toEqual(EMPTY_VALUES);
  });
});

describe('closed draft (the threat a signed draft created)', () => {
  it('is remembered for the tab, forgotten for a new draft, and a bad record reads as none', () => {
    const s = memory();
    const m = s.map;
    expect(loadCreated(s)).toBeNull();
    saveCreated(s, { id: '6', chainId: 31337 });
    expect(loadCreated(s)).toEqual({ id: '6', chainId: 31337 });
    saveCreated(s, null);
    expect(loadCreated(s)).toBeNull();
    m.set(CREATED_KEY, JSON.stringify({ id: 'six', chainId: 31337 }));
    expect(loadCreated(s)).toBeNull();
    m.set(CREATED_KEY, '{');
    expect(loadCreated(s)).toBeNull();
  });
});

describe('agreement hashing (Web Crypto)', () => {
  it('matches node’s SHA-256', async () => {
    const bytes = new TextEncoder().encode('signed agreement');
    expect(await sha256Hex(bytes)).toBe(`0x${createHash('sha256').update('signed agreement').digest('hex')}`);
    expect(await hashAgreementFile(new Blob([bytes]))).toBe(await sha256Hex(bytes));
  });
  it('refuses an empty file with words', async () => {
    await expect(hashAgreementFile(new Blob([]))).rejects.toThrow(/empty/);
  });
});
