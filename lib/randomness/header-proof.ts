import { keccak256, numberToHex, toRlp, type Client, type Hex } from 'viem';

/**
 * Block header proofs for `PrevrandaoBeacon.resolve(ticket, headerRlp)`: the RLP-encoded header of the
 * ticket's block, whose keccak256 is the block hash the contract checks against BLOCKHASH / EIP-2935.
 * Pure apart from the one RPC read in `getHeaderRlp` (no React). Used by the keeper, the public page's
 * "trigger draws" button and the e2e tests.
 */

/** A block as returned by `eth_getBlockByNumber` (raw JSON-RPC, hex strings). */
export type RpcHeader = Record<string, unknown> & { hash?: Hex | null; number?: Hex | null };

type FieldKind = 'data' | 'quantity';

/** The header fields in RLP order: 15 since Frontier, then one optional field per fork. */
export const HEADER_FIELDS: readonly { name: string; kind: FieldKind; since: string }[] = [
  { name: 'parentHash', kind: 'data', since: 'Frontier' },
  { name: 'sha3Uncles', kind: 'data', since: 'Frontier' },
  { name: 'miner', kind: 'data', since: 'Frontier' },
  { name: 'stateRoot', kind: 'data', since: 'Frontier' },
  { name: 'transactionsRoot', kind: 'data', since: 'Frontier' },
  { name: 'receiptsRoot', kind: 'data', since: 'Frontier' },
  { name: 'logsBloom', kind: 'data', since: 'Frontier' },
  { name: 'difficulty', kind: 'quantity', since: 'Frontier' },
  { name: 'number', kind: 'quantity', since: 'Frontier' },
  { name: 'gasLimit', kind: 'quantity', since: 'Frontier' },
  { name: 'gasUsed', kind: 'quantity', since: 'Frontier' },
  { name: 'timestamp', kind: 'quantity', since: 'Frontier' },
  { name: 'extraData', kind: 'data', since: 'Frontier' },
  { name: 'mixHash', kind: 'data', since: 'Frontier' }, // prevrandao since Paris
  { name: 'nonce', kind: 'data', since: 'Frontier' },
  { name: 'baseFeePerGas', kind: 'quantity', since: 'London' },
  { name: 'withdrawalsRoot', kind: 'data', since: 'Shanghai' },
  { name: 'blobGasUsed', kind: 'quantity', since: 'Cancun' },
  { name: 'excessBlobGas', kind: 'quantity', since: 'Cancun' },
  { name: 'parentBeaconBlockRoot', kind: 'data', since: 'Cancun' },
  { name: 'requestsHash', kind: 'data', since: 'Prague' },
  { name: 'blockAccessListHash', kind: 'data', since: 'Amsterdam' },
];

/** Number of header fields before the first optional (fork-dependent) one. */
const REQUIRED_FIELDS = 15;

function isHexString(x: unknown): x is Hex {
  return typeof x === 'string' && /^0x[0-9a-fA-F]*$/.test(x);
}

/** Minimal big-endian bytes of a JSON-RPC quantity, as RLP wants integers (0 -> empty string). */
function quantityBytes(q: Hex): Hex {
  const v = BigInt(q);
  if (v === 0n) return '0x';
  const hex = v.toString(16);
  return `0x${hex.length % 2 ? '0' : ''}${hex}` as Hex;
}

function dataBytes(name: string, d: Hex): Hex {
  if ((d.length - 2) % 2 !== 0) throw new Error(`header field ${name} has an odd number of hex digits: ${d}`);
  return d.toLowerCase() as Hex;
}

/**
 * RLP-encodes a header from an `eth_getBlockByNumber` result: the 15 Frontier fields, then each fork's
 * field while present (London base fee ... Prague requests hash). Throws if a required field is missing,
 * if a fork field appears after a missing one, or if keccak256(rlp) differs from the block's hash.
 * @param block The raw RPC block (transactions may be hashes or objects; they are not used).
 * @returns The header RLP, hex.
 */
export function headerRlpFromRpcBlock(block: RpcHeader): Hex {
  const items: Hex[] = [];
  let ended = false;
  HEADER_FIELDS.forEach((field, i) => {
    const raw = block[field.name];
    if (raw === undefined || raw === null) {
      if (i < REQUIRED_FIELDS) throw new Error(`block header lacks required field ${field.name}`);
      ended = true;
      return;
    }
    if (ended) {
      throw new Error(`block header has ${field.name} (${field.since}) but lacks an earlier fork field`);
    }
    if (!isHexString(raw)) throw new Error(`header field ${field.name} is not hex: ${String(raw)}`);
    items.push(field.kind === 'quantity' ? quantityBytes(raw) : dataBytes(field.name, raw));
  });
  const rlp = toRlp(items);
  const hash = block.hash;
  if (!isHexString(hash)) throw new Error('block has no hash (a pending block cannot be proven)');
  const computed = keccak256(rlp);
  if (computed.toLowerCase() !== hash.toLowerCase()) {
    throw new Error(
      `header RLP of block ${block.number ?? '?'} hashes to ${computed}, not the block hash ${hash}: ` +
        'the node returned fields this encoder does not know (unsupported fork or chain)',
    );
  }
  return rlp;
}

/**
 * Fetches block `blockNumber` with `eth_getBlockByNumber` and returns its RLP-encoded header, checked
 * against the block hash. This is the `proof` for `PrevrandaoBeacon.resolve(blockNumber, proof)`.
 * @param client Any viem client (public or wallet) connected to the chain.
 * @param blockNumber The block (the beacon ticket).
 * @throws If the block is not mined yet, the node returns another block, or the encoding does not hash to the block hash.
 */
export async function getHeaderRlp(client: Client, blockNumber: bigint | number): Promise<Hex> {
  const n = BigInt(blockNumber);
  if (n < 0n) throw new RangeError(`block number must not be negative, got ${n}`);
  const block = (await client.request({
    method: 'eth_getBlockByNumber',
    params: [numberToHex(n), false],
  })) as RpcHeader | null;
  if (!block) throw new Error(`block ${n} is not available yet (not mined, or pruned by the node)`);
  if (!isHexString(block.number) || BigInt(block.number) !== n) {
    throw new Error(`node returned block ${String(block.number)} when asked for block ${n}`);
  }
  return headerRlpFromRpcBlock(block);
}
