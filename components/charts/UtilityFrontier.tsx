import { Axes } from './Axes';
import { ChartFrame } from './ChartFrame';
import { CHART_HEIGHT, plotArea } from './layout';
import { Legend, LineSwatch, legendHeight, type LegendItem } from './Legend';
import { Marker, type MarkerShape } from './Markers';
import { formatCompact, linearScale, niceDomain, niceTicks, toPath } from './scale';

/** A point in utility space: (player 1's utility, player 2's utility). */
export interface UtilityPoint {
  u1: number;
  u2: number;
}

/** A marked bargaining solution, e.g. Nash, Kalai–Smorodinsky or Rubinstein. */
export interface FrontierSolution extends UtilityPoint {
  key: string;
  label: string;
}

/** Props of {@link UtilityFrontier}. Every point is computed by the caller (the game-theory library). */
export interface UtilityFrontierProps {
  /** Points on the Pareto frontier, ordered along it. */
  frontier: UtilityPoint[];
  /** The disagreement point d = (d1, d2). */
  disagreement: UtilityPoint;
  /** Solutions to mark; the first three get a circle, a square and a diamond. */
  solutions: FrontierSolution[];
  /** Optional Kalai–Smorodinsky ideal point; drawn with the dotted segment from d. */
  ideal?: UtilityPoint;
  /** Axis titles, e.g. "Mike's payoff" / "Employer's payoff". */
  axisLabels?: { u1: string; u2: string };
  title?: string;
  description?: string;
}

const SOLUTION_STYLES: Array<{ shape: MarkerShape; color: string }> = [
  { shape: 'circle', color: '#4338ca' },
  { shape: 'square', color: '#15803d' },
  { shape: 'diamond', color: '#a16207' },
  { shape: 'triangle', color: '#7c3aed' },
];

/**
 * The utility frontier of a bargaining problem with its disagreement point and the marked
 * solutions, plus a legend (server-rendered SVG, no client JS). Non-finite points are dropped.
 */
export function UtilityFrontier({
  frontier,
  disagreement,
  solutions,
  ideal,
  axisLabels = { u1: 'Player 1 utility', u2: 'Player 2 utility' },
  title = 'Utility frontier and bargaining solutions',
  description,
}: UtilityFrontierProps) {
  const finite = (p: UtilityPoint) => Number.isFinite(p.u1) && Number.isFinite(p.u2);
  const curve = frontier.filter(finite);
  const marked = solutions.filter(finite);
  const everything = [...curve, ...marked, disagreement, ...(ideal ? [ideal] : [])].filter(finite);
  const area = plotArea();
  const [x0, x1] = niceDomain(Math.min(...everything.map((p) => p.u1)), Math.max(...everything.map((p) => p.u1)), 4);
  const [y0, y1] = niceDomain(Math.min(...everything.map((p) => p.u2)), Math.max(...everything.map((p) => p.u2)), 5);
  const x = linearScale([x0, x1], [area.left, area.right]);
  const y = linearScale([y0, y1], [area.bottom, area.top]);

  const legendItems: LegendItem[] = [
    { key: 'frontier', label: 'Frontier', swatch: <LineSwatch color="#0f172a" /> },
    { key: 'disagreement', label: `Disagreement d`, swatch: <Marker shape="cross" color="#b91c1c" /> },
    ...marked.map((s, i) => {
      const style = SOLUTION_STYLES[i % SOLUTION_STYLES.length];
      return { key: s.key, label: s.label, swatch: <Marker shape={style.shape} color={style.color} /> };
    }),
  ];

  const autoDescription = [
    `Frontier of feasible utility pairs; disagreement point d = (${formatCompact(disagreement.u1)}, ${formatCompact(disagreement.u2)}).`,
    ...marked.map((s) => `${s.label}: (${formatCompact(s.u1)}, ${formatCompact(s.u2)}).`),
    ideal ? `Ideal point (${formatCompact(ideal.u1)}, ${formatCompact(ideal.u2)}).` : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartFrame
      kind="utility-frontier"
      title={title}
      description={description ?? autoDescription}
      height={CHART_HEIGHT + legendHeight(legendItems.length)}
    >
      <Axes
        x={x}
        y={y}
        xTicks={niceTicks(x0, x1, 4)}
        yTicks={niceTicks(y0, y1, 5)}
        xLabel={axisLabels.u1}
        yLabel={axisLabels.u2}
        formatX={formatCompact}
        formatY={formatCompact}
      />
      <path
        d={toPath(curve.map((p) => [x(p.u1), y(p.u2)] as const))}
        fill="none"
        stroke="#0f172a"
        strokeWidth={2}
        data-series="frontier"
      />
      {ideal && finite(ideal) && (
        <g data-ideal="" stroke="#15803d" strokeDasharray="2 3">
          <line x1={x(disagreement.u1)} y1={y(disagreement.u2)} x2={x(ideal.u1)} y2={y(ideal.u2)} />
          <circle cx={x(ideal.u1)} cy={y(ideal.u2)} r={3} fill="none" />
        </g>
      )}
      {finite(disagreement) && (
        <g transform={`translate(${x(disagreement.u1)} ${y(disagreement.u2)})`} data-point="disagreement">
          <Marker shape="cross" color="#b91c1c" />
        </g>
      )}
      {marked.map((s, i) => {
        const style = SOLUTION_STYLES[i % SOLUTION_STYLES.length];
        return (
          <g
            key={s.key}
            transform={`translate(${x(s.u1).toFixed(2)} ${y(s.u2).toFixed(2)})`}
            data-point={s.key}
            data-u1={s.u1}
            data-u2={s.u2}
          >
            <Marker shape={style.shape} color={style.color} />
          </g>
        );
      })}
      <Legend items={legendItems} top={CHART_HEIGHT - 2} />
    </ChartFrame>
  );
}
