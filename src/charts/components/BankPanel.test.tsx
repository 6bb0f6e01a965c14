import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { BankPanel, type BankPanelProps } from './BankPanel';
import { persianFormat, testFormat } from './test-format';

const classes = [
  { key: 'micro', label: 'Micro', color: '#a6dba0' },
  { key: 'large', label: 'Large', color: '#0c2c84' },
];
const props: BankPanelProps = {
  scenarioId: 'reallocation',
  title: 'The bank',
  caption: 'Simulated years 1392 to 1394',
  width: 1000,
  height: 400,
  format: testFormat(),
  years: 2,
  classes,
  totalLabel: 'All firms',
  series: [
    { key: 'el', label: 'Expected loss', unit: 'trillion rials', kind: 'amount', values: [[1, 2, 3], [8, 8, 9]], total: [9, 10, 12] },
    { key: 'lr', label: 'Loss rate', unit: '% of credit', kind: 'rate', values: [[0.04, 0.05, 0.05], [0.015, 0.015, 0.016]], total: [0.02, 0.021, 0.022] },
    { key: 'gp', label: 'Guarantee-fund payout', unit: 'trillion rials', kind: 'amount', values: [[0, 0, 0], [0, 0, 0]], total: [0, 0, 0] },
    { key: 'cap', label: 'Capital requirement', unit: 'trillion rials', kind: 'amount', values: [[2, 3, 3], [40, 38, 41]], total: [42, 41, 44] },
  ],
  highlights: [
    { label: 'Change in risk-weighted assets', value: '+12 trillion rials' },
    { label: 'Jobs per unit of expected loss', value: '3.1' },
  ],
};

const render = (p: Partial<BankPanelProps> = {}): string => renderToStaticMarkup(<BankPanel {...props} {...p} />);

describe('BankPanel', () => {
  it('marks its root as the bank view of one scenario, with title and caption', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="bank"/);
    expect(html).toContain('data-scenario="reallocation"');
    expect(html).toContain('>The bank</div>');
    expect(html).toContain('<figcaption class="chart-caption">Simulated years 1392 to 1394</figcaption>');
  });

  it('shows the headline figures as large text above the charts', () => {
    const html = render();
    expect(html).toContain('<dl class="chart-highlights">');
    expect(html).toContain('<dt>Change in risk-weighted assets</dt><dd>+12 trillion rials</dd>');
    expect(html).toContain('<dt>Jobs per unit of expected loss</dt><dd>3.1</dd>');
    expect(html.indexOf('chart-highlights')).toBeLessThan(html.indexOf('<svg class="chart-svg"'));
    expect(render({ highlights: undefined })).not.toContain('chart-highlights');
  });

  it('draws one small chart per measure, titled with its unit, a line per class and a thicker total', () => {
    const html = render();
    expect([...html.matchAll(/data-series="(\w+)"/g)].map((m) => m[1])).toEqual(['el', 'lr', 'gp', 'cap']);
    expect(html).toContain('>Expected loss (trillion rials)</text>');
    expect(html).toContain('>Loss rate (% of credit)</text>');
    expect(html.match(/class="chart-line"/g)).toHaveLength(4 * 2);
    expect(html.match(/class="chart-line chart-total-line"[^>]*stroke-width="2.75"/g)).toHaveLength(4);
    expect(html).toContain('<span>All firms</span>');
  });

  it('ticks rates as percentages and amounts as rounded numbers', () => {
    const html = render();
    expect(html).toMatch(/>p\(\d+\)<\/text>/);
    expect(html).toContain('>n(0)</text>');
  });

  it('sits the charts two abreast at 1000 px and stacks them at 320 px, growing to hold them', () => {
    const wide = render();
    const narrow = render({ width: 320 });
    const heightOf = (html: string): number => Number(/<svg class="chart-svg" width="\d+" height="([\d.]+)"/.exec(html)?.[1]);
    expect(heightOf(wide)).toBe(400);
    expect(heightOf(narrow)).toBeGreaterThanOrEqual(4 * 170);
    expect(wide.match(/transform="translate\(0 /g)).toHaveLength(2);
    expect(narrow.match(/transform="translate\(0 /g)).toHaveLength(4);
  });

  it('lays out right to left in Persian with Persian digits', () => {
    const html = render({ format: persianFormat() });
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('>۱۳۹۲</text>');
    expect(html).not.toMatch(/>[0-9][0-9,.%]*<\/text>/);
  });

  it('offers the numbers as a table when given a label for it', () => {
    expect(render({ tableLabel: 'Show the numbers' })).toContain('<summary>Show the numbers</summary>');
  });
});
