import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExact, formatInteger, formatNumber, formatPercent, formatSigned, type Locale } from './locale';

/** What the formatters replace: Intl.NumberFormat with the same options. */
const intlLocale: Record<Locale, string> = { en: 'en-US', fa: 'fa-IR' };
const viaIntl = {
  number: (locale: Locale, value: number, digits: number) =>
    new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 20, maximumSignificantDigits: digits }).format(value),
  signed: (locale: Locale, value: number, digits: number) => {
    const rounded = Number(value.toPrecision(digits));
    return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 20, maximumSignificantDigits: digits, signDisplay: 'exceptZero' }).format(Number.isFinite(rounded) ? rounded : value);
  },
  percent: (locale: Locale, value: number, digits: number) =>
    new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumSignificantDigits: digits }).format(value),
  // The exact rule: 6 significant digits or 4 decimals, whichever is less precise; no sign on a zero.
  exact: (locale: Locale, value: number) =>
    new Intl.NumberFormat(intlLocale[locale], { maximumSignificantDigits: 6, maximumFractionDigits: 4, roundingPriority: 'lessPrecision', signDisplay: 'negative' }).format(value),
  integer: (locale: Locale, value: number, minDigits = 1) =>
    new Intl.NumberFormat(intlLocale[locale], { useGrouping: false, maximumFractionDigits: 0, minimumIntegerDigits: minDigits }).format(value),
};

const edgeValues = [
  0, -0, 1, -1, 0.5, -0.5, 1.005, 2.675, 0.0015, 999.5, 9995, 99_950, 0.1 + 0.2, 1234.5, 1_234_567, -1.2, -0.0004, 1e21, 1.23e-25,
  5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 0.3, 12.345, 0.9995, 0.09995, 1392, 2.5, -2.5, 3.5, 0.49999999999999994, 123_456_789.123,
];
const locales: Locale[] = ['en', 'fa'];
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const everyday = fc.oneof(finite, fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000));

describe('number formatting matches Intl.NumberFormat for en-US and fa-IR', () => {
  for (const locale of locales) {
    it(`${locale}: edge values`, () => {
      for (const value of edgeValues) {
        for (const digits of [1, 2, 3, 6]) {
          expect(formatNumber(locale, value, digits), `${value} to ${digits}`).toBe(viaIntl.number(locale, value, digits));
          expect(formatSigned(locale, value, digits), `signed ${value} to ${digits}`).toBe(viaIntl.signed(locale, value, digits));
          expect(formatPercent(locale, value, digits), `percent ${value} to ${digits}`).toBe(viaIntl.percent(locale, value, digits));
        }
        expect(formatInteger(locale, value), `integer ${value}`).toBe(viaIntl.integer(locale, value));
        for (const least of [2, 3, 5]) expect(formatInteger(locale, value, least), `integer ${value}, ${least} digits`).toBe(viaIntl.integer(locale, value, least));
        expect(formatExact(locale, value), `exact ${value}`).toBe(viaIntl.exact(locale, value));
      }
    });

    it(`${locale}: any finite number`, () => {
      fc.assert(
        fc.property(everyday, fc.integer({ min: 1, max: 8 }), (value, digits) => {
          expect(formatNumber(locale, value, digits)).toBe(viaIntl.number(locale, value, digits));
          expect(formatSigned(locale, value, digits)).toBe(viaIntl.signed(locale, value, digits));
          expect(formatPercent(locale, value, digits)).toBe(viaIntl.percent(locale, value, digits));
          expect(formatInteger(locale, value)).toBe(viaIntl.integer(locale, value));
          expect(formatInteger(locale, value, digits), `integer ${value}, ${digits} digits`).toBe(viaIntl.integer(locale, value, digits));
          expect(formatExact(locale, value)).toBe(viaIntl.exact(locale, value));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('pads a whole number to a least number of digits in the language\'s zeros (a clock\'s seconds)', () => {
    expect(formatInteger('en', 7, 2)).toBe('07');
    expect(formatInteger('fa', 7, 2)).toBe('۰۷');
    expect(formatInteger('fa', 42, 2)).toBe('۴۲');
    expect(formatInteger('en', 125, 2)).toBe('125');
  });

  it('writes a value read closely without float noise or a run of decimals', () => {
    expect(formatExact('en', 24.990000000000002)).toBe('24.99');
    expect(formatExact('en', 0.1 + 0.2)).toBe('0.3');
    expect(formatExact('en', 0.235351)).toBe('0.2354');
    expect(formatExact('en', 251.469)).toBe('251.469');
    expect(formatExact('en', 12_345_678)).toBe('12,345,700');
    expect(formatExact('fa', 0.449999999999)).toBe('۰٫۴۵');
  });

  it('writes Persian digits and separators, and a minus that stays whole in right-to-left text', () => {
    expect(formatNumber('fa', -1234.5, 5)).toBe('\u200E\u2212۱٬۲۳۴٫۵');
    expect(formatPercent('fa', 0.123)).toBe('۱۲٫۳٪');
    expect(formatSigned('en', 0.0001, 3)).toBe('+0.0001');
    expect(formatInteger('fa', 1392)).toBe('۱۳۹۲');
  });

  it('shows a dash for what is not a number', () => {
    for (const locale of locales) for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(formatNumber(locale, value)).toBe('–');
      expect(formatSigned(locale, value)).toBe('–');
      expect(formatPercent(locale, value)).toBe('–');
      expect(formatInteger(locale, value)).toBe('–');
    }
  });
});
