/**
 * The transaction runner against a real anvil chain (port 8620) and the real contracts, signing with
 * the built-in dev wallet connector (a burner key) through a wagmi config — the same path the UI takes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, createConfig, disconnect, http, type Config } from '@wagmi/core';
import { decodeEventLog, defineChain, encodeFunctionData, parseEther, zeroHash, type Address, type Chain } from 'viem';
import { levetrageAbi, nashTokenAbi } from '@/lib/contracts/abis.generated';
import { buyNashCall } from '@/lib/contracts/actions/buy-nash';
import { createThreatCall, threatParams } from '@/lib/contracts/actions/create-threat';
import { NO_ENGAGEMENT } from '@/lib/engagements/typed-data';
import { devWallet, fundDevWallet, type KeyStorage } from '@/components/wallet/dev-wallet';
import { runTransactions, type TxStep } from './run-transaction';
import { initialTxState, txReducer, type TxEvent, type TxPhase } from './tx-state';
import { startAnvil, rpc } from '@/scripts/lib/anvil.mjs';
import { testPort } from '@/scripts/lib/tools.mjs';
import { deployContracts } from '@/scripts/lib/deploy.mjs';

// 8620 is this part's e2e anvil (tests/e2e/desks.e2e.test.ts); the unit test uses the next port so both can run at once.
const PORT = testPort(8621);
const DEAD_PORT = testPort(8629);
const ZERO_HASH = zeroHash;
const RPC = `http://127.0.0.1:${PORT}`;
const chain: Chain = defineChain({
  id: 31337,
  name: 'Anvil (wallet-desks test)',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [RPC] } },
});

function memoryStorage(): KeyStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

let anvil: { stop: () => Promise<void> };
let deployment: Awaited<ReturnType<typeof deployContracts>>;
let config: Config;
let me: Address;

/** Runs steps and records the phases the reducer went through. */
async function runAndTrace(steps: TxStep[], cfg: Config = config) {
  const phases: TxPhase[] = [];
  let state = initialTxState;
  const result = await runTransactions(cfg, steps, {
    onEvent: (e: TxEvent) => {
      state = txReducer(state, e);
      if (phases[phases.length - 1] !== state.phase) phases.push(state.phase);
    },
  });
  return { result, phases, state };
}

async function now(): Promise<number> {
  const block = (await rpc(RPC, 'eth_getBlockByNumber', ['latest', false])) as { timestamp: string };
  return Number(block.timestamp);
}

/** Buy the 10-NASH fee on the dev Uniswap pool, then create a refund commitment the wallet itself decides. */
function commitmentSteps(opts: { value: bigint; deadline: number; terms?: string }): TxStep[] {
  return [
    {
      label: 'Buy the NASH fee',
      request: {
        ...buyNashCall({
          router: deployment.uniswapRouter!,
          weth: deployment.weth!,
          nash: deployment.nash,
          amount: parseEther('10'),
          maxEth: parseEther('0.01'),
          to: me,
          deadline: 2n ** 40n,
        }),
        chainId: 31337,
      },
    },
    {
      label: 'Create the commitment',
      request: {
        ...createThreatCall({
          registry: deployment.levetrage,
          params: threatParams({
            resolver: me,
            beneficiary: me,
            deadline: opts.deadline,
            timeoutAction: 0,
            maxFee: parseEther('10'),
            terms: opts.terms ?? 'Refund order #1',
          }),
          engagement: NO_ENGAGEMENT,
          signature: '0x',
          stake: opts.value,
        }),
        chainId: 31337,
      },
    },
  ];
}

function createdId(receipt: {
  logs: { address: string; topics: readonly `0x${string}`[]; data: `0x${string}` }[];
}): bigint {
  for (const log of receipt.logs) {
    if (log.address.toLowerCase() !== deployment.levetrage.toLowerCase()) continue;
    try {
      const ev = decodeEventLog({ abi: levetrageAbi, topics: log.topics as [`0x${string}`], data: log.data });
      if (ev.eventName === 'ThreatCreated') return (ev.args as { id: bigint }).id;
    } catch {
      /* other event */
    }
  }
  throw new Error('no ThreatCreated in receipt');
}

beforeAll(async () => {
  anvil = await startAnvil({ port: PORT });
  deployment = await deployContracts({ rpcUrl: RPC });
  config = createConfig({
    chains: [chain],
    connectors: [devWallet({ chain, storage: memoryStorage() })],
    transports: { [chain.id]: http(RPC) },
    pollingInterval: 200,
  });
  const conn = await connect(config, { connector: config.connectors[0] });
  me = conn.accounts[0];
}, 300_000); // a deploy may compile first on a busy machine

afterAll(async () => {
  if (config) await disconnect(config).catch(() => {});
  await anvil?.stop();
});

describe('dev wallet connector', () => {
  it('connects a fresh burner on the local chain and funds it with ETH and NASH from an anvil account', async () => {
    expect(me).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(BigInt(await rpc(RPC, 'eth_getBalance', [me, 'latest']))).toBe(0n);
    const funded = await fundDevWallet({ chain, address: me, nash: deployment.nash });
    expect(funded.ethBalance).toBe(parseEther('100'));
    expect(funded.nashBalance).toBe(parseEther('1000'));
    expect(funded.nashFrom).toMatch(/^0x/);
    // Funding again tops ETH back up but does not send NASH it already has.
    const again = await fundDevWallet({ chain, address: me, nash: deployment.nash });
    expect(again.nashTx).toBeUndefined();
  });

  it('refuses to switch to another chain', async () => {
    await expect(config.connectors[0].switchChain!({ chainId: 1 })).rejects.toThrow(/only works on/);
  });
});

