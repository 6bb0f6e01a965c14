import type { CSSProperties } from 'react';
import type { TooltipPlacement } from '../core';
import { percentOf } from './pointer';

/** One row of a tooltip: an optional colour mark, a label and a formatted value. */
export interface TooltipRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly color?: string;
  readonly dashed?: boolean;
  readonly strong?: boolean;
}

/** Props of `ChartTooltip`. */
export interface ChartTooltipProps {
  readonly id: string;
  readonly placement: TooltipPlacement;
  /** The panel's layout size, to turn px into percentages that scale with the SVG. */
  readonly width: number;
  readonly height: number;
  readonly heading: string;
  /** A line under the heading, e.g. the unit shared by every row of a long list. */
  readonly note?: string;
  readonly rows: readonly TooltipRow[];
}

/**
 * Renders the read-out of the point under the pointer or the keyboard focus: an HTML box inside the
 * panel, placed by `placeTooltip` so it never overflows the panel, listing exact values with units.
 */
export function ChartTooltip({ id, placement, width, height, heading, note, rows }: ChartTooltipProps) {
  const style: CSSProperties = { maxWidth: percentOf(placement.maxWidth, width) };
  // Physical sides on purpose: the point's x is physical (time runs left to right in both languages).
  if (placement.side === 'left') style.left = percentOf(placement.offset, width);
  else style.right = percentOf(placement.offset, width);
  if (placement.fromBottom) style.bottom = percentOf(placement.top, height);
  else style.top = percentOf(placement.top, height);
  return (
    <div id={id} role="tooltip" className="chart-tooltip" style={style}>
      <div className="chart-tooltip-heading">{heading}</div>
      {note ? <div className="chart-tooltip-note">{note}</div> : null}
      {rows.map((r) => (
        <div key={r.key} className={r.strong ? 'chart-tooltip-row chart-tooltip-strong' : 'chart-tooltip-row'}>
          <span className="chart-tooltip-label">
            {r.color ? (
              <svg className="chart-tooltip-mark" width="16" height="8" viewBox="0 0 16 8" aria-hidden="true">
                <line x1="1" x2="15" y1="4" y2="4" stroke={r.color} strokeWidth="3" strokeDasharray={r.dashed ? '4 2' : undefined} />
              </svg>
            ) : null}
            {r.label}
          </span>
          <span className="chart-tooltip-value">{r.value}</span>
        </div>
      ))}
    </div>
  );
}

/**
 * Returns the lines a screen reader announces for a tooltip: the heading, then one "label value" line
 * per row (separate lines, so that no language's punctuation is assumed).
 */
export function tooltipLines(heading: string, rows: readonly TooltipRow[], note?: string): string[] {
  return [note ? `${heading}, ${note}` : heading, ...rows.map((r) => (r.label ? `${r.label} ${r.value}` : r.value))];
}
