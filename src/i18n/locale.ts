/**
 * Languages, directions and number formatting (Persian digits and separators, Solar Hijri years).
 * Imports nothing of the app.
 */

/** A language the app speaks. */
export type Locale = 'en' | 'fa';

/** The languages, in the switch's order. */
export const LOCALES: readonly Locale[] = ['fa', 'en'];

/** Tells whether a value names a supported language. */
export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fa';
}

/**
 * The language to open in when neither the address nor a saved session says: the browser's first
 * language the app speaks (Persian for fa-*, English for en-*); English for a browser in another
 * language (the app's language for readers anywhere); Persian when the browser says nothing.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return languages.length > 0 ? 'en' : 'fa';
}

/** The writing direction of a language. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/** Sets `<html lang dir>` for a language (the one place that does). */
export function applyLocaleToDocument(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
}

/**
 * The symbols of each language's numbers, as ICU writes them for en-US and fa-IR (Persian digits, the
 * Arabic decimal and thousands separators and percent sign; a negative Persian number starts with a
 * left-to-right mark and the true minus sign so that it stays whole in right-to-left text).
 */
interface NumberSymbols {
  digits: string;
  decimal: string;
  group: string;
  minus: string;
  plus: string;
  percent: string;
}

const numberSymbols: Record<Locale, NumberSymbols> = {
  en: { digits: '0123456789', decimal: '.', group: ',', minus: '-', plus: '+', percent: '%' },
  fa: { digits: '۰۱۲۳۴۵۶۷۸۹', decimal: '\u066B', group: '\u066C', minus: '\u200E\u2212', plus: '\u200E+', percent: '\u066A' },
};

/**
 * A finite number as decimal digits: value = 0.d1d2d3… × 10^exponent, no leading or trailing zeros
 * (zero has no digits). The digits are the shortest that identify the double, as ICU takes them: 1.005
 * is "1005" with exponent 1, so it rounds to 1.01 as Intl.NumberFormat does (toPrecision would give 1.00).
 */
interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

function decimalOf(value: number): Decimal {
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return { negative, digits: '', exponent: 0 };
  const [mantissa, power] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  return { negative, digits, exponent: Number(power) + 1 };
}

/** Rounds half away from zero to `keep` leading digits (`keep` may be zero or negative: nothing left). */
function roundDigits(decimal: Decimal, keep: number): Decimal {
  const { digits } = decimal;
  if (digits.length <= keep) return decimal;
  if (keep < 0) return { ...decimal, digits: '', exponent: 0 };
  let kept = digits.slice(0, keep);
  let exponent = decimal.exponent;
  if (digits.charCodeAt(keep) >= 53 /* '5' */) {
    // Add one to the kept digits, carrying leftward: 0.999 -> 1.00.
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) {
      kept = '1';
      exponent += 1;
    } else {
      kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
    }
  }
  kept = kept.replace(/0+$/, '');
  return { negative: decimal.negative, digits: kept, exponent: kept ? exponent : 0 };
}

/** Writes a rounded decimal in a language's symbols, grouping the whole part by thousands if asked. */
function writeDecimal(locale: Locale, decimal: Decimal, grouping: boolean): string {
  const symbols = numberSymbols[locale];
  const { digits, exponent } = decimal;
  let whole = exponent <= 0 ? '0' : digits.slice(0, exponent).padEnd(exponent, '0');
  const fraction = exponent >= 0 ? digits.slice(exponent) : '0'.repeat(-exponent) + digits;
  if (grouping && whole.length > 3) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const ascii = fraction ? `${whole}.${fraction}` : whole;
  let out = '';
  for (const char of ascii) {
    const code = char.charCodeAt(0) - 48;
    out += code >= 0 && code <= 9 ? symbols.digits[code] : char === '.' ? symbols.decimal : symbols.group;
  }
  return out;
}

/** The sign as Intl's "auto" display writes it: a minus for negatives, negative zero included. */
function autoSign(locale: Locale, decimal: Decimal): string {
  return decimal.negative ? numberSymbols[locale].minus : '';
}

