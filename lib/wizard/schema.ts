import { isAddress, zeroAddress } from 'viem';
import { z } from 'zod';
import { decodeEngagementResponse, LinkError, type EngagementResponse } from '../engagements/link';
import { KIND_BITS } from '../engagements/typed-data';
import { resolutionIssues, RESOLUTION_MESSAGES } from './resolution';
import { stepsFor, type StepId } from './steps';
import type { WizardValues } from './types';
import { FUNDING_MESSAGES, fundingSchema, zeroStakeAllowed } from './funding';
import {
  deadlineSeconds,
  MAX_DURATION_SECONDS,
  MAX_STAKE_WEI,
  MAX_UINT32,
  MIN_PERIOD_SECONDS,
  parseDecimal,
  parseStakeWei,
  percentToParts,
  periodSeconds,
  PROB_SCALE,
} from './units';

/**
 * Validation of the wizard, one zod schema per step. The rules mirror the registry's custom errors in
 * `contracts/src/interfaces/ILevetrage.sol` (ZeroStake, StakeTooLarge, DeadlineInPast, DeadlineTooFar,
 * ZeroProvider, ZeroAgreementHash, NoTerminators, TooManyTerminators, InvalidTerminator, InvalidPeriod,
 * InvalidOdds) so that a form that passes here is not rejected on-chain for its parameters.
 * Messages are plain words that say what to do.
 */

/** What the rules that depend on time or on the wallet need to know. */
export interface SchemaContext {
  /** Current unix time in seconds. */
  now: number;
  /** The chain and registry the threat will be created on, when known (an engagement must be for them). */
  chainId?: number;
  registry?: string;
  /** The connected wallet, when known (an engagement names the maker). */
  account?: string;
}

export const MESSAGES = {
  kind: 'Choose the kind of threat: a commitment or a probabilistic threat.',
  termsShort: 'Describe the demand in at least 10 characters, so the adversary knows exactly what to do.',
  termsLong: 'Keep the demand under 1,000 characters; it is published on-chain in full.',
  deadlineMissing: 'Enter a deadline: the date and time by which the demand must be met.',
  deadlinePast: 'The deadline must be in the future (at least 5 minutes from now).',
  deadlineFar: 'The deadline can be at most 5 years from now; contracts never run forever.',
  adversaryNameLong: 'Keep the adversary’s name under 100 characters.',
  adversaryAddress:
    'The adversary’s address is not a valid Ethereum address (0x followed by 40 hex digits). Leave it empty if unknown.',
  providerMissing: 'Enter the provider’s address: who receives the stake if the threat escalates.',
  providerInvalid:
    'The provider’s address is not a valid Ethereum address (0x followed by 40 hex digits; check the capital letters).',
  providerZero: 'The provider cannot be the zero address: the stake would be burned, not paid.',
  providerActionShort: 'Say in a few words what the provider will do on receipt of the stake.',
  providerActionLong: 'Keep the provider’s action under 500 characters.',
  agreementMissing:
    'Add the signed agreement with the provider: drop the file so the browser can compute its fingerprint.',
  agreementInvalid: 'The agreement fingerprint must be a SHA-256 hash: 0x followed by 64 hex digits.',
  agreementZero: 'The agreement fingerprint cannot be all zeros.',
  engagementMissing:
    'Paste the provider’s engagement code: the provider signs (or accepts on chain) the engagement for this agreement, and only then can the threat pay it.',
  engagementOtherAgreement:
    'The provider signed an engagement for another agreement: its fingerprint differs from the file above. Send the provider this agreement.',
  engagementOtherRegistry: 'This engagement is for another Levetrage registry than the one on this chain.',
  engagementExpired: 'This engagement has expired: ask the provider to sign a new one.',
  engagementWrongKind: 'The provider did not accept this kind of threat: ask for an engagement that covers it.',
  escalateNeedsEngagement:
    'Escalate pays the provider, so it needs the provider’s engagement: fill in step 3 (Escalation) first.',
  ...RESOLUTION_MESSAGES,
  timeoutAction: 'Choose what happens at the deadline if the demand is not met.',
  pEscalateMissing: 'Enter the chance of escalation per period, as a percentage (e.g. 5).',
  pEscalateRange: 'The chance of escalation per period must be more than 0% and at most 100%.',
  pTerminateRange: 'The chance of a refund per period must be between 0% and 100% (0 for none).',
  oddsSum: 'The chances of escalation and of a refund per period add up to more than 100%.',
  periodMissing: 'Enter how long each period lasts (a number).',
  periodShort: 'A period must last at least 1 minute.',
  periodLong: 'A period cannot be longer than the time left until the deadline.',
  stakeMissing: 'Enter the stake in ETH (e.g. 3 or 0.5).',
  stakeInvalid: 'The stake must be a number of ETH with at most 18 decimals, like 3 or 0.25.',
  stakeZero: 'The stake must be more than 0 ETH.',
  stakeLarge: 'The stake is larger than the registry can hold.',
  amountInvalid: 'Enter an amount as a number, 0 or more, e.g. 13000 or 13,000.',
  ignoreChance: 'The chance that the adversary ignores any threat must be between 0% and 99%.',
} as const;

