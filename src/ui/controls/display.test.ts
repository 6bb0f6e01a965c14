import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayFactor, fromShown, keyStepOf, parseShown, stepped, toShown } from './display';
import { pathText, readPathText } from './path-text';

describe('values in the units people think in', () => {
  it('shows shares, rates and points in percent, anything else as stored', () => {
    expect(displayFactor('ppOfCredit')).toBe(100);
    expect(displayFactor('share')).toBe(100);
    expect(displayFactor('rate')).toBe(100);
    expect(displayFactor('years')).toBe(1);
    expect(displayFactor('currency')).toBe(1);
    expect(toShown(0.07, 'share')).toBe(7);
    expect(fromShown(7, 'share')).toBe(0.07);
    expect(toShown(0.235351, 'share')).toBe(23.5351);
  });

  it('reads 10, 10%, ٪۱۰ and Persian decimals alike', () => {
    for (const text of ['10', '10%', ' 10 % ', '۱۰', '۱۰٪', '٪۱۰', '١٠']) expect(parseShown(text), text).toBe(10);
    expect(parseShown('۲٫۵')).toBe(2.5);
    expect(parseShown('10%%')).toBeNaN();
    expect(parseShown('')).toBeNaN();
    expect(parseShown('ten')).toBeNaN();
  });

  it('round-trips any stored fraction through the shown unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const stored = n / 100_000;
        expect(fromShown(toShown(stored, 'share'), 'share')).toBeCloseTo(stored, 15);
      }),
    );
  });

  it('moves a share by one point a key press and ten with Page keys, on the points grid, within bounds', () => {
    const key = keyStepOf('ppOfCredit', 0.001);
    expect(key).toBe(0.01);
    expect(keyStepOf('years', 0.5)).toBe(0.5);
    expect(stepped(0.1, key, 1, 0, 0.83)).toBe(0.11);
    expect(stepped(0.105, key, 1, 0, 0.83)).toBe(0.11);
    expect(stepped(0.105, key, -1, 0, 0.83)).toBe(0.1);
    expect(stepped(0.1, key, 10, 0, 0.83)).toBe(0.2);
    expect(stepped(0.8, key, 10, 0, 0.83)).toBe(0.83);
    expect(stepped(0.05, key, -10, 0, 0.83)).toBe(0);
    // Ten presses from zero are exactly ten points, no float noise.
    let v = 0;
    for (let i = 0; i < 10; i++) v = stepped(v, key, 1, 0, 0.83);
    expect(v).toBe(0.1);
  });

  it('writes and reads a path field in percent, a formula as written', () => {
    expect(pathText([0.458, 0.4, 0.325], 'perYear')).toBe('45.8; 40; 32.5');
    expect(pathText(0.02, 'perYear')).toBe('2');
    expect(pathText('0.02 + 0.01 * t', 'perYear')).toBe('0.02 + 0.01 * t');
    expect(readPathText('45.8; 40%; 32.5', -0.5, 1, 10, 'perYear')).toEqual({ value: [0.458, 0.4, 0.325] });
    expect(readPathText('2', -0.5, 1, 10, 'perYear')).toEqual({ value: 0.02 });
    expect(readPathText('0.02 + 0.01 * t', -0.5, 1, 5, 'perYear')).toEqual({ value: '0.02 + 0.01 * t' });
    expect(readPathText('150', -0.5, 1, 10, 'perYear')).toEqual({ problem: { kind: 'out-of-range', value: 1.5 } });
  });
});
