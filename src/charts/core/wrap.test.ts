import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateTextWidth, TEXT_SIZE, wrapToWidth } from './layout';
import { layoutBankPanel } from './bank';
import { layoutEffectBars, layoutTimePanel } from './panels';
import { layoutTornado } from './tornado';

const LONG_EN = 'trillion rials at constant 1390 prices, deflated by the producer price index of manufacturing';
const LONG_FA = 'هزار میلیارد ریال به قیمت‌های ثابت ۱۳۹۰، تعدیل‌شده با شاخص قیمت تولیدکننده بخش صنعت';
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('wrapToWidth', () => {
  it('keeps every word, in order, and no line wider than the width', () => {
    for (const text of [LONG_EN, LONG_FA]) {
      for (const width of [120, 200, 390, 1000]) {
        const lines = wrapToWidth(text, width, TEXT_SIZE.label);
        expect(lines.flatMap(words)).toEqual(words(text));
        for (const line of lines) expect(estimateTextWidth(line, TEXT_SIZE.label)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('keeps a text that fits on one line as it is', () => {
    expect(wrapToWidth('thousand persons', 400, 13)).toEqual(['thousand persons']);
    expect(wrapToWidth('   ', 400, 13)).toEqual([]);
  });

  it('splits a word wider than the whole width between characters instead of cutting it', () => {
    const word = 'x'.repeat(80);
    const lines = wrapToWidth(word, 100, 13);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(100);
  });

  it('never loses a character and never overflows, for any text and width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Zآ-ی۰-۹()]{1,30}$/), { maxLength: 40 }), fc.integer({ min: 20, max: 900 }), (ws, width) => {
        const lines = wrapToWidth(ws.join(' '), width, 13);
        expect(lines.join('').replace(/\s/g, '')).toBe(ws.join(''));
        for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(Math.max(13, width));
      }),
    );
  });

  it('takes time linear in the text length', () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 97}`).join(' ');
    const time = (n: number) => {
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) wrapToWidth(text(n), 300, 13);
      return performance.now() - t0;
    };
    time(2000);
    // Ten times the words in less than forty times the time (a quadratic breaker takes about a hundred).
    expect(time(40_000)).toBeLessThan(40 * Math.max(1, time(4000)));
  });
});

describe('units in panels wrap instead of being cut', () => {
  for (const [lang, unit, direction] of [
    ['en', LONG_EN, 'ltr'],
    ['fa', LONG_FA, 'rtl'],
  ] as const) {
    it(`a time panel shows every word of an 80-character unit within its width and starts its plot below it (${lang})`, () => {
      const narrow = layoutTimePanel({ width: 300, height: 240, direction, yDomain: [0, 10], horizon: 10, unit, formatTick: String, formatYear: String });
      const short = layoutTimePanel({ width: 300, height: 240, direction, yDomain: [0, 10], horizon: 10, unit: 'rials', formatTick: String, formatYear: String });
      expect(narrow.unitLabel.lines.length).toBeGreaterThan(1);
      expect(narrow.unitLabel.lines.flatMap(words)).toEqual(words(unit));
      for (const line of narrow.unitLabel.lines) expect(estimateTextWidth(line, TEXT_SIZE.label)).toBeLessThanOrEqual(300);
      expect(narrow.plot.top).toBe(short.plot.top + (narrow.unitLabel.lines.length - 1) * narrow.unitLabel.lineHeight);
      expect(narrow.plot.bottom).toBe(short.plot.bottom);
    });

    it(`effect bars and a tornado wrap their unit under the axis and keep it inside the panel (${lang})`, () => {
      const bars = layoutEffectBars({ width: 320, height: 220, direction, xDomain: [-5, 5], labels: ['Micro', 'Small', 'Total'], unit, formatTick: String, valueLabelSamples: ['-5', '5'] });
      const tornado = layoutTornado({
        width: 320,
        height: 260,
        direction,
        xDomain: [-5, 5],
        labels: ['a', 'b'],
        unit,
        formatTick: String,
        valueLabelSamples: ['-5', '5'],
        centralValue: 0,
        centralText: '0',
        bars: [
          { atLow: -1, atHigh: 1 },
          { atLow: -2, atHigh: 2 },
        ],
      });
      for (const layout of [bars, tornado]) {
        const { unitLabel } = layout;
        expect(unitLabel.lines.flatMap(words)).toEqual(words(unit));
        for (const line of unitLabel.lines) {
          const half = estimateTextWidth(line, TEXT_SIZE.label) / 2;
          expect(unitLabel.x - half).toBeGreaterThanOrEqual(0);
          expect(unitLabel.x + half).toBeLessThanOrEqual(320);
        }
        const lastBaseline = unitLabel.y + (unitLabel.lines.length - 1) * unitLabel.lineHeight;
        // With room below the last baseline for descenders.
        expect(lastBaseline + TEXT_SIZE.label * 0.4).toBeLessThanOrEqual(layout === bars ? 220 : 260);
      }
    });

    it(`the bank view's small charts wrap their titles and start every plot below the longest (${lang})`, () => {
      const cells = [
        { title: `Expected loss (${unit})`, yDomain: [0, 1] as const, formatTick: String },
        { title: 'Loss rate (%)', yDomain: [0, 1] as const, formatTick: String },
      ];
      const layout = layoutBankPanel({ width: 700, height: 320, direction, horizon: 10, cells, formatYear: String });
      const title = layout.cells[0].title;
      expect(title.lines.flatMap(words)).toEqual(words(cells[0].title));
      for (const line of title.lines) expect(estimateTextWidth(line, TEXT_SIZE.label)).toBeLessThanOrEqual(layout.cellWidth);
      expect(layout.plot.top).toBeGreaterThanOrEqual(title.y + (title.lines.length - 1) * title.lineHeight + 10);
    });
  }
});
