import { describe, expect, it } from 'vitest';
import { DEV_WALLET_CONNECTED_KEY, WAGMI_STORE_KEY, wasConnected } from './wallet-store';

function storage(items: Record<string, string>) {
  return { getItem: (k: string) => items[k] ?? null };
}

describe('wasConnected (reconnect on reload without loading wallet code on a first visit)', () => {
  it('is false on a first visit, after a disconnect, and for garbage', () => {
    expect(wasConnected(storage({}))).toBe(false);
    expect(wasConnected(undefined)).toBe(false);
    const disconnected = { state: { connections: { __type: 'Map', value: [] }, chainId: 31337, current: null } };
    expect(wasConnected(storage({ [WAGMI_STORE_KEY]: JSON.stringify(disconnected) }))).toBe(false);
    expect(wasConnected(storage({ [WAGMI_STORE_KEY]: '{not json' }))).toBe(false);
  });

  it("is true when wagmi's persisted state has a current connection, or the dev wallet was connected", () => {
    const connected = { state: { chainId: 31337, current: '4f2c1a' }, version: 2 };
    expect(wasConnected(storage({ [WAGMI_STORE_KEY]: JSON.stringify(connected) }))).toBe(true);
    expect(wasConnected(storage({ [DEV_WALLET_CONNECTED_KEY]: '1' }))).toBe(true);
  });
});
