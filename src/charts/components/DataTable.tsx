import { memo } from 'react';
import type { TableData } from '../core';

/**
 * Renders the values of a chart as a plain table with a caption: the text alternative of a panel, for
 * screen readers and for anyone who wants the numbers. Cells arrive formatted (the reader's digits).
 */
export const DataTable = memo(function DataTable({ caption, corner, columns, rows }: TableData) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {corner ? <th scope="col">{corner}</th> : <td />}
          {columns.map((c, i) => (
            <th key={`${i}-${c}`} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.header}</th>
            {r.cells.map((v, i) => (
              <td key={i}>{v}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
