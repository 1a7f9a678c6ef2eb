// The keeper: every few seconds, settles what is due on every live threat — requests the draws of due
// periods, resolves pending draws once their beacon block exists (with the block header proof), and applies
// timeouts after deadlines. Not privileged: it only calls `settle`, which anyone may call.
// CLI (started by `npm run dev`): `npx tsx scripts/keeper.ts [--rpc http://127.0.0.1:8545] [--interval 3] [--once]`
import { zeroAddress, type Hex, type PublicClient } from 'viem';
import { levetrageAbi } from '../lib/contracts/abis.generated';
import { getDeployment, type Deployment } from '../lib/contracts/deployments';
import { readDrawFee, settle } from '../lib/contracts/actions/settle';
import { LOCAL_CHAIN_ID } from '../lib/chains';
import { Status, type StatusKey } from '../lib/contracts/enums.generated';
import { settleProof } from '../lib/randomness/settle-proof';
import { publicClientFor, walletClientFor, type ScriptWallet } from './lib/chain-clients';
import { devAccount } from './lib/dev-accounts.mjs';
import { describeRpcSource, resolveRpcUrl } from './lib/dev-chain.mjs';

/** One settle the keeper sent. */
export interface KeeperAction {
  id: bigint;
  reason: 'timeout' | 'request-draws' | 'resolve-draws' | 'cancel-pool' | 'end-hold';
  txHash: Hex;
  status: StatusKey;
}

/** Why a live threat was left alone this tick (for logs and tests). */
export type KeeperSkip = { id: bigint; why: string };

/**
 * Decides what `settle` call, if any, threat `id` needs now, and the proof to send.
 * @returns null when nothing is due
 */
export async function plan(
  client: PublicClient,
  deployment: Deployment,
  id: bigint,
  latest: { number: bigint; timestamp: bigint },
) {
  const [threat, odds] = await client.readContract({
    address: deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'getThreat',
    args: [id],
  });
  const status = threat.status as Status;
  if (status === Status.Gathering || status === Status.Claimed) {
    // A pool past its gathering date is cancelled; an expired hold is ended. Both by a plain settle.
    const [, funding, , claim] = await client.readContract({
      address: deployment.levetrage,
      abi: levetrageAbi,
      functionName: 'getThreatExtra',
      args: [id],
    });
    if (status === Status.Gathering)
      return latest.timestamp > BigInt(funding.gatherUntil)
        ? { reason: 'cancel-pool' as const, proof: '0x' as Hex }
        : null;
    if (latest.timestamp < BigInt(claim.until) && threat.pendingThrough <= threat.settledPeriods) return null;
    if (latest.timestamp >= BigInt(claim.until) && odds.beacon === zeroAddress)
      return { reason: 'end-hold' as const, proof: '0x' as Hex };
  } else if (status !== Status.Live) return { done: true as const };
  if (odds.beacon === zeroAddress) {
    return latest.timestamp >= BigInt(threat.deadline) ? { reason: 'timeout' as const, proof: '0x' as Hex } : null;
  }
  if (threat.pendingThrough > threat.settledPeriods) {
    // VRF: empty proof (the simulation says if it is ready); block beacon: the header once its block exists.
    const p = await settleProof(
      client,
      { ...threat, beacon: odds.beacon, prevrandaoBeacon: deployment.prevrandaoBeacon ?? zeroAddress },
      latest.number,
    );
    return p.ready ? { reason: 'resolve-draws' as const, proof: p.proof } : null;
  }
  const due = await client.readContract({
    address: deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'duePeriods',
    args: [id],
  });
  if (due > threat.settledPeriods) return { reason: 'request-draws' as const, proof: '0x' as Hex };
  if (latest.timestamp >= BigInt(threat.deadline)) return { reason: 'timeout' as const, proof: '0x' as Hex };
  return null;
}

/**
 * One pass over every threat: simulates and sends `settle(id, proof)` where something is due.
 * @param finished ids known to be finished (skipped; updated in place) so long-lived keepers stay cheap
 */
