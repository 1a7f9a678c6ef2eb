import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CostPerPeriod, CumulativeCost, EscalationCurve, UtilityFrontier } from './index';
import { plotArea } from './layout';
import { formatCompact, percentLabel as formatPercent, linearScale, niceDomain, niceTicks } from './scale';

const area = plotArea();
const W = area.right - area.left;
const H = area.bottom - area.top;

/** All matches of `re`'s first group in `html`. */
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
/** The text inside elements carrying `attr` (e.g. data-axis-label="x"). */
const textOf = (html: string, attr: string) => new RegExp(`${attr}[^>]*>([^<]*)<`).exec(html)?.[1];

describe('scale helpers', () => {
  it('maps linearly and survives a zero-width domain', () => {
    const s = linearScale([0, 10], [100, 200]);
    expect(s(0)).toBe(100);
    expect(s(5)).toBe(150);
    expect(s(10)).toBe(200);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
  });
  it('picks round ticks and nice domains', () => {
    expect(niceTicks(0, 1_000_000, 4)).toEqual([0, 250_000, 500_000, 750_000, 1_000_000]);
    expect(niceTicks(0, 30, 6)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(niceDomain(-2000, 13_000, 4)).toEqual([-5000, 15_000]);
    expect(niceDomain(0, 0)).toEqual([-1, 1]);
  });
  it('formats compact labels with a real minus sign', () => {
    expect(formatCompact(-100_000)).toBe('−100k');
    expect(formatCompact(1_500_000)).toBe('1.5M');
    expect(formatPercent(0.785)).toBe('78.5%');
  });
});

describe('EscalationCurve', () => {
  const points = [0, 1, 2, 3].map((n) => ({ n, probability: 1 - 0.5 ** n }));

  it('is an accessible image with a title, a description naming the numbers, and axis labels', () => {
    const html = renderToStaticMarkup(<EscalationCurve points={points} periodLabel="day" />);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+-title"/);
    expect(html).toContain('<title id=');
    expect(textOf(html, '<title')).toBe('Probability of escalation by day');
    expect(textOf(html, '<desc')).toContain('87.5% by day 3');
    expect(textOf(html, 'data-axis-label="x"')).toBe('Day n');
    expect(textOf(html, 'data-axis-label="y"')).toBe('P(escalated by n)');
  });

  it('draws one dot per point, higher probability higher up', () => {
    const html = renderToStaticMarkup(<EscalationCurve points={points} />);
    const ys = all(html, /<circle cx="[^"]+" cy="([^"]+)" r="2" data-n/g).map(Number);
    expect(ys).toHaveLength(4);
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThan(ys[i - 1]);
    expect(html).toContain(`<path d="M${area.left.toFixed(2)},${area.bottom.toFixed(2)} L`); // n = 0, p = 0 at the bottom-left corner
  });

  it('shades the band between its probabilities and labels the marker with its value', () => {
    const html = renderToStaticMarkup(
      <EscalationCurve
        points={points}
        band={{ from: 0.25, to: 0.75, label: 'useful range' }}
        marker={{ n: 2, label: 'today' }}
      />,
    );
    // from y(0.75) down to y(0.25): half the plot height, across the whole width
    expect(html).toContain(`<rect x="${area.left}" y="${area.bottom - 0.75 * H}" width="${W}" height="${0.5 * H}"`);
    expect(html).toContain('useful range');
    expect(html).toContain('today: 75%');
    expect(textOf(html, '<desc')).toContain('Marker: today at period 2, 75%.');
  });

  it('omits dots for long series but still draws the curve', () => {
    const long = Array.from({ length: 200 }, (_, n) => ({ n, probability: 1 - 0.99 ** n }));
    const html = renderToStaticMarkup(<EscalationCurve points={long} />);
    expect(html).not.toContain('data-n=');
    expect(all(html, /data-series="escalation"/g)).toHaveLength(1);
  });
});

describe('CostPerPeriod / CumulativeCost', () => {
  const series = [
    { key: 'maker', label: 'Jane', values: [1, 2, 3].map((n) => ({ n, value: 100 * 0.95 ** (n - 1) })) },
    { key: 'adversary', label: 'Company X', values: [1, 2, 3].map((n) => ({ n, value: 5000 * 0.95 ** (n - 1) })) },
  ];

  it('draws both series with a legend and a unit in the y label', () => {
    const html = renderToStaticMarkup(<CostPerPeriod series={series} periodLabel="day" unit="$" />);
    expect(html).toContain('data-chart="cost-per-period"');
    expect(all(html, /data-legend-item="([^"]+)"/g)).toEqual(['maker', 'adversary']);
    expect(textOf(html, 'data-axis-label="y"')).toBe('Expected cost ($)');
    expect(all(html, /data-value="([^"]+)"/g)).toHaveLength(6);
    expect(textOf(html, '<desc')).toContain('Company X: expected cost in the day $5k at n = 1');
  });

  it('drops non-finite values instead of drawing NaN', () => {
    const bad = [
      {
        key: 'a',
        label: 'A',
        values: [
          { n: 1, value: 1 },
          { n: 2, value: Number.NaN },
          { n: 3, value: 3 },
        ],
      },
    ];
    const html = renderToStaticMarkup(<CumulativeCost series={bad} />);
    expect(html).not.toContain('NaN');
    expect(all(html, /data-value="([^"]+)"/g)).toEqual(['1', '3']);
    expect(textOf(html, '<title')).toBe('Expected cost to date');
  });
});

describe('UtilityFrontier', () => {
  const frontier = [0, 0.5, 1].map((t) => ({ u1: t * 1_000_000, u2: (1 - t) * 1_000_000 }));
  const solutions = [
    { key: 'nash', label: 'Nash', u1: 550_000, u2: 450_000 },
    { key: 'ks', label: 'Kalai–Smorodinsky', u1: 550_000, u2: 450_000 },
    { key: 'rubinstein', label: 'Rubinstein', u1: 561_538, u2: 438_462 },
  ];

  it('marks every solution and the disagreement point, with a legend entry each', () => {
    const html = renderToStaticMarkup(
      <UtilityFrontier
        frontier={frontier}
        disagreement={{ u1: 100_000, u2: 0 }}
        solutions={solutions}
        ideal={{ u1: 1_000_000, u2: 900_000 }}
        axisLabels={{ u1: "Mike's utility", u2: "Employer X's utility" }}
      />,
    );
    expect(all(html, /data-point="([^"]+)"/g)).toEqual(['disagreement', 'nash', 'ks', 'rubinstein']);
    expect(all(html, /data-legend-item="([^"]+)"/g)).toEqual(['frontier', 'disagreement', 'nash', 'ks', 'rubinstein']);
    expect(textOf(html, 'data-axis-label="x"')).toBe('Mike&#x27;s utility');
    expect(textOf(html, '<desc')).toContain('Nash: (550k, 450k).');
    expect(html).toContain('data-ideal=""');
  });

  it('places points by their utilities: Nash at 55% of the x range', () => {
    const html = renderToStaticMarkup(
      <UtilityFrontier frontier={frontier} disagreement={{ u1: 0, u2: 0 }} solutions={solutions.slice(0, 1)} />,
    );
    const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)" data-point="nash"/.exec(html)!;
    // domain [0, 1M] on both axes: x at 55% of the width, y at 45% of the height
    expect(Number(x)).toBeCloseTo(area.left + 0.55 * W, 1);
    expect(Number(y)).toBeCloseTo(area.bottom - 0.45 * H, 1);
  });

  it('drops a non-finite solution rather than drawing it', () => {
    const html = renderToStaticMarkup(
      <UtilityFrontier
        frontier={frontier}
        disagreement={{ u1: 0, u2: 0 }}
        solutions={[{ key: 'bad', label: 'Bad', u1: Number.NaN, u2: 1 }]}
      />,
    );
    expect(html).not.toContain('data-point="bad"');
    expect(html).not.toContain('NaN');
  });
});

describe('period labels', () => {
  it('an empty period label falls back to "Period n" instead of throwing', () => {
    const html = renderToStaticMarkup(<EscalationCurve points={[{ n: 0, probability: 0 }]} periodLabel="" />);
    expect(textOf(html, 'data-axis-label="x"')).toBe('Period n');
    const cost = renderToStaticMarkup(<CostPerPeriod series={[]} periodLabel="" />);
    expect(textOf(cost, 'data-axis-label="x"')).toBe('Period n');
  });
});
