import { parseEther, zeroHash } from 'viem';
import { describe, expect, it } from 'vitest';
import { allowListRoot } from '../funding/allow-list';
import { FUNDING_MESSAGES, preparedByFromTerms, toFundingFields, withRespondTo, zeroStakeAllowed } from './funding';
import { validateStep } from './schema';
import { composeTerms, toStakeWei, toThreatParams } from './to-params';
import { EMPTY_VALUES, type WizardValues } from './types';

const A1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const A2 = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const NOW = Math.floor(new Date('2026-12-01T00:00').getTime() / 1000);
const ctx = { now: NOW };

function values(over: Partial<WizardValues> = {}): WizardValues {
  return {
    ...EMPTY_VALUES,
    kind: 'commitment',
    terms: 'Refund the $13,000 deposit.',
    deadline: '2027-01-15T08:00',
    terminators: [{ address: A2 }],
    timeoutAction: 'refund',
    stakeEth: '1',
    disputedAmount: '13000',
    makerLoss: '2000',
    adversaryLoss: '100000',
    ...over,
  };
}
const messages = (step: 'funding' | 'stakes', v: WizardValues) => validateStep(step, v, ctx).map((p) => p.message);

describe('funding step validation', () => {
  it('accepts the maker alone, and backers with a cap', () => {
    expect(messages('funding', values())).toEqual([]);
    expect(messages('funding', values({ funding: 'backers', capEth: '10' }))).toEqual([]);
  });

  it('needs a cap at least the stake, valid allow-list entries, and a pool’s date and threshold', () => {
    expect(messages('funding', values({ funding: 'backers' }))).toEqual([FUNDING_MESSAGES.capMissing]);
    expect(messages('funding', values({ funding: 'backers', capEth: '0.5' }))).toEqual([
      FUNDING_MESSAGES.capBelowStake,
    ]);
    expect(messages('funding', values({ funding: 'backers', capEth: '5', allowList: `${A1}\nbob` }))).toEqual([
      `${FUNDING_MESSAGES.allowListInvalid}bob`,
    ]);
    expect(messages('funding', values({ funding: 'pool', capEth: '5' }))).toEqual([
      FUNDING_MESSAGES.poolUntilMissing,
      FUNDING_MESSAGES.thresholdMissing,
    ]);
    expect(
      messages(
        'funding',
        values({ funding: 'pool', capEth: '5', poolUntil: '2027-02-01T00:00', poolMinPledgers: '1' }),
      ),
    ).toEqual([FUNDING_MESSAGES.poolUntilAfterDeadline, FUNDING_MESSAGES.pledgersInvalid]);
    expect(
      messages(
        'funding',
        values({ funding: 'pool', capEth: '5', poolUntil: '2027-01-01T00:00', poolMinTotalEth: '6' }),
      ),
    ).toEqual([FUNDING_MESSAGES.minTotalAboveCap]);
  });

  it('refuses a zero or malformed beneficiary, a link without a client, and a bad threat number', () => {
    expect(messages('funding', values({ beneficiary: '0x0000000000000000000000000000000000000000' }))).toEqual([
      FUNDING_MESSAGES.beneficiaryZero,
    ]);
    expect(messages('funding', values({ beneficiary: '0x1234' }))).toEqual([FUNDING_MESSAGES.beneficiaryInvalid]);
    expect(messages('funding', values({ forClient: 'link' }))).toEqual([FUNDING_MESSAGES.beneficiaryForLink]);
    expect(messages('funding', values({ linkedTo: '0' }))).toEqual([FUNDING_MESSAGES.linkedInvalid]);
  });

  it('lets a promise that cannot escalate go without a stake, but not one that escalates', () => {
    expect(messages('stakes', values({ promise: 'yes', stakeEth: '' }))).toEqual([]);
    expect(messages('stakes', values({ promise: 'yes', stakeEth: '0' }))).toEqual([]);
    expect(messages('stakes', values({ promise: 'yes', stakeEth: '0', timeoutAction: 'escalate' }))).toEqual([
      FUNDING_MESSAGES.promiseStake,
    ]);
    expect(messages('stakes', values({ stakeEth: '0' }))).toEqual(['The stake must be more than 0 ETH.']);
    expect(zeroStakeAllowed({ promise: 'yes', kind: 'probabilistic', timeoutAction: 'refund' })).toBe(false);
    expect(toStakeWei({ stakeEth: '' })).toBe(0n);
  });
});

describe('funding fields in ThreatParams', () => {
  const create = { registry: A1, maker: A1, maxFee: 0n, deployment: {} } as const;

  it('maps a pool with an allow-list, the beneficiary, the link and the promise flag', () => {
    const v = values({
      funding: 'pool',
      capEth: '10',
      allowList: `${A1}\n${A2}`,
      poolUntil: '2027-01-01T00:00',
      poolMinPledgers: '3',
      poolMinTotalEth: '2',
      beneficiary: A2.toLowerCase(),
      linkedTo: '12',
      promise: 'yes',
    });
    const p = toThreatParams(v, create);
    expect(p.beneficiary).toBe(A2);
    expect(p.flags).toBe(1);
    expect(p.linkedTo).toBe(12n);
    expect(p.funding).toEqual({
      cap: parseEther('10'),
      backersRoot: allowListRoot([A1, A2]),
      gatherUntil: Math.floor(new Date('2027-01-01T00:00').getTime() / 1000),
      minPledgers: 3,
      minTotal: parseEther('2'),
    });
    expect(p.terms).toBe(`Refund the $13,000 deposit.\nBackers allowed: ${A1}, ${A2}`);
  });

  it('leaves funding unused for the maker alone, and the maker as beneficiary', () => {
    const p = toThreatParams(values(), create);
    expect(p.beneficiary).toBe(A1);
    expect(p.flags).toBe(0);
    expect(p.linkedTo).toBe(0n);
    expect(p.funding).toEqual({ cap: 0n, backersRoot: zeroHash, gatherUntil: 0, minPledgers: 0, minTotal: 0n });
    expect(toFundingFields(values({ funding: 'backers', capEth: '4' }), A1).funding).toEqual({
      cap: parseEther('4'),
      backersRoot: zeroHash,
    });
  });

  it('writes and reads back the professional who prepared it', () => {
    const terms = composeTerms(values({ preparedBy: A1.toLowerCase() }));
    expect(terms).toBe(`Refund the $13,000 deposit.\nPrepared for the client by: ${A1}`);
    expect(preparedByFromTerms(terms)).toBe(A1);
    expect(preparedByFromTerms('Pay.')).toBeNull();
  });

  it('prefills a counter-commitment from the respond link', () => {
    const v = withRespondTo(EMPTY_VALUES, new URLSearchParams(`linkedTo=12&adversary=${A1.toLowerCase()}`));
    expect(v.linkedTo).toBe('12');
    expect(v.adversaryAddress).toBe(A1);
    expect(v.terms).toBe('In answer to threat #12: I will not comply unless ');
    expect(withRespondTo(EMPTY_VALUES, new URLSearchParams('linkedTo=abc'))).toBe(EMPTY_VALUES);
  });
});
