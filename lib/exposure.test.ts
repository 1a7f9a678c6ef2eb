import { describe, expect, it } from 'vitest';
import { adversaryExposure, certainDrawWarning, type ExposureAction } from './exposure';

const stake = '3 ETH';

describe('adversaryExposure: commitment', () => {
  it('forfeit: the maker must act or lose the stake for sure — never "0%" or free to ignore', () => {
    const e = adversaryExposure({ kind: 'commitment', timeoutAction: 'forfeit', stake });
    expect(e.probProviderActs).toBe(0);
    expect(e.probMakerMustAct).toBe(1);
    expect(e.probActed).toBe(1);
    expect(e.atDeadline).toContain('the maker loses the 3 ETH stake to NASH holders for sure');
    expect(e.atDeadline).toContain('credible');
    expect(e.summary).toContain('100%');
    expect(e.summary).not.toMatch(/\b0%/);
    expect(e.lossSource).toContain('demand text');
  });
  it('escalate: the provider acts for certain', () => {
    const e = adversaryExposure({ kind: 'commitment', timeoutAction: 'escalate', stake });
    expect([e.probProviderActs, e.probMakerMustAct, e.probActed]).toEqual([1, 0, 1]);
    expect(e.atDeadline).toContain('paid to the provider for sure');
    expect(e.summary).toBe('The provider acts against you for certain (100%).');
  });
  it('refund: nothing irrevocable, 0%', () => {
    const e = adversaryExposure({ kind: 'commitment', timeoutAction: 'refund', stake });
    expect(e.probActed).toBe(0);
    expect(e.atDeadline).toContain('goes back to the maker');
    expect(e.summary).toContain('Nothing irrevocable happens (0%)');
  });
});

describe('adversaryExposure: probabilistic (draws escalate 40%, 50% still live at the deadline)', () => {
  const odds = { kind: 'probabilistic' as const, stake, probDrawsEscalate: 0.4, probLiveAtDeadline: 0.5 };
  it.each<[ExposureAction, number, number, string]>([
    ['escalate', 0.9, 0, 'at the deadline otherwise: 90% in all'],
    ['forfeit', 0.4, 0.5, 'otherwise (50%) the maker forfeits the stake at the deadline unless she acts'],
    ['refund', 0.4, 0, 'goes back to the maker: 40% in all'],
  ])('%s', (action, provider, maker, words) => {
    const e = adversaryExposure({ ...odds, timeoutAction: action });
    expect(e.probProviderActs).toBeCloseTo(provider, 12);
    expect(e.probMakerMustAct).toBeCloseTo(maker, 12);
    expect(e.probActed).toBeCloseTo(provider + maker, 12);
    expect(e.summary).toContain('40% chance a draw pays the provider before the deadline');
    expect(e.summary).toContain(words);
  });
  it('forfeit counts what the maker does herself: 90% someone acts', () => {
    expect(adversaryExposure({ ...odds, timeoutAction: 'forfeit' }).summary).toContain(
      '90% chance someone acts against you',
    );
  });
  it('clamps bad probabilities', () => {
    const e = adversaryExposure({
      ...odds,
      timeoutAction: 'escalate',
      probDrawsEscalate: Number.NaN,
      probLiveAtDeadline: 3,
    });
    expect(e.probActed).toBe(1);
  });
});

describe('certainDrawWarning', () => {
  it('warns at 100% per period only', () => {
    expect(certainDrawWarning(1)).toContain('escalates at the very first draw for certain');
    expect(certainDrawWarning(0.999)).toBeNull();
  });
});
