/**
 * Decoding the protocol's logs and receipts with the generated ABIs. Only logs emitted by the given contract
 * count: anyone can emit an event that looks like the registry's.
 */
import {
  encodeEventTopics,
  isAddressEqual,
  pad,
  parseEventLogs,
  toHex,
  type Address,
  type ContractEventName,
  type Hex,
  type Log,
} from 'viem';
import { levetrageAbi } from './abis.generated';

/** A registry event name (`ThreatCreated`, `DrawSettled`, …). */
export type RegistryEventName = ContractEventName<typeof levetrageAbi>;

/** topic0 of a registry event. */
export function registryEventTopic(eventName: RegistryEventName): Hex {
  const [topic] = encodeEventTopics({ abi: levetrageAbi, eventName } as Parameters<typeof encodeEventTopics>[0]);
  return topic as Hex;
}

/** A uint256 or an address as a 32-byte indexed topic. */
export function indexedTopic(value: bigint | Address): Hex {
  return typeof value === 'bigint' ? pad(toHex(value), { size: 32 }) : pad(value.toLowerCase() as Hex, { size: 32 });
}

/**
 * The registry's events among `logs` (a receipt's or `eth_getLogs`'), decoded, in the order given.
 * Logs of other contracts and logs that do not decode are skipped.
 */
export function registryEvents<const name extends RegistryEventName | undefined = undefined>(
  logs: readonly Log[],
  registry: Address,
  eventName?: name,
) {
  const own = logs.filter((l) => !!l.address && isAddressEqual(l.address, registry));
  return parseEventLogs({ abi: levetrageAbi, logs: own, strict: true, eventName });
}

/** The id of the threat a creation transaction made (its `ThreatCreated`), or null when there is none. */
export function createdThreatId(logs: readonly Log[], registry: Address): bigint | null {
  const [created] = registryEvents(logs, registry, 'ThreatCreated');
  return created ? created.args.id : null;
}