/** Rounds to what the model can claim: `digits` significant digits (3 by default). */
export function roundSignificant(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/*
 * The formatters below write what Intl.NumberFormat writes for en-US and fa-IR with the same options
 * (src/i18n/locale.test.ts checks them against it) without calling it: the first Intl formatter a page
 * builds loads the ICU number data, some 50 to 80 ms in Chromium, all of it on the first render.
 */

/**
 * Remembers what a formatter wrote for each value: a chart's ticks, labels and accessible names are the
 * same few hundred numbers from one frame of a drag to the next. Forgets everything past a bound.
 */
const written = new Map<string, Map<number, string>>();
const WRITTEN_LIMIT = 4096;

function remembered(kind: string, value: number, write: () => string): string {
  // A Map holds 0 and -0 as one key; they are written differently.
  if (value === 0) return write();
  let memo = written.get(kind);
  if (!memo) {
    memo = new Map();
    written.set(kind, memo);
  }
  let text = memo.get(value);
  if (text === undefined) {
    if (memo.size >= WRITTEN_LIMIT) memo.clear();
    text = write();
    memo.set(value, text);
  }
  return text;
}

/** Formats a number in the language's digits, rounded to `digits` significant digits. */
export function formatNumber(locale: Locale, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  return remembered(`${locale} number ${digits}`, value, () => {
    const rounded = roundDigits(decimalOf(value), digits);
    return autoSign(locale, rounded) + writeDecimal(locale, rounded, true);
  });
}

/**
 * The precision of a value a reader reads closely or types back (a number box, a range, a tooltip, a
 * table cell): up to 6 significant digits and never more than 4 decimals, so no float noise
 * (0.30000000000000004) and no run of decimals from a fraction (0.235351 is shown, in percent, as
 * 23.5351). The one rule for every such number; the headline figures keep 3 significant digits.
 */
export const EXACT_DIGITS = 6;
export const EXACT_DECIMALS = 4;

/** Formats a number as exactly as a reader needs (the rule above). */
export function formatExact(locale: Locale, value: number): string {
  if (!Number.isFinite(value)) return '–';
  return remembered(`${locale} exact`, value, () => {
    const decimal = decimalOf(value);
    const rounded = roundDigits(decimal, Math.min(EXACT_DIGITS, decimal.exponent + EXACT_DECIMALS));
    // A value that rounds to nothing at 4 decimals is written as zero, without a sign.
    return (rounded.digits === '' ? '' : autoSign(locale, rounded)) + writeDecimal(locale, rounded, true);
  });
}

/** Formats a signed number: "+1.2", "−0.4", "0". */
export function formatSigned(locale: Locale, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  return remembered(`${locale} signed ${digits}`, value, () => {
    // Rounded first as the model's figures are (roundSignificant); a value so large that rounding it
    // overflows is written from itself.
    const first = roundSignificant(value, digits);
    const rounded = roundDigits(decimalOf(Number.isFinite(first) ? first : value), digits);
    const sign = rounded.digits === '' ? '' : rounded.negative ? numberSymbols[locale].minus : numberSymbols[locale].plus;
    return sign + writeDecimal(locale, rounded, true);
  });
}

/** Formats a share as a percentage: 0.123 -> "12.3%". */
export function formatPercent(locale: Locale, share: number, digits = 3): string {
  if (!Number.isFinite(share)) return '–';
  return remembered(`${locale} percent ${digits}`, share, () => {
    const decimal = decimalOf(share);
    const rounded = roundDigits(decimal.digits ? { ...decimal, exponent: decimal.exponent + 2 } : decimal, digits);
    return autoSign(locale, rounded) + writeDecimal(locale, rounded, true) + numberSymbols[locale].percent;
  });
}

/** The language's percent sign (after a number written by formatSigned, say): one sign per language. */
export function percentSign(locale: Locale): string {
  return numberSymbols[locale].percent;
}

/**
 * Formats a whole number (a year) in the language's digits, without grouping, with at least
 * `minDigits` digits (zeros in front, as Intl's minimumIntegerDigits: the seconds of a clock, "0:07").
 */
export function formatInteger(locale: Locale, value: number, minDigits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const least = Math.max(1, Math.min(21, Math.floor(minDigits)));
  return remembered(`${locale} integer ${least}`, value, () => {
    const decimal = decimalOf(value);
    const rounded = roundDigits(decimal, decimal.exponent);
    const written = writeDecimal(locale, rounded, false);
    const zeros = Math.max(0, least - written.length);
    return autoSign(locale, rounded) + numberSymbols[locale].digits[0].repeat(zeros) + written;
  });
}

/** The calendar years are shown in. */
export type CalendarName = 'persian' | 'gregorian';

/**
 * Converts a year label between calendars. A Solar Hijri year starts at the March equinox, so year Y
 * covers most of Gregorian year Y + 621 (from 21 March); the label uses that year.
 */
export function convertYear(year: number, from: CalendarName, to: CalendarName): number {
  if (from === to) return year;
  return from === 'persian' ? year + 621 : year - 621;
}

/** Formats a display year of a file's calendar, shown in the requested calendar. */
export function formatYear(locale: Locale, year: number, fileCalendar: CalendarName, shownCalendar: CalendarName = fileCalendar): string {
  return formatInteger(locale, convertYear(year, fileCalendar, shownCalendar));
}
