import { describe, expect, it } from 'vitest';
import { hsl, lab } from 'd3';
import {
  bindingColor,
  classColors,
  contrastRatio,
  effectColor,
  GAIN_COLOR,
  isFinanceBound,
  LOSS_COLOR,
  NEUTRAL_COLOR,
  readableOnWhite,
  relativeLuminance,
  SCENARIO_COLORS,
  scenarioColor,
} from './palette';

describe('scenario colours', () => {
  it('follow Okabe-Ito order without the yellow that vanishes on white', () => {
    expect(SCENARIO_COLORS.slice(0, 4)).toEqual(['#0072B2', '#E69F00', '#009E73', '#CC79A7']);
    expect(SCENARIO_COLORS).not.toContain('#F0E442');
    expect(SCENARIO_COLORS).toHaveLength(12);
  });

  it('give each of the twelve scenarios a workshop may hold its own colour, far from every other', () => {
    for (let i = 0; i < SCENARIO_COLORS.length; i++) {
      for (let j = i + 1; j < SCENARIO_COLORS.length; j++) {
        const a = lab(SCENARIO_COLORS[i]);
        const b = lab(SCENARIO_COLORS[j]);
        expect(Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b), `${SCENARIO_COLORS[i]} and ${SCENARIO_COLORS[j]}`).toBeGreaterThan(25);
      }
    }
  });

  it('each stand out from white enough for a 2 px line', () => {
    for (const c of SCENARIO_COLORS) expect(contrastRatio(c, '#ffffff')).toBeGreaterThan(1.9);
  });

  it('cycle when there are more scenarios than colours', () => {
    expect(scenarioColor(12)).toBe(SCENARIO_COLORS[0]);
    expect(scenarioColor(-1)).toBe(SCENARIO_COLORS[11]);
  });
});

describe('classColors', () => {
  it('returns one colour per class', () => {
    for (const n of [0, 1, 2, 4, 8]) expect(classColors(n)).toHaveLength(n);
  });

  it('runs from light (micro) to dark (large)', () => {
    const colors = classColors(6);
    const lum = colors.map(relativeLuminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
  });

  it('keeps the lightest class visible on white', () => {
    expect(contrastRatio(classColors(8)[0], '#ffffff')).toBeGreaterThan(1.4);
  });
});

describe('effect colours', () => {
  it('paint gains blue and losses orange', () => {
    expect(effectColor(3)).toBe(GAIN_COLOR);
    expect(effectColor(-3)).toBe(LOSS_COLOR);
    expect(hsl(GAIN_COLOR).h).toBeGreaterThan(180);
    expect(hsl(LOSS_COLOR).h).toBeLessThan(45);
  });

  it('flip for measures where a rise is bad (the bank expected loss)', () => {
    expect(effectColor(3, true)).toBe(LOSS_COLOR);
    expect(effectColor(-3, true)).toBe(GAIN_COLOR);
  });

  it('are dark enough to serve as value-label text', () => {
    expect(contrastRatio(GAIN_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(LOSS_COLOR, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('bindingColor', () => {
  it('is neutral where finance and demand hold the class back equally', () => {
    expect(bindingColor(0.5)).toBe(NEUTRAL_COLOR);
    expect(bindingColor(0.503)).toBe(NEUTRAL_COLOR);
  });

  it('is blue where finance binds and orange where demand binds', () => {
    expect(hsl(bindingColor(0.8)).h).toBeGreaterThan(180);
    expect(hsl(bindingColor(0.2)).h).toBeLessThan(45);
    expect(bindingColor(1)).toBe(GAIN_COLOR);
    expect(bindingColor(0)).toBe(LOSS_COLOR);
  });

  it('darkens with the distance from balance', () => {
    expect(relativeLuminance(bindingColor(0.9))).toBeLessThan(relativeLuminance(bindingColor(0.6)));
    expect(relativeLuminance(bindingColor(0.1))).toBeLessThan(relativeLuminance(bindingColor(0.4)));
  });

  it('calls a class finance-bound only above one half', () => {
    expect(isFinanceBound(0.51)).toBe(true);
    expect(isFinanceBound(0.5)).toBe(false);
  });
});

describe('readableOnWhite', () => {
  it('darkens light series colours until they read as text', () => {
    const light = classColors(4)[0];
    expect(contrastRatio(light, '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio(readableOnWhite(light), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves dark colours alone', () => {
    expect(readableOnWhite('#000000')).toBe('#000000');
  });
});
