import { describe, expect, it } from 'vitest';
import { keccak256, toRlp, type Client, type Hex } from 'viem';
import { getHeaderRlp, headerRlpFromRpcBlock, type RpcHeader } from './header-proof';

// Block 3 of a fresh anvil 1.7.1 chain (Prague, 21 header fields), as returned by eth_getBlockByNumber.
const BLOCK_3: RpcHeader = {
  hash: '0x212c8404e31acf135abc712684769ec4663b14941173bfc67a6d0543dcb3f418',
  parentHash: '0x79862d42cf1191552f13e4f4df6de142b9f29abf7d1508a9c231da9fea484328',
  sha3Uncles: '0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347',
  miner: '0x0000000000000000000000000000000000000000',
  stateRoot: '0xf1623cdd82c565fe933d5f62202c374dadece61ad2f2654a2788c51b2f7f863c',
  transactionsRoot: '0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421',
  receiptsRoot: '0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421',
  logsBloom: `0x${'00'.repeat(256)}`,
  difficulty: '0x0',
  number: '0x3',
  gasLimit: '0x1c9c380',
  gasUsed: '0x0',
  timestamp: '0x6b073502',
  extraData: '0x',
  mixHash: '0x046c56b7c5b6d0822c42658127ffba1ca114963553de09335cac903bc523713c',
  nonce: '0x0000000000000000',
  baseFeePerGas: '0x2da282a8',
  withdrawalsRoot: '0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421',
  blobGasUsed: '0x0',
  excessBlobGas: '0x0',
  parentBeaconBlockRoot: `0x${'00'.repeat(32)}`,
  requestsHash: '0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  totalDifficulty: '0x0',
  size: '0x267',
  uncles: [],
  transactions: [],
  withdrawals: [],
};

function fakeClient(answer: (params: unknown) => unknown): Client {
  return { request: async ({ params }: { params: unknown }) => answer(params) } as unknown as Client;
}

describe('headerRlpFromRpcBlock', () => {
  it('encodes the 21 Prague fields so that keccak256(rlp) is the block hash', () => {
    const rlp = headerRlpFromRpcBlock(BLOCK_3);
    expect(keccak256(rlp)).toBe(BLOCK_3.hash);
    expect((rlp.length - 2) / 2).toBe(610);
    expect(rlp).toContain((BLOCK_3.mixHash as string).slice(2));
  });

  it('handles older forks: stops at the first absent fork field', () => {
    // A London-era header: 16 fields. Its hash is that of the independently assembled 16-item list.
    const london: RpcHeader = { ...BLOCK_3, difficulty: '0x2', number: '0x10' };
    for (const f of ['withdrawalsRoot', 'blobGasUsed', 'excessBlobGas', 'parentBeaconBlockRoot', 'requestsHash'])
      delete london[f];
    const items: Hex[] = [
      BLOCK_3.parentHash,
      BLOCK_3.sha3Uncles,
      BLOCK_3.miner,
      BLOCK_3.stateRoot,
      BLOCK_3.transactionsRoot,
      BLOCK_3.receiptsRoot,
      BLOCK_3.logsBloom,
      '0x02',
      '0x10',
      '0x01c9c380',
      '0x',
      '0x6b073502',
      '0x',
      BLOCK_3.mixHash,
      BLOCK_3.nonce,
      '0x2da282a8',
    ] as Hex[];
    london.hash = keccak256(toRlp(items));
    expect(headerRlpFromRpcBlock(london)).toBe(toRlp(items));
  });

  it('refuses a header whose encoding does not hash to the block hash', () => {
    expect(() => headerRlpFromRpcBlock({ ...BLOCK_3, mixHash: `0x${'11'.repeat(32)}` })).toThrow(
      /hashes to 0x[0-9a-f]{64}, not the block hash 0x212c/,
    );
    // An unknown extra field from a future fork would be silently dropped: the hash check catches that too.
    const noRequests = { ...BLOCK_3 };
    delete noRequests.requestsHash;
    expect(() => headerRlpFromRpcBlock(noRequests)).toThrow(/not the block hash/);
  });

  it('explains missing, out-of-order and malformed fields', () => {
    const noMix = { ...BLOCK_3 };
    delete noMix.mixHash;
    expect(() => headerRlpFromRpcBlock(noMix)).toThrow(/lacks required field mixHash/);
    const gap = { ...BLOCK_3 };
    delete gap.withdrawalsRoot;
    expect(() => headerRlpFromRpcBlock(gap)).toThrow(/has blobGasUsed \(Cancun\) but lacks an earlier fork field/);
    expect(() => headerRlpFromRpcBlock({ ...BLOCK_3, gasUsed: 12 })).toThrow(/gasUsed is not hex/);
    expect(() => headerRlpFromRpcBlock({ ...BLOCK_3, extraData: '0xabc' })).toThrow(/odd number of hex digits/);
    expect(() => headerRlpFromRpcBlock({ ...BLOCK_3, hash: null })).toThrow(/pending block cannot be proven/);
  });
});

describe('getHeaderRlp', () => {
  it('asks for the block by number and returns its checked RLP', async () => {
    let asked: unknown;
    const client = fakeClient((params) => {
      asked = params;
      return BLOCK_3;
    });
    expect(keccak256(await getHeaderRlp(client, 3n))).toBe(BLOCK_3.hash);
    expect(asked).toEqual(['0x3', false]);
  });

  it('fails clearly for a block not mined yet, a wrong block, or a negative number', async () => {
    await expect(
      getHeaderRlp(
        fakeClient(() => null),
        99,
      ),
    ).rejects.toThrow(/block 99 is not available yet/);
    await expect(
      getHeaderRlp(
        fakeClient(() => BLOCK_3),
        4,
      ),
    ).rejects.toThrow(/returned block 0x3 when asked for block 4/);
    await expect(
      getHeaderRlp(
        fakeClient(() => BLOCK_3),
        -1,
      ),
    ).rejects.toThrow(/must not be negative/);
  });
});
