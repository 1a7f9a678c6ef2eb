// Seeds the white paper's stories (lib/stories.ts) as live threats (run by `npm run dev` right after a fresh deploy, and by
// the e2e harness with `startStack({ seed: true })`). CLI: `npx tsx scripts/seed.ts [rpcUrl]`.
import { parseEther, type Address, type Hex, type PublicClient } from 'viem';
import { approveFee, readFee } from '../lib/contracts/actions/approve-fee';
import { createThreat } from '../lib/contracts/actions/create-threat';
import { getDeployment, type Deployment } from '../lib/contracts/deployments';
import { PROB_SCALE } from '../lib/contracts/constants';
import { actionValue, Move, type Action } from '../lib/contracts/enums.generated';
import { formatDuration } from '../lib/format';
import { agreementHash, STORIES, type Story } from '../lib/stories';
import type { ThreatKind } from '../lib/threats/types';
import { devAccount } from './lib/dev-accounts.mjs';
import { publicClientFor, walletClientFor } from './lib/chain-clients';

const DAY = 24 * 60 * 60;

/** One demo threat in contract terms: a story of lib/stories.ts with the local demo's timing. */
export interface DemoThreat {
  key: Story['key'];
  title: string;
  maker: Story['maker'];
  provider: Story['provider'];
  agreementHash: Hex;
  stakeEth: string;
  /** Seconds from now (chain time) to the deadline. */
  duration: number;
  timeoutAction: Action;
  terms: string;
  /** Present for probabilistic threats: period in seconds and probabilities in parts per 1e9. */
  odds?: { period: number; pEscalate: number; pTerminate: number };
}

/** A story as seeded: the demo's short periods (and a line in the terms saying so). */
export function demoThreat(story: Story): DemoThreat {
  const period = story.demo?.periodSeconds ?? story.odds?.periodSeconds;
  const note =
    story.demo && story.odds ? `\n(Local demo: one draw every ${formatDuration(period!)} instead of every day.)` : '';
  return {
    key: story.key,
    title: `${story.title} (${story.section})`,
    maker: story.maker,
    provider: story.provider,
    agreementHash: agreementHash(story.agreement.text),
    stakeEth: story.stakeEth,
    duration: story.demo?.durationSeconds ?? story.days * DAY,
    timeoutAction: actionValue(story.timeoutAction),
    terms: story.terms + note,
    ...(story.odds
      ? {
          odds: {
            period: period!,
            pEscalate: Math.round(story.odds.pEscalate * PROB_SCALE),
            pTerminate: Math.round(story.odds.pTerminate * PROB_SCALE),
          },
        }
      : {}),
  };
}

/** The seeded threats: the white paper's stories (lib/stories.ts), in order. */
export const DEMO_THREATS: DemoThreat[] = STORIES.map(demoThreat);

/** What one seeded threat became on chain. */
export interface SeededThreat {
  key: DemoThreat['key'];
  id: bigint;
  maker: Address;
  kind: ThreatKind;
}

async function createOne(
  client: PublicClient,
  deployment: Deployment,
  t: DemoThreat,
  now: bigint,
): Promise<SeededThreat> {
  const maker = devAccount(t.maker);
  const wallet = walletClientFor(client, maker.privateKey);
  const params = {
    provider: devAccount(t.provider).address,
    agreementHash: t.agreementHash,
    terminators: [devAccount('oracle').address],
    deadline: Number(now + BigInt(t.duration)),
    timeoutAction: t.timeoutAction,
    terms: t.terms,
  };
  const odds = t.odds ? { beacon: deployment.prevrandaoBeacon, ...t.odds } : undefined;
  const { id } = await createThreat(
    wallet,
    { registry: deployment.levetrage, params, odds, stake: parseEther(t.stakeEth) },
    { publicClient: client },
  ).catch((e: Error) => {
    throw new Error(`Seeding "${t.title}" failed: ${(e as { shortMessage?: string }).shortMessage ?? e.message}`);
  });
  return { key: t.key, id, maker: maker.address, kind: t.odds ? 'probabilistic' : 'commitment' };
}

/**
 * Creates the demo threats on the chain behind `rpcUrl`, using the recorded deployment for its chain id.
 * Ids follow DEMO_THREATS order on a fresh deployment (1 Jane's refund ... 4 Mike's raise).
 * @returns the created threats in DEMO_THREATS order
 */
export async function seedDemo(rpcUrl: string, deploymentOverride?: Deployment): Promise<SeededThreat[]> {
  const client = await publicClientFor(rpcUrl);
  const chainId = await client.getChainId();
  const deployment = deploymentOverride ?? getDeployment(chainId);
  if (!deployment) throw new Error(`No Levetrage deployment recorded for chain ${chainId}: deploy first`);
  const now = (await client.getBlock()).timestamp;
  const registry = deployment.levetrage;
  const fees = {
    commitment: await readFee(client, { registry, move: Move.CreateCommitment }),
    probabilistic: await readFee(client, { registry, move: Move.CreateProbabilistic }),
  };
  // 1. Each maker approves the NASH fees of all their threats at once (makers in parallel).
  const makers = [...new Set(DEMO_THREATS.map((t) => t.maker))];
  await Promise.all(
    makers.map(async (m) => {
      const total = DEMO_THREATS.filter((t) => t.maker === m).reduce(
        (sum, t) => sum + (t.odds ? fees.probabilistic : fees.commitment),
        0n,
      );
      if (total === 0n) return;
      const wallet = walletClientFor(client, devAccount(m).privateKey);
      await approveFee(wallet, { nash: deployment.nash, registry, amount: total }, { publicClient: client });
    }),
  );
  // 2. Threats in story order, so ids are deterministic: 1 Jane's refund, 2 Jane's law firm, 3 Joe, 4 Mike.
  const results = new Map<string, SeededThreat>();
  for (const t of DEMO_THREATS) results.set(t.key, await createOne(client, deployment, t, now));
  return DEMO_THREATS.map((t) => results.get(t.key)!);
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  const rpcUrl = process.argv[2] ?? process.env.RPC_URL ?? 'http://127.0.0.1:8545';
  seedDemo(rpcUrl)
    .then((seeded) => {
      for (const s of seeded) console.log(`seeded #${s.id} ${s.kind} ${s.key}`);
    })
    .catch((e) => {
      console.error(`Seeding failed: ${e.shortMessage ?? e.message}`);
      process.exit(1);
    });
}
