import type { CSSProperties, ReactNode } from 'react';
import type { TooltipPlacement } from '../core';
import { percentOf } from './pointer';

/** One row of a tooltip: an optional colour mark, a label and a formatted value. */
export interface TooltipRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly color?: string;
  readonly dashed?: boolean;
  /** The line's own pattern (see `LINE_DASHES`), over `dashed`. */
  readonly dash?: string;
  readonly strong?: boolean;
}

/**
 * What a panel reads out for its active point: where the box goes, its heading and content, and what a
 * screen reader hears when the keyboard moved there. `ChartFrame` draws it.
 */
export interface Readout {
  readonly placement: TooltipPlacement;
  readonly heading: string;
  /** The box's content under the heading. */
  readonly body: ReactNode;
  /** Announced one line each (separate lines, so that no language's punctuation is assumed). */
  readonly lines: readonly string[];
  /** A class beside `chart-tooltip`, for a read-out laid out otherwise (the bank view's table). */
  readonly className?: string;
}

/** Props of `TooltipBox`. */
export interface TooltipBoxProps {
  readonly id: string;
  readonly placement: TooltipPlacement;
  /** The panel's layout size, to turn px into percentages that scale with the SVG. */
  readonly width: number;
  readonly height: number;
  readonly heading: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * Renders the read-out of the point under the pointer or the keyboard focus: an HTML box inside the
 * panel, placed by `placeTooltip` so that it never overflows the panel, its heading over the content.
 */
export function TooltipBox({ id, placement, width, height, heading, className, children }: TooltipBoxProps) {
  const style: CSSProperties = { maxWidth: percentOf(placement.maxWidth, width) };
  // Physical sides on purpose: the point's x is physical (time runs left to right in both languages).
  if (placement.side === 'left') style.left = percentOf(placement.offset, width);
  else style.right = percentOf(placement.offset, width);
  if (placement.fromBottom) style.bottom = percentOf(placement.top, height);
  else style.top = percentOf(placement.top, height);
  return (
    <div id={id} role="tooltip" className={className ? `chart-tooltip ${className}` : 'chart-tooltip'} style={style}>
      <div className="chart-tooltip-heading">{heading}</div>
      {children}
    </div>
  );
}

/** The short line before a read-out row's label, in the row's colour (dashed for a dashed line). */
export function TooltipMark({ color, dashed, dash }: { readonly color: string; readonly dashed?: boolean; readonly dash?: string }) {
  // A line's own pattern is drawn at two thirds of its scale, so that a period fits the short mark.
  const pattern = dash ? dash.split(' ').map((n) => Number(n) * (2 / 3)).join(' ') : dashed ? '4 2' : undefined;
  return (
    <svg className="chart-tooltip-mark" width="16" height="8" viewBox="0 0 16 8" aria-hidden="true">
      <line x1="1" x2="15" y1="4" y2="4" stroke={color} strokeWidth="3" strokeDasharray={pattern} />
    </svg>
  );
}

/**
 * Returns the read-out of a list of rows, each an exact value with its unit, under the heading (and an
 * optional note, e.g. the unit shared by every row of a long list).
 */
export function listReadout(placement: TooltipPlacement, heading: string, rows: readonly TooltipRow[], note?: string): Readout {
  return {
    placement,
    heading,
    lines: tooltipLines(heading, rows, note),
    body: (
      <>
        {note ? <div className="chart-tooltip-note">{note}</div> : null}
        {rows.map((r) => (
          <div key={r.key} className={r.strong ? 'chart-tooltip-row chart-tooltip-strong' : 'chart-tooltip-row'}>
            <span className="chart-tooltip-label">
              {r.color ? <TooltipMark color={r.color} dashed={r.dashed} dash={r.dash} /> : null}
              {r.label}
            </span>
            <span className="chart-tooltip-value">{r.value}</span>
          </div>
        ))}
      </>
    ),
  };
}

/**
 * Returns the lines a screen reader announces for a tooltip: the heading, then one "label value" line
 * per row (separate lines, so that no language's punctuation is assumed).
 */
export function tooltipLines(heading: string, rows: readonly TooltipRow[], note?: string): string[] {
  return [note ? `${heading}, ${note}` : heading, ...rows.map((r) => (r.label ? `${r.label} ${r.value}` : r.value))];
}
