import type { ChartFormat } from '../types';

/**
 * Formatters for component tests: each wraps the number in a marker so that a test can tell which
 * formatter produced a text (and that no number reached the page without one).
 */
export function testFormat(direction: 'ltr' | 'rtl' = 'ltr'): ChartFormat {
  return {
    number: (v) => `n(${v})`,
    exact: (v) => `x(${v})`,
    signed: (v) => `s(${v})`,
    percent: (v) => `p(${Math.round(v * 100)})`,
    year: (t) => `Y${1392 + t}`,
    direction,
  };
}

/** A Persian formatter as the app builds it: Persian digits, Solar Hijri years. */
export function persianFormat(): ChartFormat {
  const n = new Intl.NumberFormat('fa-IR', { maximumSignificantDigits: 3 });
  const x = new Intl.NumberFormat('fa-IR', { maximumSignificantDigits: 6 });
  const s = new Intl.NumberFormat('fa-IR', { maximumSignificantDigits: 3, signDisplay: 'exceptZero' });
  const p = new Intl.NumberFormat('fa-IR', { style: 'percent', maximumSignificantDigits: 3 });
  const y = new Intl.NumberFormat('fa-IR', { useGrouping: false });
  return {
    number: (v) => n.format(v),
    exact: (v) => x.format(v),
    signed: (v) => s.format(v),
    percent: (v) => p.format(v),
    year: (t) => y.format(1392 + t),
    direction: 'rtl',
  };
}
