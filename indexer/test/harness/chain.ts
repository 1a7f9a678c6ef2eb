// A fresh anvil with the v2 contracts deployed by the forge script, plus what the indexer tests need beyond
// the default deploy: the VRF beacon on a minimal stand-in coordinator (so VrfBeacon events exist) and an
// allowed TestBeacon that can refuse requests (DrawRequestFailed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  type Abi,
  type Account,
  type Address,
  type Chain,
  type Hex,
  type PublicClient,
  type Transport,
  type WalletClient,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { levetrageAbi } from '../../abis.generated';
import { parseDeployment, type Deployment } from '../../../lib/contracts/deployments';
import { rpc, startAnvil } from '../../../scripts/lib/anvil.mjs';
import { deployContracts } from '../../../scripts/lib/deploy.mjs';
import { devAccounts } from '../../../scripts/lib/dev-accounts.mjs';
import { ROOT, foundryBin } from '../../../scripts/lib/tools.mjs';

export type Wallet = WalletClient<Transport, Chain, Account>;
export type Role =
  'deployer' | 'jane' | 'joe' | 'mike' | 'oracle' | 'lawFirm' | 'prFirm' | 'xcorp' | 'keeper' | 'spare';

/** The stand-in VRF coordinator: its code answers every call with the block number (a fresh request id per block). */
export const FAKE_COORDINATOR: Address = '0x00000000000000000000000000000000000c0de1';
const RETURN_BLOCK_NUMBER = '0x4360005260206000f3'; // NUMBER PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
export const VRF_LAPSE_BLOCKS = 5;

export interface TestChain {
  rpcUrl: string;
  chainId: number;
  registry: Address;
  nash: Address;
  prevrandaoBeacon: Address;
  vrfBeacon: Address;
  testBeacon: Address;
  testBeaconAbi: Abi;
  /** The deploy script's record (written to `deploymentsFile`): the resolvers and their peers too. */
  deployment: Deployment;
  deploymentsFile: string;
  client: PublicClient;
  wallet: (role: Role) => Wallet;
  address: (role: Role) => Address;
  /** A wallet sending as `address` through anvil_impersonateAccount (funded). */
  impersonate: (address: Address) => Promise<WalletClient<Transport, Chain>>;
  stop: () => Promise<void>;
}

export function artifact(file: string, name: string): { abi: Abi; bytecode: Hex } {
  const path = join(ROOT, 'contracts', 'out', file, `${name}.json`);
  if (!existsSync(path)) {
    const r = spawnSync(foundryBin('forge'), ['build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(path))
      throw new Error(`forge build did not produce ${path}:\n${r.stdout}\n${r.stderr}`);
  }
  const json = JSON.parse(readFileSync(path, 'utf8'));
  return { abi: json.abi, bytecode: json.bytecode.object };
}

/** `anvilArgs`: more anvil flags (the benchmark starts its chain at a high genesis block number). */
export async function startTestChain({
  port,
  dir,
  anvilArgs = [],
}: {
  port: number;
  dir: string;
  anvilArgs?: string[];
}): Promise<TestChain> {
  mkdirSync(dir, { recursive: true });
  const testBeaconArtifact = artifact('TestBeacon.sol', 'TestBeacon');
  const anvil = await startAnvil({ port, extraArgs: anvilArgs });
  try {
    await rpc(anvil.rpcUrl, 'anvil_setCode', [FAKE_COORDINATOR, RETURN_BLOCK_NUMBER]);
    await rpc(anvil.rpcUrl, 'anvil_setBalance', [FAKE_COORDINATOR, '0x56BC75E2D63100000']);
    const record = await deployContracts({
      rpcUrl: anvil.rpcUrl,
      env: {
        VRF_COORDINATOR: FAKE_COORDINATOR,
        VRF_SUBSCRIPTION_ID: '1',
        VRF_KEY_HASH: `0x${'11'.repeat(32)}`,
        VRF_LAPSE_BLOCKS: String(VRF_LAPSE_BLOCKS),
      },
    });
    if (!record.vrfBeacon) throw new Error('the deploy script did not deploy the VRF beacon');
    // The indexer registers the resolver handlers only for the resolvers the record names.
    const deployment = parseDeployment(record);
    for (const name of [
      'panelResolver',
      'realityResolver',
      'umaResolver',
      'realityArbitrator',
      'umaOracle',
      'weth',
    ] as const) {
      if (!deployment[name]) throw new Error(`the deploy script did not record ${name}`);
    }
    const deploymentsFile = join(dir, 'deployments.json');
    writeFileSync(deploymentsFile, JSON.stringify({ [record.chainId]: record }, null, 2));
    const chain = defineChain({
      id: record.chainId,
      name: 'anvil',
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [anvil.rpcUrl] } },
    });
    const client = createPublicClient({ chain, transport: http(anvil.rpcUrl), pollingInterval: 50 }) as PublicClient;
    const byRole = new Map(devAccounts.map((a) => [a.role as Role, a]));
    const wallets = new Map<Role, Wallet>();
    const wallet = (role: Role): Wallet => {
      let w = wallets.get(role);
      if (!w) {
        const a = byRole.get(role);
        if (!a) throw new Error(`no dev account ${role}`);
        w = createWalletClient({ account: privateKeyToAccount(a.privateKey), chain, transport: http(anvil.rpcUrl) });
        wallets.set(role, w);
      }
      return w;
    };
    const address = (role: Role) => byRole.get(role)!.address as Address;

    // The TestBeacon, allowed by the fee controller (the deployer).
    const deployer = wallet('deployer');
    const deployHash = await deployer.deployContract({
      abi: testBeaconArtifact.abi,
      bytecode: testBeaconArtifact.bytecode,
    });
    const testBeacon = (await client.waitForTransactionReceipt({ hash: deployHash })).contractAddress as Address;
    const allowHash = await deployer.writeContract({
      address: record.levetrage,
      abi: levetrageAbi,
      functionName: 'setBeaconAllowed',
      args: [testBeacon, true],
    });
    await client.waitForTransactionReceipt({ hash: allowHash });

    return {
      rpcUrl: anvil.rpcUrl,
      chainId: record.chainId,
      registry: record.levetrage,
      nash: record.nash,
      prevrandaoBeacon: record.prevrandaoBeacon!, // the local deploy always deploys it
      vrfBeacon: record.vrfBeacon,
      testBeacon,
      testBeaconAbi: testBeaconArtifact.abi,
      deployment,
      deploymentsFile,
      client,
      wallet,
      address,
      impersonate: async (who: Address) => {
        await rpc(anvil.rpcUrl, 'anvil_impersonateAccount', [who]);
        await rpc(anvil.rpcUrl, 'anvil_setBalance', [who, '0x56BC75E2D63100000']);
        return createWalletClient({ account: who, chain, transport: http(anvil.rpcUrl) });
      },
      stop: () => anvil.stop(),
    };
  } catch (e) {
    await anvil.stop();
    throw e;
  }
}
