/**
 * Fetching and decoding the registry's logs: one `eth_getLogs` over a block range, split in halves when
 * a provider refuses a range that is too large, decoded by `lib/contracts/events.ts`.
 */
import { formatLog, numberToHex, type Address, type Hex, type Client, type RpcLog } from 'viem';
import { indexedTopic, registryEventTopic, registryEvents, type RegistryEventName } from '../contracts/events';
import type { DecodedThreatLog } from './history';

type Topic = Hex | Hex[] | null;

/** Smallest block range that is still split further when the RPC refuses a range. */
const MIN_SPLIT_RANGE = 1n;

function looksLikeRangeLimit(e: unknown): boolean {
  const text = `${(e as Error)?.message ?? ''} ${(e as { details?: string })?.details ?? ''}`.toLowerCase();
  return /range|too many|limit|exceed|10000|query returned more than/.test(text);
}

/**
 * Raw `eth_getLogs` of `address` with `topics` over [fromBlock, toBlock]. When the provider refuses the
 * range (block-range or result-size limits of public RPCs), splits it in halves and retries.
 * @returns Formatted (not yet decoded) logs, in chain order within each half.
 */
export async function getLogsSplitting(
  client: Client,
  params: { address: Address; topics: Topic[]; fromBlock: bigint; toBlock: bigint },
): Promise<ReturnType<typeof formatLog>[]> {
  const { fromBlock, toBlock } = params;
  if (toBlock < fromBlock) return [];
  try {
    const raw = (await client.request({
      method: 'eth_getLogs',
      params: [
        {
          address: params.address,
          topics: params.topics as never,
          fromBlock: numberToHex(fromBlock),
          toBlock: numberToHex(toBlock),
        },
      ],
    })) as RpcLog[];
    return raw.map((log) => formatLog(log));
  } catch (e) {
    if (toBlock - fromBlock < MIN_SPLIT_RANGE || !looksLikeRangeLimit(e)) throw e;
    const mid = fromBlock + (toBlock - fromBlock) / 2n;
    const left = await getLogsSplitting(client, { ...params, toBlock: mid });
    const right = await getLogsSplitting(client, { ...params, fromBlock: mid + 1n });
    return [...left, ...right];
  }
}

/**
 * Registry logs of the given events (and optionally of one indexed first argument, e.g. a threat id or a
 * provider), decoded. Only logs emitted by `registry` itself are returned.
 */
export async function getRegistryLogs(
  client: Client,
  args: {
    registry: Address;
    eventNames: readonly RegistryEventName[];
    /** Values of topic1, topic2, topic3 to match (indexed arguments, in order); null or an absent entry matches any, an array matches any of its values. */
    indexed?: Array<bigint | Address | Array<bigint | Address> | null>;
    fromBlock: bigint;
    toBlock: bigint;
  },
): Promise<DecodedThreatLog[]> {
  const topics: Topic[] = [args.eventNames.map(registryEventTopic)];
  for (const v of args.indexed ?? [])
    topics.push(v === null ? null : Array.isArray(v) ? v.map(indexedTopic) : indexedTopic(v));
  const logs = await getLogsSplitting(client, {
    address: args.registry,
    topics,
    fromBlock: args.fromBlock,
    toBlock: args.toBlock,
  });
  return registryEvents(logs, args.registry) as unknown as DecodedThreatLog[];
}
