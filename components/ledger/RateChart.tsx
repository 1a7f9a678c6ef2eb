import { Axes } from '@/components/charts/Axes';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { Legend, legendHeight } from '@/components/charts/Legend';
import { CHART_HEIGHT, SERIES_STYLES, plotArea } from '@/components/charts/layout';
import { linearScale, percentLabel } from '@/components/charts/scale';
import { formatPercent } from '@/lib/format';
import type { StatsRow } from '@/lib/indexer';

/** The four outcome rates plotted per bucket. */
export const RATE_SERIES = [
  { key: 'fulfilmentRate', label: 'Fulfilled' },
  { key: 'escalationRate', label: 'Escalated' },
  { key: 'refundRate', label: 'Refunded' },
  { key: 'forfeitRate', label: 'Forfeited' },
] as const;

/**
 * Outcome rates of the ended threats per bucket (kind, p, stake or period length), as grouped bars: an SVG
 * rendered on the server, like the calculator's charts (no client JS). Buckets without ended threats are left out.
 */
export function RateChart({ rows, dimension }: { rows: StatsRow[]; dimension: string }) {
  const shown = rows.filter((r) => r.ended > 0);
  const legendTop = CHART_HEIGHT;
  const height = CHART_HEIGHT + legendHeight(RATE_SERIES.length);
  const area = plotArea(undefined, CHART_HEIGHT);
  const x = linearScale([0, Math.max(1, shown.length)], [area.left, area.right]);
  const y = linearScale([0, 1], [area.bottom, area.top]);
  const slot = (area.right - area.left) / Math.max(1, shown.length);
  const bar = Math.min(18, (slot * 0.8) / RATE_SERIES.length);
  const description = shown.length
    ? shown
        .map(
          (r) =>
            `${r.label} (${r.ended} ended): ${RATE_SERIES.map((s) => `${s.label.toLowerCase()} ${formatPercent(r[s.key] ?? 0)}`).join(', ')}`,
        )
        .join('; ')
    : 'No threat has ended yet in this view.';
  return (
    <ChartFrame title={`Outcomes by ${dimension}`} description={description} height={height} kind="ledger-rates">
      <Axes
        x={x}
        y={y}
        xTicks={[]}
        yTicks={[0, 0.25, 0.5, 0.75, 1]}
        xLabel={dimension}
        yLabel="share of ended threats"
        formatY={percentLabel}
      />
      {shown.map((r, i) => {
        const left = x(i) + (slot - bar * RATE_SERIES.length) / 2;
        return (
          <g key={r.bucket} data-bucket={r.bucket}>
            {RATE_SERIES.map((s, j) => {
              const v = r[s.key] ?? 0;
              return (
                <rect
                  key={s.key}
                  x={left + j * bar}
                  y={y(v)}
                  width={Math.max(1, bar - 1)}
                  height={Math.max(0, area.bottom - y(v))}
                  fill={SERIES_STYLES[j].color}
                >
                  <title>{`${r.label}: ${s.label.toLowerCase()} ${formatPercent(v)} of ${r.ended}`}</title>
                </rect>
              );
            })}
            <text x={x(i) + slot / 2} y={area.bottom + 16} textAnchor="middle" fill="currentColor" fontSize={11}>
              {r.label}
            </text>
          </g>
        );
      })}
      <Legend
        top={legendTop}
        items={RATE_SERIES.map((s, j) => ({
          key: s.key,
          label: s.label,
          swatch: <rect x={-8} y={-6} width={16} height={12} fill={SERIES_STYLES[j].color} />,
        }))}
      />
    </ChartFrame>
  );
}
