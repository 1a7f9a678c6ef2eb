/**
 * The white paper's four stories (../shared/whitepaper.txt §6.1, §7, §8.1, §9), the one source of the demo:
 * `npm run dev` seeds them (scripts/seed.ts), the wizard offers them as presets (lib/wizard/presets.ts), the
 * calculator's threat presets take their numbers, the README lists them and the tests read them.
 *
 * A story names parties by their dev-account role (lib/dev-accounts.json). Addresses are attached only on the
 * local chain (31337), whose dev keys are public (`storyAddresses`); anywhere else a story is only words and
 * numbers. Timings are real-use ones; the seed shortens the periods (`demo`) so draws visibly happen.
 * Agreements are agreement-template inputs in public/demo-agreements/<file> (lib/agreements/demo.ts), rendered to a
 * deterministic PDF whose sha-256 is the agreement hash (`storyAgreement`).
 */
import { sha256, stringToBytes, type Address, type Hex } from 'viem';
import { DEMO_AGREEMENT_FILES, DEMO_AGREEMENT_SHA256 } from './agreements/demo-files';
import { LOCAL_CHAIN_ID } from './chains';
import devAccounts from './dev-accounts.json';
import type { ActionKey } from './contracts/enums.generated';

const DAY = 86_400;
const MINUTE = 60;

/** A dev-account role a story gives a part to. */
export type StoryRole = 'jane' | 'joe' | 'mike' | 'oracle' | 'lawFirm' | 'prFirm' | 'xcorp';

/** One white-paper story, as a threat. */
export interface Story {
  /** The seeded threat's key (`npm run dev` creates them in this order: ids 1–4 on a fresh chain). */
  key: 'jane-refund' | 'jane-law-firm' | 'joe-pinata' | 'mike-raise';
  /** The wizard's preset id (stable: saved drafts and links name it). */
  presetId: 'jane-commitment' | 'jane-probabilistic' | 'joe' | 'mike';
  /** White-paper section. */
  section: string;
  title: string;
  /** What the story is, one or two sentences. */
  summary: string;
  maker: 'jane' | 'joe' | 'mike';
  provider: 'lawFirm' | 'prFirm';
  /** The demand as published on chain (the wizard adds who it is addressed to and what the provider does). */
  terms: string;
  adversaryName: string;
  /** What the provider does on escalation. */
  providerAction: string;
  timeoutAction: ActionKey;
  stakeEth: string;
  /** Deadline in real use, days after creation. */
  days: number;
  /** Present for a probabilistic threat: per-draw probabilities in [0, 1] and the period in real use. */
  odds?: { pEscalate: number; pTerminate: number; periodSeconds: number };
  /** The local demo's timing, when it differs from real use (minutes instead of days, so draws happen). */
  demo?: { periodSeconds: number; durationSeconds: number };
  /** The dispute in money (any currency): the amount at stake and what escalation costs each side. */
  economics: { disputed: number; makerLoss: number; adversaryLoss: number; ignoreChancePct: number };
}

