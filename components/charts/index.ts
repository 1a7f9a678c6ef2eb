/** Server-renderable SVG charts (no client JS, no chart library), shared by the calculator, wizard and threat page. */
export { EscalationCurve, type EscalationCurveProps, type EscalationPoint } from './EscalationCurve';
export { CostPerPeriod, CumulativeCost, type CostChartProps } from './CostCharts';
export { LineSeriesChart, type Series, type LineSeriesChartProps } from './LineSeriesChart';
export {
  UtilityFrontier,
  type UtilityFrontierProps,
  type UtilityPoint,
  type FrontierSolution,
} from './UtilityFrontier';
export { linearScale, niceDomain, niceTicks, formatCompact, percentLabel } from './scale';
