import { LineSeriesChart, type Series } from './LineSeriesChart';
import { capitalize, formatCompact } from './scale';

/** Props shared by {@link CostPerPeriod} and {@link CumulativeCost}. Values are computed by the caller. */
export interface CostChartProps {
  /** One series per side, e.g. "You (maker)" and "Adversary"; values are expected costs (≥ 0). */
  series: Series[];
  /** Name of one period, singular: "day". */
  periodLabel?: string;
  /** Currency or unit shown in the y-axis title, e.g. "$". */
  unit?: string;
  title?: string;
  description?: string;
}

function describe(series: Series, unit: string, what: string): string {
  const v = series.values;
  if (v.length === 0) return `${series.label}: no data.`;
  const first = v[0];
  const last = v[v.length - 1];
  return `${series.label}: ${what} ${unit}${formatCompact(first.value)} at n = ${first.n}, ${unit}${formatCompact(last.value)} at n = ${last.n}.`;
}

/** Expected cost incurred in each period n, for each side (server-rendered SVG). */
export function CostPerPeriod({ series, periodLabel = 'period', unit = '', title, description }: CostChartProps) {
  return (
    <LineSeriesChart
      kind="cost-per-period"
      title={title ?? `Expected cost per ${periodLabel}`}
      description={description ?? series.map((s) => describe(s, unit, `expected cost in the ${periodLabel}`)).join(' ')}
      series={series}
      xLabel={`${capitalize(periodLabel || 'period')} n`}
      yLabel={`Expected cost${unit ? ` (${unit})` : ''}`}
    />
  );
}

/** Expected cost accumulated up to and including period n, for each side (server-rendered SVG). */
export function CumulativeCost({ series, periodLabel = 'period', unit = '', title, description }: CostChartProps) {
  return (
    <LineSeriesChart
      kind="cumulative-cost"
      title={title ?? 'Expected cost to date'}
      description={description ?? series.map((s) => describe(s, unit, 'expected cost to date')).join(' ')}
      series={series}
      xLabel={`${capitalize(periodLabel || 'period')} n`}
      yLabel={`Cost to date${unit ? ` (${unit})` : ''}`}
    />
  );
}
