import { isAddressEqual, parseEventLogs, type Address, type Log } from 'viem';
import { levetrageAbi } from '../contracts/abis.generated';

/**
 * The id of the threat a creation transaction made, from the registry's ThreatCreated event in the
 * receipt's logs (only logs emitted by `registry` count). Null when there is none.
 */
export function threatIdFromLogs(logs: readonly Log[], registry: Address): bigint | null {
  const events = parseEventLogs({ abi: levetrageAbi, logs: logs as Log[], eventName: 'ThreatCreated', strict: true });
  const own = events.find((e) => isAddressEqual(e.address, registry));
  return own ? own.args.id : null;
}

/** Path of the public threat page: `/t/<chainId>/<id>`. */
export function sharePath(chainId: number, id: bigint): string {
  return `/t/${chainId}/${id.toString()}`;
}

/** Absolute share link on `origin` (e.g. `window.location.origin`). */
export function shareUrl(origin: string, chainId: number, id: bigint): string {
  return `${origin.replace(/\/$/, '')}${sharePath(chainId, id)}`;
}
