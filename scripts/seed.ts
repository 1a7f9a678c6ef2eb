// Seeds the white paper's stories (lib/stories.ts) as live threats (run by `npm run dev` right after a fresh deploy, and by
// the e2e harness with `startStack({ seed: true })`). CLI: `npx tsx scripts/seed.ts [rpcUrl]`.
import { parseEther, type Address, type Hex, type PublicClient } from 'viem';
import { readFee } from '../lib/contracts/actions/read-fee';
import { createThreat, threatParams } from '../lib/contracts/actions/create-threat';
import { submitEvidence } from '../lib/contracts/actions/evidence';
import { DEMO_AGREEMENT_FILES, demoAgreementInputs } from '../lib/agreements/demo';
import { engagementOf, isProviderAgreement } from '../lib/agreements/engagement';
import { renderAgreement } from '../lib/agreements/pdf/render';
import { signEngagement } from '../lib/engagements/sign';
import { NO_ENGAGEMENT } from '../lib/engagements/typed-data';
import { getDeployment, type Deployment } from '../lib/contracts/deployments';
import { PROB_SCALE } from '../lib/contracts/constants';
import { actionValue, Move, type Action } from '../lib/contracts/enums.generated';
import { formatDuration } from '../lib/format';
import { STORIES, storyEscalates, type Story } from '../lib/stories';
import type { ThreatKind } from '../lib/threats/types';
import { devAccount } from './lib/dev-accounts.mjs';
import { describeRpcSource, resolveRpcUrl } from './lib/dev-chain.mjs';
import { publicClientFor, walletClientFor } from './lib/chain-clients';

const DAY = 24 * 60 * 60;

/** One demo threat in contract terms: a story of lib/stories.ts with the local demo's timing. */
export interface DemoThreat {
  key: Story['key'];
  title: string;
  maker: Story['maker'];
  provider: Story['provider'];
  /** Probabilistic, or timeout Escalate: the provider's engagement is needed. */
  escalates: boolean;
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
    escalates: storyEscalates(story),
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
  fee: bigint,
): Promise<SeededThreat> {
  const maker = devAccount(t.maker);
  const wallet = walletClientFor(client, maker.privateKey);
  const chainId = await client.getChainId();
  // The story's agreement, rendered for this chain and registry: its sha-256 is the agreement hash. For a threat
  // that can escalate, the provider (a dev account) signs the engagement the agreement names; otherwise (Jane's
  // refund: a forfeit) the agreement is the oracle's engagement. Either way it is attached as evidence once the
  // threat exists.
  const inputs = demoAgreementInputs(t.key, { chainId, registry: deployment.levetrage });
  const { sha256: agreementHash } = await renderAgreement(inputs);
  let engagement = NO_ENGAGEMENT;
  let signature: Hex = '0x';
  if (t.escalates) {
    if (!isProviderAgreement(inputs)) throw new Error(`Seeding "${t.title}": its agreement has no provider`);
    engagement = engagementOf(inputs, agreementHash);
    signature = await signEngagement(walletClientFor(client, devAccount(t.provider).privateKey), {
      chainId,
      registry: deployment.levetrage,
      engagement,
    });
  }
  const params = threatParams({
    resolver: devAccount('oracle').address,
    beneficiary: maker.address,
    adversary: devAccount('xcorp').address,
    deadline: Number(now + BigInt(t.duration)),
    timeoutAction: t.timeoutAction,
    maxFee: fee,
    terms: t.terms,
    odds: t.odds ? { beacon: deployment.prevrandaoBeacon!, ...t.odds } : undefined,
  });
  const { id } = await createThreat(
    wallet,
    { registry: deployment.levetrage, params, engagement, signature, stake: parseEther(t.stakeEth) },
    { publicClient: client },
  ).catch((e: Error) => {
    throw new Error(`Seeding "${t.title}" failed: ${(e as { shortMessage?: string }).shortMessage ?? e.message}`);
  });
  // The maker publishes the agreement (its template inputs): the public page re-renders it, checks its hash and
  // shows its public clauses (what the provider is bound to do, or what the oracle decides on).
  {
    const uri = `/demo-agreements/${DEMO_AGREEMENT_FILES[t.key]}`;
    await submitEvidence(
      wallet,
      { registry: deployment.levetrage, id, evidenceHash: agreementHash, uri },
      { publicClient: client },
    );
  }
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
  // Threats in story order, so ids are deterministic: 1 Jane's refund, 2 Jane's law firm, 3 Joe, 4 Mike.
  // The registry burns each fee from the maker's NASH: no approval.
  const results = new Map<string, SeededThreat>();
  for (const t of DEMO_THREATS)
    results.set(t.key, await createOne(client, deployment, t, now, t.odds ? fees.probabilistic : fees.commitment));
  return DEMO_THREATS.map((t) => results.get(t.key)!);
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  const resolved = resolveRpcUrl(process.argv[2]); // argument, RPC_URL, the running `npm run dev`, else 8545
  const rpcUrl = resolved.rpcUrl;
  console.log(`[seed] chain: ${describeRpcSource(resolved)}`);
  seedDemo(rpcUrl)
    .then((seeded) => {
      for (const s of seeded) console.log(`seeded #${s.id} ${s.kind} ${s.key}`);
    })
    .catch((e) => {
      console.error(`Seeding failed: ${e.shortMessage ?? e.message}`);
      process.exit(1);
    });
}
