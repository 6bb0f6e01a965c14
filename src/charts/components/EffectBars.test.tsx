import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { EffectBars, type EffectBarsProps } from './EffectBars';
import { GAIN_COLOR, LOSS_COLOR } from '../core';
import { testFormat } from './test-format';

const props: EffectBarsProps = {
  scenarioId: 'reallocation',
  title: 'Effect on jobs in 1402',
  caption: 'Simulated years 1392 to 1402',
  width: 320,
  height: 220,
  format: testFormat(),
  unit: 'thousand jobs',
  xDomain: [-300, 300],
  bars: [
    { key: 'micro', label: 'Micro', value: 215 },
    { key: 'large', label: 'Large', value: -9.79 },
    { key: 'total', label: 'All firms', value: 205, emphasis: true },
  ],
};

const render = (p: Partial<EffectBarsProps> = {}): string => renderToStaticMarkup(<EffectBars {...props} {...p} />);
const fillOf = (html: string, sign: 'positive' | 'negative'): string[] =>
  [...html.matchAll(/<rect[^>]*fill="([^"]+)"[^>]*data-sign="(\w+)"/g)].filter((m) => m[2] === sign).map((m) => m[1]);

describe('EffectBars', () => {
  it('marks its root as an effect chart of one scenario', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="effect"/);
    expect(html).toContain('data-scenario="reallocation"');
  });

  it('draws one bar per class and the total', () => {
    expect(render().match(/<rect/g)).toHaveLength(3);
  });

  it('paints gains blue and losses orange', () => {
    const html = render();
    expect(fillOf(html, 'positive')).toEqual([GAIN_COLOR, GAIN_COLOR]);
    expect(fillOf(html, 'negative')).toEqual([LOSS_COLOR]);
  });

  it('paints a rise orange where a rise is bad (the bank expected loss)', () => {
    const html = render({ polarity: 'higher-is-worse' });
    expect(fillOf(html, 'positive')).toEqual([LOSS_COLOR, LOSS_COLOR]);
    expect(fillOf(html, 'negative')).toEqual([GAIN_COLOR]);
  });

  it('writes signed values at the bar ends and the unit under the axis', () => {
    const html = render();
    expect(html).toContain('>s(215)</text>');
    expect(html).toContain('>s(-9.79)</text>');
    expect(html).toContain('>thousand jobs</text>');
  });

  it('sets the total apart in bold with a rule above it', () => {
    const html = render();
    expect(html).toContain('chart-bar chart-bar-emphasis');
    expect(html).toMatch(/font-weight="700"[^>]*>All firms<\/text>/);
    expect(html).toContain('chart-separator');
  });

  it('shows the gain and loss legend when given its words', () => {
    expect(render()).not.toContain('chart-legend');
    const html = render({ legendGain: 'gain', legendLoss: 'loss' });
    expect(html).toContain('<span>gain</span>');
    expect(html).toContain('<span>loss</span>');
  });

  it('draws bars of equal value equally long in panels that share a domain', () => {
    const widthOf = (html: string): string | undefined => /<rect[^>]*width="([\d.]+)"/.exec(html)?.[1];
    const a = render({ bars: [{ key: 'k', label: 'Micro', value: 100 }] });
    const b = render({ bars: [{ key: 'k', label: 'Micro', value: 100 }], scenarioId: 'other' });
    expect(widthOf(a)).toBe(widthOf(b));
  });
});
