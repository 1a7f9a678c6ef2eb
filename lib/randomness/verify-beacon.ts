/**
 * Checks in the browser that a settled draw's value is the beacon's (issue #13 item 9), beyond the arithmetic of
 * `verifyDraw`:
 * - block beacon (PrevrandaoBeacon): fetch the header of the ticket's block, RLP-encode it and hash it to the
 *   block hash (`headerRlpFromRpcBlock` throws otherwise), read its prevrandao (`mixHash`) and compare it with
 *   the draw's value; and check the block came after the block in which the draw was requested;
 * - VRF beacon (VrfBeacon): find the beacon's `Answered(ticket, requestId, value)` event, emitted only in the
 *   coordinator's fulfilment call, and compare its value; the fulfilment came after the request.
 * Then says so in words ("fair: this draw came from block N, which nobody could know when the draw was
 * requested"), with the outcome as percentages rather than parts per billion. Pure apart from the RPC reads.
 */
import { getAbiItem, type Address, type Client, type Hex, numberToHex } from 'viem';
import { getLogs, readContract } from 'viem/actions';
import { formatInteger, formatPpb } from '../format';
import { PROB_SCALE } from './draw-rule';
import { headerRlpFromRpcBlock, type RpcHeader } from './header-proof';
import type { VerifyDrawResult } from './verify-draw';

/** Where a draw's value must come from: the beacon, its ticket, and the block of the `DrawRequested` event. */
export interface BeaconSource {
  kind: 'block' | 'vrf' | 'other';
  beacon: Address;
  ticket: number;
  /** The block in which the draw was requested (the value must be unknown then). */
  requestedAtBlock: bigint;
}

/** The verdict on the value's origin. */
export interface BeaconCheck {
  ok: boolean;
  /** The block whose randomness decided the draw (block beacon: the ticket; VRF: the fulfilment's block). */
  block: bigint | null;
  /** One or two sentences in words. */
  text: string;
}

const VRF_ABI = [
  {
    type: 'event',
    name: 'Answered',
    inputs: [
      { name: 'ticket', type: 'uint48', indexed: true },
      { name: 'requestId', type: 'uint256', indexed: true },
      { name: 'value', type: 'bytes32', indexed: false },
    ],
  },
  { type: 'function', name: 'coordinator', stateMutability: 'view', inputs: [], outputs: [{ type: 'address' }] },
] as const;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Checks that `value` is the beacon's value for `source` (see the module comment). Never throws. */
export async function verifyBeaconValue(client: Client, source: BeaconSource, value: Hex): Promise<BeaconCheck> {
  try {
    if (source.kind === 'block') return await checkBlock(client, source, value);
    if (source.kind === 'vrf') return await checkVrf(client, source, value);
    return {
      ok: false,
      block: null,
      text: 'This beacon is of a kind the page cannot check; only the arithmetic was verified.',
    };
  } catch (e) {
    return { ok: false, block: null, text: `Could not check the beacon: ${(e as Error).message.split('\n')[0]}` };
  }
}

async function checkBlock(client: Client, s: BeaconSource, value: Hex): Promise<BeaconCheck> {
  const n = BigInt(s.ticket);
  const block = (await client.request({
    method: 'eth_getBlockByNumber',
    params: [numberToHex(n), false],
  } as never)) as RpcHeader | null;
  if (!block) return { ok: false, block: n, text: `Block ${formatInteger(n)} was not found on this chain.` };
  headerRlpFromRpcBlock(block); // throws unless the header's fields hash to the block hash
  const mix = String(block['mixHash'] ?? '');
  const label = `block ${formatInteger(n)}`;
  if (!same(mix, value))
    return {
      ok: false,
      block: n,
      text: `Not the beacon's value: ${label}'s random value (prevrandao) is ${mix}, but the draw used ${value}.`,
    };
  if (n <= s.requestedAtBlock)
    return {
      ok: false,
      block: n,
      text: `The value is ${label}'s, but that block was not after the request (block ${formatInteger(s.requestedAtBlock)}): it could have been known.`,
    };
  return {
    ok: true,
    block: n,
    text: `Fair: this draw came from ${label}, which nobody could know when the draw was requested (in block ${formatInteger(s.requestedAtBlock)}). Its header hashes to the block hash and its random value (prevrandao) is the draw's value.`,
  };
}

async function checkVrf(client: Client, s: BeaconSource, value: Hex): Promise<BeaconCheck> {
  const logs = await getLogs(client, {
    address: s.beacon,
    event: getAbiItem({ abi: VRF_ABI, name: 'Answered' }),
    args: { ticket: s.ticket },
    fromBlock: s.requestedAtBlock,
    toBlock: 'latest',
  });
  const log = logs[0];
  if (!log) return { ok: false, block: null, text: `The VRF beacon has no answer recorded for ticket ${s.ticket}.` };
  const coordinator = await readContract(client, { address: s.beacon, abi: VRF_ABI, functionName: 'coordinator' });
  if (!same(log.args.value ?? '0x', value))
    return {
      ok: false,
      block: log.blockNumber,
      text: `Not the beacon's value: the VRF answered ${log.args.value}, but the draw used ${value}.`,
    };
  return {
    ok: true,
    block: log.blockNumber,
    text: `Fair: this draw came from the Chainlink VRF coordinator ${coordinator}, which answered in block ${formatInteger(log.blockNumber ?? 0n)}, after the draw was requested (block ${formatInteger(s.requestedAtBlock)}); its proof is checked on chain by the coordinator.`,
  };
}

/** The outcome of a verified draw in words, with percentages (not parts per billion). */
export function drawOutcomeInWords(r: VerifyDrawResult, pEscalate: number, pTerminate: number): string {
  if (r.roll === null) return r.explanation;
  const roll = formatPpb(r.roll);
  const pE = formatPpb(pEscalate);
  const both = formatPpb(pEscalate + pTerminate);
  const where =
    r.outcome === 'escalate'
      ? `below the ${pE} escalation chance`
      : r.outcome === 'terminate'
        ? `above the ${pE} escalation chance but below ${both} with the call-off chance`
        : `above the ${pTerminate > 0 ? `${both} of escalation and call-off` : `${pE} escalation chance`}`;
  const outcome = { escalate: 'escalates', terminate: 'calls the threat off', continue: 'continues' }[r.outcome];
  return r.ok
    ? `The draw rolled ${roll} of the range (${formatInteger(r.roll)} of ${formatInteger(PROB_SCALE)}), ${where}: it ${outcome}, as the chain recorded.`
    : `Mismatch: the draw rolled ${roll}, ${where}, so it ${outcome}, which is not what the chain recorded. ${r.explanation}`;
}
