import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import type { Address, Hex } from 'viem';
import devAccounts from '@/lib/dev-accounts.json';

/** Where the active burner key lives in the browser. Public-by-design: only ever used on the local anvil chain. */
export const BURNER_KEY_STORAGE = 'levetrage.devWallet.key';
/** Every burner this browser created (JSON array of keys, oldest first): a new burner never loses an old one. */
export const BURNERS_STORAGE = 'levetrage.devWallet.burners';
/** The dev account the dev wallet acts as (its role in lib/dev-accounts.json); absent = the active burner. */
export const ACT_AS_STORAGE = 'levetrage.devWallet.actAs';

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

/** Every burner key of this browser, oldest first (the active one included). */
export function listBurnerKeys(storage: KeyStorage = defaultKeyStorage()): Hex[] {
  let list: unknown = [];
  try {
    list = JSON.parse(storage.getItem(BURNERS_STORAGE) ?? '[]');
  } catch {
    list = [];
  }
  const keys = (Array.isArray(list) ? list : []).filter((k): k is Hex => typeof k === 'string' && KEY_RE.test(k));
  const active = storage.getItem(BURNER_KEY_STORAGE);
  if (active && KEY_RE.test(active) && !keys.includes(active as Hex)) keys.push(active as Hex);
  return keys;
}

function remember(storage: KeyStorage, key: Hex) {
  const keys = listBurnerKeys(storage);
  if (!keys.includes(key)) keys.push(key);
  storage.setItem(BURNERS_STORAGE, JSON.stringify(keys));
}

/** The active burner key, creating (and storing) a fresh random one when there is none or it is malformed. */
export function getOrCreateBurnerKey(storage: KeyStorage = defaultKeyStorage()): Hex {
  const stored = storage.getItem(BURNER_KEY_STORAGE);
  if (stored && KEY_RE.test(stored)) {
    remember(storage, stored as Hex);
    return stored as Hex;
  }
  const key = generatePrivateKey();
  storage.setItem(BURNER_KEY_STORAGE, key);
  remember(storage, key);
  return key;
}

/**
 * Starts a new, empty burner and makes it active. The previous burners stay in `listBurnerKeys` (selectable
 * again with `selectBurner`): a new burner never makes an account unreachable.
 */
export function newBurnerKey(storage: KeyStorage = defaultKeyStorage()): Hex {
  getOrCreateBurnerKey(storage); // keep the current one in the list (also a legacy single-key browser's)
  const key = generatePrivateKey();
  storage.setItem(BURNER_KEY_STORAGE, key);
  remember(storage, key);
  storage.removeItem(ACT_AS_STORAGE);
  return key;
}

/** Makes an earlier burner active again (and stops acting as a dev account). */
export function selectBurner(key: Hex, storage: KeyStorage = defaultKeyStorage()): void {
  if (!listBurnerKeys(storage).includes(key)) throw new Error('Unknown burner: it was not created in this browser.');
  storage.setItem(BURNER_KEY_STORAGE, key);
  storage.removeItem(ACT_AS_STORAGE);
}

/** One of the README's anvil dev accounts (lib/dev-accounts.json): role, label, address. No key here. */
export interface DevAccountInfo {
  role: string;
  label: string;
  address: Address;
}

/** The dev accounts the dev wallet can act as (every README account but the deployer and the keeper). */
export const ACTABLE_DEV_ACCOUNTS: readonly DevAccountInfo[] = (devAccounts as DevAccountInfo[]).filter(
  (a) => a.role !== 'deployer' && a.role !== 'keeper',
);

/** Acts as the dev account with this role from now on (local chain: anvil signs for its unlocked accounts). */
export function actAsDevAccount(role: string, storage: KeyStorage = defaultKeyStorage()): DevAccountInfo {
  const account = ACTABLE_DEV_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No dev account "${role}".`);
  storage.setItem(ACT_AS_STORAGE, role);
  return account;
}

/** Who the dev wallet is now: the active burner (with its key) or a dev account (anvil holds its key). */
export type DevWalletIdentity =
  { kind: 'burner'; key: Hex; address: Address } | { kind: 'dev'; role: string; label: string; address: Address };

/** The dev wallet's current identity (creates the first burner when there is none). */
export function currentIdentity(storage: KeyStorage = defaultKeyStorage()): DevWalletIdentity {
  const role = storage.getItem(ACT_AS_STORAGE);
  const dev = role ? ACTABLE_DEV_ACCOUNTS.find((a) => a.role === role) : undefined;
  if (dev) return { kind: 'dev', ...dev };
  const key = getOrCreateBurnerKey(storage);
  return { kind: 'burner', key, address: privateKeyToAccount(key).address };
}
