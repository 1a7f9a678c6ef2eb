// The deploy script's VRF path on a real chain: with VRF_COORDINATOR etc. set it deploys the VrfBeacon, allows
// it, adds it as a subscription consumer, and a probabilistic threat on it draws through the coordinator
// (VRFCoordinatorV2_5Mock, as on a testnet without a VRF node) and the keeper.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseEther, parseEventLogs, type Abi, type Address, type Hex } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levetrageAbi } from '../../../lib/contracts/abis.generated';
import { createThreatCall, threatParams } from '../../../lib/contracts/actions/create-threat';
import { parseDeployment } from '../../../lib/contracts/deployments';
import { oneUseEngagement, signEngagement } from '../../../lib/engagements/sign';
import { publicClientFor, walletClientFor } from '../../../scripts/lib/chain-clients';
import { deployContracts } from '../../../scripts/lib/deploy.mjs';
import { ROOT } from '../../../scripts/lib/tools.mjs';
import { settleDueOnce } from '../../../scripts/keeper';
import { anvilAccounts, chainTime, startStack, stopStack, warp, type Stack } from './index';

function artifact(file: string, name: string): { abi: Abi; bytecode: Hex } {
  const path = join(ROOT, 'contracts', 'out', file, `${name}.json`);
  if (!existsSync(path))
    throw new Error(`${path} missing: run \`forge build\` (the beacon tests compile the VRF mock)`);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return { abi: json.abi, bytecode: json.bytecode.object };
}

describe('deploy script with a VRF coordinator', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ app: false });
  });
  afterAll(async () => {
    await stopStack();
  });

  it('deploys, allows and subscribes the VrfBeacon, and a threat on it draws through the coordinator', async () => {
    const client = await publicClientFor(stack.rpcUrl);
    const owner = walletClientFor(client, anvilAccounts.spare.privateKey);
    const mock = artifact('VRFCoordinatorV2_5Mock.sol', 'VRFCoordinatorV2_5Mock');
    const mockHash = await owner.deployContract({
      abi: mock.abi,
      bytecode: mock.bytecode,
      args: [10n ** 17n, 10n ** 9n, 4n * 10n ** 15n],
    });
    const coordinator = (await client.waitForTransactionReceipt({ hash: mockHash })).contractAddress as Address;
    const subTx = await owner.writeContract({
      address: coordinator,
      abi: mock.abi,
      functionName: 'createSubscription',
    });
    const [created] = parseEventLogs({
      abi: mock.abi,
      eventName: 'SubscriptionCreated',
      logs: (await client.waitForTransactionReceipt({ hash: subTx })).logs,
    }) as unknown as {
      args: { subId: bigint };
    }[];
    const subId = created.args.subId;
    await client.waitForTransactionReceipt({
      hash: await owner.writeContract({
        address: coordinator,
        abi: mock.abi,
        functionName: 'fundSubscription',
        args: [subId, parseEther('100')],
      }),
    });

    const record = await deployContracts({
      rpcUrl: stack.rpcUrl,
      privateKey: anvilAccounts.spare.privateKey,
      env: {
        VRF_COORDINATOR: coordinator,
        VRF_SUBSCRIPTION_ID: subId.toString(),
        VRF_KEY_HASH: `0x${'11'.repeat(32)}`,
        VRF_ADD_CONSUMER: 'true',
        VRF_LAPSE_BLOCKS: '100',
      },
    });
    expect(record.vrfBeacon).toMatch(/^0x[0-9a-fA-F]{40}$/);
    const vrf = record.vrfBeacon as Address;
    const deployment = parseDeployment(record);
    expect(
      await client.readContract({
        address: deployment.levetrage,
        abi: levetrageAbi,
        functionName: 'isBeaconAllowed',
        args: [vrf],
      }),
    ).toBe(true);
    expect(
      await client.readContract({
        address: coordinator,
        abi: mock.abi,
        functionName: 'consumerIsAdded',
        args: [subId, vrf],
      }),
    ).toBe(true);

    // Jane (given NASH by the script on 31337) creates a threat that escalates for sure at its first draw; Law firm Y
    // signs its engagement; the registry burns the fee (no approval).
    const jane = walletClientFor(client, anvilAccounts.jane.privateKey);
    const fee = await client.readContract({
      address: deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'feeOf',
      args: [1],
    });
    const now = await chainTime();
    const engagement = oneUseEngagement({
      provider: anvilAccounts.lawFirm.address,
      maker: anvilAccounts.jane.address,
      agreementHash: `0x${'ab'.repeat(32)}`,
      nonce: 1n,
      now,
    });
    const signature = await signEngagement(walletClientFor(client, anvilAccounts.lawFirm.privateKey), {
      chainId: 31337,
      registry: deployment.levetrage,
      engagement,
    });
    const params = threatParams({
      resolver: anvilAccounts.oracle.address,
      beneficiary: anvilAccounts.jane.address,
      deadline: now + 3600,
      timeoutAction: 0,
      maxFee: fee,
      terms: 'VRF test',
      odds: { beacon: vrf, period: 60, pEscalate: 1_000_000_000, pTerminate: 0 },
    });
    const { request, result: id } = await client.simulateContract({
      account: jane.account,
      ...createThreatCall({ registry: deployment.levetrage, params, engagement, signature, stake: parseEther('1') }),
    });
    await client.waitForTransactionReceipt({ hash: await jane.writeContract(request) });

    await warp(61);
    const requested = await settleDueOnce(stack.rpcUrl, deployment);
    expect(requested.actions.filter((a) => a.id === id).map((a) => a.reason)).toEqual(['request-draws']);
    const receipt = await client.getTransactionReceipt({ hash: requested.actions.find((a) => a.id === id)!.txHash });
    const [vrfRequest] = parseEventLogs({
      abi: mock.abi,
      eventName: 'RandomWordsRequested',
      logs: receipt.logs,
    }) as unknown as { args: { requestId: bigint } }[];
    expect(vrfRequest).toBeDefined();

    // Not answered yet: the keeper's simulation sees the draw is not ready and sends nothing for it.
    const early = await settleDueOnce(stack.rpcUrl, deployment);
    expect(early.actions.filter((a) => a.id === id)).toEqual([]);

    await client.waitForTransactionReceipt({
      hash: await owner.writeContract({
        address: coordinator,
        abi: mock.abi,
        functionName: 'fulfillRandomWords',
        args: [vrfRequest.args.requestId, vrf],
      }),
    });
    const providerBefore = await client.getBalance({ address: anvilAccounts.lawFirm.address });
    const resolved = await settleDueOnce(stack.rpcUrl, deployment);
    expect(resolved.actions.filter((a) => a.id === id).map((a) => [a.reason, a.status])).toEqual([
      ['resolve-draws', 'escalated'],
    ]);
    expect(await client.getBalance({ address: anvilAccounts.lawFirm.address })).toBe(providerBefore + parseEther('1'));
  });
});
