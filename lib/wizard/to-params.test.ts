import { encodeAbiParameters, encodeEventTopics, type Log } from 'viem';
import { describe, expect, it } from 'vitest';
import { levetrageAbi } from '../contracts/abis.generated';
import { STORIES, storyAgreement, storyEscalates } from '@/lib/stories';
import { encodeEngagementResponse } from '@/lib/engagements/link';
import { NO_ENGAGEMENT } from '@/lib/engagements/typed-data';
import { presetValues, PRESETS } from './presets';
import { createdThreatId as threatIdFromLogs } from '@/lib/contracts/events';
import { sharePath, shareUrl } from './share';
import {
  composeTerms,
  moveFor,
  toCreateCall,
  toEngagement,
  toOddsParams,
  toResolution,
  toStakeWei,
  toThreatParams,
  type CreateContext,
} from './to-params';
import { EMPTY_VALUES, type WizardValues } from './types';
import { deadlineSeconds, percentToParts, periodSeconds, probabilityToPercentString, toDatetimeLocal } from './units';

const A1 = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const A2 = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const BEACON = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const REGISTRY = '0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512';
const PANEL = '0x9E545E3C0baAB3E08CdfD552C960A1050f373042';
const ENGAGEMENT = {
  provider: A1,
  maker: A2,
  agreementHash: `0x${'ab'.repeat(32)}`,
  minStake: 0n,
  maxStake: 0n,
  kinds: 3,
  validUntil: 1_900_000_000,
  uses: 1,
  nonce: 7n,
} as const;
const SIGNATURE = `0x${'12'.repeat(65)}` as const;
const CODE = encodeEngagementResponse({
  v: 1,
  type: 'engagement-response',
  chainId: 31337,
  registry: REGISTRY,
  engagement: ENGAGEMENT,
  signature: SIGNATURE,
});
const CTX: CreateContext = {
  registry: REGISTRY,
  beacon: BEACON,
  maker: A2,
  maxFee: 25n,
  deployment: { panelResolver: PANEL },
};

function values(over: Partial<WizardValues> = {}): WizardValues {
  return {
    ...EMPTY_VALUES,
    kind: 'probabilistic',
    terms: '  Refund the $13,000.  ',
    deadline: '2027-01-15T08:00',
    provider: A1.toLowerCase(),
    providerAction: 'Files a civil action.',
    agreementHash: `0x${'AB'.repeat(32)}`,
    engagementCode: CODE,
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
    expect(percentToParts('12.5%')).toBe(125_000_000); // "5%" is 5 (lib/number-input)
    expect(percentToParts('12.5%%')).toBeNaN();
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

describe('toThreatParams', () => {
  it('checksums addresses, drops empty oracle rows, converts the deadline and the action', () => {
    const p = toThreatParams(values(), CTX);
    expect(p.resolver).toBe(A2);
    expect(p.resolverData).toBe('0x');
    expect(p.beneficiary).toBe(A2);
    expect(p.maxFee).toBe(25n);
    expect(p.deadline).toBe(Math.floor(new Date('2027-01-15T08:00').getTime() / 1000));
    expect(p.timeoutAction).toBe(1);
    expect(toThreatParams(values({ timeoutAction: 'refund' }), CTX).timeoutAction).toBe(0);
    expect(toThreatParams(values({ timeoutAction: 'escalate' }), CTX).timeoutAction).toBe(2);
  });
  it('several oracles form a panel where any one approval fulfils (k = 1)', () => {
    const v = values({ terminators: [{ address: A1 }, { address: A2 }] });
    expect(toResolution(v)).toEqual({ kind: 'panel', members: [A1, A2], k: 1, grace: 0 });
    const p = toThreatParams(v, CTX);
    expect(p.resolver).toBe(PANEL);
    expect(p.resolverData).not.toBe('0x');
  });
  it('takes the provider’s engagement and signature from its code, only when the threat can escalate', () => {
    expect(toEngagement(values())).toEqual({ engagement: ENGAGEMENT, signature: SIGNATURE });
    expect(toEngagement(values({ kind: 'commitment', timeoutAction: 'refund' }))).toEqual({
      engagement: NO_ENGAGEMENT,
      signature: '0x',
    });
    expect(toEngagement(values({ kind: 'commitment', timeoutAction: 'escalate' })).engagement).toEqual(ENGAGEMENT);
  });
  it('composes the published terms from the demand, the adversary and the provider action', () => {
    expect(composeTerms(values())).toBe('Refund the $13,000.\nOn escalation the provider will: Files a civil action.');
    expect(composeTerms(values({ adversaryName: 'X Corp', adversaryAddress: A2.toLowerCase() }))).toBe(
      `Refund the $13,000.\nAddressed to: X Corp ${A2}\nOn escalation the provider will: Files a civil action.`,
    );
  });
  it('refuses unvalidated input with a RangeError', () => {
    expect(() => toThreatParams(values({ timeoutAction: '' }), CTX)).toThrow(RangeError);
    expect(() => toThreatParams(values({ deadline: '' }), CTX)).toThrow(RangeError);
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
  it('calls create(params, engagement, signature) with msg.value, odds only for a probabilistic threat', () => {
    const prob = toCreateCall(values(), CTX);
    expect(prob.functionName).toBe('create');
    expect(prob.args[0].odds.beacon).toBe(BEACON);
    expect(prob.args[1]).toEqual(ENGAGEMENT);
    expect(prob.args[2]).toBe(SIGNATURE);
    expect(prob.value).toBe(3_250_000_000_000_000_000n);
    const com = toCreateCall(values({ kind: 'commitment' }), { ...CTX, beacon: undefined });
    expect(com.args[0].odds.beacon).toBe('0x0000000000000000000000000000000000000000');
    expect(com.args[1]).toEqual(NO_ENGAGEMENT);
    expect(() => toCreateCall(values(), { ...CTX, beacon: undefined })).toThrow(/beacon/);
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
    expect(toThreatParams(v, CTX).timeoutAction).toBe(0);
    expect(toThreatParams(presetValues('jane-commitment', 1_800_000_000, 31337), CTX).timeoutAction).toBe(1); // section 7: forfeit
  });
  it('agreement hashes are the rendered demo agreements’ on the local chain, only for threats that escalate', () => {
    for (const p of PRESETS) {
      const expected = storyEscalates(p.story) ? storyAgreement(p.story, 31337).hash : '';
      expect(presetValues(p.id, 0, 31337).agreementHash).toBe(expected);
      expect(presetValues(p.id, 0, 1).agreementHash).toBe('');
    }
    expect(STORIES.filter(storyEscalates).length).toBe(3);
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
    const event = levetrageAbi.find((x) => x.type === 'event' && x.name === 'ThreatCreated')!;
    const data = encodeAbiParameters(
      event.inputs.filter((p) => !p.indexed),
      [A1, A2, A2, 10n, 0n, `0x${'22'.repeat(32)}`, `0x${'11'.repeat(32)}`, 1_800_000_000, 1, 0, 'terms'],
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