export const STORIES: readonly Story[] = [
  {
    key: 'jane-refund',
    presetId: 'jane-commitment',
    section: '§7',
    title: 'Jane’s refund — commitment',
    summary:
      'Jane paid $13,000 for a dysfunctional product. She stakes ≈ $10,000 in ETH; unless an oracle sees the refund within 30 days, the stake is forfeited to NASH holders — so suing becomes her only rational move.',
    maker: 'jane',
    provider: 'lawFirm',
    terms:
      'Refund the $13,000 Jane paid for the dysfunctional product within 30 days. Jane has locked ETH standing for $10,000. ' +
      "The oracle marks this fulfilled only on seeing your $13,000 refund or a court copy of Jane's civil action against you. " +
      'If neither happens, the stake is forfeited to NASH holders: Jane can no longer afford not to sue.',
    adversaryName: 'X Corp',
    providerAction: 'Law firm Y files a civil action against X Corp for the refund.',
    timeoutAction: 'forfeit',
    stakeEth: '3',
    days: 30,
    economics: { disputed: 13_000, makerLoss: 2_000, adversaryLoss: 100_000, ignoreChancePct: 10 },
  },
  {
    key: 'jane-law-firm',
    presetId: 'jane-probabilistic',
    section: '§8.1',
    title: 'Jane’s refund — 5% a day',
    summary:
      'Each day the refund is not paid, a draw pays the stake to law firm Y with probability 5%. It costs Jane about $100 a day in expectation and X about $5,000.',
    maker: 'jane',
    provider: 'lawFirm',
    terms:
      "X Corp: refund Jane's $13,000. Until you do, every day a verifiable draw pays her stake to Law Firm Y with probability 5%, " +
      'as a non-refundable retainer to file a civil action against you at once (40 billed hours). ' +
      'Expected cost per day: $100 to Jane, $5,000 to you.',
    adversaryName: 'X Corp',
    providerAction: 'Law firm Y starts a civil action against X Corp at once and delivers 40 hours of billed work.',
    timeoutAction: 'refund',
    stakeEth: '3',
    days: 30,
    odds: { pEscalate: 0.05, pTerminate: 0, periodSeconds: DAY },
    demo: { periodSeconds: 3 * MINUTE, durationSeconds: 3 * 60 * MINUTE },
    economics: { disputed: 13_000, makerLoss: 2_000, adversaryLoss: 100_000, ignoreChancePct: 10 },
  },
  {
    key: 'joe-pinata',
    presetId: 'joe',
    section: '§9',
    title: 'Joe’s hornet’s nest piñata',
    summary:
      'Sued to silence him, Joe has a PR firm ready to publicise his story if it receives his stake. A 5% daily draw for two months; X must drop the SLAPP suit.',
    maker: 'joe',
    provider: 'prFirm',
    terms:
      'X Corp: withdraw your SLAPP defamation suit against Joe and drop the $10,000 settlement and NDA demand. ' +
      'Until you do, every day a verifiable draw pays PR Firm A with probability 5% ' +
      "to open Joe's envelope - documents, witnesses, his account - and publicize the story. Once it breaks, it cannot be undone.",
    adversaryName: 'X Corp',
    providerAction: 'PR firm A publicises Joe’s documented story with the amount received.',
    timeoutAction: 'refund',
    stakeEth: '1.5',
    days: 60,
    odds: { pEscalate: 0.05, pTerminate: 0, periodSeconds: DAY },
    demo: { periodSeconds: 5 * MINUTE, durationSeconds: 4 * 60 * MINUTE },
    // The paper gives no figures for Joe: the demand is assumed worth 20,000, a campaign to cost X 50,000.
    economics: { disputed: 20_000, makerLoss: 5_000, adversaryLoss: 50_000, ignoreChancePct: 20 },
  },
  {
    key: 'mike-raise',
    presetId: 'mike',
    section: '§6.1',
    title: 'Mike’s raise — commitment',
    summary:
      'Mike creates $1,000,000 a year for X and is paid $100,000; the Nash bargaining solution says $550,000. Unless a signed raise is seen within 60 days, the stake pays a PR firm to make his case public.',
    maker: 'mike',
    provider: 'prFirm',
    terms:
      'X Corp: Mike creates about $1,000,000 a year for you and is paid $100,000. Sign a raise to $550,000 a year within 60 days. ' +
      'The oracle marks this fulfilled on seeing the signed raise; otherwise the stake pays PR Firm A to publish his account, and he leaves.',
    adversaryName: 'X Corp',
    providerAction: 'PR firm A publishes Mike’s account of his pay and contribution at X Corp.',
    timeoutAction: 'escalate',
    stakeEth: '2',
    days: 60,
    economics: { disputed: 450_000, makerLoss: 20_000, adversaryLoss: 900_000, ignoreChancePct: 10 },
  },
];

/** The story with this key or wizard preset id. */
export function getStory(keyOrPresetId: string): Story | undefined {
  return STORIES.find((s) => s.key === keyOrPresetId || s.presetId === keyOrPresetId);
}

/**
 * The addresses of a story's parties, only on the local chain (31337), where they are anvil's dev accounts
 * (public keys). On any other chain: null, so nothing ever fills in an address whose key everyone knows.
 */
export function storyAddresses(
  story: Story,
  chainId: number,
): { maker: Address; provider: Address; oracle: Address; adversary: Address } | null {
  if (chainId !== LOCAL_CHAIN_ID) return null;
  const address = (role: StoryRole) => {
    const a = devAccounts.find((d) => d.role === role);
    if (!a) throw new Error(`lib/dev-accounts.json has no "${role}"`);
    return a.address as Address;
  };
  return {
    maker: address(story.maker),
    provider: address(story.provider),
    oracle: address('oracle'),
    adversary: address('xcorp'),
  };
}

/**
 * A story's agreement: the template inputs served at /demo-agreements/<file> and, on the local chain (whose
 * registry address the inputs name), the sha-256 of its rendered PDF. Elsewhere the hash is null: the maker
 * renders the agreement for her own chain and registry.
 */
export function storyAgreement(story: Story, chainId: number): { file: string; hash: Hex | null } {
  return {
    file: DEMO_AGREEMENT_FILES[story.key],
    hash: chainId === LOCAL_CHAIN_ID ? DEMO_AGREEMENT_SHA256[story.key] : null,
  };
}

/** Whether the story's threat can escalate (probabilistic, or timeout Escalate): then it needs an engagement. */
export function storyEscalates(story: Story): boolean {
  return !!story.odds || story.timeoutAction === 'escalate';
}

/** The agreement hash of a text: its SHA-256, 0x-prefixed (the digest Web Crypto and `sha256sum` give for the file). */
export function agreementHash(text: string): Hex {
  return sha256(stringToBytes(text));
}
