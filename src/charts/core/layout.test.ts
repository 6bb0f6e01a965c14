import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorFor, estimateTextWidth, inlineEndSide, inlineStartSide, placeTooltip, truncateToWidth } from './layout';

describe('direction helpers', () => {
  it('put the inline start on the left in English and on the right in Persian', () => {
    expect(inlineStartSide('ltr')).toBe('left');
    expect(inlineStartSide('rtl')).toBe('right');
    expect(inlineEndSide('rtl')).toBe('left');
  });

  it('choose the text anchor that puts the wanted physical edge at x in either direction', () => {
    expect(anchorFor('left', 'ltr')).toBe('start');
    expect(anchorFor('right', 'ltr')).toBe('end');
    // SVG text inherits direction: in right-to-left text "start" is the right edge.
    expect(anchorFor('right', 'rtl')).toBe('start');
    expect(anchorFor('left', 'rtl')).toBe('end');
    expect(anchorFor('center', 'rtl')).toBe('middle');
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('2,800', 13)).toBeGreaterThan(estimateTextWidth('800', 13));
    expect(estimateTextWidth('800', 16)).toBeGreaterThan(estimateTextWidth('800', 13));
  });

  it('gives direction marks no width', () => {
    expect(estimateTextWidth('\u200e−۴', 13)).toBe(estimateTextWidth('−۴', 13));
  });
});

describe('truncateToWidth', () => {
  it('keeps labels that fit and shortens the others with an ellipsis', () => {
    expect(truncateToWidth('Micro', 100, 13)).toBe('Micro');
    const short = truncateToWidth('Micro (1 to 9 workers)', 60, 13);
    expect(short.endsWith('…')).toBe(true);
    expect(estimateTextWidth(short, 13)).toBeLessThanOrEqual(60);
  });
});

describe('placeTooltip', () => {
  it('opens toward the wider side of the panel', () => {
    expect(placeTooltip(50, 10, 400, 200).side).toBe('left');
    expect(placeTooltip(350, 10, 400, 200).side).toBe('right');
  });

  it('opens upward from points low in the panel', () => {
    expect(placeTooltip(50, 180, 400, 200).fromBottom).toBe(true);
    expect(placeTooltip(50, 20, 400, 200).fromBottom).toBe(false);
  });

  it('never lets the tooltip leave the panel sideways', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 1000, noNaN: true }), fc.integer({ min: 200, max: 1000 }), (x, width) => {
        const p = placeTooltip(x, 10, width, 200);
        expect(p.offset).toBeGreaterThanOrEqual(0);
        expect(p.offset + p.maxWidth).toBeLessThanOrEqual(width);
        expect(p.maxWidth).toBeGreaterThanOrEqual(width / 2 - 20);
      }),
    );
  });
});
