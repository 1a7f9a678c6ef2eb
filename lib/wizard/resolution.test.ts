import { describe, expect, it } from 'vitest';
import { parseEther } from 'viem';
import { EMPTY_VALUES } from './types';
import {
  RESOLUTION_MESSAGES,
  resolutionIssues,
  toResolution,
  tryResolution,
  warnableResolution,
  type ResolutionValues,
} from './resolution';

const A = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const B = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const C = '0x90F79bf6EB2c4f870365E785982E1f101E93b906';
const v = (over: Partial<ResolutionValues>): ResolutionValues => ({ ...EMPTY_VALUES, ...over });
const messages = (x: ResolutionValues) => resolutionIssues(x).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('resolutionIssues', () => {
  it('k > n, k = 0 and a duplicate oracle get messages in words', () => {
    const two = [{ address: A }, { address: B }];
    expect(messages(v({ terminators: two, quorum: '3' }))).toEqual([
      'quorum: 3 approvals cannot come from 2 terminators: k must be at most the number named (2).',
    ]);
    expect(messages(v({ terminators: two, quorum: '0' }))).toEqual([`quorum: ${RESOLUTION_MESSAGES.quorumInvalid}`]);
    expect(messages(v({ terminators: [{ address: A }, { address: A.toLowerCase() }], quorum: '1' }))).toEqual([
      'terminators.1.address: Terminator 2 repeats terminator 1; each address may appear once.',
    ]);
    expect(messages(v({ terminators: two, quorum: '2' }))).toEqual([]);
  });

  it('a Reality.eth question needs an arbitrator, a timeout up to 7 days and a bond above 0', () => {
    expect(messages(v({ resolutionKind: 'reality', realityArbitrator: '', realityBondEth: '0' }))).toEqual([
      `realityArbitrator: ${RESOLUTION_MESSAGES.arbitratorMissing}`,
      `realityBondEth: ${RESOLUTION_MESSAGES.realityBondInvalid}`,
    ]);
    expect(
      messages(
        v({ resolutionKind: 'reality', realityArbitrator: A, realityTimeoutValue: '8', realityTimeoutUnit: 'days' }),
      ),
    ).toEqual([`realityTimeoutValue: ${RESOLUTION_MESSAGES.timeoutLong}`]);
  });

  it('an UMA bond below the oracle’s minimum is refused with the minimum in ETH', () => {
    const min = String(parseEther('0.01'));
    expect(messages(v({ resolutionKind: 'uma', umaBondEth: '0.005', umaMinBondWei: min }))).toEqual([
      'umaBondEth: The bond must be at least 0.01 ETH: UMA’s oracle refuses smaller bonds on this network.',
    ]);
    expect(messages(v({ resolutionKind: 'uma', umaBondEth: '0.01', umaMinBondWei: min }))).toEqual([]);
    expect(messages(v({ resolutionKind: 'uma', umaLivenessValue: '0' }))).toEqual([
      `umaLivenessValue: ${RESOLUTION_MESSAGES.livenessInvalid}`,
    ]);
  });
});

describe('toResolution', () => {
  it('one oracle decides alone; several make a k-of-n panel with a grace only when k > 1', () => {
    expect(toResolution(v({ terminators: [{ address: A.toLowerCase() }] }))).toEqual({ kind: 'oracle', oracle: A });
    expect(toResolution(v({ terminators: [{ address: A }, { address: B }, { address: C }], quorum: '2' }))).toEqual({
      kind: 'panel',
      members: [A, B, C],
      k: 2,
      grace: 86_400,
    });
    expect(toResolution(v({ terminators: [{ address: A }, { address: B }], quorum: '1' }))).toMatchObject({
      k: 1,
      grace: 0,
    });
  });

  it('Reality.eth and UMA values become their resolutions (seconds, wei)', () => {
    expect(
      toResolution(
        v({
          resolutionKind: 'reality',
          realityArbitrator: A.toLowerCase(),
          realityTimeoutValue: '12',
          realityTimeoutUnit: 'hours',
          realityBondEth: '0.05',
        }),
      ),
    ).toEqual({ kind: 'reality', arbitrator: A, timeout: 43_200, minBond: parseEther('0.05') });
    expect(
      toResolution(v({ resolutionKind: 'uma', umaBondEth: '0.2', umaLivenessValue: '30', umaLivenessUnit: 'minutes' })),
    ).toEqual({
      kind: 'uma',
      bond: parseEther('0.2'),
      liveness: 1800,
    });
    expect(tryResolution(v({ resolutionKind: 'reality' }))).toBeNull();
  });
});

describe('warnableResolution', () => {
  it('is the resolution itself when it is valid', () => {
    const x = v({ resolutionKind: 'oracles', terminators: [{ address: A }], quorum: '1' });
    expect(warnableResolution(x)).toEqual(tryResolution(x));
  });
  it('keeps the valid, distinct oracles while another row is wrong, so the maker is warned at once', () => {
    const x = v({
      resolutionKind: 'oracles',
      terminators: [{ address: `0x${'0'.repeat(40)}` }, { address: A }, { address: A.toLowerCase() }, { address: B }],
      quorum: '1',
    });
    expect(tryResolution(x)).toBeNull();
    expect(warnableResolution(x)).toEqual(
      tryResolution({ ...x, terminators: [{ address: A }, { address: B }], quorum: '1' }),
    );
  });
  it('is null with no valid oracle, and for another kind that is invalid', () => {
    expect(warnableResolution(v({ resolutionKind: 'oracles', terminators: [{ address: 'nope' }] }))).toBeNull();
    expect(warnableResolution(v({ resolutionKind: 'reality', realityArbitrator: '' }))).toBeNull();
  });
});
