/**
 * Test-only helpers (never imported by the app): create threats on a local anvil whose dev accounts are
 * unlocked, and an EIP-1193 provider over anvil that behaves like an injected wallet.
 */
import {
  createWalletClient,
  http,
  parseEther,
  parseEventLogs,
  type Address,
  type EIP1193Provider,
  type Hex,
  type PublicClient,
} from 'viem';
import { localChain } from '../chains';
import { levetrageAbi, nashTokenAbi } from '../contracts/abis.generated';
import type { Deployment } from '../contracts/deployments';
import type { Action } from '../contracts/enums.generated';

/** What to create. `odds` makes it probabilistic (parts per 1e9, period in seconds). */
export interface TestThreat {
  maker: Address;
  provider: Address;
  agreementHash: Hex;
  terminators: Address[];
  /** Seconds from the latest block to the deadline. */
  duration: number;
  /** The on-chain `Action` (generated: `Action.Refund`, …). */
  timeoutAction: Action;
  terms: string;
  /** ETH, e.g. "1.5". */
  stake: string;
  odds?: { period: number; pEscalate: number; pTerminate: number };
}

/** Sends a transaction from an unlocked anvil account and waits for a successful receipt. */
export async function sendAs(
  client: PublicClient,
  rpcUrl: string,
  from: Address,
  fn: (w: ReturnType<typeof createWalletClient>) => Promise<Hex>,
) {
  const chain = { ...localChain, rpcUrls: { default: { http: [rpcUrl] } } };
  const wallet = createWalletClient({ chain, transport: http(rpcUrl), account: from });
  const hash = await fn(wallet);
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`);
  return receipt;
}

/** Creates a threat (approving the NASH fee first) and returns its id. */
export async function createTestThreat(
  client: PublicClient,
  rpcUrl: string,
  d: Deployment,
  t: TestThreat,
): Promise<bigint> {
  const now = (await client.getBlock()).timestamp;
  const fee = await client.readContract({
    address: d.levetrage,
    abi: levetrageAbi,
    functionName: 'feeOf',
    args: [t.odds ? 1 : 0],
  });
  if (fee > 0n) {
    await sendAs(client, rpcUrl, t.maker, (w) =>
      w.writeContract({
        address: d.nash,
        abi: nashTokenAbi,
        functionName: 'approve',
        args: [d.levetrage, fee],
        account: t.maker,
        chain: w.chain,
      }),
    );
  }
  const params = {
    provider: t.provider,
    agreementHash: t.agreementHash,
    terminators: t.terminators,
    deadline: Number(now) + t.duration,
    timeoutAction: t.timeoutAction,
    terms: t.terms,
  };
  const value = parseEther(t.stake);
  const receipt = await sendAs(client, rpcUrl, t.maker, (w) =>
    t.odds
      ? w.writeContract({
          address: d.levetrage,
          abi: levetrageAbi,
          functionName: 'createProbabilistic',
          args: [params, { beacon: d.prevrandaoBeacon, ...t.odds }],
          value,
          account: t.maker,
          chain: w.chain,
        })
      : w.writeContract({
          address: d.levetrage,
          abi: levetrageAbi,
          functionName: 'createCommitment',
          args: [params],
          value,
          account: t.maker,
          chain: w.chain,
        }),
  );
  const [ev] = parseEventLogs({ abi: levetrageAbi, eventName: 'ThreatCreated', logs: receipt.logs });
  if (!ev) throw new Error('no ThreatCreated event');
  return ev.args.id;
}

/** An EIP-1193 provider over anvil for an unlocked dev account (what an injected wallet does). */
export function anvilProvider(rpcUrl: string, account: Address): EIP1193Provider {
  return {
    request: async ({ method, params }: { method: string; params?: unknown[] }) => {
      if (method === 'eth_requestAccounts' || method === 'eth_accounts') return [account];
      const res = await fetch(rpcUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: params ?? [] }),
      });
      const body = (await res.json()) as {
        result?: unknown;
        error?: { code: number; message: string; data?: unknown };
      };
      if (body.error) throw Object.assign(new Error(body.error.message), body.error);
      return body.result;
    },
    on: () => undefined,
    removeListener: () => undefined,
  } as unknown as EIP1193Provider;
}
