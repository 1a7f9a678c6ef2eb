/**
 * Shared geometry for the SVG charts. The viewBox is small (420 wide) so that 12px text stays
 * readable when the chart is scaled down to a 390px phone screen.
 */
export const CHART_WIDTH = 420;
export const CHART_HEIGHT = 260;

/** Plot-area margins inside the viewBox: room for tick labels (left, bottom) and axis titles. */
export const MARGIN = { top: 14, right: 16, bottom: 46, left: 62 } as const;

/** The plot area's pixel box for a chart of the given size. */
export function plotArea(width = CHART_WIDTH, height = CHART_HEIGHT) {
  return {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
}

/** Series colours and dash patterns: distinguishable by dash as well as by colour. */
export const SERIES_STYLES = [
  { color: '#4338ca', dash: undefined },
  { color: '#b91c1c', dash: '6 4' },
  { color: '#15803d', dash: '2 3' },
  { color: '#a16207', dash: '10 3 2 3' },
] as const;
