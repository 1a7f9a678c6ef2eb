/**
 * Test-only helpers (never imported by the app): create threats on a local anvil whose dev accounts are
 * unlocked (through the same actions as the app, lib/contracts/actions), and an EIP-1193 provider over anvil
 * that behaves like an injected wallet.
 */
import {
  createWalletClient,
  http,
  parseEther,
  type Address,
  type EIP1193Provider,
  type Hex,
  type PublicClient,
} from 'viem';
import { localChain } from '../chains';
import { approveFee, readFee } from '../contracts/actions/approve-fee';
import { createThreat } from '../contracts/actions/create-threat';
import type { Deployment } from '../contracts/deployments';
import { Move, type Action } from '../contracts/enums.generated';

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

/** A wallet client for an unlocked anvil account (anvil signs: `eth_sendTransaction`). */
export function unlockedWallet(rpcUrl: string, from: Address) {
  const chain = { ...localChain, rpcUrls: { default: { http: [rpcUrl] } } };
  return createWalletClient({ chain, transport: http(rpcUrl), account: from });
}

/** Sends a transaction from an unlocked anvil account and waits for a successful receipt. */
export async function sendAs(
  client: PublicClient,
  rpcUrl: string,
  from: Address,
  fn: (w: ReturnType<typeof createWalletClient>) => Promise<Hex>,
) {
  const hash = await fn(unlockedWallet(rpcUrl, from));
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`);
  return receipt;
}

/** Creates a threat with the protocol's actions (approving the NASH fee first) and returns its id. */
export async function createTestThreat(
  client: PublicClient,
  rpcUrl: string,
  d: Deployment,
  t: TestThreat,
): Promise<bigint> {
  const wallet = unlockedWallet(rpcUrl, t.maker);
  const options = { publicClient: client };
  const now = (await client.getBlock()).timestamp;
  const move = t.odds ? Move.CreateProbabilistic : Move.CreateCommitment;
  const fee = await readFee(client, { registry: d.levetrage, move });
  if (fee > 0n) await approveFee(wallet, { nash: d.nash, registry: d.levetrage, amount: fee }, options);
  const params = {
    provider: t.provider,
    agreementHash: t.agreementHash,
    terminators: t.terminators,
    deadline: Number(now) + t.duration,
    timeoutAction: t.timeoutAction,
    terms: t.terms,
  };
  const odds = t.odds ? { beacon: d.prevrandaoBeacon, ...t.odds } : undefined;
  const { id } = await createThreat(
    wallet,
    { registry: d.levetrage, params, odds, stake: parseEther(t.stake) },
    options,
  );
  return id;
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
