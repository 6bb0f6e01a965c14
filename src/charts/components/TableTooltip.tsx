import { TooltipMark } from './Tooltip';

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
  /** The row's line pattern (see `LINE_DASHES`). */
  readonly dash?: string;
  readonly strong?: boolean;
  readonly values: readonly string[];
}

/**
 * Renders the content of a read-out of several measures at once (the bank view's year): a small table
 * with a row per class and a column per measure, in a `TooltipBox` like any read-out.
 */
export function TooltipTable({ columns, rows }: { readonly columns: readonly TableTooltipColumn[]; readonly rows: readonly TableTooltipRow[] }) {
  return (
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
              {r.color ? <TooltipMark color={r.color} dash={r.dash} /> : null}
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
  );
}
