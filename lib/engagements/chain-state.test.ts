// The engage page's chain reads against a real anvil (port 8626) with the contracts deployed by the forge script:
// the chain's clock when it runs ahead of the wall clock, a nonce before and after the provider accepts on chain,
// an unknown chain and a chain that refuses connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployContracts } from '@/scripts/lib/deploy.mjs';
import { startAnvil } from '@/scripts/lib/anvil.mjs';
import { devAccount } from '@/scripts/lib/dev-accounts.mjs';
import { testPort } from '@/scripts/lib/tools.mjs';
import { publicClientFor, walletClientFor } from '@/scripts/lib/chain-clients';
import { acceptEngagement } from '../contracts/actions/accept-engagement';
import { fileEngagementRequest } from './test-helpers';

const PORT = testPort(8626);
const RPC = `http://127.0.0.1:${PORT}`;
let anvil: { stop: () => Promise<void> };
let registry: `0x${string}`;
let readRequestChainState: typeof import('./chain-state').readRequestChainState;
const lawFirm = devAccount('lawFirm');
const jane = devAccount('jane');

const request = (nonce: bigint, chainId = 31337) =>
  fileEngagementRequest({
    registry,
    provider: lawFirm.address,
    maker: jane.address,
    nonce,
    now: 1_800_000_000,
    chainId,
  });

beforeAll(async () => {
  anvil = await startAnvil({ port: PORT });
  registry = (await deployContracts({ rpcUrl: RPC })).levetrage;
  process.env.LOCAL_RPC_URL = RPC; // the local chain's RPC, read when lib/chains loads
  ({ readRequestChainState } = await import('./chain-state'));
}, 180_000);

afterAll(async () => {
  await anvil?.stop();
});

describe('readRequestChainState', () => {
  it('takes the chain’s clock when it is ahead of the wall clock, and sees a nonce once the provider accepts', async () => {
    const client = await publicClientFor(RPC);
    const ahead = Math.floor(Date.now() / 1000) + 30 * 86_400;
    await client.request({ method: 'evm_setNextBlockTimestamp' as never, params: [ahead] as never });
    await client.request({ method: 'evm_mine' as never });

    const wall = Math.floor(Date.now() / 1000);
    const before = await readRequestChainState(request(41n), wall);
    expect(before.now).toBe(ahead);
    expect(before.nonceUsed).toBe(false);
    expect(before.client).toBeDefined();

    await acceptEngagement(
      walletClientFor(client, lawFirm.privateKey),
      { registry, engagement: request(41n).engagement },
      {
        publicClient: client,
      },
    );
    expect((await readRequestChainState(request(41n), wall)).nonceUsed).toBe(true);
    expect((await readRequestChainState(request(42n), wall)).nonceUsed).toBe(false);
  });

  it('keeps the wall clock and says nothing of the nonce on a chain the app does not know', async () => {
    expect(await readRequestChainState(request(41n, 999_999), 1_700_000_000)).toEqual({
      now: 1_700_000_000,
      nonceUsed: null,
    });
  });

  it('keeps the wall clock and says nothing of the nonce when the RPC refuses connections', async () => {
    await anvil.stop();
    const state = await readRequestChainState(request(41n), 1_700_000_000);
    expect(state.now).toBe(1_700_000_000);
    expect(state.nonceUsed).toBeNull();
  });
});
