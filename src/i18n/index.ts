/**
 * Translation and formatting: typed keys from the English catalog, a translator per language, and
 * the number and year formatters. Imports nothing of the app.
 */
import type { MessageKey, Messages } from './messages-en';
import {
  directionOf,
  formatExact,
  formatInteger,
  formatNumber,
  formatPercent,
  formatSigned,
  formatYear,
  type CalendarName,
  type Locale,
} from './locale';

import { translateUnit } from './units';

export * from './locale';
export { translateUnit, unitInCalendar } from './units';
export type { MessageKey, Messages } from './messages-en';

/** A language's texts: the catalog, and the file problems' messages by code (none for English: the file format writes those). */
interface Catalog {
  readonly messages: Messages;
  readonly issues: Readonly<Record<string, string>> | null;
}

// Each catalog is its own chunk: the first render loads only the reader's language.
const LOADERS: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('./messages-en').then((m) => ({ messages: m.en, issues: null })),
  fa: () => import('./messages-fa').then((m) => ({ messages: m.fa, issues: m.faIssues })),
};
const catalogs = new Map<Locale, Catalog>();
const pending = new Map<Locale, Promise<void>>();

/** Loads a language's catalog (once); translators of that language can be made after it resolves. */
export function loadCatalog(locale: Locale): Promise<void> {
  if (catalogs.has(locale)) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = LOADERS[locale]().then((catalog) => {
      catalogs.set(locale, catalog);
    });
    pending.set(locale, promise);
  }
  return promise;
}

/** Tells whether a language's catalog is loaded. */
export function isCatalogLoaded(locale: Locale): boolean {
  return catalogs.has(locale);
}

/** Parameters of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The calendar years are shown in: the file's own, or the one the reader asked for. */
export type YearDisplay = 'file' | CalendarName;

/** A translator bound to one language and one way of showing years. */
export interface Translator {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  /** The calendar the reader asked years to be shown in ('file': each file's own). */
  readonly yearDisplay: YearDisplay;
  /** The text of a key, with `{name}` parameters filled in (numbers in the language's digits). */
  t(key: MessageKey, params?: MessageParams): string;
  /** Tells whether a string is a known key. */
  has(key: string): key is MessageKey;
  number(value: number, digits?: number): string;
  /** A whole number without grouping (a seed, an id number), with at least `minDigits` digits (zeros in front). */
  integer(value: number, minDigits?: number): string;
  exact(value: number): string;
  signed(value: number, digits?: number): string;
  percent(share: number, digits?: number): string;
  /** A year of a file's calendar, shown in `shownCalendar`, by default the calendar the reader asked for. */
  year(year: number, fileCalendar: CalendarName, shownCalendar?: CalendarName): string;
  /** Picks the reader's language from a `{ en?, fa? }` text, falling back to the other language. */
  text(value: { readonly en?: string; readonly fa?: string } | undefined): string;
  /** Shows a unit written in a file (free text) in the reader's language where it is a known phrase. */
  unit(value: string | undefined): string;
  /** A file problem's message in this language, or null where the file format's own (English) text serves. */
  issue(code: string, params?: MessageParams): string | null;
}

const cache = new Map<string, Translator>();

/**
 * Returns the translator of a language and year display (one object for each pair, so it is a stable
 * React prop, and everything that shows a year follows a change of calendar as it follows one of
 * language). The language's catalog must be loaded first (`loadCatalog`).
 */
export function translatorFor(locale: Locale, yearDisplay: YearDisplay = 'file'): Translator {
  const cacheKey = `${locale}|${yearDisplay}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const loaded = catalogs.get(locale);
  if (!loaded) throw new Error(`the ${locale} catalog is not loaded yet`);
  const catalog = loaded.messages;
  const issues = loaded.issues;
  const fill = (template: string, params?: MessageParams) =>
    params
      ? template.replace(/\{(\w+)\}/g, (whole, name: string) => {
          const value = params[name];
          if (value === undefined) return whole;
          if (typeof value !== 'number') return value;
          // A whole number (a byte count, a seed) is written in full: six significant digits would say
          // 1,048,580 for 1,048,577 bytes.
          return formatNumber(locale, value, Number.isSafeInteger(value) ? 16 : 6);
        })
      : template;
  const translator: Translator = {
    locale,
    dir: directionOf(locale),
    yearDisplay,
    t: (key, params) => fill(catalog[key] ?? key, params),
    has: (key): key is MessageKey => Object.hasOwn(catalog, key),
    number: (value, digits) => formatNumber(locale, value, digits),
    integer: (value, minDigits) => formatInteger(locale, value, minDigits),
    exact: (value) => formatExact(locale, value),
    signed: (value, digits) => formatSigned(locale, value, digits),
    percent: (share, digits) => formatPercent(locale, share, digits),
    year: (year, fileCalendar, shown) => formatYear(locale, year, fileCalendar, shown ?? (yearDisplay === 'file' ? fileCalendar : yearDisplay)),
    text: (value) => (locale === 'fa' ? value?.fa ?? value?.en : value?.en ?? value?.fa) ?? '',
    unit: (value) => translateUnit(locale, value),
    issue: (code, params) => (issues && Object.hasOwn(issues, code) ? fill(issues[code], params) : null),
  };
  cache.set(cacheKey, translator);
  return translator;
}
