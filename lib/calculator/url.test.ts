import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { SPLIT_DEFAULTS, splitSurplusSchema, type SplitSurplusInput } from './split-schema';
import { THREAT_DEFAULTS, THREAT_UNITS, type ThreatInput } from './threat-schema';
import { calculatorHref, parseCalculatorParams, serialiseSplit, serialiseThreat, withParams } from './url';

describe('parseCalculatorParams', () => {
  it('falls back to the split tab, surplus mode and the defaults when the URL is empty', () => {
    const s = parseCalculatorParams({});
    expect(s.tab).toBe('split');
    expect(s.split.mode).toBe('surplus');
    expect(s.split.form.raw).toEqual(SPLIT_DEFAULTS.surplus);
    expect(s.split.form.value).toMatchObject({ surplus: 1_000_000, d1: 100_000 });
    expect(s.threat.value).toMatchObject({ pPercent: 5, periods: 30 });
  });
  it('treats unknown tab / mode values as the defaults', () => {
    const s = parseCalculatorParams(new URLSearchParams('tab=evil&mode=nope'));
    expect(s.tab).toBe('split');
    expect(s.split.mode).toBe('surplus');
  });
  it('keeps a bad raw value for re-display and reports it on its field', () => {
    const s = parseCalculatorParams({ tab: 'threat', pPercent: '120', periods: ['7', '9'] });
    expect(s.tab).toBe('threat');
    expect(s.threat.value).toBeNull();
    expect(s.threat.raw.pPercent).toBe('120');
    expect(s.threat.raw.periods).toBe('7');
    expect(s.threat.errors).toEqual({ pPercent: 'Escalation probability per period (%) must be a number in (0, 100]' });
  });
  it('reports a present but empty param as required (not silently defaulted)', () => {
    const s = parseCalculatorParams(new URLSearchParams('tab=split&surplus='));
    expect(s.split.form.errors.surplus).toBe('Surplus S is required');
  });
});

describe('serialise → parse round trip', () => {
  it('reproduces every preset exactly', () => {
    for (const preset of PRESETS) {
      const href = calculatorHref(preset.params);
      const parsed = parseCalculatorParams(new URL(href, 'http://x').searchParams);
      expect(parsed.tab).toBe(preset.params.tab);
      const form = preset.params.tab === 'split' ? parsed.split.form : parsed.threat;
      expect(form.errors).toEqual({});
      const again =
        preset.params.tab === 'threat'
          ? serialiseThreat(parsed.threat.value!)
          : parsed.split.mode === 'surplus'
            ? serialiseSplit({ mode: 'surplus', value: parsed.split.form.value! })
            : serialiseSplit({ mode: 'interval', value: parsed.split.form.value! });
      expect(Object.fromEntries(again)).toEqual(preset.params);
    }
  });

  const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const name = fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim() === s && s.length > 0);

  it('round-trips random valid threat inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          name1: name,
          name2: name,
          pPercent: finite(1e-6, 100),
          periods: fc.integer({ min: 1, max: 3650 }),
          unit: fc.constantFrom(...THREAT_UNITS),
          demand: finite(0, 1e12),
          lossMaker: finite(0, 1e12),
          lossAdversary: finite(1e-6, 1e12),
          hardLinePercent: finite(0, 99.999),
        }),
        (value: ThreatInput) => {
          const parsed = parseCalculatorParams(serialiseThreat(value));
          expect(parsed.tab).toBe('threat');
          expect(parsed.threat.errors).toEqual({});
          expect(parsed.threat.value).toEqual(value);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('round-trips random valid surplus-split inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          name1: name,
          name2: name,
          surplus: finite(1e-3, 1e12),
          d1: finite(0, 1e12),
          d2: finite(0, 1e12),
          tau1: finite(1e-6, 0.999999),
          e1: finite(1e-3, 1),
          e2: finite(1e-3, 1),
          delta1: finite(1e-3, 0.999),
          delta2: finite(1e-3, 1),
          breakdown: finite(0, 1),
          first: fc.constantFrom('1' as const, '2' as const),
        }),
        (value: SplitSurplusInput) => {
          expect(
            splitSurplusSchema.safeParse(Object.fromEntries(serialiseSplit({ mode: 'surplus', value }))).success,
          ).toBe(true);
          const parsed = parseCalculatorParams(serialiseSplit({ mode: 'surplus', value }));
          expect(parsed.split.mode).toBe('surplus');
          expect(parsed.split.form.value).toEqual(value);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('links', () => {
  it('withParams swaps the tab and keeps the other inputs', () => {
    const href = withParams({ tab: 'split', surplus: '5', pPercent: '7' }, { tab: 'threat' });
    const q = new URL(href, 'http://x').searchParams;
    expect(href.startsWith('/calculator?')).toBe(true);
    expect(q.get('tab')).toBe('threat');
    expect(q.get('surplus')).toBe('5');
    expect(q.get('pPercent')).toBe('7');
    expect(new URL(withParams(new URLSearchParams('a=1&tab=x'), { tab: undefined }), 'http://x').search).toBe('?a=1');
  });
  it('calculatorHref encodes names safely', () => {
    const href = calculatorHref({ tab: 'threat', name1: 'Jane & Co', ...{ name2: 'X?=' } });
    const q = new URL(href, 'http://x').searchParams;
    expect(q.get('name1')).toBe('Jane & Co');
    expect(q.get('name2')).toBe('X?=');
  });
  it('the Jane threat preset is the threat defaults', () => {
    expect(PRESETS.find((p) => p.id === 'jane-threat')!.params).toEqual({ tab: 'threat', ...THREAT_DEFAULTS });
  });
});