describe('runTransactions (simulate → sign → wait) on anvil', () => {
  let id: bigint;

  it('buys the NASH fee then creates a commitment, as a two-step sequence', async () => {
    const { result, phases, state } = await runAndTrace(
      commitmentSteps({ value: parseEther('1'), deadline: (await now()) + 3600 }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.receipts).toHaveLength(2);
    expect(phases).toEqual(['simulating', 'signing', 'pending', 'simulating', 'signing', 'pending', 'success']);
    expect(state.hashes).toHaveLength(2);
    id = createdId(result.receipts[1]);
    expect(id).toBeGreaterThan(0n);
  });

  it('fulfils as terminator and the refund event is in the receipt', async () => {
    const { result } = await runAndTrace([
      {
        request: {
          address: deployment.levetrage,
          abi: levetrageAbi,
          functionName: 'fulfil',
          args: [id, ZERO_HASH],
          chainId: 31337,
        },
      },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = result.receipts[0].logs.map((l) => {
      try {
        return decodeEventLog({ abi: levetrageAbi, topics: l.topics as [`0x${string}`], data: l.data }).eventName;
      } catch {
        return null;
      }
    });
    expect(names).toContain('Fulfilled');
    expect(names).toContain('Refunded');
  });

  it('catches a revert in simulation, decodes it, and sends nothing', async () => {
    const nonceBefore = await rpc(RPC, 'eth_getTransactionCount', [me, 'latest']);
    const { result, phases } = await runAndTrace([
      {
        request: {
          address: deployment.levetrage,
          abi: levetrageAbi,
          functionName: 'fulfil',
          args: [id, ZERO_HASH],
          chainId: 31337,
        },
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'revert', errorName: 'ThreatNotLive' });
    expect(result.error.message).toContain('has been fulfilled');
    expect(phases).toEqual(['simulating', 'error']);
    expect(await rpc(RPC, 'eth_getTransactionCount', [me, 'latest'])).toBe(nonceBefore);
  });

  it('says the deadline has passed after warping past it', async () => {
    const created = await runAndTrace(commitmentSteps({ value: parseEther('0.5'), deadline: (await now()) + 120 }));
    expect(created.result.ok ? 'ok' : created.result.error.message).toBe('ok');
    if (!created.result.ok) return;
    const newId = createdId(created.result.receipts[1]);
    await rpc(RPC, 'evm_increaseTime', [300]);
    await rpc(RPC, 'evm_mine', []);
    const { result } = await runAndTrace([
      {
        request: {
          address: deployment.levetrage,
          abi: levetrageAbi,
          functionName: 'fulfil',
          args: [newId, ZERO_HASH],
          chainId: 31337,
        },
      },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.errorName).toBe('DeadlinePassed');
    expect(result.error.message).toMatch(
      /^The deadline has passed \(.+ UTC\); the demand can no longer be marked fulfilled\.$/,
    );
  });

  it('reports insufficient funds for a stake above the balance', async () => {
    const steps = commitmentSteps({ value: parseEther('5000'), deadline: (await now()) + 3600 });
    const { result } = await runAndTrace([steps[1]]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('insufficient-funds');
  });

  it('decodes an OpenZeppelin ERC-20 error (not enough NASH for the fee)', async () => {
    const balance = BigInt(
      await rpc(RPC, 'eth_call', [
        { to: deployment.nash, data: encodeFunctionData({ abi: nashTokenAbi, functionName: 'balanceOf', args: [me] }) },
        'latest',
      ]),
    );
    await runAndTrace([
      {
        request: {
          address: deployment.nash,
          abi: nashTokenAbi,
          functionName: 'transfer',
          args: ['0x000000000000000000000000000000000000dEaD', balance],
          chainId: 31337,
        },
      },
    ]);
    const steps = commitmentSteps({ value: parseEther('1'), deadline: (await now()) + 3600 });
    const { result } = await runAndTrace([steps[1]]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        kind: 'revert',
        errorName: 'ERC20InsufficientBalance',
        title: 'Not enough NASH',
      });
  });

  it('refuses a write aimed at another chain before opening the wallet', async () => {
    const { result, phases } = await runAndTrace([
      {
        request: {
          address: deployment.levetrage,
          abi: levetrageAbi,
          functionName: 'fulfil',
          args: [1n, ZERO_HASH],
          chainId: 11155111,
        },
      },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('wrong-network');
    expect(phases).toEqual(['simulating', 'error']);
  });

  it('reports an unreachable RPC', async () => {
    const deadChain = defineChain({ ...chain, rpcUrls: { default: { http: [`http://127.0.0.1:${DEAD_PORT}`] } } });
    const dead = createConfig({
      chains: [deadChain],
      connectors: [devWallet({ chain: deadChain, storage: memoryStorage() })],
      transports: { [deadChain.id]: http(`http://127.0.0.1:${DEAD_PORT}`, { retryCount: 0 }) },
    });
    await connect(dead, { connector: dead.connectors[0] });
    const { result } = await runAndTrace(
      [
        {
          request: {
            address: deployment.levetrage,
            abi: levetrageAbi,
            functionName: 'fulfil',
            args: [1n, ZERO_HASH],
            chainId: 31337,
          },
        },
      ],
      dead,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('rpc-down');
  });
});
