import { describe, expect, it } from 'vitest';
import { encodeEngagementResponse } from '@/lib/engagements/link';
import { canEscalate, firstInvalidStep, MESSAGES, validateStep } from './schema';
import { presetValues, PRESETS } from './presets';
import { EMPTY_VALUES, type WizardValues } from './types';
import { toDatetimeLocal } from './units';

const NOW = 1_800_000_000; // fixed "now" (2027-01-15)
const ctx = { now: NOW };
const A1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const A2 = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const HASH = `0x${'ab'.repeat(32)}`;
const REGISTRY = '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0';
const engagement = {
  provider: A1 as `0x${string}`,
  maker: A2 as `0x${string}`,
  agreementHash: HASH as `0x${string}`,
  minStake: 0n,
  maxStake: 0n,
  kinds: 3,
  validUntil: NOW + 86_400,
  uses: 1,
  nonce: 1n,
};
const code = (over: Partial<typeof engagement> = {}, chainId = 31337) =>
  encodeEngagementResponse({
    v: 1,
    type: 'engagement-response',
    chainId,
    registry: REGISTRY,
    engagement: { ...engagement, ...over },
    signature: `0x${'12'.repeat(65)}`,
  });

function valid(over: Partial<WizardValues> = {}): WizardValues {
  return {
    ...EMPTY_VALUES,
    kind: 'probabilistic',
    terms: 'Refund the $13,000 for the broken product.',
    deadline: toDatetimeLocal(NOW + 30 * 86_400),
    provider: A1,
    providerAction: 'Files a civil action.',
    agreementHash: HASH,
    engagementCode: code(),
    terminators: [{ address: A2 }],
    timeoutAction: 'refund',
    pEscalatePct: '5',
    pTerminatePct: '0',
    periodValue: '1',
    periodUnit: 'days',
    stakeEth: '3',
    disputedAmount: '13000',
    makerLoss: '2000',
    adversaryLoss: '100000',
    ignoreChancePct: '10',
    ...over,
  };
}

const messages = (step: Parameters<typeof validateStep>[0], v: WizardValues) =>
  validateStep(step, v, ctx).map((p) => p.message);
const paths = (step: Parameters<typeof validateStep>[0], v: WizardValues) =>
  validateStep(step, v, ctx).map((p) => p.path);

