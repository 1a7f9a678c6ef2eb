/**
 * The wizard's "many hands" fields (issue #15): backers and their cap and allow-list, a pledge pool, the
 * beneficiary (a professional's client), the threat a counter-commitment answers, a public promise, and the
 * "review and fund" link. Validation (plain words, mirroring the registry's InvalidFunding, ZeroBeneficiary,
 * UnknownLinkedThreat and ZeroStake rules) and the mapping to `ThreatParams` fields.
 */
import { getAddress, isAddress, zeroAddress, type Address } from 'viem';
import { z } from 'zod';
import type { FundingParams } from '../contracts/actions/create-threat';
import { ALLOW_LIST_PREFIX, allowListRoot, parseAddressList } from '../funding/allow-list';
import type { SchemaContext } from './schema';
import type { WizardValues } from './types';
import { deadlineSeconds, MAX_STAKE_WEI, parseStakeWei, periodSeconds } from './units';

/** Flags.PROMISE of DataTypes.sol. */
export const PROMISE_FLAG = 1;

export const FUNDING_MESSAGES = {
  capMissing: 'Enter the most ETH the threat may hold in all (your stake included), e.g. 10.',
  capInvalid: 'The cap must be a number of ETH, like 10 or 2.5.',
  capBelowStake: 'The cap must be at least your own stake.',
  capLarge: 'The cap is larger than the registry can hold.',
  allowListInvalid: 'These entries of the allow-list are not Ethereum addresses: ',
  allowListLong: 'List at most 20 accounts: the list is published with the demand so backers can prove they are on it.',
  poolUntilMissing: 'Enter the date until which pledges are gathered.',
  poolUntilPast: 'The gathering date must be in the future.',
  poolUntilAfterDeadline: 'The gathering date must be before the deadline (and leave at least one period for draws).',
  thresholdMissing: 'Set a threshold: a number of pledgers, an amount of ETH, or both.',
  pledgersInvalid: 'The number of pledgers must be a whole number from 2 to 65,535 (you count as one).',
  minTotalInvalid: 'The threshold in ETH must be a number of ETH, like 5.',
  minTotalAboveCap: 'The threshold in ETH cannot be above the cap: the pool could never reach it.',
  minTotalBelowStake: 'The threshold in ETH must be above your own stake, or the pool would be live at once.',
  beneficiaryInvalid: 'The beneficiary is not a valid Ethereum address (0x followed by 40 hex digits).',
  beneficiaryZero: 'The beneficiary cannot be the zero address: refunds sent there are lost for good.',
  beneficiaryForLink: 'Enter the client’s address: the client signs from it and receives the refunds.',
  linkedInvalid: 'Enter the number of the threat this one answers (a whole number like 12), or leave it empty.',
  promiseStake: 'A promise that can escalate needs a stake: the provider is paid from it.',
} as const;

/** The schema of the funding step (and the review step's check of it). */
export function fundingSchema(ctx: SchemaContext) {
  return z
    .object({
      funding: z.enum(['maker', 'backers', 'pool']),
      capEth: z.string(),
      allowList: z.string(),
      poolUntil: z.string(),
      poolMinPledgers: z.string(),
      poolMinTotalEth: z.string(),
      beneficiary: z.string(),
      linkedTo: z.string(),
      forClient: z.enum(['no', 'link']),
      stakeEth: z.string().optional(),
      deadline: z.string().optional(),
      kind: z.string().optional(),
      periodValue: z.string().optional(),
      periodUnit: z.string().optional(),
    })
    .superRefine((v, c) => {
      const add = (path: string, message: string) => c.addIssue({ code: 'custom', message, path: [path] });
      const stake = parseStakeWei(v.stakeEth ?? '') ?? 0n;
      if (v.funding !== 'maker') {
        const cap = parseStakeWei(v.capEth);
        if (!v.capEth.trim()) add('capEth', FUNDING_MESSAGES.capMissing);
        else if (cap === null || cap === 0n) add('capEth', FUNDING_MESSAGES.capInvalid);
        else if (cap > MAX_STAKE_WEI) add('capEth', FUNDING_MESSAGES.capLarge);
        else if (cap < stake) add('capEth', FUNDING_MESSAGES.capBelowStake);
        const list = parseAddressList(v.allowList);
        if (list.invalid.length) add('allowList', FUNDING_MESSAGES.allowListInvalid + list.invalid.join(', '));
        else if (list.accounts.length > 20) add('allowList', FUNDING_MESSAGES.allowListLong);
        if (v.funding === 'pool') {
          const until = deadlineSeconds(v.poolUntil);
          const deadline = deadlineSeconds(v.deadline ?? '');
          const period =
            v.kind === 'probabilistic' ? periodSeconds(v.periodValue ?? '', (v.periodUnit ?? 'days') as 'days') : 0;
          if (Number.isNaN(until)) add('poolUntil', FUNDING_MESSAGES.poolUntilMissing);
          else if (until <= ctx.now) add('poolUntil', FUNDING_MESSAGES.poolUntilPast);
          else if (!Number.isNaN(deadline) && until > deadline - Math.max(1, period || 0))
            add('poolUntil', FUNDING_MESSAGES.poolUntilAfterDeadline);
          const n = v.poolMinPledgers.trim();
          const total = v.poolMinTotalEth.trim();
          if (!n && !total) add('poolMinPledgers', FUNDING_MESSAGES.thresholdMissing);
          if (n && (!/^\d+$/.test(n) || Number(n) < 2 || Number(n) > 65_535))
            add('poolMinPledgers', FUNDING_MESSAGES.pledgersInvalid);
          if (total) {
            const wei = parseStakeWei(total);
            if (wei === null || wei === 0n) add('poolMinTotalEth', FUNDING_MESSAGES.minTotalInvalid);
            else if (cap !== null && cap > 0n && wei > cap) add('poolMinTotalEth', FUNDING_MESSAGES.minTotalAboveCap);
            else if (wei <= stake) add('poolMinTotalEth', FUNDING_MESSAGES.minTotalBelowStake);
          }
        }
      }
      const b = v.beneficiary.trim();
      if (b && !isAddress(b)) add('beneficiary', FUNDING_MESSAGES.beneficiaryInvalid);
      else if (b && b.toLowerCase() === zeroAddress) add('beneficiary', FUNDING_MESSAGES.beneficiaryZero);
      else if (!b && v.forClient === 'link') add('beneficiary', FUNDING_MESSAGES.beneficiaryForLink);
      if (v.linkedTo.trim() && !/^[1-9]\d{0,77}$/.test(v.linkedTo.trim()))
        add('linkedTo', FUNDING_MESSAGES.linkedInvalid);
    });
}

