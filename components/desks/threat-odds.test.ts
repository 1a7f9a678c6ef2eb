import { describe, expect, it } from 'vitest';
import type { ThreatSummary } from '@/lib/threats';
import { liveOdds } from './threat-odds';

const DAY = 86_400;
const base: ThreatSummary = {
  id: 1n,
  chainId: 31337,
  kind: 'probabilistic',
  status: 'live',
  maker: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  stake: 10n ** 18n,
  provider: '0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
  agreementHash: `0x${'ab'.repeat(32)}`,
  resolver: '0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65',
  beneficiary: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  engagementId: `0x${'cd'.repeat(32)}`,
  adversary: '0x0000000000000000000000000000000000000000',
  isPromise: false,
  fee: 0n,
  deadline: 1_000_000 + 30 * DAY,
  start: 1_000_000,
  timeoutAction: 'refund',
  terms: 'x',
  odds: { beacon: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0', period: DAY, pEscalate: 50_000_000, pTerminate: 0 },
  settledPeriods: 0,
  pendingThrough: 0,
  ticket: 0,
  created: { txHash: `0x${'00'.repeat(32)}`, blockNumber: 1n },
  end: null,
};

describe('liveOdds', () => {
  it("matches the white paper's 5% a day for 30 days ≈ 78.5% (section 8.1)", () => {
    const o = liveOdds(base, base.start + 100)!;
    expect(o.drawsLeft).toBe(30);
    expect(o.escalationByDeadline).toBeCloseTo(1 - 0.95 ** 30, 12);
    expect(o.escalationByDeadline).toBeCloseTo(0.785, 3);
    expect(o.nextDrawAt).toBe(base.start + DAY);
    expect(o.drawsDue).toBe(0);
  });

  it('counts settled and due draws', () => {
    const o = liveOdds({ ...base, settledPeriods: 10 }, base.start + 12 * DAY + 5)!;
    expect(o.drawsLeft).toBe(20);
    expect(o.drawsDue).toBe(2);
    expect(o.nextDrawAt).toBe(base.start + 11 * DAY);
  });

  it('lets refund draws pre-empt escalation', () => {
    const o = liveOdds({ ...base, odds: { ...base.odds!, pTerminate: 50_000_000 } }, base.start)!;
    expect(o.escalationByDeadline).toBeCloseTo(0.5 * (1 - 0.9 ** 30), 12);
  });

  it('has no odds for a commitment or a closed threat', () => {
    expect(liveOdds({ ...base, kind: 'commitment', odds: undefined }, base.start)).toBeUndefined();
    expect(liveOdds({ ...base, status: 'escalated' }, base.start)).toBeUndefined();
  });
});
