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
import { readFee } from '../contracts/actions/read-fee';
import { acceptEngagement } from '../contracts/actions/accept-engagement';
import { createThreat, threatParams } from '../contracts/actions/create-threat';
import type { Deployment } from '../contracts/deployments';
import { Action, Move } from '../contracts/enums.generated';
import { oneUseEngagement, signEngagement } from '../engagements/sign';
import { NO_ENGAGEMENT } from '../engagements/typed-data';
import { resolutionParams, type Resolution } from '../resolvers/resolution';

/** What to create. `odds` makes it probabilistic (parts per 1e9, period in seconds). */
export interface TestThreat {
  maker: Address;
  /** The provider; it signs the engagement (anvil holds its key). Ignored when the threat cannot escalate. */
  provider: Address;
  agreementHash: Hex;
  /** Who decides: one oracle account (or several: a panel where any one approval fulfils). */
  terminators: Address[];
  /** Another resolution (a k-of-n panel, a Reality.eth question, an UMA assertion); overrides `terminators`. */
  resolution?: Resolution;
  /** Seconds from the latest block to the deadline. */
  duration: number;
  /** The on-chain `Action` (generated: `Action.Refund`, …). */
  timeoutAction: Action;
  terms: string;
  /** ETH, e.g. "1.5". */
  stake: string;
  odds?: { period: number; pEscalate: number; pTerminate: number };
  /** The provider accepts the engagement on chain (a transaction from it) instead of signing it. */
  acceptOnChain?: boolean;
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

let nonce = BigInt(Date.now()) * 1000n;

/**
 * Creates a threat with the protocol's actions and returns its id: the provider (an unlocked anvil account) signs
 * a one-use engagement when the threat can escalate; the registry burns the NASH fee (no approval).
 */
export async function createTestThreat(
  client: PublicClient,
  rpcUrl: string,
  d: Deployment,
  t: TestThreat,
): Promise<bigint> {
  const wallet = unlockedWallet(rpcUrl, t.maker);
  const options = { publicClient: client };
  const now = Number((await client.getBlock()).timestamp);
  const chainId = await client.getChainId();
  const move = t.odds ? Move.CreateProbabilistic : Move.CreateCommitment;
  const fee = await readFee(client, { registry: d.levetrage, move });
  const escalates = !!t.odds || t.timeoutAction === Action.Escalate;
  const engagement = escalates
    ? oneUseEngagement({ provider: t.provider, maker: t.maker, agreementHash: t.agreementHash, nonce: nonce++, now })
    : NO_ENGAGEMENT;
  let signature: Hex = '0x';
  if (escalates && t.acceptOnChain) {
    await acceptEngagement(unlockedWallet(rpcUrl, t.provider), { registry: d.levetrage, engagement }, options);
  } else if (escalates) {
    signature = await signEngagement(unlockedWallet(rpcUrl, t.provider), {
      chainId,
      registry: d.levetrage,
      engagement,
    });
  }
  const resolution = t.resolution ?? toResolutionOf(t.terminators);
  const params = threatParams({
    ...resolutionParams(resolution, d),
    beneficiary: t.maker,
    deadline: now + t.duration,
    timeoutAction: t.timeoutAction,
    maxFee: fee,
    terms: t.terms,
    odds: t.odds ? { beacon: d.prevrandaoBeacon!, ...t.odds } : undefined,
  });
  const { id } = await createThreat(
    wallet,
    { registry: d.levetrage, params, engagement, signature, stake: parseEther(t.stake) },
    options,
  );
  return id;
}

function toResolutionOf(terminators: Address[]): Resolution {
  return terminators.length === 1
    ? { kind: 'oracle', oracle: terminators[0]! }
    : { kind: 'panel', members: terminators, k: 1, grace: 0 };
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
