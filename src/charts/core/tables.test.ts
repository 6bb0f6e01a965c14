import { describe, expect, it } from 'vitest';
import { bindingTable, effectTable, lineTable, sharesTable } from './tables';
import type { ChartFormat } from '../types';

const format: ChartFormat = {
  number: (v) => `n${v}`,
  exact: (v) => `x${v}`,
  signed: (v) => `s${v}`,
  percent: (v) => `p${v}`,
  year: (t) => `y${1400 + t}`,
  direction: 'ltr',
};

describe('tables', () => {
  it('list a line panel by year, one column per line, with exact values and the unit in the caption', () => {
    const table = lineTable('Output', 'trillion rials', [{ key: 'a', label: 'Reform', color: '#000', values: [1, 2] }], 1, format);
    expect(table.caption).toBe('Output (trillion rials)');
    expect(table.columns).toEqual(['Reform']);
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['y1400', 'x1'],
      ['y1401', 'x2'],
    ]);
  });

  it('show a dash for a missing value', () => {
    const table = lineTable('Output', 'u', [{ key: 'a', label: 'A', color: '#000', values: [1, NaN] }], 1, format);
    expect(table.rows[1].cells).toEqual(['–']);
  });

  it('list effects, shares and binding cells through the given formatters', () => {
    expect(effectTable('Jobs', 'thousand jobs', [{ key: 'k', label: 'Micro', value: -2 }], format).rows[0].cells).toEqual(['x-2']);
    expect(sharesTable('Credit', [{ key: 'k', label: 'Micro', values: [0.1] }], 0, format).rows[0].cells).toEqual(['p0.1']);
    const binding = bindingTable('Binding', 'held back by finance', [{ key: 'k', label: 'Micro', cells: [{ financeShare: 0.6 }] }], 0, format);
    expect(binding.caption).toContain('held back by finance');
    expect(binding.columns).toEqual(['y1400']);
    expect(binding.rows[0].cells).toEqual(['p0.6']);
  });
});
