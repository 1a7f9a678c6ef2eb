// A contract provider's engagement signature (ERC-1271) against a real anvil (port 8627): the check imports its
// contract half only when ECDSA fails. The providers are two tiny contracts set with anvil_setCode: one whose
// isValidSignature returns the magic value for any input, one that reverts on any call.
import { createPublicClient, http, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnvil } from '@/scripts/lib/anvil.mjs';
import { testPort } from '@/scripts/lib/tools.mjs';
import { oneUseEngagement } from './sign';
import { engagementTypedData } from './typed-data';
import { verifyEngagementSignature } from './verify';

const PORT = testPort(8627);
const RPC = `http://127.0.0.1:${PORT}`;
const REGISTRY = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0';
const APPROVES = '0x00000000000000000000000000000000000a1271';
const REVERTS = '0x00000000000000000000000000000000000b1271';
// PUSH4 0x1626ba7e PUSH1 0xe0 SHL PUSH1 0 MSTORE PUSH1 0x20 PUSH1 0 RETURN: returns the ERC-1271 magic value
const APPROVES_CODE = '0x631626ba7e60e01b60005260206000f3';
const REVERTS_CODE = '0x60006000fd'; // PUSH1 0 PUSH1 0 REVERT
const owner = privateKeyToAccount('0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba');
let anvil: { stop: () => Promise<void> };
const client = createPublicClient({ transport: http(RPC, { retryCount: 0 }) });

const engagementOf = (provider: `0x${string}`) =>
  oneUseEngagement({
    provider,
    maker: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
    agreementHash: `0x${'ab'.repeat(32)}`,
    nonce: 3n,
    now: 1_800_000_000,
  });
// the owner's key signs; the recovered address is the owner's, never the contract's, so ECDSA fails first
const signedBy = (provider: `0x${string}`): Promise<Hex> =>
  owner.signTypedData(engagementTypedData(31337, REGISTRY, engagementOf(provider)));

beforeAll(async () => {
  anvil = await startAnvil({ port: PORT });
  await client.request({ method: 'anvil_setCode' as never, params: [APPROVES, APPROVES_CODE] as never });
  await client.request({ method: 'anvil_setCode' as never, params: [REVERTS, REVERTS_CODE] as never });
}, 60_000);

afterAll(async () => {
  await anvil?.stop();
});

describe('verifyEngagementSignature for a contract provider', () => {
  it('accepts what the contract approves, and says it is ERC-1271', async () => {
    const check = await verifyEngagementSignature(
      { chainId: 31337, registry: REGISTRY, engagement: engagementOf(APPROVES), signature: await signedBy(APPROVES) },
      client,
    );
    expect(check).toMatchObject({ ok: true, method: 'erc1271' });
  });

  it('refuses what the contract does not approve (here: it reverts)', async () => {
    const check = await verifyEngagementSignature(
      { chainId: 31337, registry: REGISTRY, engagement: engagementOf(REVERTS), signature: await signedBy(REVERTS) },
      client,
    );
    expect(check).toMatchObject({ ok: false, problem: 'contract-refused' });
  });

  it('says the chain is unreachable when it cannot ask the contract', async () => {
    await anvil.stop();
    const check = await verifyEngagementSignature(
      { chainId: 31337, registry: REGISTRY, engagement: engagementOf(APPROVES), signature: await signedBy(APPROVES) },
      client,
    );
    expect(check).toMatchObject({ ok: false, problem: 'unreachable' });
  });
});
