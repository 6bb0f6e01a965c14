/**
 * Units come from the scenario file as free text (usually English). In Persian the common phrases are
 * translated and digits shown in Persian; a unit the table does not know is shown as written.
 */
import { convertYear, type CalendarName, type Locale } from './locale';

const PHRASES_FA: ReadonlyArray<readonly [RegExp, string]> = [
  [/\(\s*(\d{4})\s+prices\s*\)/gi, '(به قیمت‌های $1)'],
  [/index\s*\(estates'?\s+output\s+in\s+(\d{4})\s*=\s*([\d,]+)\)/gi, 'شاخص (ستانده شهرک‌ها در $1 = $2)'],
  [/\(illustrative estate\)/gi, '(شهرک نمونه)'],
  [/\btrillion rials\b/gi, 'هزار میلیارد ریال'],
  [/\bbillion rials\b/gi, 'میلیارد ریال'],
  [/\bmillion rials\b/gi, 'میلیون ریال'],
  [/\brials\b/gi, 'ریال'],
  [/\bbillion US dollars\b/gi, 'میلیارد دلار'],
  [/\bmillion US dollars\b/gi, 'میلیون دلار'],
  [/\bthousand persons\b/gi, 'هزار نفر'],
  [/\bthousand jobs\b/gi, 'هزار شغل'],
  [/\bthousand workers\b/gi, 'هزار کارکن'],
  [/\bpersons\b/gi, 'نفر'],
  [/\bjobs\b/gi, 'شغل'],
  [/\bworkers\b/gi, 'کارکن'],
  [/\bindex\b/gi, 'شاخص'],
];

const toPersianDigits = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))).replace(/,/g, '٬');

// Units are few and asked for by every panel on every render (sixteen regular expressions each time
// showed in drag profiles): each one is translated once.
const translatedFa = new Map<string, string>();

/** Shows a unit from a file in the reader's language. */
export function translateUnit(locale: Locale, unit: string | undefined): string {
  if (!unit) return '';
  if (locale !== 'fa') return unit;
  let out = translatedFa.get(unit);
  if (out === undefined) {
    out = unit;
    for (const [pattern, replacement] of PHRASES_FA) out = out.replace(pattern, replacement);
    out = toPersianDigits(out);
    if (translatedFa.size > 200) translatedFa.clear();
    translatedFa.set(unit, out);
  }
  return out;
}

// The phrases of a unit that name a year of the file's calendar: a price base ("(1390 prices)", "at 1390
// prices", "به قیمت‌های ۱۳۹۰") and an index's base ("output in 1400 = 100"). Digits may be Persian.
const YEAR_PHRASES: readonly RegExp[] = [
  /()\b([0-9۰-۹]{4})(\s+prices\b)/gi,
  /(\bin\s+)([0-9۰-۹]{4})(\s*=)/gi,
  /(قیمت‌های\s*|قیمت\s+های\s*|قیمت\s+سال\s*)([0-9۰-۹]{4})()/g,
  /(در\s+)([0-9۰-۹]{4})(\s*=)/g,
];

const latinDigits = (text: string) => text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

/**
 * Rewrites the years a unit names (its price base, an index's base year) from the file's calendar into
 * the calendar the reader asked for, so that "trillion rials (1390 prices)" reads "(2011 prices)" beside
 * Gregorian year labels. Other numbers in the unit are left as written.
 */
export function unitInCalendar(unit: string, fileCalendar: CalendarName, shownCalendar: CalendarName): string {
  if (!unit || fileCalendar === shownCalendar) return unit;
  let out = unit;
  for (const pattern of YEAR_PHRASES) {
    out = out.replace(pattern, (_whole, before: string, year: string, after: string) => {
      const converted = String(convertYear(Number(latinDigits(year)), fileCalendar, shownCalendar));
      // Persian digits stay Persian; the translation to the reader's digits happens after.
      const written = /[۰-۹]/.test(year) ? converted.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : converted;
      return `${before}${written}${after}`;
    });
  }
  return out;
}
