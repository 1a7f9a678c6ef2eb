import type { LinearScale } from './scale';

/** Props of {@link Axes}. */
export interface AxesProps {
  x: LinearScale;
  y: LinearScale;
  xTicks: number[];
  yTicks: number[];
  xLabel: string;
  yLabel: string;
  formatX?: (value: number) => string;
  formatY?: (value: number) => string;
}

/**
 * Grid lines, tick labels and axis titles for a plot area given by the scales' ranges.
 * The y title is rotated along the left edge; the x title sits under the tick labels.
 */
export function Axes({ x, y, xTicks, yTicks, xLabel, yLabel, formatX = String, formatY = String }: AxesProps) {
  const [left, right] = x.range;
  const [bottom, top] = y.range;
  return (
    <g data-axes="">
      <g stroke="#e2e8f0" strokeWidth={1}>
        {yTicks.map((t) => (
          <line key={`gy${t}`} x1={left} x2={right} y1={y(t)} y2={y(t)} />
        ))}
        {xTicks.map((t) => (
          <line key={`gx${t}`} x1={x(t)} x2={x(t)} y1={top} y2={bottom} />
        ))}
      </g>
      <g stroke="#64748b" strokeWidth={1}>
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        <line x1={left} x2={left} y1={top} y2={bottom} />
      </g>
      <g fill="currentColor" data-axis="x">
        {xTicks.map((t) => (
          <text key={`tx${t}`} x={x(t)} y={bottom + 16} textAnchor="middle">
            {formatX(t)}
          </text>
        ))}
        <text x={(left + right) / 2} y={bottom + 36} textAnchor="middle" fontWeight={600} data-axis-label="x">
          {xLabel}
        </text>
      </g>
      <g fill="currentColor" data-axis="y">
        {yTicks.map((t) => (
          <text key={`ty${t}`} x={left - 6} y={y(t) + 4} textAnchor="end">
            {formatY(t)}
          </text>
        ))}
        <text
          x={0}
          y={0}
          transform={`translate(14 ${(top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontWeight={600}
          data-axis-label="y"
        >
          {yLabel}
        </text>
      </g>
    </g>
  );
}
