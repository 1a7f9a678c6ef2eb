import { generatePrivateKey } from 'viem/accounts';
import type { Hex } from 'viem';

/** Where the burner key lives in the browser. Public-by-design: only ever used on the local anvil chain. */
export const BURNER_KEY_STORAGE = 'levetrage.devWallet.key';

/** The part of `Storage` the dev wallet uses (window.localStorage, or a Map-backed stand-in in tests). */
export interface KeyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage in a browser; an in-memory store elsewhere (server render, node tests). */
export function defaultKeyStorage(): KeyStorage {
  if (typeof window !== 'undefined' && window.localStorage) return window.localStorage;
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

const KEY_RE = /^0x[0-9a-fA-F]{64}$/;

/** The stored burner key, creating (and storing) a fresh random one when there is none or it is malformed. */
export function getOrCreateBurnerKey(storage: KeyStorage = defaultKeyStorage()): Hex {
  const stored = storage.getItem(BURNER_KEY_STORAGE);
  if (stored && KEY_RE.test(stored)) return stored as Hex;
  const key = generatePrivateKey();
  storage.setItem(BURNER_KEY_STORAGE, key);
  return key;
}

/** Replaces the burner with a fresh key (a new, empty account). */
export function replaceBurnerKey(storage: KeyStorage = defaultKeyStorage()): Hex {
  const key = generatePrivateKey();
  storage.setItem(BURNER_KEY_STORAGE, key);
  return key;
}
