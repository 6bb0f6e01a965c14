/**
 * Translation and formatting: typed keys from the English catalog, a translator per language, and
 * the number and year formatters. Imports nothing of the app.
 */
import { en, type MessageKey, type Messages } from './messages-en';
import { fa } from './messages-fa';
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
export { translateUnit } from './units';
export type { MessageKey, Messages } from './messages-en';

/** Every catalog, by language. */
export const CATALOGS: Record<Locale, Partial<Messages>> = { en, fa };

/** Parameters of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translator bound to one language. */
export interface Translator {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  /** The text of a key, with `{name}` parameters filled in (numbers in the language's digits). */
  t(key: MessageKey, params?: MessageParams): string;
  /** Tells whether a string is a known key. */
  has(key: string): key is MessageKey;
  number(value: number, digits?: number): string;
  /** A whole number without grouping (a seed, an id number). */
  integer(value: number): string;
  exact(value: number): string;
  signed(value: number, digits?: number): string;
  percent(share: number, digits?: number): string;
  year(year: number, fileCalendar: CalendarName, shownCalendar?: CalendarName): string;
  /** Picks the reader's language from a `{ en?, fa? }` text, falling back to the other language. */
  text(value: { readonly en?: string; readonly fa?: string } | undefined): string;
  /** Shows a unit written in a file (free text) in the reader's language where it is a known phrase. */
  unit(value: string | undefined): string;
}

const cache = new Map<Locale, Translator>();

/** Returns the translator of a language (one object per language, so it is a stable React prop). */
export function translatorFor(locale: Locale): Translator {
  const cached = cache.get(locale);
  if (cached) return cached;
  const catalog = CATALOGS[locale];
  const fill = (template: string, params?: MessageParams) =>
    params
      ? template.replace(/\{(\w+)\}/g, (whole, name: string) => {
          const value = params[name];
          if (value === undefined) return whole;
          return typeof value === 'number' ? formatNumber(locale, value, 6) : value;
        })
      : template;
  const translator: Translator = {
    locale,
    dir: directionOf(locale),
    t: (key, params) => fill(catalog[key] ?? en[key] ?? key, params),
    has: (key): key is MessageKey => Object.hasOwn(en, key),
    number: (value, digits) => formatNumber(locale, value, digits),
    integer: (value) => formatInteger(locale, value),
    exact: (value) => formatExact(locale, value),
    signed: (value, digits) => formatSigned(locale, value, digits),
    percent: (share, digits) => formatPercent(locale, share, digits),
    year: (year, fileCalendar, shown) => formatYear(locale, year, fileCalendar, shown),
    text: (value) => (locale === 'fa' ? value?.fa ?? value?.en : value?.en ?? value?.fa) ?? '',
    unit: (value) => translateUnit(locale, value),
  };
  cache.set(locale, translator);
  return translator;
}
