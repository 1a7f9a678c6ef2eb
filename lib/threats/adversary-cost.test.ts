import { describe, expect, it } from 'vitest';
import { parseEther } from 'viem';
import { adversaryCost, adversaryLossFromParam, probEscalatedWithin, probStillLiveAfter } from './adversary-cost';
import { duePeriodsAt, threatSchedule } from './schedule';
import type { ThreatView } from './types';

const DAY = 86400;
const START = 1_700_000_000;

function threat(over: Partial<ThreatView> = {}): ThreatView {
  return {
    id: 1n,
    chainId: 31337,
    registry: '0x0000000000000000000000000000000000000001',
    kind: 'probabilistic',
    status: 'live',
    maker: '0x00000000000000000000000000000000000000a1',
    stake: parseEther('10000'),
    provider: '0x00000000000000000000000000000000000000b2',
    agreementHash: `0x${'11'.repeat(32)}`,
    resolver: '0x00000000000000000000000000000000000000c3',
    beneficiary: '0x00000000000000000000000000000000000000a1',
    engagementId: `0x${'cd'.repeat(32)}`,
    adversary: '0x0000000000000000000000000000000000000000',
    isPromise: false,
    fee: 0n,
    deadline: START + 30 * DAY,
    start: START,
    timeoutAction: 'refund',
    terms: 'Refund Jane.',
    odds: { beacon: '0x00000000000000000000000000000000000000d4', period: DAY, pEscalate: 50_000_000, pTerminate: 0 },
    settledPeriods: 0,
    pendingThrough: 0,
    ticket: 0,
    duePeriods: 0,
    draws: [],
    requests: [],
    created: { txHash: '0x01', blockNumber: 1n, timestamp: START },
    evidence: [],
    funders: [],
    failedRequests: 0,
    acted: [],
    end: null,
    readAt: { blockNumber: 10n, timestamp: START + 10 * DAY + 5 },
    ...over,
  };
}

describe('schedule', () => {
  it('counts due periods like the contract (start + i·period <= min(now, deadline))', () => {
    expect(duePeriodsAt(0, 100, 10, 9)).toBe(0);
    expect(duePeriodsAt(0, 100, 10, 10)).toBe(1);
    expect(duePeriodsAt(0, 95, 10, 1000)).toBe(9);
    expect(duePeriodsAt(0, 100, 10, 100)).toBe(10);
  });
  it('knows what is due and when the next draw comes', () => {
    const s = threatSchedule(threat({ settledPeriods: 7, pendingThrough: 7 }));
    expect(s).toMatchObject({
      totalPeriods: 30,
      elapsedPeriods: 10,
      unsettledDue: 3,
      canSettle: true,
      nextDrawAt: START + 11 * DAY,
      deadlinePassed: false,
    });
    const caughtUp = threatSchedule(threat({ settledPeriods: 10, pendingThrough: 10 }));
    expect(caughtUp.canSettle).toBe(false);
    const pending = threatSchedule(threat({ settledPeriods: 10, pendingThrough: 10 + 0 }), START + 10 * DAY + 5);
    expect(pending.canSettle).toBe(false);
    expect(threatSchedule(threat({ settledPeriods: 9, pendingThrough: 10 })).canSettle).toBe(true);
  });
  it('lets a commitment be settled only after its deadline, and an ended threat never', () => {
    const c = threat({ kind: 'commitment', odds: undefined });
    expect(threatSchedule(c).canSettle).toBe(false);
    expect(threatSchedule(c, START + 30 * DAY)).toMatchObject({
      canSettle: true,
      deadlinePassed: true,
      nextDrawAt: null,
    });
    expect(threatSchedule(threat({ status: 'escalated' })).canSettle).toBe(false);
  });
});

