import { Axes } from './Axes';
import { ChartFrame } from './ChartFrame';
import { plotArea } from './layout';
import { capitalize, percentLabel, linearScale, niceTicks, toPath } from './scale';

/** One point of the curve: P(escalated by the end of period n). */
export interface EscalationPoint {
  n: number;
  probability: number;
}

/** Props of {@link EscalationCurve}. All probabilities are in [0, 1]; the caller computes them. */
export interface EscalationCurveProps {
  /** P(escalated by n) for increasing n, usually starting at n = 0 with 0. */
  points: EscalationPoint[];
  /** Optional shaded horizontal band, e.g. the useful range [qMin, qMax] of the escalation probability. */
  band?: { from: number; to: number; label: string };
  /** Optional vertical marker, e.g. "today" or "deadline". */
  marker?: { n: number; label: string };
  /** Name of one period, singular: "day", "week". */
  periodLabel?: string;
  title?: string;
  description?: string;
}

/** Linear interpolation of the curve at period n (clamped to the first/last point). */
function probabilityAt(points: EscalationPoint[], n: number): number {
  if (points.length === 0) return 0;
  if (n <= points[0].n) return points[0].probability;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (n <= b.n) return a.probability + ((n - a.n) / (b.n - a.n || 1)) * (b.probability - a.probability);
  }
  return points[points.length - 1].probability;
}

/**
 * Cumulative escalation probability over time (server-rendered SVG, no client JS): the curve
 * P(escalated by period n), an optional shaded band (useful range) and an optional marker.
 */
export function EscalationCurve({
  points,
  band,
  marker,
  periodLabel = 'period',
  title,
  description,
}: EscalationCurveProps) {
  const area = plotArea();
  const maxN = Math.max(1, ...points.map((p) => p.n), marker?.n ?? 0);
  const x = linearScale([0, maxN], [area.left, area.right]);
  const y = linearScale([0, 1], [area.bottom, area.top]);
  const xTicks = niceTicks(0, maxN, 6).filter((t) => Number.isInteger(t));
  const yTicks = [0, 0.25, 0.5, 0.75, 1];
  const last = points[points.length - 1];
  const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

  const autoDescription = [
    last
      ? `Probability that the threat has escalated by ${periodLabel} n: ${percentLabel(points[0].probability)} at ${periodLabel} ${points[0].n}, ${percentLabel(last.probability)} by ${periodLabel} ${last.n}.`
      : 'No data.',
    band ? `Shaded: ${band.label}, ${percentLabel(band.from)} to ${percentLabel(band.to)}.` : '',
    marker
      ? `Marker: ${marker.label} at ${periodLabel} ${marker.n}, ${percentLabel(probabilityAt(points, marker.n))}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');

  const bandTop = band ? y(clamp01(Math.max(band.from, band.to))) : 0;
  const bandBottom = band ? y(clamp01(Math.min(band.from, band.to))) : 0;
  const markerProb = marker ? probabilityAt(points, marker.n) : 0;

  return (
    <ChartFrame
      kind="escalation-curve"
      title={title ?? `Probability of escalation by ${periodLabel}`}
      description={description ?? autoDescription}
    >
      {band && (
        <g data-band="">
          <rect
            x={area.left}
            y={bandTop}
            width={area.right - area.left}
            height={Math.max(1, bandBottom - bandTop)}
            fill="#15803d"
            fillOpacity={0.14}
          />
          <text
            x={area.left + 6}
            y={Math.max(bandTop + 13, area.top + 12)}
            textAnchor="start"
            fill="#166534"
            fontSize={11}
          >
            {band.label}
          </text>
        </g>
      )}
      <Axes
        x={x}
        y={y}
        xTicks={xTicks}
        yTicks={yTicks}
        xLabel={`${capitalize(periodLabel || 'period')} n`}
        yLabel="P(escalated by n)"
        formatY={percentLabel}
      />
      <path
        d={toPath(points.map((p) => [x(p.n), y(clamp01(p.probability))] as const))}
        fill="none"
        stroke="#b91c1c"
        strokeWidth={2}
        data-series="escalation"
      />
      {points.length <= 60 && (
        <g fill="#b91c1c">
          {points.map((p) => (
            <circle key={p.n} cx={x(p.n)} cy={y(clamp01(p.probability))} r={2} data-n={p.n} data-p={p.probability} />
          ))}
        </g>
      )}
      {marker && (
        <g data-marker="">
          <line
            x1={x(marker.n)}
            x2={x(marker.n)}
            y1={area.top}
            y2={area.bottom}
            stroke="#0f172a"
            strokeDasharray="4 3"
          />
          <circle cx={x(marker.n)} cy={y(clamp01(markerProb))} r={4} fill="#fff" stroke="#0f172a" strokeWidth={2} />
          <text
            x={x(marker.n) + (x(marker.n) > (area.left + area.right) / 2 ? -6 : 6)}
            y={y(clamp01(markerProb)) + (markerProb > 0.85 ? 16 : -8)}
            textAnchor={x(marker.n) > (area.left + area.right) / 2 ? 'end' : 'start'}
            fill="#0f172a"
            fontWeight={600}
          >
            {`${marker.label}: ${percentLabel(markerProb)}`}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}