/** Whether a zero stake is allowed: only for a promise that can never escalate (the registry's ZeroStake rule). */
export function zeroStakeAllowed(v: Pick<WizardValues, 'promise' | 'kind' | 'timeoutAction'>): boolean {
  return v.promise === 'yes' && v.kind !== 'probabilistic' && v.timeoutAction !== 'escalate';
}

/** The accounts of the allow-list (empty: anyone may back). */
export function allowListOf(v: Pick<WizardValues, 'funding' | 'allowList'>): Address[] {
  return v.funding === 'maker' ? [] : parseAddressList(v.allowList).accounts;
}

/** Lines the wizard adds to the published terms: the allow-list (so backers can build their proofs) and who
 * prepared the threat for a client. */
export function fundingTermsLines(v: Pick<WizardValues, 'funding' | 'allowList' | 'preparedBy' | 'beneficiary'>) {
  const lines: string[] = [];
  const list = allowListOf(v);
  if (list.length) lines.push(`${ALLOW_LIST_PREFIX} ${list.join(', ')}`);
  if (v.preparedBy.trim() && isAddress(v.preparedBy.trim()))
    lines.push(`${PREPARED_BY_PREFIX} ${getAddress(v.preparedBy.trim())}`);
  return lines;
}

/** The terms line naming the professional who prepared a threat for its client (their desk lists it). */
export const PREPARED_BY_PREFIX = 'Prepared for the client by:';

/** The professional named in a threat's terms, if any. */
export function preparedByFromTerms(terms: string): Address | null {
  const line = terms.split('\n').find((l) => l.startsWith(PREPARED_BY_PREFIX));
  const a = line?.slice(PREPARED_BY_PREFIX.length).trim();
  return a && isAddress(a) ? getAddress(a) : null;
}

/** The `ThreatParams` fields of these values: beneficiary, flags, linkedTo, funding. */
export function toFundingFields(
  v: WizardValues,
  maker: Address,
): { beneficiary: Address; flags: number; linkedTo: bigint; funding?: Partial<FundingParams> } {
  const b = v.beneficiary.trim();
  const out = {
    beneficiary: getAddress(b || maker),
    flags: v.promise === 'yes' ? PROMISE_FLAG : 0,
    linkedTo: v.linkedTo.trim() ? BigInt(v.linkedTo.trim()) : 0n,
  };
  if (v.funding === 'maker') return out;
  const cap = parseStakeWei(v.capEth);
  if (cap === null) throw new RangeError('capEth: not an ETH amount');
  const funding: Partial<FundingParams> = { cap, backersRoot: allowListRoot(allowListOf(v)) };
  if (v.funding === 'pool') {
    const until = deadlineSeconds(v.poolUntil);
    if (Number.isNaN(until)) throw new RangeError('poolUntil: not a date');
    funding.gatherUntil = until;
    funding.minPledgers = v.poolMinPledgers.trim() ? Number(v.poolMinPledgers.trim()) : 0;
    funding.minTotal = v.poolMinTotalEth.trim() ? (parseStakeWei(v.poolMinTotalEth) ?? 0n) : 0n;
  }
  return { ...out, funding };
}

/**
 * The wizard opened from a threat's "respond with a counter-commitment" link (`/create?linkedTo=12&adversary=0x…`):
 * the draft with the threat it answers and its maker as the adversary (other fields as they were).
 */
export function withRespondTo(v: WizardValues, search: URLSearchParams): WizardValues {
  const linkedTo = search.get('linkedTo')?.trim() ?? '';
  if (!/^[1-9]\d{0,77}$/.test(linkedTo)) return v;
  const adversary = search.get('adversary')?.trim() ?? '';
  return {
    ...v,
    linkedTo,
    adversaryAddress: isAddress(adversary) ? getAddress(adversary) : v.adversaryAddress,
    terms: v.terms || `In answer to threat #${linkedTo}: I will not comply unless `,
  };
}
