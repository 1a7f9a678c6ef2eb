import { describe, expect, it } from 'vitest';
import { computeIntervalSplit, computeSurplusSplit } from './compute-split';
import { computeThreat } from './compute-threat';
import { SPLIT_DEFAULTS, splitIntervalSchema, splitSurplusSchema } from './split-schema';
import { THREAT_DEFAULTS, threatSchema } from './threat-schema';

const surplus = (over: Record<string, string> = {}) => splitSurplusSchema.parse({ ...SPLIT_DEFAULTS.surplus, ...over });
const interval = (over: Record<string, string> = {}) =>
  splitIntervalSchema.parse({ ...SPLIT_DEFAULTS.interval, ...over });
const threat = (over: Record<string, string> = {}) => threatSchema.parse({ ...THREAT_DEFAULTS, ...over });

const solution = (view: ReturnType<typeof computeSurplusSplit>, key: string) => {
  const s = view.solutions.find((x) => x.key === key)!;
  if (!s.outcome.ok) throw new Error(`${key} failed: ${s.outcome.error}`);
  return s.outcome.value;
};

describe('split: white paper §6.1', () => {
  it('Mike: the Nash split of 1,000,000 with d = (100,000, 0) gives Mike 550,000', () => {
    const view = computeSurplusSplit(surplus());
    expect(solution(view, 'nash').x1).toBeCloseTo(550_000, 6);
    expect(solution(view, 'ks').x1).toBeCloseTo(550_000, 3); // linear frontier: KS = Nash
    // BRW with 5% breakdown risk and Mike proposing: (S − b2 + (1 − p)·b1)/(2 − p)
    expect(solution(view, 'rubinstein').x1).toBeCloseTo((1_000_000 + 0.95 * 100_000) / 1.95, 6);
    expect(view.ideal).toEqual({ u1: 1_000_000, u2: 900_000 });
  });

  it('Jane: the Nash agreement is the full refund at the interval end; the product peaks at 49,000 outside', () => {
    const view = computeIntervalSplit(interval());
    const nash = solution(view, 'nash');
    expect(nash.x).toBe(13_000);
    expect(nash.notes.join(' ')).toMatch(/49,000/);
    // The breakdown model cannot take disagreement payoffs below every agreement: a message, not a number.
    const rub = view.solutions.find((s) => s.key === 'rubinstein')!.outcome;
    expect(rub.ok).toBe(false);
    if (!rub.ok) expect(rub.error).toMatch(/Jane's and Company X's disagreement payoffs/);
  });

  it('risk aversion moves the Nash split towards the risk-averse player’s opponent', () => {
    const neutral = solution(computeSurplusSplit(surplus({ d1: '0' })), 'nash');
    const averse = solution(computeSurplusSplit(surplus({ d1: '0', e1: '0.5' })), 'nash');
    expect(neutral.x1).toBeCloseTo(500_000, 6);
    // maximise √x·(S − x): x = S/3
    expect(averse.x1).toBeCloseTo(1_000_000 / 3, 3);
  });

  it('a disagreement point no split beats becomes a message on every solution, never NaN', () => {
    const view = computeSurplusSplit(surplus({ d1: '600000', d2: '500000' }));
    expect(view.problemError).toMatch(/^d1, d2 must be/);
    for (const s of view.solutions) expect(s.outcome.ok).toBe(false);
    expect(view.frontier.every((p) => Number.isFinite(p.u1) && Number.isFinite(p.u2))).toBe(true);
  });

  it('the frontier runs from (u1(0), u2(S)) to (u1(S), u2(0))', () => {
    const view = computeSurplusSplit(surplus({ e2: '0.5' }));
    expect(view.frontier[0]).toEqual({ u1: 0, u2: 1000 });
    expect(view.frontier.at(-1)).toEqual({ u1: 1_000_000, u2: 0 });
  });
});

