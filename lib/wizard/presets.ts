import { sha256, stringToBytes } from 'viem';
import { EMPTY_VALUES, type WizardValues } from './types';
import { toDatetimeLocal } from './units';

/**
 * The white paper's stories (../shared/whitepaper.txt sections 6–9) as one-click presets that fill every
 * step. Addresses are the local anvil dev accounts of scripts/lib/dev-accounts.mjs (#4 the oracle, #5 law firm Y,
 * #6 PR firm A, #7 X Corp) so the
 * presets work on the dev chain as they are; on any other chain replace them with real parties.
 * The agreement is an example text; its SHA-256 stands in for the signed file until one is dropped.
 */

export const DEV_ADDRESSES = {
  oracle: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65', // anvil #4
  lawFirm: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc', // anvil #5
  prFirm: '0x976EA74026E726554dB657fA54763abd0C3a0aa9', // anvil #6
  xcorp: '0x14dC79964da2C08b23698B3D3cc7Ca32193d9955', // anvil #7, the adversary
} as const;

export interface Preset {
  id: string;
  title: string;
  /** One line on what the story is, with its white-paper section. */
  summary: string;
  /** The example agreement whose hash the preset uses. */
  agreementText: string;
  /** Form values apart from the deadline and the agreement hash. */
  values: Omit<WizardValues, 'deadline' | 'agreementHash' | 'agreementFileName'>;
  /** Deadline in days from now. */
  days: number;
}

const base = { ...EMPTY_VALUES };

export const PRESETS: readonly Preset[] = [
  {
    id: 'jane-commitment',
    title: 'Jane’s refund — commitment',
    summary:
      'Section 7: Jane paid $13,000 for a dysfunctional product. She stakes ≈ $10,000 in ETH; unless an oracle sees the refund within 30 days, the stake is forfeited to NASH holders — so suing becomes her only rational move.',
    agreementText:
      'Oracle agreement (example). The oracle marks threat fulfilled only when Jane presents a $13,000 check from X or a court copy of a civil action filed against X.',
    days: 30,
    values: {
      ...base,
      kind: 'commitment',
      preset: 'jane-commitment',
      terms: 'Refund the $13,000 Jane paid for the dysfunctional product (by check), before the deadline.',
      adversaryName: 'Manufacturer X',
      adversaryAddress: DEV_ADDRESSES.xcorp,
      provider: DEV_ADDRESSES.lawFirm,
      providerAction: 'Law firm Y files a civil action against X for the refund.',
      terminators: [{ address: DEV_ADDRESSES.oracle }],
      timeoutAction: 'forfeit',
      stakeEth: '3',
      disputedAmount: '13000',
      makerLoss: '2000',
      adversaryLoss: '100000',
      ignoreChancePct: '10',
    },
  },
  {
    id: 'jane-probabilistic',
    title: 'Jane’s refund — 5% a day',
    summary:
      'Section 8.1: each day the refund is not paid, a draw pays the stake to law firm Y with probability 5%. It costs Jane about $100 a day in expectation and X about $5,000.',
    agreementText:
      'Retainer agreement (example). As soon as law firm Y receives a payment from Jane, it begins filing a civil action against X and delivers 40 hours of billed work on the case.',
    days: 30,
    values: {
      ...base,
      kind: 'probabilistic',
      preset: 'jane-probabilistic',
      terms: 'Refund the $13,000 Jane paid for the dysfunctional product (by check).',
      adversaryName: 'Manufacturer X',
      adversaryAddress: DEV_ADDRESSES.xcorp,
      provider: DEV_ADDRESSES.lawFirm,
      providerAction: 'Law firm Y starts a civil action against X at once and delivers 40 hours of billed work.',
      terminators: [{ address: DEV_ADDRESSES.oracle }],
      timeoutAction: 'refund',
      oddsMode: 'manual',
      pEscalatePct: '5',
      pTerminatePct: '0',
      periodValue: '1',
      periodUnit: 'days',
      stakeEth: '3',
      disputedAmount: '13000',
      makerLoss: '2000',
      adversaryLoss: '100000',
      ignoreChancePct: '10',
    },
  },
  {
    id: 'joe',
    title: 'Joe’s hornet’s nest piñata',
    summary:
      'Section 9: sued to silence him, Joe has a PR firm ready to publicise his story if it receives $5,000. A 5% daily draw for two months; X must drop the SLAPP suit.',
    agreementText:
      'PR agreement (example). If Joe deposits $5,000 in A’s account, A spends $5,000 publicising the enclosed story. If no deposit arrives within two months, A destroys the envelope.',
    days: 60,
    values: {
      ...base,
      kind: 'probabilistic',
      preset: 'joe',
      terms: 'Withdraw the defamation suit against Joe and drop the demand for a $10,000 settlement and NDA.',
      adversaryName: 'Former employer X',
      adversaryAddress: DEV_ADDRESSES.xcorp,
      provider: DEV_ADDRESSES.prFirm,
      providerAction: 'PR firm A spends $5,000 publicising Joe’s documented story.',
      terminators: [{ address: DEV_ADDRESSES.oracle }],
      timeoutAction: 'refund',
      oddsMode: 'manual',
      pEscalatePct: '5',
      pTerminatePct: '0',
      periodValue: '1',
      periodUnit: 'days',
      stakeEth: '1.5',
      disputedAmount: '10000',
      makerLoss: '5000',
      adversaryLoss: '150000',
      ignoreChancePct: '10',
    },
  },
  {
    id: 'mike',
    title: 'Mike’s raise',
    summary:
      'Section 6: Mike creates $1,000,000 a year for X and is paid $100,000; the Nash bargaining solution says $550,000. A weekly 2% draw pays a PR firm to make his case public.',
    agreementText:
      'PR agreement (example). On receipt of Mike’s payment, the firm publishes his account of his pay and contribution at X.',
    days: 180,
    values: {
      ...base,
      kind: 'probabilistic',
      preset: 'mike',
      terms: 'Raise Mike’s salary to $550,000 a year, in writing.',
      adversaryName: 'Corporation X',
      adversaryAddress: DEV_ADDRESSES.xcorp,
      provider: DEV_ADDRESSES.prFirm,
      providerAction: 'The PR firm publishes Mike’s account of his pay and contribution at X.',
      terminators: [{ address: DEV_ADDRESSES.oracle }],
      timeoutAction: 'refund',
      oddsMode: 'manual',
      pEscalatePct: '2',
      pTerminatePct: '0',
      periodValue: '7',
      periodUnit: 'days',
      stakeEth: '1',
      disputedAmount: '450000',
      makerLoss: '20000',
      adversaryLoss: '900000',
      ignoreChancePct: '10',
    },
  },
];

/** SHA-256 of an example agreement text, 0x-prefixed (the same digest Web Crypto gives for the file). */
export function agreementTextHash(text: string): `0x${string}` {
  return sha256(stringToBytes(text));
}

/** The full form values for preset `id`, with the deadline `days` after `now` (unix seconds). */
export function presetValues(id: string, now: number): WizardValues {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new RangeError(`preset: unknown id "${id}"`);
  return {
    ...p.values,
    terminators: p.values.terminators.map((t) => ({ ...t })),
    deadline: toDatetimeLocal(now + p.days * 86_400),
    agreementHash: agreementTextHash(p.agreementText),
    agreementFileName: `${p.id}-agreement-example.txt`,
  };
}
