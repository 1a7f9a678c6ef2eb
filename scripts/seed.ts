// Seeds the white paper's stories as live threats (run by `npm run dev` right after a fresh deploy, and by
// the e2e harness with `startStack({ seed: true })`). CLI: `npx tsx scripts/seed.ts [rpcUrl]`.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEther, type Address, type Hex, type PublicClient } from 'viem';
import { approveFee, readFee } from '../lib/contracts/actions/approve-fee';
import { createThreat } from '../lib/contracts/actions/create-threat';
import { getDeployment, type Deployment } from '../lib/contracts/deployments';
import { Action, Move } from '../lib/contracts/enums.generated';
import { devAccount } from './lib/dev-accounts.mjs';
import { publicClientFor, walletClientFor } from './lib/chain-clients';

const ROOT = join(__dirname, '..');
const MINUTE = 60;
const DAY = 24 * 60 * 60;
/** Probabilities are parts per 1e9 (ILevetrage.PROB_SCALE). */
const PERCENT = 10_000_000;

/** One demo threat: who makes it and with what parameters. */
export interface DemoThreat {
  key: 'jane-refund' | 'jane-law-firm' | 'joe-pinata' | 'mike-raise';
  title: string;
  maker: 'jane' | 'joe' | 'mike';
  provider: 'lawFirm' | 'prFirm';
  agreementFile: string;
  stakeEth: string;
  /** Seconds from now (chain time) to the deadline. */
  duration: number;
  timeoutAction: Action;
  terms: string;
  /** Present for probabilistic threats: period in seconds and p(escalate) in parts per 1e9. */
  odds?: { period: number; pEscalate: number; pTerminate: number };
}

/** The seeded stories (white paper sections 6.1, 7, 8.1 and 9). Periods are minutes so draws visibly happen. */
export const DEMO_THREATS: DemoThreat[] = [
  {
    key: 'jane-refund',
    title: "Jane's refund (section 7)",
    maker: 'jane',
    provider: 'lawFirm',
    agreementFile: 'jane-refund-oracle-instructions.txt',
    stakeEth: '3',
    duration: 30 * DAY,
    timeoutAction: Action.Forfeit,
    terms:
      "X Corp: refund Jane's $13,000 for the dysfunctional product within 30 days. Jane has locked ETH standing for $10,000. " +
      "The oracle marks this fulfilled only on seeing your $13,000 refund or a court copy of Jane's civil action against you. " +
      'If neither happens, the stake is forfeited to NASH holders: Jane can no longer afford not to sue.',
  },
  {
    key: 'jane-law-firm',
    title: "Jane's 5%-a-day law firm (section 8.1)",
    maker: 'jane',
    provider: 'lawFirm',
    agreementFile: 'jane-law-firm-retainer.txt',
    stakeEth: '3',
    duration: 3 * 60 * MINUTE,
    timeoutAction: Action.Refund,
    odds: { period: 3 * MINUTE, pEscalate: 5 * PERCENT, pTerminate: 0 },
    terms:
      "X Corp: refund Jane's $13,000. Until you do, every period (a day in real use; 3 minutes in this demo) a verifiable draw " +
      'pays her stake to Law Firm Y with probability 5%, as a non-refundable retainer to file a civil action against you at once ' +
      '(40 billed hours). Expected cost per period: $100 to Jane, $5,000 to you.',
  },
  {
    key: 'joe-pinata',
    title: "Joe's hornet's nest piñata (section 9)",
    maker: 'joe',
    provider: 'prFirm',
    agreementFile: 'joe-pr-firm-envelope.txt',
    stakeEth: '1.5',
    duration: 4 * 60 * MINUTE,
    timeoutAction: Action.Refund,
    odds: { period: 5 * MINUTE, pEscalate: 5 * PERCENT, pTerminate: 0 },
    terms:
      'X Corp: withdraw your SLAPP defamation suit against Joe and drop the $10,000 settlement and NDA demand. ' +
      'Until you do, every period (a day in real use; 5 minutes in this demo) a verifiable draw pays PR Firm A with probability 5% ' +
      "to open Joe's envelope - documents, witnesses, his account - and publicize the story. Once it breaks, it cannot be undone.",
  },
  {
    key: 'mike-raise',
    title: "Mike's raise (section 6.1)",
    maker: 'mike',
    provider: 'prFirm',
    agreementFile: 'mike-raise-agreement.txt',
    stakeEth: '2',
    duration: 60 * DAY,
    timeoutAction: Action.Escalate,
    terms:
      'X Corp: Mike creates about $1,000,000 a year for you and is paid $100,000. Sign a raise to $550,000 a year within 60 days. ' +
      'The oracle marks this fulfilled on seeing the signed raise; otherwise the stake pays PR Firm A to publish his account, and he leaves.',
  },
];

/** sha-256 of a demo agreement under public/demo-agreements/ (the agreement hash a provider checks). */
export function agreementHash(file: string): Hex {
  const bytes = readFileSync(join(ROOT, 'public', 'demo-agreements', file));
  return `0x${createHash('sha256').update(bytes).digest('hex')}`;
}

/** What one seeded threat became on chain. */
export interface SeededThreat {
  key: DemoThreat['key'];
  id: bigint;
  maker: Address;
  kind: 'commitment' | 'probabilistic';
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
    agreementHash: agreementHash(t.agreementFile),
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
