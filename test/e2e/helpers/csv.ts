/**
 * Reads the app's CSV as an analyst's script would: the comment lines (`#`) first, then the header
 * row, then the rows, cells split at commas outside double quotes.
 */
import { expect } from 'vitest';

/** The columns of the app's CSV, in order. */
export const CSV_HEADER = 'scenario,title,series,class,unit,calendar,year,gregorian_year,t,value,counterfactual';

/** Splits one CSV line into its cells. */
export function csvCells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

/** The comment lines, the header row and the rows of a CSV (the comment lines must all come first). */
export function readCsv(text: string): { comments: string[]; header: string; rows: string[][] } {
  const lines = text.trimEnd().split('\n');
  const start = lines.findIndex((line) => !line.startsWith('#'));
  expect(start, 'the CSV has a header row after its comment lines').toBeGreaterThan(0);
  expect(lines.slice(start).some((line) => line.startsWith('#')), 'no comment line after the header').toBe(false);
  return { comments: lines.slice(0, start), header: lines[start], rows: lines.slice(start + 1).map(csvCells) };
}
