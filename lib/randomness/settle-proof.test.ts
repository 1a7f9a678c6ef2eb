import type { Address, Client } from 'viem';
import { describe, expect, it } from 'vitest';
import { settleProof } from './settle-proof';

const BLOCK_BEACON: Address = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0';
const VRF_BEACON: Address = '0x0000000000000000000000000000000000000bEE';
// A client that fails the test if a header is fetched: these cases must not touch the chain.
const noRpc = { request: () => Promise.reject(new Error('no RPC expected')) } as unknown as Client;

describe('settleProof (shared by the keeper and the public page)', () => {
  it('sends no proof when no draw is pending (the settle requests draws or applies the timeout)', async () => {
    const draws = {
      beacon: BLOCK_BEACON,
      prevrandaoBeacon: BLOCK_BEACON,
      settledPeriods: 3,
      pendingThrough: 3,
      ticket: 90,
    } as const;
    expect(await settleProof(noRpc, draws, 100n)).toEqual({ ready: true, proof: '0x' });
  });
  it('sends no proof for a beacon that keeps its own values (VRF)', async () => {
    const draws = {
      beacon: VRF_BEACON,
      prevrandaoBeacon: BLOCK_BEACON,
      settledPeriods: 0,
      pendingThrough: 2,
      ticket: 7,
    } as const;
    expect(await settleProof(noRpc, draws, 1n)).toEqual({ ready: true, proof: '0x' });
  });
  it('is not ready while the block beacon’s block does not exist (settling would revert DrawNotReady)', async () => {
    const draws = {
      beacon: BLOCK_BEACON.toLowerCase() as Address,
      prevrandaoBeacon: BLOCK_BEACON,
      settledPeriods: 0,
      pendingThrough: 1,
      ticket: 101,
    };
    expect(await settleProof(noRpc, draws, 100n)).toEqual({ ready: false, ticket: 101n });
  });
  it('fetches the header of the ticket block once it exists', async () => {
    const draws = {
      beacon: BLOCK_BEACON,
      prevrandaoBeacon: BLOCK_BEACON,
      settledPeriods: 0,
      pendingThrough: 1,
      ticket: 100,
    } as const;
    await expect(settleProof(noRpc, draws, 100n)).rejects.toThrow('no RPC expected');
  });
});
