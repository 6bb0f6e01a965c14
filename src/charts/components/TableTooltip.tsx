import type { CSSProperties } from 'react';
import type { TooltipPlacement } from '../core';
import { percentOf } from './pointer';

/** A column of a table read-out: a heading and, under it, a unit. */
export interface TableTooltipColumn {
  readonly key: string;
  readonly label: string;
  readonly unit?: string;
  /** Set on the column the reader is pointing at: drawn bold. */
  readonly active?: boolean;
}

/** A row of a table read-out: a name with an optional colour mark, and one formatted value per column. */
export interface TableTooltipRow {
  readonly key: string;
  readonly label: string;
  readonly color?: string;
  readonly strong?: boolean;
  readonly values: readonly string[];
}

/** Props of `TableTooltip`. */
export interface TableTooltipProps {
  readonly id: string;
  readonly placement: TooltipPlacement;
  /** The panel's layout size, to turn px into percentages that scale with the SVG. */
  readonly width: number;
  readonly height: number;
  readonly heading: string;
  readonly columns: readonly TableTooltipColumn[];
  readonly rows: readonly TableTooltipRow[];
}

/**
 * Renders a read-out of several measures at once (the bank view's year): a small table with a row per
 * class and a column per measure, placed like `ChartTooltip` so that it never leaves the panel.
 */
export function TableTooltip({ id, placement, width, height, heading, columns, rows }: TableTooltipProps) {
  const style: CSSProperties = { maxWidth: percentOf(placement.maxWidth, width) };
  // Physical sides on purpose, as in ChartTooltip: the point's x is physical.
  if (placement.side === 'left') style.left = percentOf(placement.offset, width);
  else style.right = percentOf(placement.offset, width);
  if (placement.fromBottom) style.bottom = percentOf(placement.top, height);
  else style.top = percentOf(placement.top, height);
  return (
    <div id={id} role="tooltip" className="chart-tooltip chart-tooltip-table" style={style}>
      <div className="chart-tooltip-heading">{heading}</div>
      <table>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.active ? 'chart-tooltip-active' : undefined}>
                {c.label}
                {c.unit ? <span className="chart-tooltip-unit">{c.unit}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.strong ? 'chart-tooltip-strong' : undefined}>
              <th scope="row">
                {r.color ? (
                  <svg className="chart-tooltip-mark" width="16" height="8" viewBox="0 0 16 8" aria-hidden="true">
                    <line x1="1" x2="15" y1="4" y2="4" stroke={r.color} strokeWidth="3" />
                  </svg>
                ) : null}
                {r.label}
              </th>
              {r.values.map((v, i) => (
                <td key={columns[i]?.key ?? i} className={columns[i]?.active ? 'chart-tooltip-active' : undefined}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
