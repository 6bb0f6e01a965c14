/**
 * Units come from the scenario file as free text (usually English). In Persian the common phrases are
 * translated and digits shown in Persian; a unit the table does not know is shown as written.
 */
import type { Locale } from './locale';

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
