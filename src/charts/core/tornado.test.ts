import { describe, expect, it } from 'vitest';
import { layoutTornado, tornadoDomain, tornadoSwing, tornadoTable, type TornadoInput } from './tornado';
import { estimateTextWidth, TEXT_SIZE } from './layout';
import type { ChartFormat } from '../types';

const input: TornadoInput = {
  width: 440,
  height: 240,
  direction: 'ltr',
  xDomain: [100, 400],
  centralValue: 250,
  centralText: 'central 250',
  labels: ['Credit elasticity of output, micro firms', 'Risk of marginal borrowers', 'Export share'],
  bars: [
    { atLow: 150, atHigh: 350 },
    { atLow: 220, atHigh: 290 },
    { atLow: 260, atHigh: 300 },
  ],
  unit: 'thousand jobs',
  formatTick: (v) => String(v),
  valueLabelSamples: ['100', '400'],
};

describe('layoutTornado', () => {
  it('draws the parameters top to bottom in the given order', () => {
    const l = layoutTornado(input);
    expect(l.rows.map((r) => r.rowTop)).toEqual([...l.rows.map((r) => r.rowTop)].sort((a, b) => a - b));
    expect(l.rows[0].rowTop).toBeLessThan(l.rows[1].rowTop);
    expect(l.rows[2].label.text).toBe('Export share');
  });

  it('runs each bar from the central value to the effect at the low and at the high setting', () => {
    const l = layoutTornado(input);
    const [low, high] = l.rows[0].segments;
    expect(low.setting).toBe('low');
    expect(low.left).toBeCloseTo(l.x(150));
    expect(low.right).toBeCloseTo(l.x(250));
    expect(high.left).toBeCloseTo(l.x(250));
    expect(high.right).toBeCloseTo(l.x(350));
    expect(l.centralX).toBeCloseTo(l.x(250));
  });

  it('labels each bar end beyond it: low to the left, high to the right', () => {
    const [low, high] = layoutTornado(input).rows[0].segments;
    expect(low.valueLabel.x).toBeLessThan(low.left);
    expect(low.valueLabel.anchor).toBe('end');
    expect(high.valueLabel.x).toBeGreaterThan(high.right);
    expect(high.valueLabel.anchor).toBe('start');
  });

  it('splits a bar whose two settings move the effect the same way, so that neither hides the other', () => {
    const row = layoutTornado(input).rows[2];
    const [low, high] = row.segments;
    expect(low.top + low.height).toBeLessThanOrEqual(high.top);
    expect(low.left).toBeCloseTo(high.left);
    const whole = layoutTornado(input).rows[0].segments;
    expect(whole[0].top).toBe(whole[1].top);
  });

  it('puts the two labels of a parameter that changes nothing on both sides of the central line', () => {
    const l = layoutTornado({ ...input, bars: [{ atLow: 250, atHigh: 250 }, ...input.bars.slice(1)] });
    const [low, high] = l.rows[0].segments;
    expect(low.right - low.left).toBe(0);
    expect(low.valueLabel.x).toBeLessThan(l.centralX);
    expect(high.valueLabel.x).toBeGreaterThan(l.centralX);
  });

  it('shortens long parameter names at the inline start and says so, left in English, right in Persian', () => {
    const ltr = layoutTornado({ ...input, width: 320 });
    expect(ltr.rows[0].truncated).toBe(true);
    expect(ltr.rows[0].label.text.endsWith('…')).toBe(true);
    expect(ltr.rows[2].truncated).toBe(false);
    expect(ltr.rows[0].label.x).toBe(0);
    expect(estimateTextWidth(ltr.rows[0].label.text, TEXT_SIZE.label)).toBeLessThan(ltr.plot.left);
    const rtl = layoutTornado({ ...input, width: 320, direction: 'rtl' });
    expect(rtl.rows[0].label.x).toBe(320);
    expect(rtl.rows[0].label.anchor).toBe('start');
    expect(rtl.plot.right + estimateTextWidth(rtl.rows[0].label.text, TEXT_SIZE.label)).toBeLessThan(320);
    // Values still grow rightward in Persian.
    expect(rtl.x(400)).toBeGreaterThan(rtl.x(100));
  });

  it('keeps the central label inside the bars zone when the central value sits at an end', () => {
    const l = layoutTornado({ ...input, centralValue: 100, centralText: 'central 100.123' });
    expect(l.centralLabel.x - estimateTextWidth('central 100.123', TEXT_SIZE.label) / 2).toBeGreaterThanOrEqual(l.plot.left - 40);
    expect(l.centralLabel.y).toBeLessThan(l.plot.top);
  });

  it('uses a shared domain as given, so that side-by-side tornados of the same parameters share a scale', () => {
    const a = layoutTornado(input);
    const b = layoutTornado({ ...input, centralValue: 300, centralText: 'central 300', bars: input.bars.map((bar) => ({ atLow: bar.atLow - 30, atHigh: bar.atHigh + 40 })) });
    expect(a.x(200)).toBe(b.x(200));
    expect(a.x.domain()).toEqual([100, 400]);
  });
});

describe('tornadoDomain and tornadoSwing', () => {
  it('holds every central value and every setting effect of every tornado', () => {
    const [lo, hi] = tornadoDomain([{ centralValue: 250, bars: input.bars }, { centralValue: 20, bars: [{ atLow: 5, atHigh: 45 }] }]);
    expect(lo).toBeLessThanOrEqual(5);
    expect(hi).toBeGreaterThanOrEqual(350);
  });

  it('measures the swing as the distance between the two settings effects', () => {
    expect(tornadoSwing({ atLow: 350, atHigh: 150 })).toBe(200);
    expect(tornadoSwing({ atLow: NaN, atHigh: 1 })).toBeNaN();
  });
});

describe('tornadoTable', () => {
  const format: ChartFormat = { number: (v) => `n${v}`, exact: (v) => `x${v}`, signed: (v) => `s${v}`, percent: (v) => `p${v}`, year: (t) => `y${t}`, direction: 'ltr' };
  it('lists each parameter with its settings, the effect at each and the swing, the central value in the caption', () => {
    const table = tornadoTable(
      'Jobs',
      'thousand jobs',
      250,
      [{ key: 'e', label: 'Elasticity', lowLabel: '0.2', highLabel: '0.6', atLow: 150, atHigh: 350 }],
      { low: 'at low', high: 'at high', swing: 'swing', central: 'central' },
      format,
    );
    expect(table.caption).toBe('Jobs (thousand jobs) · central x250');
    expect(table.columns).toEqual(['at low', 'at low · thousand jobs', 'at high', 'at high · thousand jobs', 'swing · thousand jobs']);
    expect(table.rows[0]).toEqual({ key: 'e', header: 'Elasticity', cells: ['0.2', 'x150', '0.6', 'x350', 'x200'] });
  });
});
