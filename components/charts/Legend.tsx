import type { ReactNode } from 'react';
import { CHART_WIDTH, MARGIN } from './layout';

/** One legend entry: a swatch (any SVG drawn around the origin, ±8px) and its text. */
export interface LegendItem {
  key: string;
  label: string;
  swatch: ReactNode;
}

/** Rows needed for `count` legend items at two per row. */
export function legendRows(count: number): number {
  return Math.ceil(count / 2);
}

/** Height in px taken by a legend of `count` items. */
export function legendHeight(count: number): number {
  return legendRows(count) * 20 + 4;
}

/**
 * An in-SVG legend, two entries per row, starting at `top`. Living inside the SVG keeps a
 * chart self-contained (it still explains itself when saved or shared as an image).
 */
export function Legend({ items, top }: { items: LegendItem[]; top: number }) {
  const colWidth = (CHART_WIDTH - MARGIN.left) / 2;
  return (
    <g data-legend="" fill="currentColor">
      {items.map((item, i) => {
        const col = i % 2;
        const row = Math.floor(i / 2);
        const x = MARGIN.left + col * colWidth;
        const y = top + row * 20 + 10;
        return (
          <g key={item.key} transform={`translate(${x} ${y})`} data-legend-item={item.key}>
            <g transform="translate(10 0)">{item.swatch}</g>
            <text x={26} y={4}>
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** A short line swatch in a series' colour and dash pattern. */
export function LineSwatch({ color, dash }: { color: string; dash?: string }) {
  return <line x1={-10} x2={10} y1={0} y2={0} stroke={color} strokeWidth={2.5} strokeDasharray={dash} />;
}
