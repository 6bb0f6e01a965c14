import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { TornadoPanel, type TornadoPanelProps } from './TornadoPanel';
import { TORNADO_HIGH_COLOR, TORNADO_LOW_COLOR } from '../core';
import { persianFormat, testFormat } from './test-format';

const props: TornadoPanelProps = {
  scenarioId: 'reallocation',
  title: 'What the effect on jobs depends on',
  caption: 'Effect in 1402; each parameter at its low and high value, the others central',
  width: 440,
  height: 240,
  format: testFormat(),
  unit: 'thousand jobs',
  centralValue: 250,
  xDomain: [100, 400],
  bars: [
    { key: 'fb', label: 'Share of micro firms held back by finance', lowLabel: '0.2', highLabel: '0.7', atLow: 116, atHigh: 358 },
    { key: 'el', label: 'Credit elasticity', lowLabel: '0.2', highLabel: '0.6', atLow: 153, atHigh: 332 },
    { key: 'risk', label: 'Risk of marginal borrowers', lowLabel: '1', highLabel: '2.5', atLow: 250, atHigh: 250 },
  ],
  legendLow: 'parameter at its low value',
  legendHigh: 'at its high value',
  swingLabel: 'swing',
  centralLabel: 'central',
};

const render = (p: Partial<TornadoPanelProps> = {}): string => renderToStaticMarkup(<TornadoPanel {...props} {...p} />);

describe('TornadoPanel', () => {
  it('marks its root as a tornado of one scenario, with title, caption and unit', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="tornado"/);
    expect(html).toContain('data-scenario="reallocation"');
    expect(html).toContain('>What the effect on jobs depends on</div>');
    expect(html).toContain('Effect in 1402; each parameter at its low and high value, the others central</figcaption>');
    expect(html).toContain('>thousand jobs</text>');
  });

  it('draws the bars in the given order, top to bottom', () => {
    const html = render();
    expect([...html.matchAll(/data-key="(\w+)"/g)].map((m) => m[1])).toEqual(['fb', 'el', 'risk']);
    const tops = [...html.matchAll(/<rect[^>]*y="([\d.]+)"[^>]*data-setting="low"/g)].map((m) => Number(m[1]));
    expect(tops).toHaveLength(3);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });

  it('paints the low setting blue and the high setting orange, with a legend for both', () => {
    const html = render();
    expect(html.match(new RegExp(`fill="${TORNADO_LOW_COLOR}" data-setting="low"`, 'g'))).toHaveLength(3);
    expect(html.match(new RegExp(`fill="${TORNADO_HIGH_COLOR}" data-setting="high"`, 'g'))).toHaveLength(3);
    expect(html).toContain('<span>parameter at its low value</span>');
    expect(html).toContain('<span>at its high value</span>');
  });

  it('labels the central line exactly and the bar ends rounded', () => {
    const html = render();
    expect(html).toMatch(/class="chart-central-label[^>]*>central x\(250\)<\/text>/);
    expect(html).toContain('>n(116)</text>');
    expect(html).toContain('>n(358)</text>');
  });

  it('shortens a long parameter name and keeps the full name in a title', () => {
    const html = render({ width: 320 });
    expect(html).toContain('<title>Share of micro firms held back by finance</title>');
    expect(html).toMatch(/<\/title>Share of[^<]*…<\/text>/);
    expect(html).toMatch(/>Credit elasticity<\/text>/);
  });

  it('lays out right to left in Persian with Persian digits', () => {
    const html = render({ format: persianFormat() });
    expect(html).toContain('dir="rtl"');
    expect(html).toMatch(/<text class="chart-class-label" x="440"[^>]*text-anchor="start"/);
    expect(html).not.toMatch(/>[0-9][0-9,.]*<\/text>/);
  });

  it('finds its own domain when none is shared', () => {
    const html = render({ xDomain: undefined });
    expect(html).toContain('data-chart="tornado"');
    expect(html).not.toContain('NaN');
  });
});
