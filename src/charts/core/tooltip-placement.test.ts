import { describe, expect, it } from 'vitest';
import { placeWideTooltip } from './tooltip-placement';

describe('placeWideTooltip', () => {
  it('sits beside the point where it fits', () => {
    const beside = placeWideTooltip(100, 50, 1000, 500, 300);
    expect(beside.side).toBe('left');
    expect(beside.offset).toBe(112);
  });

  it('spans the panel where neither side leaves room, anchored away from the point', () => {
    expect(placeWideTooltip(200, 50, 320, 800, 250)).toMatchObject({ side: 'left', offset: 0, maxWidth: 320, fromBottom: false });
    expect(placeWideTooltip(120, 50, 320, 800, 250)).toMatchObject({ side: 'right', offset: 0 });
  });

  it('keeps the band it reads out clear: below it near the top, above it near the bottom', () => {
    expect(placeWideTooltip(200, 150, 320, 800, 250, { top: 100, bottom: 200 })).toMatchObject({ fromBottom: false, top: 206 });
    expect(placeWideTooltip(200, 650, 320, 800, 250, { top: 600, bottom: 700 })).toMatchObject({ fromBottom: true, top: 206 });
  });

  it('never asks for more than the panel', () => {
    expect(placeWideTooltip(10, 10, 200, 200, 500).maxWidth).toBeLessThanOrEqual(200);
  });
});
