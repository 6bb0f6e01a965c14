import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { WaterfallPanel, type WaterfallPanelProps } from './WaterfallPanel';
import { GAIN_COLOR, LOSS_COLOR } from '../core';
import { persianFormat, testFormat } from './test-format';

const props: WaterfallPanelProps = {
  scenarioId: 'guarantee',
  title: 'Effect on jobs by lever',
  caption: 'Effect in 1402 versus no policy, split among the levers',
  width: 320,
  height: 200,
  format: testFormat(),
  unit: 'thousand jobs',
  steps: [
    { key: 'credit', label: 'Credit moved', value: 200 },
    { key: 'exports', label: 'Export push', value: 100 },
    { key: 'guarantee', label: 'Guarantee fund', value: -50 },
  ],
  totalLabel: 'All levers',
  total: 250,
  domain: [0, 400],
  runningLabel: 'running total',
};

const render = (p: Partial<WaterfallPanelProps> = {}): string => renderToStaticMarkup(<WaterfallPanel {...props} {...p} />);
const rects = (html: string) =>
  [...html.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*fill="([^"]+)"[^>]*data-sign="(\w+)"/g)].map((m) => ({
    left: Number(m[1]),
    right: Number(m[1]) + Number(m[2]),
    fill: m[3],
    sign: m[4],
  }));

describe('WaterfallPanel', () => {
  it('marks its root as a waterfall of one scenario, with title, caption and unit', () => {
    const html = render();
    expect(html).toMatch(/^<figure[^>]*data-chart="waterfall"/);
    expect(html).toContain('data-scenario="guarantee"');
    expect(html).toContain('>Effect on jobs by lever</div>');
    expect(html).toContain('Effect in 1402 versus no policy, split among the levers</figcaption>');
    expect(html).toContain('>thousand jobs</text>');
  });

  it('floats each part from the running sum and draws the total from zero', () => {
    const r = rects(render());
    expect(r).toHaveLength(4);
    const [credit, exports, guarantee, total] = r;
    expect(exports.left).toBeCloseTo(credit.right, 6); // 200
    expect(guarantee.right).toBeCloseTo(exports.right, 6); // 300, falling back to 250
    expect(total.left).toBeCloseTo(credit.left, 6); // both from 0
    expect(total.right).toBeCloseTo(guarantee.left, 6); // the parts add up to the total
  });

  it('connects each bar to the next', () => {
    expect(render().match(/class="chart-connector"/g)).toHaveLength(3);
  });

  it('paints gains blue and losses orange, the other way round where a rise is bad', () => {
    const better = rects(render());
    expect(better.map((b) => b.fill)).toEqual([GAIN_COLOR, GAIN_COLOR, LOSS_COLOR, GAIN_COLOR]);
    const worse = rects(render({ polarity: 'higher-is-worse' }));
    expect(worse.map((b) => b.fill)).toEqual([LOSS_COLOR, LOSS_COLOR, GAIN_COLOR, LOSS_COLOR]);
  });

  it('writes signed values at the bar ends and sets the total apart', () => {
    const html = render();
    for (const v of ['s(200)', 's(100)', 's(-50)', 's(250)']) expect(html).toContain(`>${v}</text>`);
    expect(html).toContain('chart-bar chart-bar-emphasis');
    expect(html).toMatch(/font-weight="700"[^>]*>All levers<\/text>/);
  });

  it('shows the gain and loss legend when given its words', () => {
    expect(render()).not.toContain('chart-legend');
    expect(render({ legendGain: 'gain', legendLoss: 'loss' })).toContain('<span>loss</span>');
  });

  it('puts long labels above their bars, haloed so that the dashed connectors do not run through them', () => {
    const side = render();
    expect(side).not.toMatch(/class="chart-class-label chart-halo"/);
    const above = render({ steps: props.steps.map((s) => ({ ...s, label: `${s.label} through small and medium firms' export markets` })) });
    const labels = [...above.matchAll(/<text class="(chart-class-label[^"]*)"/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((c) => c === 'chart-class-label chart-halo')).toBe(true);
  });

  it('lays out right to left in Persian with Persian digits', () => {
    const html = render({ format: persianFormat() });
    expect(html).toContain('dir="rtl"');
    expect(html).toMatch(/<text class="chart-class-label" x="320"/);
    expect(html).not.toMatch(/>[0-9][0-9,.+-]*<\/text>/);
  });
});