describe('adversary cost', () => {
  it('reproduces the white paper §8.1: 5%/day on a 100,000 loss costs 5,000 a day', () => {
    const t = threat();
    const cost = adversaryCost(t, threatSchedule(t), parseEther('100000'));
    expect(cost.perPeriod).toBeCloseTo(5000, 6);
    // 10 days elapsed: 1 - 0.95^10
    expect(cost.probToDate).toBeCloseTo(1 - 0.95 ** 10, 12);
    expect(cost.toDate).toBeCloseTo(100000 * (1 - 0.95 ** 10), 6);
    expect(cost.probByDeadline).toBeCloseTo(1 - 0.95 ** 30, 12);
    expect(cost.timing).toEqual({ medianPeriod: 14, expectedPeriods: 20 });
    expect(cost.curve[0]).toEqual({ n: 0, probability: 0 });
    expect(cost.curve.at(-1)!.n).toBe(30);
    expect(cost.curve).toHaveLength(31);
  });
  it('accounts for dovish draws and an escalating timeout', () => {
    const pE = 0.05;
    const pT = 0.05;
    expect(probEscalatedWithin(pE, pT, 1)).toBeCloseTo(0.05, 12);
    expect(probEscalatedWithin(pE, pT, 2)).toBeCloseTo(0.05 + 0.9 * 0.05, 12);
    expect(probStillLiveAfter(pE, pT, 2)).toBeCloseTo(0.81, 12);
    const t = threat({
      timeoutAction: 'escalate',
      odds: {
        beacon: '0x00000000000000000000000000000000000000d4',
        period: DAY,
        pEscalate: 50_000_000,
        pTerminate: 50_000_000,
      },
    });
    const cost = adversaryCost(t, threatSchedule(t), parseEther('1'));
    expect(cost.probByDeadline).toBeCloseTo(0.5 * (1 - 0.9 ** 30) + 0.9 ** 30, 12);
    expect(cost.timing).toBeNull();
  });
  it('prices a commitment by its timeout action', () => {
    const esc = threat({ kind: 'commitment', odds: undefined, timeoutAction: 'escalate' });
    expect(adversaryCost(esc, threatSchedule(esc), parseEther('7'))).toMatchObject({
      perPeriod: null,
      probByDeadline: 1,
      byDeadline: 7,
      curve: [],
    });
    const refund = threat({ kind: 'commitment', odds: undefined, timeoutAction: 'refund' });
    expect(adversaryCost(refund, threatSchedule(refund), parseEther('7')).byDeadline).toBe(0);
  });
  it('samples long curves to at most 121 points, ending at the last period', () => {
    const t = threat({ deadline: START + 1000 * DAY });
    const cost = adversaryCost(t, threatSchedule(t), parseEther('1'));
    expect(cost.curve.length).toBeLessThanOrEqual(122);
    expect(cost.curve.at(-1)!.n).toBe(1000);
  });
  it('reads the loss from the URL in ETH or USD, assuming nothing without one, and explains bad input', () => {
    expect(adversaryLossFromParam(undefined)).toEqual({ wei: null, unit: 'eth', text: '' });
    expect(adversaryLossFromParam('12.5')).toEqual({ wei: parseEther('12.5'), unit: 'eth', text: '12.5' });
    expect(adversaryLossFromParam('1,000').wei).toBe(parseEther('1000'));
    expect(adversaryLossFromParam(['4', '5']).wei).toBe(parseEther('4'));
    const bad = adversaryLossFromParam('lots');
    expect(bad).toMatchObject({ wei: null, text: 'lots' });
    expect(bad.error).toMatch(/not an amount/);
    expect(adversaryLossFromParam('0').error).toMatch(/above 0/);
    // $100,000 at 3,000 USD per ETH (8 decimals, as the local MockV3Aggregator) is 33.33… ETH
    const price = { answer: 3000n * 10n ** 8n, decimals: 8 };
    const usd = adversaryLossFromParam('$100,000', { unit: 'usd', price });
    expect(usd.unit).toBe('usd');
    expect(Number(usd.wei) / 1e18).toBeCloseTo(100_000 / 3000, 9);
    expect(adversaryLossFromParam('100', { unit: 'usd', price: null }).unit).toBe('eth'); // no price: ETH
    expect(adversaryLossFromParam('a lot', { unit: 'usd', price }).error).toMatch(/not an amount in dollars/);
  });
});
