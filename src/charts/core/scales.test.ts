import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linearScale, nearestYear, sharedDomain, symmetricDomain, valueTicks, yearTicks } from './scales';
import { estimateTextWidth, TEXT_SIZE } from './layout';

describe('sharedDomain', () => {
  it('holds every value of every panel, rounded out to nice numbers', () => {
    expect(sharedDomain([[2363, 2500, 2871], [2363, 2950]])).toEqual([2300, 3000]);
  });

  it('stretches to zero only when asked', () => {
    expect(sharedDomain([[40, 97.2]], { includeZero: true })).toEqual([0, 100]);
    expect(sharedDomain([[40, 97.2]])[0]).toBeGreaterThan(0);
    expect(sharedDomain([[-3, -1]], { includeZero: true })[1]).toBe(0);
  });

  it('ignores values that are not finite', () => {
    expect(sharedDomain([[1, NaN, 9, Infinity]])).toEqual([0, 10]);
    expect(sharedDomain([[12, NaN, 18, -Infinity]])).toEqual([12, 18]);
  });

  it('gives a flat series a band around its value, and no data a unit band', () => {
    const [lo, hi] = sharedDomain([[5, 5, 5]]);
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
    expect(sharedDomain([])).toEqual([0, 1]);
    expect(sharedDomain([[0, 0]])).toEqual([-1, 1]);
  });

  it('never cuts off a value, whatever the data', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), { minLength: 1 }), fc.boolean(), (series, includeZero) => {
        const [lo, hi] = sharedDomain(series, { includeZero });
        for (const s of series) for (const v of s) expect(v >= lo && v <= hi).toBe(true);
        if (includeZero) expect(lo <= 0 && hi >= 0).toBe(true);
      }),
    );
  });
});

describe('symmetricDomain', () => {
  it('is centred on zero and holds the largest gain or loss', () => {
    const [lo, hi] = symmetricDomain([215, 29.3, -9.79, 251]);
    expect(lo).toBe(-hi);
    expect(hi).toBeGreaterThanOrEqual(251);
    expect(hi).toBeLessThanOrEqual(300);
  });

  it('falls back to a unit band when every effect is zero', () => {
    expect(symmetricDomain([0, 0])).toEqual([-1, 1]);
  });
});

describe('valueTicks', () => {
  it('keeps at least the minimum spacing between tick labels', () => {
    for (const height of [80, 160, 240, 400]) {
      const scale = linearScale([0, 3000], [height, 0]);
      const ticks = valueTicks(scale, 36);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(Math.abs(scale(ticks[1]) - scale(ticks[0]))).toBeGreaterThanOrEqual(36);
    }
  });
});

describe('yearTicks', () => {
  it('labels whole years only, starting at the base year', () => {
    const ticks = yearTicks(10, 600, 30);
    expect(ticks[0]).toBe(0);
    expect(ticks.every((t) => Number.isInteger(t))).toBe(true);
  });

  it('thins labels so that they do not overlap in a 320 px panel', () => {
    const labelWidth = estimateTextWidth('1402', TEXT_SIZE.tick);
    for (const horizon of [5, 10, 20, 30, 50]) {
      const span = 260;
      const ticks = yearTicks(horizon, span, labelWidth);
      const spacing = ticks.length > 1 ? (span * (ticks[1] - ticks[0])) / horizon : span;
      expect(spacing).toBeGreaterThanOrEqual(labelWidth + 14);
    }
  });

  it('shows every year when there is room', () => {
    expect(yearTicks(5, 1000, 30)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('nearestYear', () => {
  const x = linearScale([0, 10], [40, 440]);

  it('picks the year whose x is closest to the pointer', () => {
    expect(nearestYear(40, x, 10)).toBe(0);
    expect(nearestYear(99, x, 10)).toBe(1);
    expect(nearestYear(101, x, 10)).toBe(2);
  });

  it('clamps pointers outside the plot to the first or last year', () => {
    expect(nearestYear(-50, x, 10)).toBe(0);
    expect(nearestYear(900, x, 10)).toBe(10);
  });
});
