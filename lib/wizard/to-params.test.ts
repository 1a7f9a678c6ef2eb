import { createHash } from 'node:crypto';
import { encodeAbiParameters, encodeEventTopics, type Log } from 'viem';
import { describe, expect, it } from 'vitest';
import { levetrageAbi } from '../contracts/abis.generated';
import { agreementHash as agreementTextHash } from '@/lib/stories';
import { presetValues, PRESETS } from './presets';
import { createdThreatId as threatIdFromLogs } from '@/lib/contracts/events';
import { sharePath, shareUrl } from './share';
import { composeTerms, moveFor, toCommitmentParams, toCreateCall, toOddsParams, toStakeWei } from './to-params';
import { EMPTY_VALUES, type WizardValues } from './types';
import { deadlineSeconds, percentToParts, periodSeconds, probabilityToPercentString, toDatetimeLocal } from './units';

const A1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const A2 = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const BEACON = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const REGISTRY = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';

function values(over: Partial<WizardValues> = {}): WizardValues {
  return {
    ...EMPTY_VALUES,
    kind: 'probabilistic',
    terms: '  Refund the $13,000.  ',
    deadline: '2027-01-15T08:00',
    provider: A1.toLowerCase(),
    providerAction: 'Files a civil action.',
    agreementHash: `0x${'AB'.repeat(32)}`,
    terminators: [{ address: ` ${A2.toLowerCase()} ` }, { address: '' }],
    timeoutAction: 'forfeit',
    pEscalatePct: '5',
    pTerminatePct: '0.5',
    periodValue: '1',
    periodUnit: 'days',
    stakeEth: '3.25',
    ...over,
  };
}

describe('units', () => {
  it('percent to parts per 1e9, rounded to the nearest part', () => {
    expect(percentToParts('5')).toBe(50_000_000);
    expect(percentToParts('100')).toBe(1_000_000_000);
    expect(percentToParts('0.0000001')).toBe(1);
    expect(percentToParts('0.00000015')).toBe(2); // 1.5 parts rounds up
    expect(percentToParts('0.00000014')).toBe(1);
    expect(percentToParts('33.3333333333')).toBe(333_333_333);
    expect(percentToParts('12.5%')).toBeNaN();
  });
  it('probability back to an input string', () => {
    expect(probabilityToPercentString(0.05)).toBe('5');
    expect(probabilityToPercentString(0.0229)).toBe('2.29');
    expect(probabilityToPercentString(1 / 3)).toBe('33.3333333');
  });
  it('period in seconds per unit, rounded to the second', () => {
    expect(periodSeconds('1', 'days')).toBe(86_400);
    expect(periodSeconds('1.5', 'hours')).toBe(5_400);
    expect(periodSeconds('2', 'minutes')).toBe(120);
    expect(periodSeconds('0.0083', 'minutes')).toBe(0); // 0.498 s
    expect(periodSeconds('x', 'days')).toBeNaN();
  });
  it('deadline local time round-trips to unix seconds at minute precision', () => {
    const t = 1_800_000_000;
    expect(deadlineSeconds(toDatetimeLocal(t))).toBe(t - (t % 60));
    expect(deadlineSeconds('')).toBeNaN();
  });
});

describe('toCommitmentParams', () => {
  it('checksums addresses, drops empty terminator rows, converts the deadline and the action', () => {
    const p = toCommitmentParams(values());
    expect(p.provider).toBe(A1);
    expect(p.terminators).toEqual([A2]);
    expect(p.deadline).toBe(Math.floor(new Date('2027-01-15T08:00').getTime() / 1000));
    expect(p.timeoutAction).toBe(1);
    expect(p.agreementHash).toBe(`0x${'ab'.repeat(32)}`);
    expect(toCommitmentParams(values({ timeoutAction: 'refund' })).timeoutAction).toBe(0);
    expect(toCommitmentParams(values({ timeoutAction: 'escalate' })).timeoutAction).toBe(2);
  });
  it('composes the published terms from the demand, the adversary and the provider action', () => {
    expect(composeTerms(values())).toBe('Refund the $13,000.\nOn escalation the provider will: Files a civil action.');
    expect(composeTerms(values({ adversaryName: 'X Corp', adversaryAddress: A2.toLowerCase() }))).toBe(
      `Refund the $13,000.\nAddressed to: X Corp ${A2}\nOn escalation the provider will: Files a civil action.`,
    );
  });
  it('refuses unvalidated input with a RangeError', () => {
    expect(() => toCommitmentParams(values({ timeoutAction: '' }))).toThrow(RangeError);
    expect(() => toCommitmentParams(values({ deadline: '' }))).toThrow(RangeError);
  });
});