const address = (s: string) => isAddress(s.trim());

/** Step 1: the kind of threat. */
export const kindSchema = z.object({
  kind: z.enum(['commitment', 'probabilistic'], { error: MESSAGES.kind }),
});

/** Step 2: the demand and its deadline. */
export function demandSchema(ctx: SchemaContext) {
  return z.object({
    terms: z.string().trim().min(10, MESSAGES.termsShort).max(1000, MESSAGES.termsLong),
    deadline: z.string().superRefine((raw, c) => {
      const t = deadlineSeconds(raw);
      if (!raw || Number.isNaN(t)) c.addIssue({ code: 'custom', message: MESSAGES.deadlineMissing });
      else if (t < ctx.now + 300) c.addIssue({ code: 'custom', message: MESSAGES.deadlinePast });
      else if (t > ctx.now + MAX_DURATION_SECONDS) c.addIssue({ code: 'custom', message: MESSAGES.deadlineFar });
    }),
    adversaryName: z.string().trim().max(100, MESSAGES.adversaryNameLong),
    adversaryAddress: z
      .string()
      .trim()
      .refine((s) => s === '' || address(s), MESSAGES.adversaryAddress),
  });
}

/** Whether a threat with these values can escalate (then it needs a provider and its engagement). */
export function canEscalate(v: Pick<WizardValues, 'kind' | 'timeoutAction'>): boolean {
  return v.kind === 'probabilistic' || v.timeoutAction === 'escalate';
}

/** The problems of an engagement code against the other fields (sync checks; the signature is checked apart). */
export function engagementProblems(
  v: Pick<WizardValues, 'engagementCode' | 'provider' | 'agreementHash' | 'kind'>,
  ctx: SchemaContext,
): string[] {
  const code = v.engagementCode.trim();
  if (!code) return [MESSAGES.engagementMissing];
  let response: EngagementResponse;
  try {
    response = decodeEngagementResponse(code);
  } catch (e) {
    return [e instanceof LinkError ? e.message : MESSAGES.engagementMissing];
  }
  const e = response.engagement;
  const out: string[] = [];
  const same = (a: string, b: string) => a.toLowerCase() === b.trim().toLowerCase();
  // Compared only with a well-formed field (its own problem is reported on it).
  if (address(v.provider.trim()) && v.provider.trim().toLowerCase() !== zeroAddress && !same(e.provider, v.provider))
    out.push(`This engagement is from ${e.provider}, not from the provider above.`);
  if (/^0x(?!0{64})[0-9a-fA-F]{64}$/.test(v.agreementHash.trim()) && !same(e.agreementHash, v.agreementHash))
    out.push(MESSAGES.engagementOtherAgreement);
  if (ctx.chainId !== undefined && response.chainId !== ctx.chainId)
    out.push(`This engagement is for chain ${response.chainId}, not the chain you are on (${ctx.chainId}).`);
  if (ctx.registry && !same(response.registry, ctx.registry)) out.push(MESSAGES.engagementOtherRegistry);
  if (ctx.account && !same(e.maker, ctx.account))
    out.push(`This engagement names ${e.maker} as the maker, not your wallet (${ctx.account}).`);
  if (e.validUntil < ctx.now) out.push(MESSAGES.engagementExpired);
  const bit = v.kind === 'probabilistic' ? KIND_BITS.probabilistic : KIND_BITS.commitment;
  if (v.kind !== '' && (e.kinds & bit) === 0) out.push(MESSAGES.engagementWrongKind);
  return out;
}