describe('wizard schema', () => {
  it('accepts a complete probabilistic threat in every step', () => {
    for (const s of ['kind', 'demand', 'escalation', 'resolution', 'odds', 'stakes', 'review'] as const)
      expect(validateStep(s, valid(), ctx), s).toEqual([]);
    expect(firstInvalidStep(valid(), ctx)).toBeNull();
  });

  it('every preset passes every step but the provider’s engagement, which only the provider can give', () => {
    for (const p of PRESETS) {
      const v = presetValues(p.id, NOW, 31337);
      if (!canEscalate(v)) {
        expect(firstInvalidStep(v, ctx), p.id).toBeNull();
        continue;
      }
      expect(validateStep('escalation', v, ctx), p.id).toEqual([
        { path: 'engagementCode', message: MESSAGES.engagementMissing },
      ]);
      const signed = {
        ...v,
        engagementCode: code({
          provider: v.provider as `0x${string}`,
          agreementHash: v.agreementHash as `0x${string}`,
        }),
      };
      expect(firstInvalidStep(signed, ctx), p.id).toBeNull();
    }
  });

  it('engagement code: decodes, and must be for this provider, agreement, chain, maker, kind and time', () => {
    expect(messages('escalation', valid({ engagementCode: '' }))).toEqual([MESSAGES.engagementMissing]);
    expect(messages('escalation', valid({ engagementCode: 'nonsense' }))[0]).toMatch(/incomplete/);
    expect(messages('escalation', valid({ engagementCode: code({ agreementHash: `0x${'cd'.repeat(32)}` }) }))).toEqual([
      MESSAGES.engagementOtherAgreement,
    ]);
    expect(messages('escalation', valid({ engagementCode: code({ provider: A2 }) }))[0]).toMatch(
      /not from the provider/,
    );
    expect(messages('escalation', valid({ engagementCode: code({ validUntil: NOW - 1 }) }))).toEqual([
      MESSAGES.engagementExpired,
    ]);
    expect(messages('escalation', valid({ engagementCode: code({ kinds: 1 }) }))).toEqual([
      MESSAGES.engagementWrongKind,
    ]);
    const elsewhere = validateStep('escalation', valid({ engagementCode: code({}, 1) }), { ...ctx, chainId: 31337 });
    expect(elsewhere.map((p) => p.message)[0]).toMatch(/for chain 1/);
    const otherMaker = validateStep('escalation', valid(), { ...ctx, account: A1 });
    expect(otherMaker.map((p) => p.message)[0]).toMatch(/names .* as the maker/);
  });

  it('a commitment that never escalates needs no provider; Escalate needs the engagement', () => {
    const commitment = valid({
      kind: 'commitment',
      provider: '',
      providerAction: '',
      agreementHash: '',
      engagementCode: '',
    });
    expect(messages('escalation', commitment)).toEqual([]);
    expect(firstInvalidStep(commitment, ctx)).toBeNull();
    expect(messages('resolution', { ...commitment, timeoutAction: 'escalate' })).toEqual([
      MESSAGES.escalateNeedsEngagement,
    ]);
  });

  it('kind: must be chosen', () => {
    expect(messages('kind', valid({ kind: '' }))).toEqual([MESSAGES.kind]);
  });

  describe('demand', () => {
    it('terms: at least 10 characters after trimming, at most 1000', () => {
      expect(messages('demand', valid({ terms: '   short   ' }))).toEqual([MESSAGES.termsShort]);
      expect(messages('demand', valid({ terms: 'x'.repeat(1001) }))).toEqual([MESSAGES.termsLong]);
      expect(messages('demand', valid({ terms: 'x'.repeat(1000) }))).toEqual([]);
    });
    it('deadline: present, in the future (≥ 5 min) and at most 5 years (DeadlineInPast / DeadlineTooFar)', () => {
      expect(messages('demand', valid({ deadline: '' }))).toEqual([MESSAGES.deadlineMissing]);
      expect(messages('demand', valid({ deadline: 'not a date' }))).toEqual([MESSAGES.deadlineMissing]);
      expect(messages('demand', valid({ deadline: toDatetimeLocal(NOW - 3600) }))).toEqual([MESSAGES.deadlinePast]);
      expect(messages('demand', valid({ deadline: toDatetimeLocal(NOW + 60) }))).toEqual([MESSAGES.deadlinePast]);
      expect(messages('demand', valid({ deadline: toDatetimeLocal(NOW + 600) }))).toEqual([]);
      expect(messages('demand', valid({ deadline: toDatetimeLocal(NOW + 5 * 365 * 86_400 + 120) }))).toEqual([
        MESSAGES.deadlineFar,
      ]);
      expect(messages('demand', valid({ deadline: toDatetimeLocal(NOW + 5 * 365 * 86_400 - 120) }))).toEqual([]);
    });
    it('adversary: name optional but bounded, address optional but valid', () => {
      expect(messages('demand', valid({ adversaryName: 'n'.repeat(101) }))).toEqual([MESSAGES.adversaryNameLong]);
      expect(messages('demand', valid({ adversaryAddress: '0x1234' }))).toEqual([MESSAGES.adversaryAddress]);
      expect(messages('demand', valid({ adversaryAddress: A1.toLowerCase() }))).toEqual([]);
    });
  });

  describe('escalation', () => {
    it('provider: present, valid (checksum), non-zero (ZeroProvider)', () => {
      expect(messages('escalation', valid({ provider: '' }))).toEqual([MESSAGES.providerMissing]);
      expect(messages('escalation', valid({ provider: 'law firm' }))).toEqual([MESSAGES.providerInvalid]);
      // one capital letter flipped: bad checksum
      expect(messages('escalation', valid({ provider: A1.replace('C51812', 'c51812') }))).toEqual([
        MESSAGES.providerInvalid,
      ]);
      expect(messages('escalation', valid({ provider: `0x${'0'.repeat(40)}` }))).toEqual([MESSAGES.providerZero]);
    });
    it('provider action: a few words, bounded', () => {
      expect(messages('escalation', valid({ providerAction: ' ' }))).toEqual([MESSAGES.providerActionShort]);
      expect(messages('escalation', valid({ providerAction: 'a'.repeat(501) }))).toEqual([MESSAGES.providerActionLong]);
    });
    it('agreement hash: present, 32 bytes hex, non-zero (ZeroAgreementHash)', () => {
      expect(messages('escalation', valid({ agreementHash: '' }))).toEqual([MESSAGES.agreementMissing]);
      expect(messages('escalation', valid({ agreementHash: '0x1234' }))).toEqual([MESSAGES.agreementInvalid]);
      expect(messages('escalation', valid({ agreementHash: `0x${'0'.repeat(64)}` }))).toEqual([MESSAGES.agreementZero]);
    });
  });

  describe('resolution', () => {
    it('at least one terminator (NoTerminators)', () => {
      expect(messages('resolution', valid({ terminators: [] }))).toEqual([MESSAGES.terminatorsNone]);
      expect(messages('resolution', valid({ terminators: [{ address: '  ' }] }))).toEqual([MESSAGES.terminatorsNone]);
    });
    it('at most 16 (TooManyTerminators)', () => {
      const many = Array.from({ length: 17 }, (_, i) => ({ address: `0x${(i + 1).toString(16).padStart(40, '0')}` }));
      expect(messages('resolution', valid({ terminators: many }))).toEqual([MESSAGES.terminatorsMany]);
      expect(messages('resolution', valid({ terminators: many.slice(0, 16) }))).toEqual([]);
    });
    it('each valid, non-zero and distinct (InvalidTerminator), with the row in the path', () => {
      const v = valid({
        terminators: [
          { address: A1 },
          { address: 'nope' },
          { address: `0x${'0'.repeat(40)}` },
          { address: A1.toLowerCase() },
          { address: '' },
        ],
      });
      expect(validateStep('resolution', v, ctx)).toEqual([
        { path: 'terminators.1.address', message: MESSAGES.terminatorInvalid },
        { path: 'terminators.2.address', message: MESSAGES.terminatorZero },
        { path: 'terminators.3.address', message: 'Terminator 4 repeats terminator 1; each address may appear once.' },
        { path: 'terminators.4.address', message: MESSAGES.terminatorMissing },
      ]);
    });
    it('shows the oracles’ problems before the timeout action is chosen (every problem of the step at once)', () => {
      const v = valid({ terminators: [{ address: `0x${'0'.repeat(40)}` }], timeoutAction: '' as never });
      expect(messages('resolution', v).sort()).toEqual([MESSAGES.terminatorZero, MESSAGES.timeoutAction].sort());
    });
    it('timeout action must be chosen', () => {
      expect(messages('resolution', valid({ timeoutAction: '' }))).toEqual([MESSAGES.timeoutAction]);
    });
  });

  describe('odds (InvalidOdds / InvalidPeriod)', () => {
    it('pEscalate: present, > 0 after rounding to parts per 1e9, ≤ 100%', () => {
      expect(messages('odds', valid({ pEscalatePct: '' }))).toEqual([MESSAGES.pEscalateMissing]);
      expect(messages('odds', valid({ pEscalatePct: '0' }))).toEqual([MESSAGES.pEscalateRange]);
      expect(messages('odds', valid({ pEscalatePct: '0.00000001' }))).toEqual([MESSAGES.pEscalateRange]); // 0.1 part
      expect(messages('odds', valid({ pEscalatePct: '0.0000001' }))).toEqual([]); // exactly 1 part
      expect(messages('odds', valid({ pEscalatePct: '100.1' }))).toEqual([MESSAGES.pEscalateRange]);
      expect(messages('odds', valid({ pEscalatePct: '-5' }))).toEqual([MESSAGES.pEscalateRange]);
      expect(messages('odds', valid({ pEscalatePct: '5%' }))).toEqual([]); // "5%" is 5, as in the calculator
      expect(messages('odds', valid({ pEscalatePct: '100' }))).toEqual([]);
    });
    it('pTerminate: 0..100 and pEscalate + pTerminate ≤ 100%', () => {
      expect(messages('odds', valid({ pTerminatePct: '' }))).toEqual([]);
      expect(messages('odds', valid({ pTerminatePct: 'abc' }))).toEqual([MESSAGES.pTerminateRange]);
      expect(messages('odds', valid({ pTerminatePct: '95' }))).toEqual([]);
      expect(messages('odds', valid({ pTerminatePct: '95.0000001' }))).toEqual([MESSAGES.oddsSum]);
      expect(paths('odds', valid({ pTerminatePct: '96' }))).toEqual(['pTerminatePct']);
    });
    it('period: a number, ≥ 60 s, ≤ time to the deadline', () => {
      expect(messages('odds', valid({ periodValue: '' }))).toEqual([MESSAGES.periodMissing]);
      expect(messages('odds', valid({ periodValue: '0' }))).toEqual([MESSAGES.periodMissing]);
      expect(messages('odds', valid({ periodValue: '59', periodUnit: 'minutes' }))).toEqual([]);
      expect(messages('odds', valid({ periodValue: '0.9', periodUnit: 'minutes' }))).toEqual([MESSAGES.periodShort]);
      expect(messages('odds', valid({ periodValue: '1', periodUnit: 'minutes' }))).toEqual([]);
      expect(messages('odds', valid({ periodValue: '31', periodUnit: 'days' }))).toEqual([MESSAGES.periodLong]);
      expect(messages('odds', valid({ periodValue: '29', periodUnit: 'days' }))).toEqual([]);
    });
  });

  describe('stakes', () => {
    it('stake: present, ETH with ≤ 18 decimals, > 0 (ZeroStake), ≤ uint96 (StakeTooLarge)', () => {
      expect(messages('stakes', valid({ stakeEth: '' }))).toEqual([MESSAGES.stakeMissing]);
      expect(messages('stakes', valid({ stakeEth: '1,5' }))).toEqual([MESSAGES.stakeInvalid]);
      expect(messages('stakes', valid({ stakeEth: '1e3' }))).toEqual([MESSAGES.stakeInvalid]);
      expect(messages('stakes', valid({ stakeEth: '0.0000000000000000001' }))).toEqual([MESSAGES.stakeInvalid]);
      expect(messages('stakes', valid({ stakeEth: '0' }))).toEqual([MESSAGES.stakeZero]);
      expect(messages('stakes', valid({ stakeEth: '0.000000000000000001' }))).toEqual([]);
      expect(messages('stakes', valid({ stakeEth: '79228162515' }))).toEqual([MESSAGES.stakeLarge]);
      expect(messages('stakes', valid({ stakeEth: '.5' }))).toEqual([]);
    });
    it('amounts for the math: plain non-negative numbers', () => {
      expect(messages('stakes', valid({ makerLoss: '-1' }))).toEqual([MESSAGES.amountInvalid]);
      // "1,000" is accepted the same way as in the calculator (lib/number-input); "1,5" is refused
      expect(messages('stakes', valid({ adversaryLoss: '100,000' }))).toEqual([]);
      expect(messages('stakes', valid({ adversaryLoss: '1,5' }))).toEqual([MESSAGES.amountInvalid]);
      expect(messages('stakes', valid({ stakeEth: '1,000' }))).toEqual([]);
      expect(messages('stakes', valid({ disputedAmount: '' }))).toEqual([MESSAGES.amountInvalid]);
      expect(messages('stakes', valid({ ignoreChancePct: '100' }))).toEqual([MESSAGES.ignoreChance]);
    });
  });

  it('review: a commitment skips the odds step; a probabilistic threat does not', () => {
    const bad = valid({ pEscalatePct: '' });
    expect(firstInvalidStep(bad, ctx)).toBe('odds');
    expect(firstInvalidStep({ ...bad, kind: 'commitment' }, ctx)).toBeNull();
    expect(messages('review', { ...bad, stakeEth: '0' })).toEqual(
      expect.arrayContaining([MESSAGES.pEscalateMissing, MESSAGES.stakeZero]),
    );
  });
});
