/**
 * The white paper's four stories (../shared/whitepaper.txt §6.1, §7, §8.1, §9), the one source of the demo:
 * `npm run dev` seeds them (scripts/seed.ts), the wizard offers them as presets (lib/wizard/presets.ts), the
 * calculator's threat presets take their numbers, the README lists them and the tests read them.
 *
 * A story names parties by their dev-account role (lib/dev-accounts.json). Addresses are attached only on the
 * local chain (31337), whose dev keys are public (`storyAddresses`); anywhere else a story is only words and
 * numbers. Timings are real-use ones; the seed shortens the periods (`demo`) so draws visibly happen.
 * Agreements are served as files from public/demo-agreements/<file>: a test keeps each equal to its `text`.
 */
import { sha256, stringToBytes, type Address, type Hex } from 'viem';
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
  /** The signed agreement with the provider; its sha-256 is the threat's agreement hash. */
  agreement: { file: string; text: string };
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

const HEADER = 'LEVETRAGE DEMO AGREEMENT (fictional; for the local demo only)\n\n';

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
    agreement: {
      file: 'jane-refund-oracle-instructions.txt',
      text:
        HEADER +
        'Jane Doe and Law Firm Y, with Trusted Oracle Services as terminator.\n\n' +
        '1. Jane bought a product from X Corp for $13,000. It arrived dysfunctional and X Corp refused a refund.\n' +
        '2. Jane locks ETH standing for $10,000 in Levetrage threat "Jane\'s refund" for 30 days.\n' +
        '3. The oracle marks the demand fulfilled only if Jane shows it either a $13,000 refund from X Corp\n' +
        '   or a court copy of a civil action filed against X Corp.\n' +
        '4. If the demand is not fulfilled within 30 days, the stake is forfeited to NASH holders: Jane can\n' +
        '   no longer afford not to sue.\n',
    },
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
    agreement: {
      file: 'jane-law-firm-retainer.txt',
      text:
        HEADER +
        'Retainer agreement between Jane Doe and Law Firm Y.\n\n' +
        "1. On receipt of a Levetrage escalation carrying this agreement's sha-256 hash, Law Firm Y treats the\n" +
        '   amount received as a non-refundable retainer from Jane.\n' +
        '2. Law Firm Y then immediately begins filing a civil action against X Corp for the refund of $13,000\n' +
        '   and delivers 40 hours of billed work for Jane on this case.\n' +
        '3. A plain transfer that is not a Levetrage escalation event for this hash is not a retainer.\n',
    },
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
    agreement: {
      file: 'joe-pr-firm-envelope.txt',
      text:
        HEADER +
        'Agreement between Joe Roe and PR Firm A ("the hornet\'s nest pinata").\n\n' +
        '1. Joe has handed PR Firm A a sealed envelope: documents, a list of corroborating witnesses, his own\n' +
        "   account of the events he witnessed at X Corp, and a copy of X Corp's SLAPP defamation complaint.\n" +
        "2. If PR Firm A receives a Levetrage escalation carrying this agreement's sha-256 hash, it spends the\n" +
        "   amount received publicizing Joe's story.\n" +
        '3. If no escalation arrives within two months, PR Firm A destroys the envelope unopened.\n',
    },
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
    agreement: {
      file: 'mike-raise-agreement.txt',
      text:
        HEADER +
        'Agreement between Mike Moe and PR Firm A, with Trusted Oracle Services as terminator.\n\n' +
        '1. Mike creates about $1,000,000 a year of value for X Corp and is paid $100,000. He asks for a raise\n' +
        '   to $550,000, the Nash bargaining solution of his situation.\n' +
        '2. The oracle marks the demand fulfilled on seeing a signed raise to at least $550,000 a year.\n' +
        "3. If no raise is signed by the deadline, the stake is paid to PR Firm A, which then publishes Mike's\n" +
        '   account of how X Corp treats the people who create its value, and Mike leaves.\n',
    },
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

/** The agreement hash of a text: its SHA-256, 0x-prefixed (the digest Web Crypto and `sha256sum` give for the file). */
export function agreementHash(text: string): Hex {
  return sha256(stringToBytes(text));
}
