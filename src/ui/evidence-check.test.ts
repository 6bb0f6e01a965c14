import { describe, expect, it } from 'vitest';
import { creditUnitExponent, evidenceFigures } from './evidence-check';

describe('creditUnitExponent', () => {
  it('leaves figures of at least 1 per unit, zeros and non-numbers unscaled', () => {
    expect(creditUnitExponent([1])).toBe(0);
    expect(creditUnitExponent([25.2, 9.01])).toBe(0);
    expect(creditUnitExponent([-3])).toBe(0);
    expect(creditUnitExponent([0])).toBe(0);
    expect(creditUnitExponent([NaN, Infinity])).toBe(0);
    expect(creditUnitExponent([])).toBe(0);
  });

  it('picks the smallest thousand, million, billion ... that brings every figure to at least 1', () => {
    expect(creditUnitExponent([0.5])).toBe(3);
    expect(creditUnitExponent([0.001])).toBe(3);
    expect(creditUnitExponent([0.000999])).toBe(6);
    expect(creditUnitExponent([0.0341, 0.0955])).toBe(3);
    expect(creditUnitExponent([1.2e-8])).toBe(9);
    expect(creditUnitExponent([1e-9])).toBe(9);
    expect(creditUnitExponent([9.99e-10])).toBe(12);
    expect(creditUnitExponent([3e-17])).toBe(18);
  });

  it('scales by the smaller figure, by size whatever the sign, so both figures share one unit', () => {
    expect(creditUnitExponent([0.04, 2e-5])).toBe(6);
    expect(creditUnitExponent([-2e-5, 0.04])).toBe(6);
    expect(creditUnitExponent([NaN, 2e-5])).toBe(6);
  });

  it('never shows a scaled figure below 1', () => {
    for (let power = -40; power <= 2; power += 0.37) {
      for (const mantissa of [1, 0.999999, 1.000001, 3.7]) {
        const value = mantissa * 10 ** power;
        const exponent = creditUnitExponent([value]);
        expect(exponent % 3, String(value)).toBe(0);
        expect(Math.abs(value) * 10 ** exponent, String(value)).toBeGreaterThanOrEqual(1);
        if (exponent > 0) expect(Math.abs(value) * 10 ** (exponent - 3), String(value)).toBeLessThan(1);
      }
    }
  });
});

describe('evidenceFigures', () => {
  const USD = 3790090;
  const jobs = (year2: number, horizon: number, year2PerUsdMillion: number, horizonPerUsdMillion: number) => ({ year2, horizon, year2PerUsdMillion, horizonPerUsdMillion });

  it('compares the year-2 figure per US$1m with the 3-25 band', () => {
    expect(evidenceFigures(jobs(0.0341, 0.0955, 9.01, 25.2), USD)).toEqual({ perUsd: true, year2: 9.01, horizon: 25.2, exponent: 0, verdict: 'inside' });
    expect(evidenceFigures(jobs(0.0029, 0.0084, 0.764, 2.22), USD).verdict).toBe('below');
    expect(evidenceFigures(jobs(1, 1, 40, 60), USD).verdict).toBe('above');
    expect(evidenceFigures(jobs(1, 1, 3, 60), USD).verdict).toBe('inside');
    expect(evidenceFigures(jobs(1, 1, 25, 2), USD).verdict).toBe('inside');
    expect(evidenceFigures(jobs(-1, -1, -4, -6), USD).verdict).toBe('below');
  });

  it('gives no verdict, and no figure, where no credit moves', () => {
    expect(evidenceFigures(jobs(NaN, NaN, NaN, NaN), NaN)).toMatchObject({ perUsd: false, verdict: 'none', reason: 'noCredit' });
    const shown = evidenceFigures(jobs(NaN, NaN, NaN, NaN), USD);
    expect(shown.perUsd).toBe(true);
    expect(shown.verdict).toBe('none');
    expect(shown.reason).toBe('noCredit');
    expect(shown.year2).toBeNaN();
    expect(shown.horizon).toBeNaN();
  });

  it('gives no verdict without a year 2 (a one-year horizon)', () => {
    expect(evidenceFigures(jobs(NaN, 0.05, NaN, 13), USD)).toMatchObject({ perUsd: true, horizon: 13, verdict: 'none', reason: 'noYear2' });
  });

  it('shows figures per a scaled currency unit, with no verdict, where the file gives no exchange rate', () => {
    const shown = evidenceFigures(jobs(1.2e-8, 3.4e-8, NaN, NaN), NaN);
    expect(shown).toMatchObject({ perUsd: false, exponent: 9, verdict: 'none', reason: 'noUsd' });
    expect(shown.year2).toBeCloseTo(12, 9);
    expect(shown.horizon).toBeCloseTo(34, 9);
  });
});
