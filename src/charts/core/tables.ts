/**
 * The text alternative of each panel: the values it shows as rows and columns of already formatted
 * text, for the `DataTable` a reader can reveal under the chart.
 */
import type { ChartFormat, LineSpec } from '../types';

/** A table of formatted values. */
export interface TableData {
  readonly caption: string;
  /** The header of the row-header column (may be empty). */
  readonly corner: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<{ readonly key: string; readonly header: string; readonly cells: readonly string[] }>;
}

const yearsOf = (horizon: number): number[] => Array.from({ length: Math.max(0, horizon) + 1 }, (_, t) => t);
const cell = (v: number | undefined, f: (v: number) => string): string => (v !== undefined && Number.isFinite(v) ? f(v) : '–');

/** Returns a line panel's table: one row per year, one column per line, exact values in the unit. */
export function lineTable(title: string, unit: string, lines: ReadonlyArray<LineSpec>, horizon: number, format: ChartFormat): TableData {
  return {
    caption: `${title} (${unit})`,
    corner: '',
    columns: lines.map((l) => l.label),
    rows: yearsOf(horizon).map((t) => ({
      key: String(t),
      header: format.year(t),
      cells: lines.map((l) => cell(l.values[t], format.exact)),
    })),
  };
}

/** Returns an effect panel's table: one row per bar, its exact value in the unit. */
export function effectTable(title: string, unit: string, bars: ReadonlyArray<{ readonly key: string; readonly label: string; readonly value: number }>, format: ChartFormat): TableData {
  return {
    caption: title,
    corner: '',
    columns: [unit],
    rows: bars.map((b) => ({ key: b.key, header: b.label, cells: [cell(b.value, format.exact)] })),
  };
}

/** Returns a credit-shares table: one row per year, one column per class, shares as percentages. */
export function sharesTable(title: string, layers: ReadonlyArray<{ readonly key: string; readonly label: string; readonly values: ReadonlyArray<number> }>, horizon: number, format: ChartFormat): TableData {
  return {
    caption: title,
    corner: '',
    columns: layers.map((l) => l.label),
    rows: yearsOf(horizon).map((t) => ({ key: String(t), header: format.year(t), cells: layers.map((l) => cell(l.values[t], format.percent)) })),
  };
}

/** Returns a binding-grid table: one row per class, one column per year, the finance-bound share. */
export function bindingTable(
  title: string,
  legendFinance: string,
  rows: ReadonlyArray<{ readonly key: string; readonly label: string; readonly cells: ReadonlyArray<{ readonly financeShare: number }> }>,
  horizon: number,
  format: ChartFormat,
): TableData {
  return {
    caption: `${title}: ${legendFinance}`,
    corner: '',
    columns: yearsOf(horizon).map((t) => format.year(t)),
    rows: rows.map((r) => ({ key: r.key, header: r.label, cells: yearsOf(horizon).map((t) => cell(r.cells[t]?.financeShare, format.percent)) })),
  };
}