export async function keeperTick(
  client: PublicClient,
  wallet: ScriptWallet,
  deployment: Deployment,
  finished: Set<bigint> = new Set(),
): Promise<{ actions: KeeperAction[]; skipped: KeeperSkip[] }> {
  const actions: KeeperAction[] = [];
  const skipped: KeeperSkip[] = [];
  const nextId = await client.readContract({
    address: deployment.levetrage,
    abi: levetrageAbi,
    functionName: 'nextId',
  });
  const block = await client.getBlock();
  const latest = { number: block.number, timestamp: block.timestamp };
  for (let id = 1n; id < nextId; id++) {
    if (finished.has(id)) continue;
    const p = await plan(client, deployment, id, latest);
    if (!p) continue;
    if ('done' in p) {
      finished.add(id);
      continue;
    }
    try {
      // A paid beacon (VRF) takes its request fee from the settle's value; the registry returns what it does not use.
      const drawFee = await readDrawFee(client, { registry: deployment.levetrage, id });
      const { hash, status } = await settle(
        wallet,
        { registry: deployment.levetrage, id, proof: p.proof, drawFee },
        { publicClient: client },
      );
      actions.push({ id, reason: p.reason, txHash: hash, status });
    } catch (e) {
      const err = e as { shortMessage?: string; message: string };
      skipped.push({ id, why: err.shortMessage ?? err.message.split('\n')[0] });
    }
  }
  return { actions, skipped };
}

/**
 * The key the keeper signs with: `KEEPER_PRIVATE_KEY`, or on the local chain (31337) only, the dev "Keeper"
 * account. Anvil's dev keys are public, so off the local chain the keeper refuses to start without its own key.
 * @throws Error with what to set, on another chain without `KEEPER_PRIVATE_KEY` or with a malformed one
 */
export function keeperKey(chainId: number, env: Record<string, string | undefined> = process.env): Hex {
  const key = env.KEEPER_PRIVATE_KEY?.trim();
  if (key) {
    if (!/^0x[0-9a-fA-F]{64}$/.test(key)) throw new Error('KEEPER_PRIVATE_KEY must be 0x followed by 64 hex digits');
    return key as Hex;
  }
  if (chainId === LOCAL_CHAIN_ID) return devAccount('keeper').privateKey;
  throw new Error(
    `Refusing to start on chain ${chainId} without KEEPER_PRIVATE_KEY: the dev keeper key is one of anvil's public ` +
      'keys, safe only on the local chain (31337). Set KEEPER_PRIVATE_KEY=0x… to a funded key of your own ' +
      '(it only pays gas for settle; it needs no privilege).',
  );
}

/** Settles everything due on the chain behind `rpcUrl` once, as the keeper account. */
export async function settleDueOnce(rpcUrl: string, deploymentOverride?: Deployment) {
  const client = await publicClientFor(rpcUrl);
  const deployment = deploymentOverride ?? getDeployment(await client.getChainId());
  if (!deployment) throw new Error(`No Levetrage deployment recorded for chain ${await client.getChainId()}`);
  return keeperTick(client, walletClientFor(client, keeperKey(await client.getChainId())), deployment);
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const resolved = resolveRpcUrl(opt('rpc')); // --rpc, RPC_URL, the running `npm run dev`, else 8545
  const rpcUrl = resolved.rpcUrl;
  console.log(`[keeper] chain: ${describeRpcSource(resolved)}`);
  const intervalSec = Number(opt('interval') ?? 3);
  if (!Number.isFinite(intervalSec) || intervalSec <= 0)
    throw new Error('--interval must be a positive number of seconds');
  const client = await publicClientFor(rpcUrl);
  const chainId = await client.getChainId();
  const deployment = getDeployment(chainId);
  if (!deployment) throw new Error(`No Levetrage deployment recorded for chain ${chainId}`);
  const wallet = walletClientFor(client, keeperKey(chainId));
  const finished = new Set<bigint>();
  let stopping = false;
  const stop = () => {
    stopping = true;
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`[keeper] settling due threats on chain ${chainId} as ${wallet.account.address} every ${intervalSec}s`);
  do {
    try {
      const { actions, skipped } = await keeperTick(client, wallet, deployment, finished);
      for (const a of actions) console.log(`[keeper] #${a.id} ${a.reason} -> ${a.status} (${a.txHash})`);
      for (const s of skipped) console.log(`[keeper] #${s.id} not settled: ${s.why}`);
    } catch (e) {
      console.error(`[keeper] tick failed: ${(e as Error).message.split('\n')[0]}`);
    }
    if (args.includes('--once')) break;
    for (let waited = 0; waited < intervalSec * 1000 && !stopping; waited += 200)
      await new Promise((r) => setTimeout(r, 200));
  } while (!stopping);
}

if (process.argv[1] && /keeper\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(`[keeper] ${(e as Error).message}`);
    process.exit(1);
  });
}
