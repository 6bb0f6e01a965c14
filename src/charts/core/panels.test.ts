import { describe, expect, it } from 'vitest';
import { effectTicks, layoutBindingGrid, layoutEffectBars, layoutTimePanel, type TimePanelInput } from './panels';
import { estimateTextWidth, TEXT_SIZE } from './layout';

const base: TimePanelInput = {
  width: 420,
  height: 240,
  direction: 'ltr',
  yDomain: [2300, 3000],
  horizon: 10,
  unit: 'trillion rials',
  formatTick: (v) => v.toLocaleString('en-US'),
  formatYear: (t) => String(1392 + t),
};

describe('layoutTimePanel', () => {
  it('puts the y axis on the left in English and on the right in Persian, time left to right in both', () => {
    const ltr = layoutTimePanel(base);
    expect(ltr.yTickX).toBeLessThan(ltr.plot.left);
    expect(ltr.unitLabel.x).toBe(0);
    const rtl = layoutTimePanel({ ...base, direction: 'rtl' });
    expect(rtl.yTickX).toBeGreaterThan(rtl.plot.right);
    expect(rtl.unitLabel.x).toBe(base.width);
    for (const l of [ltr, rtl]) expect(l.x(10)).toBeGreaterThan(l.x(0));
  });

  it('uses the shared domain as given, so that side-by-side panels share a scale', () => {
    const l = layoutTimePanel(base);
    expect(l.y.domain()).toEqual([2300, 3000]);
    expect(l.y(2300)).toBe(l.plot.bottom);
    expect(l.y(3000)).toBe(l.plot.top);
  });

  it('labels line ends where the labels fit', () => {
    const l = layoutTimePanel({ ...base, endLabels: [{ key: 'a', label: 'Reform', last: 2900 }, { key: 'b', label: 'Reference', last: 2800 }] });
    expect(l.endLabels?.map((e) => e.text)).toEqual(['Reform', 'Reference']);
    for (const e of l.endLabels ?? []) expect(e.x).toBeGreaterThan(l.plot.right);
    expect(l.plot.right + 6 + estimateTextWidth('Reference', TEXT_SIZE.label)).toBeLessThanOrEqual(base.width);
  });

  it('falls back to a list legend when labels would take more than a third of a narrow panel', () => {
    const l = layoutTimePanel({ ...base, width: 320, endLabels: [{ key: 'a', label: 'Moving 10 points of credit to small firms', last: 2900 }] });
    expect(l.endLabels).toBeNull();
  });

  it('keeps Persian end labels between the plot and the y-axis labels', () => {
    const l = layoutTimePanel({ ...base, direction: 'rtl', endLabels: [{ key: 'a', label: 'خرد', last: 2900 }] });
    const label = l.endLabels?.[0];
    expect(label).toBeDefined();
    if (!label) return;
    expect(label.x).toBeGreaterThan(l.plot.right);
    expect(label.x + estimateTextWidth('خرد', TEXT_SIZE.label)).toBeLessThan(l.yTickX - estimateTextWidth('3,000', TEXT_SIZE.tick));
  });

  it('thins year labels so that they never overlap, down to 320 px', () => {
    for (const width of [320, 420, 800]) {
      for (const horizon of [10, 30]) {
        const l = layoutTimePanel({ ...base, width, horizon });
        const w = estimateTextWidth('1392', TEXT_SIZE.tick);
        for (let i = 1; i < l.xTicks.length; i++) expect(l.xTicks[i].at - l.xTicks[i - 1].at).toBeGreaterThan(w);
      }
    }
  });

  it('keeps the first and last year labels inside the panel', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const l = layoutTimePanel({ ...base, width: 320, direction });
      const w = estimateTextWidth('1402', TEXT_SIZE.tick) / 2;
      expect(l.xTicks[0].at - w).toBeGreaterThanOrEqual(0);
      const last = l.xTicks[l.xTicks.length - 1];
      expect(last.at + w).toBeLessThanOrEqual(320);
    }
  });
});

describe('layoutEffectBars', () => {
  const input = {
    width: 320,
    height: 220,
    direction: 'ltr' as const,
    xDomain: [-300, 300] as const,
    labels: ['Micro', 'Small', 'Medium', 'Large', 'All firms'],
    unit: 'thousand jobs',
    formatTick: (v: number) => (v > 0 ? `+${v}` : String(v)),
    valueLabelSamples: ['+300', '-300'],
  };

  it('puts zero in the middle of a symmetric domain and keeps room for value labels on both sides', () => {
    const l = layoutEffectBars(input);
    expect(l.x(0)).toBeCloseTo((l.plot.left + l.plot.right) / 2);
    const labelWidth = estimateTextWidth('+300', TEXT_SIZE.value);
    expect(l.x(300) + 4 + labelWidth).toBeLessThanOrEqual(input.width);
  });

  it('gives panels with the same domain and labels the same scale, whatever their values', () => {
    const a = layoutEffectBars(input);
    const b = layoutEffectBars({ ...input });
    expect(a.x(123)).toBe(b.x(123));
  });

  it('puts class labels at the inline start: left in English, right in Persian', () => {
    expect(layoutEffectBars(input).rows[0].label.x).toBe(0);
    const rtl = layoutEffectBars({ ...input, direction: 'rtl' });
    expect(rtl.rows[0].label.x).toBe(320);
    expect(rtl.plot.right).toBeLessThan(320 - estimateTextWidth('All firms', TEXT_SIZE.label));
  });

  it('moves long class labels above the bars instead of squeezing them', () => {
    const l = layoutEffectBars({ ...input, labels: ['Micro firms with one to nine workers', 'All firms'] });
    expect(l.labelPlacement).toBe('above');
    expect(l.rows[0].label.y).toBeLessThan(l.rows[0].barTop);
  });

  it('labels the axis with at least zero and both sides when there is room', () => {
    const l = layoutEffectBars(input);
    const values = l.xTicks.map((t) => t.value);
    expect(values).toContain(0);
    expect(values.some((v) => v < 0)).toBe(true);
    expect(values.some((v) => v > 0)).toBe(true);
  });
});

describe('effectTicks', () => {
  it('falls back to the ends and zero when nice ticks would crowd', () => {
    expect(effectTicks([-400, 400], 157, 43)).toEqual([-400, 0, 400]);
  });

  it('keeps zero alone when even the ends do not fit', () => {
    expect(effectTicks([-400, 400], 60, 43)).toEqual([0]);
  });
});

describe('layoutBindingGrid', () => {
  const input = { width: 340, height: 200, direction: 'ltr' as const, rowLabels: ['Micro', 'Small', 'Medium', 'Large'], horizon: 10, formatYear: (t: number) => String(1392 + t) };

  it('runs years left to right in both directions, with class labels at the inline start', () => {
    for (const direction of ['ltr', 'rtl'] as const) {
      const l = layoutBindingGrid({ ...input, direction });
      expect(l.columnX(10)).toBeGreaterThan(l.columnX(0));
      expect(l.rowLabels[0].x).toBe(direction === 'ltr' ? 0 : 340);
    }
  });

  it('fills the panel height with rows', () => {
    const l = layoutBindingGrid(input);
    expect(l.cellHeight * 4).toBeGreaterThan(200 - 40);
    expect(l.xTickY).toBeLessThanOrEqual(200);
  });

  it('shortens a class label longer than a third of the panel', () => {
    const l = layoutBindingGrid({ ...input, rowLabels: ['Micro firms with one to nine workers'] });
    expect(l.rowLabels[0].text.endsWith('…')).toBe(true);
  });
});
