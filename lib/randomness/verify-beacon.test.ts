// The beacon check against a real anvil chain: a block's header hashes to its hash and its prevrandao is the
// value; anything else is refused in words. Plus the outcome in words (percentages, not parts per billion).
import { createPublicClient, http, type Hex } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rpc, startAnvil } from '../../scripts/lib/anvil.mjs';
import { testPort } from '../../scripts/lib/tools.mjs';
import { drawOutcomeInWords, verifyBeaconValue } from './verify-beacon';
import { verifyDraw } from './verify-draw';

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let client: ReturnType<typeof createPublicClient>;
let mix5: Hex;
beforeAll(async () => {
  anvil = await startAnvil({ port: testPort(8747) });
  for (let i = 0; i < 8; i++) await rpc(anvil.rpcUrl, 'evm_mine', []);
  client = createPublicClient({ transport: http(anvil.rpcUrl) });
  mix5 = (await rpc(anvil.rpcUrl, 'eth_getBlockByNumber', ['0x5', false])).mixHash;
});
afterAll(() => anvil?.stop());

const beacon = '0x0000000000000000000000000000000000000001' as const;

describe('verifyBeaconValue (block beacon)', () => {
  it('fair: the value is the prevrandao of a block after the request', async () => {
    const r = await verifyBeaconValue(client, { kind: 'block', beacon, ticket: 5, requestedAtBlock: 3n }, mix5);
    expect(r).toMatchObject({ ok: true, block: 5n });
    expect(r.text).toBe(
      "Fair: this draw came from block 5, which nobody could know when the draw was requested (in block 3). Its header hashes to the block hash and its random value (prevrandao) is the draw's value.",
    );
  });
  it('refuses another value, a block not after the request, and a block that does not exist', async () => {
    const other = `0x${'ab'.repeat(32)}` as Hex;
    const wrong = await verifyBeaconValue(client, { kind: 'block', beacon, ticket: 5, requestedAtBlock: 3n }, other);
    expect(wrong.ok).toBe(false);
    expect(wrong.text).toContain("Not the beacon's value");
    const early = await verifyBeaconValue(client, { kind: 'block', beacon, ticket: 5, requestedAtBlock: 5n }, mix5);
    expect(early.ok).toBe(false);
    expect(early.text).toContain('could have been known');
    const missing = await verifyBeaconValue(client, { kind: 'block', beacon, ticket: 999, requestedAtBlock: 3n }, mix5);
    expect(missing).toMatchObject({ ok: false, text: 'Block 999 was not found on this chain.' });
  });
});

describe('drawOutcomeInWords', () => {
  it('says the roll and the odds as percentages', () => {
    const value = `0x${'11'.repeat(32)}` as Hex;
    const input = { value, threatId: 1n, period: 1, pEscalate: 50_000_000, pTerminate: 0 };
    const r = verifyDraw({ ...input, claimedOutcome: verifyDraw({ ...input, claimedOutcome: 0 }).outcome });
    const words = drawOutcomeInWords(r, 50_000_000, 0);
    expect(words).toMatch(/^The draw rolled \d+(\.\d+)?% of the range/);
    expect(words).toContain('5% escalation chance');
    expect(words).toContain('as the chain recorded');
    expect(words).not.toContain('pEscalate');
  });
});