describe('toOddsParams and the create call', () => {
  it('probabilities in parts per 1e9 and the period in seconds', () => {
    expect(toOddsParams(values(), BEACON.toLowerCase() as `0x${string}`)).toEqual({
      beacon: BEACON,
      period: 86_400,
      pEscalate: 50_000_000,
      pTerminate: 5_000_000,
    });
    expect(toOddsParams(values({ pTerminatePct: '' }), BEACON).pTerminate).toBe(0);
  });
  it('the stake in wei, exact to 18 decimals', () => {
    expect(toStakeWei(values())).toBe(3_250_000_000_000_000_000n);
    expect(toStakeWei({ stakeEth: '0.000000000000000001' })).toBe(1n);
    expect(() => toStakeWei({ stakeEth: '1e18' })).toThrow(RangeError);
  });
  it('picks createProbabilistic or createCommitment with msg.value and the NASH move', () => {
    const prob = toCreateCall(values(), BEACON, REGISTRY);
    expect(prob.functionName).toBe('createProbabilistic');
    expect(prob.args).toHaveLength(2);
    expect(prob.value).toBe(3_250_000_000_000_000_000n);
    const com = toCreateCall(values({ kind: 'commitment' }), undefined, REGISTRY);
    expect(com.functionName).toBe('createCommitment');
    expect(com.args).toHaveLength(1);
    expect(() => toCreateCall(values(), undefined, REGISTRY)).toThrow(/beacon/);
    expect(moveFor('commitment')).toBe(0);
    expect(moveFor('probabilistic')).toBe(1);
  });
});

describe('presets', () => {
  it('Jane’s 5%/day threat matches the white paper (section 8.1) in contract units', () => {
    const v = presetValues('jane-probabilistic', 1_800_000_000, 31337);
    const odds = toOddsParams(v, BEACON);
    expect(odds.pEscalate).toBe(50_000_000);
    expect(odds.period).toBe(86_400);
    expect(toCommitmentParams(v).timeoutAction).toBe(0);
    expect(toCommitmentParams(presetValues('jane-commitment', 1_800_000_000, 31337)).timeoutAction).toBe(1); // section 7: forfeit
  });
  it('agreement hashes are the SHA-256 of the example text', () => {
    for (const p of PRESETS) {
      const expected = `0x${createHash('sha256').update(p.agreementText, 'utf8').digest('hex')}`;
      expect(agreementTextHash(p.agreementText)).toBe(expected);
      expect(presetValues(p.id, 0, 31337).agreementHash).toBe(expected);
    }
    expect(() => presetValues('nobody', 0, 31337)).toThrow(RangeError);
  });
});

describe('share link', () => {
  const registry = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';
  function threatCreatedLog(address: string, id: bigint): Log {
    const topics = encodeEventTopics({
      abi: levetrageAbi,
      eventName: 'ThreatCreated',
      args: { id, maker: A1, provider: A2 },
    });
    const data = encodeAbiParameters(
      [
        { type: 'uint256' },
        { type: 'bytes32' },
        { type: 'address[]' },
        { type: 'uint40' },
        { type: 'uint8' },
        { type: 'string' },
      ],
      [10n, `0x${'11'.repeat(32)}`, [A2], 1_800_000_000, 1, 'terms'],
    );
    return {
      address,
      topics,
      data,
      blockHash: null,
      blockNumber: null,
      logIndex: 0,
      transactionHash: null,
      transactionIndex: null,
      removed: false,
    } as unknown as Log;
  }
  it('reads the id from the registry’s ThreatCreated event only', () => {
    const other = '0x0000000000000000000000000000000000000001';
    expect(
      threatIdFromLogs([threatCreatedLog(other, 99n), threatCreatedLog(registry.toLowerCase(), 7n)], registry),
    ).toBe(7n);
    expect(threatIdFromLogs([threatCreatedLog(other, 99n)], registry)).toBeNull();
    expect(threatIdFromLogs([], registry)).toBeNull();
  });
  it('builds /t/<chainId>/<id>', () => {
    expect(sharePath(31337, 12n)).toBe('/t/31337/12');
    expect(shareUrl('http://localhost:3030/', 31337, 12n)).toBe('http://localhost:3030/t/31337/12');
  });
});
