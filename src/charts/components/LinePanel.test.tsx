import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { LinePanel, type LinePanelProps } from './LinePanel';
import { persianFormat, testFormat } from './test-format';

const props: LinePanelProps = {
  scenarioId: 'reallocation',
  title: 'Industrial output',
  caption: 'Simulated years 1392 to 1402',
  width: 420,
  height: 240,
  format: testFormat(),
  unit: 'trillion rials',
  yDomain: [2000, 3000],
  lines: [
    { key: 'scenario', label: 'Reform', color: '#0072B2', values: [2300, 2500, 2700] },
    { key: 'reference', label: 'Reference', color: '#555555', values: [2300, 2400, 2500], dashed: true },
  ],
};

const render = (p: Partial<LinePanelProps> = {}): string => renderToStaticMarkup(<LinePanel {...props} {...p} />);

describe('LinePanel', () => {
  it('marks its root with the chart kind and the scenario for browser tests', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="projection"/);
    expect(html).toContain('data-scenario="reallocation"');
    expect(render({ kind: 'overlay', scenarioId: undefined })).not.toContain('data-scenario');
  });

  it('shows the title, the caption of the simulated years and the axis unit', () => {
    const html = render();
    expect(html).toContain('>Industrial output</div>');
    expect(html).toContain('<figcaption class="chart-caption">Simulated years 1392 to 1402</figcaption>');
    expect(html).toContain('>trillion rials</text>');
  });

  it('draws one path per line, the reference dashed', () => {
    const html = render();
    expect(html.match(/class="chart-line"/g)).toHaveLength(2);
    expect(html.match(/stroke-dasharray="6 4"/g)).toHaveLength(1);
    expect(html).toMatch(/data-dashed="true"/);
  });

  it('labels the years with format.year and the values with format.number', () => {
    const html = render();
    expect(html).toContain('>Y1392</text>');
    expect(html).toContain('>n(2000)</text>');
    expect(html).toContain('>n(3000)</text>');
    expect(html).not.toMatch(/>\d[\d,.]*<\/text>/);
  });

  it('names lines at their ends where they fit, and by a list legend when asked or when they do not', () => {
    expect(render()).toContain('chart-end-label');
    expect(render()).not.toContain('chart-legend');
    const listed = render({ legend: 'list' });
    expect(listed).toContain('class="chart-legend"');
    expect(listed).not.toContain('chart-end-label');
    const long = render({ width: 320, lines: props.lines.map((l) => ({ ...l, label: `${l.label} with a label far too long to sit at the end` })) });
    expect(long).toContain('class="chart-legend"');
  });

  it('is focusable with an accessible name of title and caption', () => {
    const html = render();
    expect(html).toContain('tabindex="0"');
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Industrial output. Simulated years 1392 to 1402"');
  });

  it('scales with a viewBox of its layout size', () => {
    expect(render()).toContain('viewBox="0 0 420 240"');
  });

  it('offers the numbers as a table only when given a label for it', () => {
    expect(render()).not.toContain('<details');
    expect(render({ tableLabel: 'Show the numbers' })).toContain('<summary>Show the numbers</summary>');
  });

  it('lays out right to left for Persian: direction set, unit at the right edge, Persian digits', () => {
    const html = render({ format: persianFormat(), unit: 'هزار میلیارد ریال' });
    expect(html).toContain('dir="rtl"');
    expect(html).toMatch(/<text class="chart-unit" x="420"[^>]*text-anchor="start"[^>]*>هزار میلیارد ریال<\/text>/);
    expect(html).toContain('>۱۳۹۲</text>');
    expect(html).not.toMatch(/>[0-9][0-9,.]*<\/text>/);
  });
});
