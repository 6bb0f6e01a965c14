import { describe, expect, it } from 'vitest';
import { bandPath, fanColors, fanDomain, fanHorizon, fanTable, lastComputedYear, type FanPercentiles } from './fan';
import { relativeLuminance } from './palette';
import { linearScale } from './scales';
import type { ChartFormat } from '../types';

const format: ChartFormat = {
  number: (v) => `n${v}`,
  exact: (v) => `x${v}`,
  signed: (v) => `s${v}`,
  percent: (v) => `p${Math.round(v * 100)}`,
  year: (t) => `y${1400 + t}`,
  direction: 'ltr',
};

const percentiles: FanPercentiles = {
  p5: [10, 8, 6],
  p25: [10, 11, 12],
  p50: [10, 12, 14],
  p75: [10, 13, 16],
  p95: [10, 16, 22],
};

describe('fanDomain', () => {
  it('holds every 5th and 95th percentile, central and comparison value of every fan, rounded outward', () => {
    const [lo, hi] = fanDomain([
      { percentiles, central: [10, 12, 15] },
      { percentiles: { ...percentiles, p95: [10, 20, 31] }, comparison: [10, 7, 3] },
    ]);
    expect(lo).toBeLessThanOrEqual(3);
    expect(hi).toBeGreaterThanOrEqual(31);
    expect(hi).toBeLessThan(40);
  });

  it('ignores years not computed yet', () => {
    const partial = { ...percentiles, p5: [10, NaN, NaN], p95: [10, NaN, NaN] };
    expect(fanDomain([{ percentiles: partial, central: [10, 11, 12] }])).toEqual([10, 12]);
  });

  it('reaches zero when asked (an effect fan)', () => {
    expect(fanDomain([{ percentiles }], { includeZero: true })[0]).toBe(0);
  });
});

describe('bandPath', () => {
  const x = linearScale([0, 2], [0, 200]);
  const y = linearScale([0, 40], [100, 0]);

  it('draws the band between two percentile series as one closed area', () => {
    const d = bandPath(percentiles.p5, percentiles.p95, x, y);
    expect(d.startsWith('M')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
    expect(d.match(/M/g)).toHaveLength(1);
  });

  it('skips the years not computed yet instead of dropping them to zero', () => {
    const d = bandPath([10, 8, NaN], [10, 16, NaN], x, y);
    expect(d).not.toContain('200'); // year 2 (x = 200) is left out
    expect(d).not.toContain(',100'); // nothing at y(0)
    expect(bandPath([NaN, NaN], [NaN, NaN], x, y)).toBe('');
  });

  it('breaks the band around a missing year', () => {
    expect(bandPath([1, NaN, 1, 1], [2, NaN, 2, 2], linearScale([0, 3], [0, 300]), y).match(/M/g)).toHaveLength(2);
  });
});

describe('fanColors', () => {
  it('tints the outer band lighter than the inner one, both lighter than the line colour', () => {
    const c = fanColors('#0072B2');
    expect(relativeLuminance(c.band90)).toBeGreaterThan(relativeLuminance(c.band50));
    expect(relativeLuminance(c.band50)).toBeGreaterThan(relativeLuminance('#0072B2'));
    expect(relativeLuminance(c.median)).toBeLessThan(relativeLuminance('#0072B2'));
  });
});

describe('fan years', () => {
  it('reads the horizon from the longest series', () => {
    expect(fanHorizon({ percentiles, central: [1, 2, 3, 4] })).toBe(3);
    expect(fanHorizon({ percentiles: { p5: [], p25: [], p50: [], p75: [], p95: [] } })).toBe(0);
  });

  it('starts the read-out at the last year whose median is computed', () => {
    expect(lastComputedYear({ percentiles }, 2)).toBe(2);
    expect(lastComputedYear({ percentiles: { ...percentiles, p50: [10, 12, NaN] } }, 2)).toBe(1);
    expect(lastComputedYear({ percentiles: { ...percentiles, p50: [NaN, NaN, NaN] }, central: [1, 2, 3] }, 2)).toBe(2);
  });
});

describe('fanTable', () => {
  it('lists each year with the five percentiles, the central run and the comparison, exact, with dashes for gaps', () => {
    const table = fanTable('Jobs', 'thousand jobs', { percentiles: { ...percentiles, p95: [10, 16, NaN] }, central: [10, 12, 15], comparison: [10, 9, 8] }, { median: 'median', central: 'central', comparison: 'without' }, 2, format);
    expect(table.caption).toBe('Jobs (thousand jobs)');
    expect(table.columns).toEqual(['p5', 'p25', 'median', 'p75', 'p95', 'central', 'without']);
    expect(table.rows.map((r) => r.header)).toEqual(['y1400', 'y1401', 'y1402']);
    expect(table.rows[2].cells).toEqual(['x6', 'x12', 'x14', 'x16', '–', 'x15', 'x8']);
  });

  it('leaves out the comparison without its label', () => {
    const table = fanTable('Jobs', 'u', { percentiles, comparison: [1, 2, 3] }, { median: 'median', central: 'central' }, 2, format);
    expect(table.columns).toHaveLength(5);
  });
});
