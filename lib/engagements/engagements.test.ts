import { describe, expect, it } from 'vitest';
import { privateKeyToAccount } from 'viem/accounts';
import type { Hex } from 'viem';
import {
  decodeEngagementRequest,
  decodeEngagementResponse,
  encodeEngagementRequest,
  encodeEngagementResponse,
  engagementId,
  engagementTypedData,
  LinkError,
  randomNonce,
  sameEngagement,
  verifyEngagementSignature,
  type Engagement,
  type EngagementRequest,
} from './index';

// anvil's public dev keys (Law firm Y and Jane in the README): never used on a real network.
const provider = privateKeyToAccount('0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba');
const jane = privateKeyToAccount('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
const REGISTRY = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0' as const;
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const engagement: Engagement = {
  provider: provider.address,
  maker: jane.address,
  agreementHash: `0x${'ab'.repeat(32)}`,
  minStake: 10n ** 18n,
  maxStake: 0n,
  kinds: 2,
  validUntil: 1_800_000_000,
  uses: 1,
  nonce: 7n,
};

async function sign(e: Engagement, chainId = 31337, registry: `0x${string}` = REGISTRY): Promise<Hex> {
  return provider.signTypedData(engagementTypedData(chainId, registry, e));
}

describe('engagement signatures', () => {
  it('accepts the provider’s signature of exactly these terms, and says it is ECDSA', async () => {
    const check = await verifyEngagementSignature({
      chainId: 31337,
      registry: REGISTRY,
      engagement,
      signature: await sign(engagement),
    });
    expect(check).toEqual({ ok: true, engagementId: engagementId(31337, REGISTRY, engagement), method: 'ecdsa' });
  });

  it('refuses a signature of other terms, another chain or another registry as wrong-signer', async () => {
    const other = await sign({ ...engagement, minStake: 1n });
    const otherChain = await sign(engagement, 1);
    const otherRegistry = await sign(engagement, 31337, '0x0000000000000000000000000000000000000001');
    for (const signature of [other, otherChain, otherRegistry]) {
      const check = await verifyEngagementSignature({ chainId: 31337, registry: REGISTRY, engagement, signature });
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.problem).toBe('wrong-signer');
    }
  });

  it('refuses another account’s signature and reports who signed', async () => {
    const signature = await jane.signTypedData(engagementTypedData(31337, REGISTRY, engagement));
    const check = await verifyEngagementSignature({ chainId: 31337, registry: REGISTRY, engagement, signature });
    expect(check).toMatchObject({ ok: false, problem: 'wrong-signer', recovered: jane.address });
  });

  it('refuses the malleable twin of a valid signature (high s), as the registry does', async () => {
    const good = await sign(engagement);
    const s = BigInt(`0x${good.slice(66, 130)}`);
    const v = parseInt(good.slice(130), 16);
    const twin =
      `${good.slice(0, 66)}${(N - s).toString(16).padStart(64, '0')}${(v === 27 ? 28 : 27).toString(16)}` as Hex;
    const check = await verifyEngagementSignature({ chainId: 31337, registry: REGISTRY, engagement, signature: twin });
    expect(check).toMatchObject({ ok: false, problem: 'high-s' });
  });

  it('refuses something that is not a 65-byte signature', async () => {
    const check = await verifyEngagementSignature({
      chainId: 31337,
      registry: REGISTRY,
      engagement,
      signature: '0x1234',
    });
    expect(check).toMatchObject({ ok: false, problem: 'malformed' });
  });

  it('gives every engagement its own id (any field changes it)', () => {
    const id = engagementId(31337, REGISTRY, engagement);
    expect(engagementId(31337, REGISTRY, { ...engagement, nonce: 8n })).not.toBe(id);
    expect(engagementId(31337, REGISTRY, { ...engagement, agreementHash: `0x${'cd'.repeat(32)}` })).not.toBe(id);
    expect(engagementId(1, REGISTRY, engagement)).not.toBe(id);
  });
});

const request: EngagementRequest = {
  v: 1,
  type: 'engagement-request',
  chainId: 31337,
  registry: REGISTRY,
  engagement,
  threat: {
    kind: 'probabilistic',
    terms: 'Refund $13,000 to Jane',
    stakeWei: '3000000000000000000',
    deadline: 1_790_000_000,
    timeoutAction: 'refund',
    pEscalate: 50_000_000,
    periodSeconds: 86_400,
  },
  agreement: { kind: 'file', name: 'retainer.pdf' },
};

describe('engagement links', () => {
  it('round-trips a request and a response', async () => {
    expect(decodeEngagementRequest(encodeEngagementRequest(request))).toEqual(request);
    const response = {
      v: 1 as const,
      type: 'engagement-response' as const,
      chainId: 31337,
      registry: REGISTRY,
      engagement,
      signature: await sign(engagement),
    };
    expect(decodeEngagementResponse(encodeEngagementResponse(response))).toEqual(response);
  });

  it('reads a code from a whole link (after #)', () => {
    const code = encodeEngagementRequest(request);
    expect(decodeEngagementRequest(`http://localhost:3000/engage#${code}`)).toEqual(request);
  });

  it('refuses an edited link with a message saying it was changed', () => {
    const code = encodeEngagementRequest(request);
    const [payload, sum] = code.split('.');
    const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    json.engagement.minStake = '1';
    const edited = `${Buffer.from(JSON.stringify(json)).toString('base64url')}.${sum}`;
    expect(() => decodeEngagementRequest(edited)).toThrow(LinkError);
    expect(() => decodeEngagementRequest(edited)).toThrow(/changed or damaged/);
  });

  it('refuses a truncated link and garbage with messages for people', () => {
    const code = encodeEngagementRequest(request);
    expect(() => decodeEngagementRequest(code.slice(0, 20))).toThrow(/incomplete|damaged|changed/);
    expect(() => decodeEngagementRequest('hello')).toThrow(/incomplete/);
    expect(() => decodeEngagementResponse(encodeEngagementRequest(request))).toThrow(/invalid field/);
  });

  it('compares engagements field by field, and makes fresh 64-bit nonces', () => {
    expect(sameEngagement(engagement, { ...engagement })).toBe(true);
    expect(sameEngagement(engagement, { ...engagement, uses: 2 })).toBe(false);
    const a = randomNonce();
    expect(a).toBeLessThan(2n ** 64n);
    expect(randomNonce()).not.toBe(a);
  });
});
