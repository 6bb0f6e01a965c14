import { describe, expect, it } from 'vitest';
import { placeWideTooltip } from './tooltip-placement';

describe('placeWideTooltip', () => {
  it('sits beside the point where it fits', () => {
    const beside = placeWideTooltip(100, 50, 1000, 500, 300);
    expect(beside.side).toBe('left');
    expect(beside.offset).toBe(112);
  });

  it('spans the panel where neither side leaves room, above a point in the lower part', () => {
    expect(placeWideTooltip(160, 50, 320, 800, 250)).toMatchObject({ side: 'left', offset: 0, maxWidth: 320, fromBottom: false });
    expect(placeWideTooltip(160, 700, 320, 800, 250)).toMatchObject({ offset: 0, fromBottom: true });
  });

  it('never asks for more than the panel', () => {
    expect(placeWideTooltip(10, 10, 200, 200, 500).maxWidth).toBeLessThanOrEqual(200);
  });
});
