import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { FanPanel, type FanPanelProps } from './FanPanel';
import { fanColors } from '../core';
import { persianFormat, testFormat } from './test-format';

const props: FanPanelProps = {
  scenarioId: 'reallocation',
  title: 'Jobs: uncertainty',
  caption: 'Simulated years 1392 to 1394, 500 draws',
  width: 420,
  height: 260,
  format: testFormat(),
  unit: 'thousand jobs',
  yDomain: [3800, 4400],
  percentiles: {
    p5: [3880, 3900, 3950],
    p25: [3880, 3950, 4050],
    p50: [3880, 3980, 4100],
    p75: [3880, 4010, 4150],
    p95: [3880, 4060, 4250],
  },
  central: [3880, 3990, 4120],
  comparison: [3880, 3890, 3900],
  color: '#0072B2',
  labels: { band90: '90% of draws', band50: '50% of draws', median: 'median', central: 'central run', comparison: 'without the policy' },
};

const render = (p: Partial<FanPanelProps> = {}): string => renderToStaticMarkup(<FanPanel {...props} {...p} />);

describe('FanPanel', () => {
  it('marks its root as a fan of one scenario', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="fan"/);
    expect(html).toContain('data-scenario="reallocation"');
    expect(render({ scenarioId: undefined })).not.toContain('data-scenario');
  });

  it('shows the title, the caption and the unit', () => {
    const html = render();
    expect(html).toContain('>Jobs: uncertainty</div>');
    expect(html).toContain('<figcaption class="chart-caption">Simulated years 1392 to 1394, 500 draws</figcaption>');
    expect(html).toContain('>thousand jobs</text>');
  });

  it('draws the 90% band light and the 50% band darker in the scenario hue, the 50% band over the 90% band', () => {
    const html = render();
    const colors = fanColors('#0072B2');
    const outer = html.indexOf(`class="chart-band chart-band-90" d="M`);
    const inner = html.indexOf(`class="chart-band chart-band-50" d="M`);
    expect(outer).toBeGreaterThan(0);
    expect(inner).toBeGreaterThan(outer);
    expect(html).toMatch(new RegExp(`chart-band-90" d="M[^"]+Z" fill="${colors.band90}"`));
    expect(html).toMatch(new RegExp(`chart-band-50" d="M[^"]+Z" fill="${colors.band50}"`));
  });

  it('draws the median dotted, the central run solid and the comparison dashed', () => {
    const html = render();
    expect(html).toMatch(/data-line="median"/);
    expect(html).toMatch(/stroke="#0072B2" stroke-width="2.5" data-line="central"/);
    // One dashed line in the drawing (the legend shows the same dash beside its label).
    const drawing = html.slice(html.indexOf('<svg class="chart-svg"'));
    expect(drawing.match(/stroke-dasharray="6 4"/g)).toHaveLength(1);
  });

  it('names bands and lines in a legend, the comparison only with its label', () => {
    const html = render();
    for (const label of ['90% of draws', '50% of draws', 'median', 'central run', 'without the policy']) expect(html).toContain(`<span>${label}</span>`);
    const without = render({ labels: { ...props.labels, comparison: undefined } });
    expect(without).not.toContain('without the policy');
    expect(without).not.toContain('stroke-dasharray="6 4"');
  });

  it('leaves out years not computed yet instead of drawing them at zero', () => {
    const partial = { ...props.percentiles, p5: [3880, 3900, NaN], p95: [3880, 4060, NaN], p25: [3880, 3950, NaN], p75: [3880, 4010, NaN], p50: [3880, 3980, NaN] };
    const html = render({ percentiles: partial });
    const band = /chart-band-90" d="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(band).not.toBe('');
    expect(band).not.toContain('NaN');
    // Two years: the band's path has four corners (two along the top, two back along the bottom).
    expect(band.split(/[ML]/).filter(Boolean)).toHaveLength(4);
  });

  it('labels years with format.year and ticks with format.number, in Persian right to left', () => {
    expect(render()).toContain('>Y1392</text>');
    const html = render({ format: persianFormat(), unit: 'هزار نفر' });
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('>۱۳۹۲</text>');
    expect(html).not.toMatch(/>[0-9][0-9,.]*<\/text>/);
  });

  it('offers the numbers as a table when given a label for it', () => {
    expect(render()).not.toContain('<details');
    expect(render({ tableLabel: 'Show the numbers' })).toContain('<summary>Show the numbers</summary>');
  });
});