describe('threat: white paper §8.1', () => {
  it('Jane: 5%/day costs her 100/day and X 5,000/day while the threat is live', () => {
    const view = computeThreat(threat());
    expect(view.perPeriod.maker).toBeCloseTo(100, 9);
    expect(view.perPeriod.adversary).toBeCloseTo(5000, 9);
    expect(view.probByDeadline).toBeCloseTo(1 - 0.95 ** 30, 12);
    expect(view.timing).toMatchObject({ expectedPeriods: 20, medianPeriod: 14 });
  });

  it('the curve starts at 0, rises monotonically and ends at the deadline probability', () => {
    const view = computeThreat(threat());
    expect(view.curve).toHaveLength(31);
    expect(view.curve[0]).toEqual({ n: 0, probability: 0 });
    for (let i = 1; i < view.curve.length; i++)
      expect(view.curve[i].probability).toBeGreaterThan(view.curve[i - 1].probability);
    expect(view.curve.at(-1)!.probability).toBe(view.probByDeadline);
  });

  it('expected cost per period sums to the expected cost to date, for each side', () => {
    const view = computeThreat(threat());
    const sum = (xs: Array<{ value: number }>) => xs.reduce((a, b) => a + b.value, 0);
    expect(view.costPerPeriod.maker[0].value).toBeCloseTo(100, 9); // first day: p × loss
    expect(sum(view.costPerPeriod.maker)).toBeCloseTo(view.costToDate.maker.at(-1)!.value, 6);
    expect(sum(view.costPerPeriod.adversary)).toBeCloseTo(100_000 * view.probByDeadline, 6);
  });

  it('useful range: qMin = demand / loss of X = 0.13, reached on day 3; p for qMin by day 30 inverts the curve', () => {
    const b = computeThreat(threat()).brinkmanship;
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    expect(b.value.qMin).toBeCloseTo(0.13, 12);
    expect(b.value.qMax).toBe(1);
    expect(b.value.firstUsefulPeriod).toBe(3); // 1 − 0.95² = 0.0975 < 0.13 ≤ 1 − 0.95³ = 0.1426
    expect(1 - (1 - b.value.pForQMin!) ** 30).toBeCloseTo(0.13, 12);
  });

  it('long horizons are sampled to at most ~240 points but keep the deadline', () => {
    const view = computeThreat(threat({ periods: '3650', pPercent: '0.1' }));
    expect(view.curve.length).toBeLessThanOrEqual(242);
    expect(view.curve.at(-1)!.n).toBe(3650);
  });

  it('a demand of 0 makes the brinkmanship range a library message, and the rest still computes', () => {
    const view = computeThreat(threat({ demand: '0' }));
    expect(view.brinkmanship.ok).toBe(false);
    if (!view.brinkmanship.ok) expect(view.brinkmanship.error).toMatch(/must be/);
    expect(view.perPeriod.adversary).toBeCloseTo(5000, 9);
  });

  it('a very stubborn adversary makes the threat not worth it: infeasible range', () => {
    const b = computeThreat(threat({ hardLinePercent: '99', lossMaker: '50000' })).brinkmanship;
    expect(b.ok && b.value.feasible).toBe(false);
  });
});

describe('preset cards', () => {
  it('state the calculator’s answers, matching the white paper', async () => {
    const { PRESETS } = await import('./presets');
    const { presetResult } = await import('./preset-result');
    const byId = Object.fromEntries(PRESETS.map((p) => [p.id, presetResult(p)]));
    expect(byId.mike).toBe('Nash: Mike gets 550,000.');
    expect(byId['jane-refund']).toBe('Nash: x = 13,000.');
    expect(byId['jane-threat']).toBe('Jane 100/day, Company X 5,000/day; 78.5% escalated by the deadline.');
    expect(byId.joe).toBe('Joe 250/day, X (plaintiff) 2,500/day; 95.4% escalated by the deadline.');
  });
});
