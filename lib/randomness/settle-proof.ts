import type { Address, Client, Hex } from 'viem';
import { getHeaderRlp } from './header-proof';

/** What `settle(id, proof)` needs to resolve a threat's pending draws. */
export interface PendingDraws {
  /** The threat's beacon (`Odds.beacon`). */
  beacon: Address;
  /** The deployment's PrevrandaoBeacon: its tickets are block numbers, proven by the block's header. */
  prevrandaoBeacon: Address;
  settledPeriods: number;
  pendingThrough: number;
  ticket: number | bigint;
}

/**
 * The proof for `settle(id, proof)`, the one rule the keeper and the public page's "trigger draws" share:
 * - no pending draws, or a beacon that keeps its own values (VRF): empty proof;
 * - the block beacon: the RLP header of block `ticket` once that block exists (`latestBlock >= ticket`),
 *   else `{ ready: false }` — the value is not fixed yet and settling would revert `DrawNotReady`.
 */
export async function settleProof(
  client: Client,
  draws: PendingDraws,
  latestBlock: bigint,
): Promise<{ ready: true; proof: Hex } | { ready: false; ticket: bigint }> {
  const pending = draws.pendingThrough > draws.settledPeriods;
  if (!pending || draws.beacon.toLowerCase() !== draws.prevrandaoBeacon.toLowerCase())
    return { ready: true, proof: '0x' };
  // The registry's ticket word keeps lapse counts above bit 40; the beacon's ticket is the low 40 bits.
  const ticket = BigInt(draws.ticket) & ((1n << 40n) - 1n);
  if (latestBlock < ticket) return { ready: false, ticket };
  return { ready: true, proof: await getHeaderRlp(client, ticket) };
}
