import { useId, type ReactNode } from 'react';
import { CHART_HEIGHT, CHART_WIDTH } from './layout';

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** Short accessible name, rendered as the SVG `<title>`. */
  title: string;
  /** Longer text alternative (what the chart shows, key numbers), rendered as `<desc>`. */
  description: string;
  /** viewBox height; the width is fixed at {@link CHART_WIDTH}. */
  height?: number;
  /** Extra classes for the `<svg>` (it is `w-full h-auto` by default). */
  className?: string;
  /** Test / styling hook, rendered as `data-chart`. */
  kind: string;
  children: ReactNode;
}

/**
 * Responsive, accessible SVG wrapper shared by every chart: `role="img"` named by its
 * `<title>` and described by its `<desc>`. Server-renderable (no client JS).
 */
export function ChartFrame({ title, description, height = CHART_HEIGHT, className, kind, children }: ChartFrameProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-chart={kind}
      className={className ?? 'h-auto w-full text-slate-700'}
      fontFamily="ui-sans-serif, system-ui, sans-serif"
      fontSize={13}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}
