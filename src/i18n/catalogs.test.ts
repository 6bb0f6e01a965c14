/**
 * The catalogs agree: the same keys, the same parameters, and Persian texts that are translated
 * (no stray English words, no Latin digits outside the file and formula tokens a reader must type).
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog, translatorFor } from './index';

await loadCatalog('fa');
await loadCatalog('en');
import { en, type MessageKey } from './messages-en';
import { fa } from './messages-fa';

const KEYS = Object.keys(en) as MessageKey[];

/** The `{name}` parameters of a message. */
function paramsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * Latin phrases kept verbatim in Persian text because the reader types them or finds them in files
 * (they may hold digits and symbols).
 */
const ALLOWED_PHRASES: readonly string[] = ['0.02 + 0.01 * (t >= 3)', '0.031; 0.077; 0.02', '"sme-credit-scenario"', '"sme-credit-workshop"', 'A4'];

/** Latin words allowed in Persian text: file formats, key caps, JSON field names and the formula syntax. */
const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  // file formats and units
  'JSON',
  'CSV',
  'PDF',
  'PNG',
  'SVG',
  'QR',
  'MiB',
  // key caps
  'Page',
  'Ctrl',
  'Z',
  'Up',
  'Down',
  'N',
  'Esc',
  // JSON field names and values
  'source',
  'sources',
  'total',
  'en',
  'fa',
  'id',
  // the formula syntax: variables, constants and the conditional a ? b : c
  't',
  'H',
  'e',
  'pi',
  'a',
  'b',
  'c',
  // the formula functions
  'exp',
  'log',
  'sqrt',
  'abs',
  'floor',
  'ceil',
  'round',
  'pow',
  'min',
  'max',
]);

/** Keys whose Persian text is Latin on purpose, with that text. */
const LATIN_TEXTS: Partial<Record<MessageKey, string>> = { 'lang.en': 'English' };

/** Removes the parameters and the allowed phrases from a Persian text. */
function stripTokens(text: string): string {
  let rest = text.replace(/\{\w+\}/g, ' ');
  for (const phrase of ALLOWED_PHRASES) rest = rest.split(phrase).join(' ');
  return rest;
}

const LRI = '\u2066';
const PDI = '\u2069';

describe('the Persian catalog', () => {
  it('has every English key, and no other, each with a non-empty text', () => {
    expect(Object.keys(fa).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(typeof fa[key], key).toBe('string');
      expect(fa[key].trim(), key).not.toBe('');
    }
  });

  it('keeps the keys in the English order', () => {
    expect(Object.keys(fa)).toEqual(KEYS);
  });

  it('uses exactly the parameters of each English message', () => {
    for (const key of KEYS) expect(paramsOf(fa[key]), key).toEqual(paramsOf(en[key]));
  });

  it('has no English words outside the allowed technical tokens', () => {
    for (const key of KEYS) {
      const expected = LATIN_TEXTS[key];
      if (expected !== undefined) {
        expect(fa[key], key).toBe(expected);
        continue;
      }
      const words = stripTokens(fa[key]).match(/[A-Za-z]+/g) ?? [];
      expect(words.filter((word) => !ALLOWED_WORDS.has(word)), key).toEqual([]);
    }
  });

  it('is written in Persian: every text beyond its parameters has Persian letters', () => {
    for (const key of KEYS) {
      if (LATIN_TEXTS[key] !== undefined) continue;
      const rest = fa[key].replace(/\{\w+\}/g, '').trim();
      if (rest === '') continue; // a text made only of parameters, like '{detail}'
      expect(rest, key).toMatch(/[\u0622-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]/);
    }
  });

  it('has no Latin digits outside the allowed technical tokens', () => {
    for (const key of KEYS) expect(stripTokens(fa[key]), key).not.toMatch(/[0-9]/);
  });

  it('uses Persian letters and digits, not their Arabic forms', () => {
    for (const key of KEYS) {
      expect(fa[key], key).not.toMatch(/[\u064a\u0643]/); // Arabic yeh and kaf (Persian: ی ک)
      expect(fa[key], key).not.toMatch(/[\u0660-\u0669]/); // Arabic-Indic digits (Persian: ۰–۹)
    }
  });

  it('uses the zero-width non-joiner, not spaces or joiners, in common affixes', () => {
    for (const key of KEYS) {
      expect(fa[key], key).not.toMatch(/(^|[\s(«])ن?می [\u0600-\u06ff]/); // «می شود» for «می‌شود»
      expect(fa[key], key).not.toMatch(/[\u0600-\u06ff] (ها|های|هایی)(?![\u0600-\u06ff])/); // «بنگاه ها»
      expect(fa[key], key).not.toMatch(/\u200d/); // zero-width joiner
    }
  });

  it('balances its left-to-right isolates', () => {
    for (const key of KEYS) {
      let depth = 0;
      let lowest = 0;
      for (const ch of fa[key]) {
        if (ch === LRI) depth += 1;
        if (ch === PDI) depth -= 1;
        lowest = Math.min(lowest, depth);
      }
      expect(lowest, key).toBe(0);
      expect(depth, key).toBe(0);
      expect(fa[key], key).not.toMatch(/[\u202a-\u202e]/); // no embeddings or overrides
    }
  });

  it('keeps the language names', () => {
    expect(fa['lang.en']).toBe('English');
    expect(fa['lang.fa']).toBe('فارسی');
  });
});

describe('the Persian translator', () => {
  const tr = translatorFor('fa');

  it('fills a year with Persian digits', () => {
    const text = tr.t('charts.caption.years', { from: tr.year(1392, 'persian'), to: tr.year(1402, 'persian') });
    expect(text).toContain('۱۳۹۲');
    expect(text).toContain('۱۴۰۲');
    expect(text).not.toMatch(/[0-9{}]/);
  });

  it('fills a numeric parameter with Persian digits', () => {
    const text = tr.t('charts.caption.years', { from: 1392, to: 1402 });
    expect(text.replace(/\u066c/g, '')).toContain('۱۳۹۲'); // a raw number may be grouped: ۱٬۳۹۲
    expect(text).not.toMatch(/[0-9{}]/);
  });

  it('fills every parameter of every message', () => {
    for (const key of KEYS) {
      const params = Object.fromEntries(paramsOf(en[key]).map((name) => [name, 7]));
      const text = tr.t(key, params);
      expect(text, key).not.toMatch(/\{\w+\}/);
      if (LATIN_TEXTS[key] === undefined) expect(stripTokens(text), key).not.toMatch(/[0-9]/);
    }
  });
});

describe('the year display', () => {
  it('is part of the translator: a translator per language and calendar, whose years follow the calendar asked for', () => {
    const file = translatorFor('en');
    const gregorian = translatorFor('en', 'gregorian');
    expect(translatorFor('en', 'file')).toBe(file);
    expect(translatorFor('en', 'gregorian')).toBe(gregorian);
    expect(gregorian).not.toBe(file);
    expect(file.year(1405, 'persian')).toBe('1405');
    expect(gregorian.year(1405, 'persian')).toBe('2026');
    expect(translatorFor('en', 'persian').year(2026, 'gregorian')).toBe('1405');
    // A calendar named by the caller wins over the display (the CSV writes both years).
    expect(gregorian.year(1405, 'persian', 'persian')).toBe('1405');
  });
});
