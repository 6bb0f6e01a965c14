import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable } from './DataTable';
import { DataDetails } from './DataDetails';
import type { TableData } from '../core';

const data: TableData = {
  caption: 'Industrial output (trillion rials)',
  corner: '',
  columns: ['Reform', 'Reference'],
  rows: [{ key: '0', header: '1392', cells: ['2,363', '2,363'] }],
};

describe('DataTable', () => {
  it('renders a captioned table with column and row headers', () => {
    const html = renderToStaticMarkup(<DataTable {...data} />);
    expect(html).toContain('<caption>Industrial output (trillion rials)</caption>');
    expect(html).toContain('<th scope="col">Reform</th>');
    expect(html).toContain('<th scope="row">1392</th><td>2,363</td>');
  });
});

describe('DataDetails', () => {
  it('does not build the table while closed', () => {
    let built = 0;
    const html = renderToStaticMarkup(<DataDetails label="Show the numbers" build={() => (built++, data)} />);
    expect(html).toContain('<summary>Show the numbers</summary>');
    expect(html).not.toContain('<table');
    expect(built).toBe(0);
  });

  it('shows the table when it starts open', () => {
    const html = renderToStaticMarkup(<DataDetails label="Show the numbers" build={() => data} defaultOpen />);
    expect(html).toContain('<details class="chart-details" open="">');
    expect(html).toContain('<table class="chart-table">');
  });
});
