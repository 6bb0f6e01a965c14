/**
 * Path strings and stacked layers: d3 shape generators used as pure functions (visx style), so that
 * React renders `<path d=...>` and nothing ever selects the DOM.
 */
import { area, line, stack, stackOffsetExpand, stackOrderNone } from 'd3';
import type { LinearScale } from './scales';

/**
 * Returns the SVG path of a series over years t = 0..n-1. Non-finite values break the line instead of
 * dropping it to zero.
 */
export function linePath(values: ReadonlyArray<number>, x: LinearScale, y: LinearScale): string {
  const generator = line<number>()
    .defined((v) => Number.isFinite(v))
    .x((_, t) => x(t))
    .y((v) => y(v));
  return generator(values as number[]) ?? '';
}

/** One stacked layer: its lower and upper edge per year, as shares 0..1 of the year's total. */
export interface StackedLayer {
  readonly key: string;
  readonly lower: number[];
  readonly upper: number[];
}

/**
 * Stacks per-year shares into layers, the first layer at the bottom (d3 `stack`). Each year is
 * normalised to sum to 1 (d3 `stackOffsetExpand`), so that shares rounded to 0.999 still fill the axis;
 * a year whose values are all zero stays empty. Non-finite values count as 0.
 */
export function stackShares(layers: ReadonlyArray<{ readonly key: string; readonly values: ReadonlyArray<number> }>): StackedLayer[] {
  const years = layers.reduce((n, layer) => Math.max(n, layer.values.length), 0);
  const rows: Array<Record<string, number>> = [];
  for (let t = 0; t < years; t++) {
    const row: Record<string, number> = {};
    layers.forEach((layer, i) => {
      const v = layer.values[t];
      row[String(i)] = Number.isFinite(v) && v > 0 ? v : 0;
    });
    rows.push(row);
  }
  const keys = layers.map((_, i) => String(i));
  const series = stack<Record<string, number>>().keys(keys).order(stackOrderNone).offset(stackOffsetExpand)(rows);
  return series.map((s, i) => ({
    key: layers[i].key,
    lower: s.map((point) => (Number.isFinite(point[0]) ? point[0] : 0)),
    upper: s.map((point) => (Number.isFinite(point[1]) ? point[1] : 0)),
  }));
}

/**
 * Returns the SVG path of the band between two edges over years t = 0..n-1. A year where either edge is
 * not finite (a fan's year not computed yet) is skipped: the band breaks there instead of dropping to zero.
 */
export function areaPath(lower: ReadonlyArray<number>, upper: ReadonlyArray<number>, x: LinearScale, y: LinearScale): string {
  const indices = Array.from({ length: Math.min(lower.length, upper.length) }, (_, t) => t);
  const generator = area<number>()
    .defined((t) => Number.isFinite(lower[t]) && Number.isFinite(upper[t]))
    .x((t) => x(t))
    .y0((t) => y(lower[t]))
    .y1((t) => y(upper[t]));
  return generator(indices) ?? '';
}

/** A label to stack beside the end of a line. */
export interface EndLabelInput {
  readonly key: string;
  /** The y in px of the line's last point. */
  readonly y: number;
}

/** A placed end label. */
export interface PlacedEndLabel {
  readonly key: string;
  /** Where the label's middle sits. */
  readonly y: number;
  /** The line end it names (differs from `y` when labels were pushed apart). */
  readonly anchorY: number;
}

/**
 * Places line-end labels at their lines' last points, pushed apart to at least `spacing` px and kept
 * within [top, bottom]. Returns null when they cannot all fit: the panel then shows a list legend.
 */
export function placeEndLabels(items: ReadonlyArray<EndLabelInput>, spacing: number, top: number, bottom: number): PlacedEndLabel[] | null {
  if (items.length === 0) return [];
  if ((items.length - 1) * spacing > bottom - top) return null;
  const sorted = items
    .filter((item) => Number.isFinite(item.y))
    .map((item) => ({ key: item.key, anchorY: item.y, y: Math.max(top, Math.min(bottom, item.y)) }))
    .sort((a, b) => a.y - b.y);
  if (sorted.length !== items.length) return null;
  // Push down from the top, then back up from the bottom: a one-dimensional dodge.
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].y < sorted[i - 1].y + spacing) sorted[i].y = sorted[i - 1].y + spacing;
  }
  const last = sorted.length - 1;
  if (sorted[last].y > bottom) sorted[last].y = bottom;
  for (let i = last - 1; i >= 0; i--) {
    if (sorted[i].y > sorted[i + 1].y - spacing) sorted[i].y = sorted[i + 1].y - spacing;
  }
  if (sorted[0].y < top - 0.5) return null;
  return sorted;
}