/** Step 3: the provider, its engagement and the agreement's hash (only when the threat can escalate). */
export function escalationSchema(ctx: SchemaContext, kind: WizardValues['kind']) {
  return z
    .object({
      provider: z.string(),
      providerAction: z.string(),
      agreementHash: z.string(),
      engagementCode: z.string(),
      timeoutAction: z.string().optional(),
    })
    .superRefine((v, c) => {
      // A commitment whose timeout is not Escalate never pays a provider: nothing to fill in here.
      if (!canEscalate({ kind, timeoutAction: (v.timeoutAction ?? '') as WizardValues['timeoutAction'] })) return;
      const p = v.provider.trim();
      if (!p) c.addIssue({ code: 'custom', message: MESSAGES.providerMissing, path: ['provider'] });
      else if (!address(p)) c.addIssue({ code: 'custom', message: MESSAGES.providerInvalid, path: ['provider'] });
      else if (p.toLowerCase() === zeroAddress)
        c.addIssue({ code: 'custom', message: MESSAGES.providerZero, path: ['provider'] });
      const action = v.providerAction.trim();
      if (action.length < 5)
        c.addIssue({ code: 'custom', message: MESSAGES.providerActionShort, path: ['providerAction'] });
      else if (action.length > 500)
        c.addIssue({ code: 'custom', message: MESSAGES.providerActionLong, path: ['providerAction'] });
      const h = v.agreementHash.trim();
      if (!h) c.addIssue({ code: 'custom', message: MESSAGES.agreementMissing, path: ['agreementHash'] });
      else if (!/^0x[0-9a-fA-F]{64}$/.test(h))
        c.addIssue({ code: 'custom', message: MESSAGES.agreementInvalid, path: ['agreementHash'] });
      else if (/^0x0{64}$/.test(h))
        c.addIssue({ code: 'custom', message: MESSAGES.agreementZero, path: ['agreementHash'] });
      for (const message of engagementProblems({ ...v, kind }, ctx))
        c.addIssue({ code: 'custom', message, path: ['engagementCode'] });
    });
}

/** Step 4: the resolution (lib/wizard/resolution.ts: k of n oracles, a Reality.eth question or an UMA assertion)
 * and the timeout action. */
