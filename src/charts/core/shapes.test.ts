import { describe, expect, it } from 'vitest';
import { areaPath, linePath, placeEndLabels, stackShares } from './shapes';
import { linearScale } from './scales';

describe('stackShares', () => {
  it('stacks the first layer at the bottom and fills 0 to 1 each year', () => {
    const stacked = stackShares([
      { key: 'micro', values: [0.1, 0.2] },
      { key: 'large', values: [0.9, 0.8] },
    ]);
    expect(stacked.map((s) => s.key)).toEqual(['micro', 'large']);
    expect(stacked[0].lower).toEqual([0, 0]);
    expect(stacked[0].upper[1]).toBeCloseTo(0.2);
    expect(stacked[1].lower[1]).toBeCloseTo(0.2);
    expect(stacked[1].upper).toEqual([1, 1]);
  });

  it('normalises shares that were rounded to sum a little under 1', () => {
    const stacked = stackShares([
      { key: 'a', values: [0.333] },
      { key: 'b', values: [0.333] },
      { key: 'c', values: [0.333] },
    ]);
    expect(stacked[2].upper[0]).toBeCloseTo(1, 12);
  });

  it('leaves a year with no credit empty instead of producing NaN', () => {
    const stacked = stackShares([
      { key: 'a', values: [0, 0.5] },
      { key: 'b', values: [0, 0.5] },
    ]);
    expect(stacked[1].upper[0]).toBe(0);
    expect(stacked.flatMap((s) => [...s.lower, ...s.upper]).every(Number.isFinite)).toBe(true);
  });
});

describe('linePath and areaPath', () => {
  const x = linearScale([0, 3], [0, 300]);
  const y = linearScale([0, 10], [100, 0]);

  it('draws one segment per run of finite values', () => {
    expect(linePath([1, 2, 3, 4], x, y).match(/M/g)).toHaveLength(1);
    expect(linePath([1, NaN, 3, 4], x, y).match(/M/g)).toHaveLength(2);
  });

  it('starts at the first year on the left', () => {
    expect(linePath([5, 5], x, y).startsWith('M0,50')).toBe(true);
  });

  it('closes an area between its two edges', () => {
    const d = areaPath([0, 0], [5, 10], x, y);
    expect(d.startsWith('M0,50')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
  });
});

describe('placeEndLabels', () => {
  it('keeps labels at their lines when they are already apart', () => {
    const placed = placeEndLabels([{ key: 'a', y: 20 }, { key: 'b', y: 80 }], 16, 0, 100);
    expect(placed).toEqual([
      { key: 'a', y: 20, anchorY: 20 },
      { key: 'b', y: 80, anchorY: 80 },
    ]);
  });

  it('pushes close labels apart to the spacing, within the plot', () => {
    const placed = placeEndLabels([{ key: 'a', y: 95 }, { key: 'b', y: 96 }, { key: 'c', y: 97 }], 16, 0, 100);
    expect(placed).not.toBeNull();
    const ys = (placed ?? []).map((p) => p.y);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(16 - 1e-9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
  });

  it('gives up when the labels cannot all fit, so the panel shows a list legend', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ key: String(i), y: 50 }));
    expect(placeEndLabels(items, 16, 0, 100)).toBeNull();
  });
});
