import { describe, expect, it } from 'vitest';
import { layoutWaterfall, waterfallBars, waterfallDomain, waterfallTable } from './waterfall';
import type { ChartFormat } from '../types';

const parts = [
  { key: 'credit', label: 'Credit moved', value: 250 },
  { key: 'exports', label: 'Export push', value: 30 },
  { key: 'guarantee', label: 'Guarantee fund', value: -40 },
];
const total = { key: 'total', label: 'All levers', value: 240 };

describe('waterfallBars', () => {
  it('floats each part from the running sum of the parts before it, the total from zero', () => {
    const bars = waterfallBars(parts, total);
    expect(bars.map((b) => [b.from, b.to])).toEqual([
      [0, 250],
      [250, 280],
      [280, 240],
      [0, 240],
    ]);
    expect(bars.map((b) => b.isTotal)).toEqual([false, false, false, true]);
  });

  it('takes the total as given instead of recomputing it', () => {
    const bars = waterfallBars(parts, { ...total, value: 239.9999 });
    expect(bars[3].to).toBe(239.9999);
    expect(bars[2].to).toBe(240);
  });

  it('counts a part that is not finite as zero in the running sum', () => {
    const bars = waterfallBars([parts[0], { key: 'x', label: 'x', value: NaN }, parts[2]], total);
    expect(bars[1].from).toBe(250);
    expect(bars[1].to).toBe(250);
    expect(bars[2].to).toBe(210);
  });
});

describe('waterfallDomain', () => {
  it('holds zero, every running sum and every total of every waterfall', () => {
    const [lo, hi] = waterfallDomain([
      { steps: parts, total: 240 },
      { steps: [{ value: -0.6 }, { value: 1.5 }], total: 0.9 },
    ]);
    expect(lo).toBeLessThanOrEqual(-0.6);
    expect(hi).toBeGreaterThanOrEqual(280);
  });

  it('reaches zero even when every sum is positive', () => {
    expect(waterfallDomain([{ steps: [{ value: 100 }, { value: 20 }], total: 120 }])[0]).toBe(0);
  });
});

describe('layoutWaterfall', () => {
  const bars = waterfallBars(parts, total);
  const input = {
    width: 320,
    height: 200,
    direction: 'ltr' as const,
    domain: [0, 300] as const,
    bars,
    unit: 'thousand jobs',
    formatTick: (v: number) => String(v),
    valueLabelSamples: ['+300', '0'],
  };

  it('draws one row per part and one for the total, top to bottom', () => {
    const l = layoutWaterfall(input);
    expect(l.rows).toHaveLength(4);
    for (let i = 1; i < 4; i++) expect(l.rows[i].rowTop).toBeGreaterThan(l.rows[i - 1].rowTop);
  });

  it('connects each bar end to the next bar at the running sum', () => {
    const l = layoutWaterfall(input);
    expect(l.connectors).toHaveLength(3);
    expect(l.connectors.map((c) => c.x)).toEqual([l.x(250), l.x(280), l.x(240)]);
    l.connectors.forEach((c, i) => {
      expect(c.y1).toBe(l.rows[i].barTop + l.rows[i].barHeight);
      expect(c.y2).toBe(l.rows[i + 1].barTop);
    });
  });

  it('puts lever names at the inline start and grows values rightward in both directions', () => {
    expect(layoutWaterfall(input).rows[0].label.x).toBe(0);
    const rtl = layoutWaterfall({ ...input, direction: 'rtl' });
    expect(rtl.rows[0].label.x).toBe(320);
    expect(rtl.x(300)).toBeGreaterThan(rtl.x(0));
  });
});

describe('waterfallTable', () => {
  const format: ChartFormat = { number: (v) => `n${v}`, exact: (v) => `x${v}`, signed: (v) => `s${v}`, percent: (v) => `p${v}`, year: (t) => `y${t}`, direction: 'ltr' };
  it('lists each part and the total with its exact value and the running sum after it', () => {
    const table = waterfallTable('Jobs by lever', 'thousand jobs', 'running total', waterfallBars(parts, total), format);
    expect(table.columns).toEqual(['thousand jobs', 'running total']);
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['Credit moved', 'x250', 'x250'],
      ['Export push', 'x30', 'x280'],
      ['Guarantee fund', 'x-40', 'x240'],
      ['All levers', 'x240', 'x240'],
    ]);
  });
});
