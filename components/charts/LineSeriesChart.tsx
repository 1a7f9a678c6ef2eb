import { Axes } from './Axes';
import { ChartFrame } from './ChartFrame';
import { CHART_HEIGHT, SERIES_STYLES, plotArea } from './layout';
import { Legend, LineSwatch, legendHeight } from './Legend';
import { formatCompact, linearScale, niceDomain, niceTicks, toPath } from './scale';

/** One named series of (n, value) points. */
export interface Series {
  key: string;
  label: string;
  values: Array<{ n: number; value: number }>;
}

/** Props of {@link LineSeriesChart}. */
export interface LineSeriesChartProps {
  kind: string;
  title: string;
  description: string;
  series: Series[];
  xLabel: string;
  yLabel: string;
  formatY?: (value: number) => string;
}

/**
 * Several series over integer periods n as lines (with dots when there are few points), a zero
 * baseline included in the y range, and a legend. Non-finite values are dropped, never drawn.
 */
export function LineSeriesChart({
  kind,
  title,
  description,
  series,
  xLabel,
  yLabel,
  formatY = formatCompact,
}: LineSeriesChartProps) {
  const area = plotArea();
  const clean = series.map((s) => ({
    ...s,
    values: s.values.filter((v) => Number.isFinite(v.value) && Number.isFinite(v.n)),
  }));
  const all = clean.flatMap((s) => s.values);
  const minN = Math.min(0, ...all.map((v) => v.n));
  const maxN = Math.max(1, ...all.map((v) => v.n));
  const [y0, y1] = niceDomain(Math.min(0, ...all.map((v) => v.value)), Math.max(0, ...all.map((v) => v.value)), 5);
  const x = linearScale([minN, maxN], [area.left, area.right]);
  const y = linearScale([y0, y1], [area.bottom, area.top]);
  const xTicks = niceTicks(minN, maxN, 6).filter((t) => Number.isInteger(t));
  const yTicks = niceTicks(y0, y1, 5);
  const height = CHART_HEIGHT + legendHeight(clean.length);

  return (
    <ChartFrame kind={kind} title={title} description={description} height={height}>
      <Axes x={x} y={y} xTicks={xTicks} yTicks={yTicks} xLabel={xLabel} yLabel={yLabel} formatY={formatY} />
      {clean.map((s, i) => {
        const style = SERIES_STYLES[i % SERIES_STYLES.length];
        return (
          <g key={s.key} data-series={s.key}>
            <path
              d={toPath(s.values.map((v) => [x(v.n), y(v.value)] as const))}
              fill="none"
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
            />
            {s.values.length <= 60 &&
              s.values.map((v) => (
                <circle
                  key={v.n}
                  cx={x(v.n)}
                  cy={y(v.value)}
                  r={2}
                  fill={style.color}
                  data-n={v.n}
                  data-value={v.value}
                />
              ))}
          </g>
        );
      })}
      <Legend
        top={CHART_HEIGHT - 2}
        items={clean.map((s, i) => {
          const style = SERIES_STYLES[i % SERIES_STYLES.length];
          return { key: s.key, label: s.label, swatch: <LineSwatch color={style.color} dash={style.dash} /> };
        })}
      />
    </ChartFrame>
  );
}