export const resolutionSchema = z
  .object({
    resolutionKind: z.enum(['oracles', 'reality', 'uma']).default('oracles'),
    terminators: z.array(z.object({ address: z.string() })),
    quorum: z.string().default('1'),
    realityArbitrator: z.string().default(''),
    realityTimeoutValue: z.string().default(''),
    realityTimeoutUnit: z.enum(['minutes', 'hours', 'days']).default('days'),
    realityBondEth: z.string().default(''),
    umaBondEth: z.string().default(''),
    umaLivenessValue: z.string().default(''),
    umaLivenessUnit: z.enum(['minutes', 'hours', 'days']).default('hours'),
    umaMinBondWei: z.string().default(''),
    timeoutAction: z.enum(['refund', 'forfeit', 'escalate'], { error: MESSAGES.timeoutAction }),
    engagementCode: z.string().optional(),
  })
  .superRefine(
    (v, c) => {
      for (const issue of resolutionIssues(v)) c.addIssue({ code: 'custom', ...issue });
      // Escalate pays the provider: its engagement (step 3) must be there.
      if (v.timeoutAction === 'escalate' && !(v.engagementCode ?? '').trim())
        c.addIssue({ code: 'custom', message: MESSAGES.escalateNeedsEngagement, path: ['timeoutAction'] });
    },
    // Also when the timeout action is not chosen yet: every problem of the step shows at once.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** Step 5 (probabilistic only): per-period probabilities and the period length. Reads the deadline. */
export function oddsSchema(ctx: SchemaContext) {
  return z
    .object({
      pEscalatePct: z.string(),
      pTerminatePct: z.string(),
      periodValue: z.string(),
      periodUnit: z.enum(['minutes', 'hours', 'days']),
      deadline: z.string(),
    })
    .superRefine((v, c) => {
      const pe = percentToParts(v.pEscalatePct);
      if (v.pEscalatePct.trim() === '')
        c.addIssue({ code: 'custom', message: MESSAGES.pEscalateMissing, path: ['pEscalatePct'] });
      else if (Number.isNaN(pe) || pe < 1 || pe > PROB_SCALE)
        c.addIssue({ code: 'custom', message: MESSAGES.pEscalateRange, path: ['pEscalatePct'] });
      const pt = v.pTerminatePct.trim() === '' ? 0 : percentToParts(v.pTerminatePct);
      if (Number.isNaN(pt) || pt < 0 || pt > PROB_SCALE)
        c.addIssue({ code: 'custom', message: MESSAGES.pTerminateRange, path: ['pTerminatePct'] });
      else if (!Number.isNaN(pe) && pe >= 1 && pe <= PROB_SCALE && pe + pt > PROB_SCALE)
        c.addIssue({ code: 'custom', message: MESSAGES.oddsSum, path: ['pTerminatePct'] });
      const secs = periodSeconds(v.periodValue, v.periodUnit);
      const deadline = deadlineSeconds(v.deadline);
      if (Number.isNaN(secs) || secs <= 0)
        c.addIssue({ code: 'custom', message: MESSAGES.periodMissing, path: ['periodValue'] });
      else if (secs < MIN_PERIOD_SECONDS)
        c.addIssue({ code: 'custom', message: MESSAGES.periodShort, path: ['periodValue'] });
      else if (secs > MAX_UINT32 || (!Number.isNaN(deadline) && secs > deadline - ctx.now))
        c.addIssue({ code: 'custom', message: MESSAGES.periodLong, path: ['periodValue'] });
    });
}

const amount = z.string().refine((s) => {
  const v = parseDecimal(s);
  return !Number.isNaN(v) && Number.isFinite(v);
}, MESSAGES.amountInvalid);

/** Step 6: the stake (wei-exact) and the numbers the math uses. */
export const stakesSchema = z
  .object({
    stakeEth: z.string(),
    disputedAmount: amount,
    makerLoss: amount,
    adversaryLoss: amount,
    ignoreChancePct: z.string().refine((s) => {
      const v = parseDecimal(s);
      return !Number.isNaN(v) && v >= 0 && v <= 99;
    }, MESSAGES.ignoreChance),
    // A promise that can never escalate may have no stake (lib/wizard/funding.ts zeroStakeAllowed).
    promise: z.string().optional(),
    kind: z.string().optional(),
    timeoutAction: z.string().optional(),
  })
  .superRefine((v, c) => {
    const add = (message: string) => c.addIssue({ code: 'custom', message, path: ['stakeEth'] });
    const raw = v.stakeEth;
    const free = zeroStakeAllowed(v as Pick<WizardValues, 'promise' | 'kind' | 'timeoutAction'>);
    if (!raw.trim()) return free ? undefined : add(MESSAGES.stakeMissing);
    const wei = parseStakeWei(raw);
    if (wei === null) add(MESSAGES.stakeInvalid);
    else if (wei === 0n && !free) add(v.promise === 'yes' ? FUNDING_MESSAGES.promiseStake : MESSAGES.stakeZero);
    else if (wei > MAX_STAKE_WEI) add(MESSAGES.stakeLarge);
  });

/** The schema that validates one step (the review step validates every step of the chosen kind). */
export function stepSchema(step: StepId, ctx: SchemaContext, kind: WizardValues['kind']): z.ZodType {
  switch (step) {
    case 'kind':
      return kindSchema;
    case 'demand':
      return demandSchema(ctx);
    case 'escalation':
      return escalationSchema(ctx, kind);
    case 'resolution':
      return resolutionSchema;
    case 'odds':
      return oddsSchema(ctx);
    case 'stakes':
      return stakesSchema;
    case 'funding':
      return fundingSchema(ctx);
    case 'review': {
      const parts = stepsFor(kind)
        .filter((s) => s !== 'review')
        .map((s) => stepSchema(s, ctx, kind));
      return parts.reduce((a, b) => z.intersection(a, b));
    }
  }
}

/** A flat list of problems, in order, for an error summary: field path and message. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Validates `values` for `step`; returns the problems (empty when the step is complete). */
export function validateStep(step: StepId, values: WizardValues, ctx: SchemaContext): FieldProblem[] {
  const result = stepSchema(step, ctx, values.kind).safeParse(values);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** The first step (in order) with a problem, for the review step's "go fix it" behaviour. */
export function firstInvalidStep(values: WizardValues, ctx: SchemaContext): StepId | null {
  for (const s of stepsFor(values.kind)) {
    if (s === 'review') continue;
    if (validateStep(s, values, ctx).length > 0) return s;
  }
  return null;
}
