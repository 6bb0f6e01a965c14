/**
 * Languages, directions and cached Intl formatters (Persian digits and separators, Solar Hijri years).
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

/** The writing direction of a language. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/** Sets `<html lang dir>` for a language (the one place that does). */
export function applyLocaleToDocument(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = locale;
  doc.documentElement.dir = directionOf(locale);
}

const intlLocale: Record<Locale, string> = { en: 'en-US', fa: 'fa-IR' };
const formatterCache = new Map<string, Intl.NumberFormat>();

/**
 * Returns a cached Intl number formatter. `kind` names the options (the cache key: charts format
 * thousands of numbers per render, and building a key from the options each time showed in profiles).
 */
export function numberFormatter(locale: Locale, kind: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale[locale], options());
    formatterCache.set(key, formatter);
  }
  return formatter;
}

/** Rounds to what the model can claim: `digits` significant digits (3 by default). */
export function roundSignificant(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/** Formats a number in the language's digits, rounded to `digits` significant digits. */
export function formatNumber(locale: Locale, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  return numberFormatter(locale, `significant ${digits}`, () => ({ maximumFractionDigits: 20, maximumSignificantDigits: digits })).format(value);
}

/** Formats a number exactly as far as a reader needs (up to 6 significant digits), for tooltips. */
export function formatExact(locale: Locale, value: number): string {
  return formatNumber(locale, value, 6);
}

/** Formats a signed number: "+1.2", "−0.4", "0". */
export function formatSigned(locale: Locale, value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = roundSignificant(value, digits);
  return numberFormatter(locale, `signed ${digits}`, () => ({ maximumFractionDigits: 20, maximumSignificantDigits: digits, signDisplay: 'exceptZero' })).format(rounded);
}

/** Formats a share as a percentage: 0.123 -> "12.3%". */
export function formatPercent(locale: Locale, share: number, digits = 3): string {
  if (!Number.isFinite(share)) return '–';
  return numberFormatter(locale, `percent ${digits}`, () => ({ style: 'percent', maximumSignificantDigits: digits })).format(share);
}

/** Formats a whole number (a year) in the language's digits, without grouping. */
export function formatInteger(locale: Locale, value: number): string {
  return numberFormatter(locale, 'integer', () => ({ useGrouping: false, maximumFractionDigits: 0 })).format(value);
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
