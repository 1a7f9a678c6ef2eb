'use client';

import { useSyncExternalStore } from 'react';
import type { Address } from 'viem';
import type { WalletRuntime } from './wallet-runtime';

/**
 * The light side of the wallet: what every wallet page may read (connected address, chain) without
 * loading wagmi, RainbowKit or any connector. The wallet code (`wallet-runtime.tsx`) is a dynamic import,
 * loaded only when the user connects, reaches the wizard's sign step, or was connected before (reconnect
 * on reload); once loaded it publishes wagmi's account here. No wagmi import in this file.
 */
export interface WalletSnapshot {
  /** Whether the wallet code is loaded: 'idle' (not yet), 'loading', 'ready', 'error'. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  address?: Address;
  chainId?: number;
  isConnected: boolean;
  /** True while wagmi reconnects a wallet connected before the reload. */
  isReconnecting: boolean;
  /** The wagmi connector id (e.g. "injected", "levetrageDevWallet"). */
  connectorId?: string;
  /** Why the wallet code could not load (network error). */
  error?: string;
  /** Counts "Connect wallet" clicks: each one asks the connect dialog to open. */
  connectRequest: number;
}

const IDLE: WalletSnapshot = { status: 'idle', isConnected: false, isReconnecting: false, connectRequest: 0 };
let snapshot: WalletSnapshot = IDLE;
const listeners = new Set<() => void>();

/** Replaces part of the snapshot (the runtime calls this on every wagmi account change). */
export function publishWallet(patch: Partial<WalletSnapshot>): void {
  const next = { ...snapshot, ...patch };
  const keys = new Set([...Object.keys(snapshot), ...Object.keys(next)]) as Set<keyof WalletSnapshot>;
  if ([...keys].every((k) => next[k] === snapshot[k])) return;
  snapshot = next;
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The wallet as the page sees it; re-renders on changes. Server render and first paint: not connected. */
export function useWallet(): WalletSnapshot {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => IDLE,
  );
}

/** The account part of `useWallet()` in wagmi's shape (`useAccount`), for components that only read it. */
export function useAccount(): { address?: Address; chainId?: number; isConnected: boolean } {
  const w = useWallet();
  return { address: w.address, chainId: w.chainId, isConnected: w.isConnected };
}

let loading: Promise<WalletRuntime> | null = null;

/**
 * Loads the wallet code (wagmi, RainbowKit, connectors) once and starts it (config, reconnect). Every
 * caller gets the same runtime. A failed load (offline) can be retried.
 */
export function loadWallet(): Promise<WalletRuntime> {
  if (!loading) {
    publishWallet({ status: 'loading', error: undefined });
    loading = import('./wallet-runtime')
      .then((m) => {
        // The runtime may already run (an island started it): it published 'ready' then; say so again.
        const runtime = m.startWalletRuntime();
        publishWallet({ status: 'ready' });
        return runtime;
      })
      .catch((e: unknown) => {
        loading = null;
        publishWallet({ status: 'error', error: `Could not load the wallet code: ${(e as Error).message}` });
        throw e;
      });
  }
  return loading;
}

/** Loads the wallet code and asks for the connect dialog (the header's wallet island opens it). */
export function requestConnect(): void {
  publishWallet({ connectRequest: snapshot.connectRequest + 1 });
  void loadWallet().catch(() => {});
}

let handledConnectRequest = 0;

/** True once per `requestConnect()` call: the island that opens the dialog asks this. */
export function takeConnectRequest(): boolean {
  if (snapshot.connectRequest <= handledConnectRequest) return false;
  handledConnectRequest = snapshot.connectRequest;
  return true;
}

/** localStorage keys that mean "a wallet was connected in this browser": wagmi's store and the dev wallet. */
export const WAGMI_STORE_KEY = 'wagmi.store';
export const DEV_WALLET_CONNECTED_KEY = 'levetrage.devWallet.connected';

/**
 * Whether the previous visit ended with a wallet connected (then the wallet code loads at once and wagmi
 * reconnects it, without a click). Reads wagmi's persisted state (`current` connection) and the dev
 * wallet's flag; never throws.
 */
export function wasConnected(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    if (!storage) return false;
    if (storage.getItem(DEV_WALLET_CONNECTED_KEY) === '1') return true;
    const raw = storage.getItem(WAGMI_STORE_KEY);
    if (!raw) return false;
    const state = (JSON.parse(raw) as { state?: { current?: string | null } }).state;
    return typeof state?.current === 'string' && state.current.length > 0;
  } catch {
    return false;
  }
}
