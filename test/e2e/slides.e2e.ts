/**
 * A screen ready for the room (issue 14): units that wrap instead of being cut, 16:9 slide exports, the
 * overlay's "By class" switched off with its reason, the price base year in the calendar the years are
 * shown in, and lines told apart by pattern as well as colour. In English and in Persian.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages-en';
import { fa } from '../../src/i18n/messages-fa';
import { LINE_DASHES, classDash } from '../../src/charts/core/palette';
import { openThroughInput, scenarioIds, selectScenario, setupBrowserTests } from './helpers/app';
import { REPO_ROOT } from './helpers/server';

const browser = setupBrowserTests();

// Units of 80 characters (the file format's limit), with spaces where a line may break.
const LONG_UNIT = {
  en: 'trillion rials at constant prices, deflated by the producer price index of SMEs',
  fa: 'هزار میلیارد ریال به قیمت‌های ثابت، تعدیل‌شده با شاخص قیمت تولیدکننده بنگاه‌ها',
} as const;

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A scenario whose money and people units are the long unit of a language. */
function longUnitScenario(lang: 'en' | 'fa'): { id: string; text: string } {
  const scenario = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios/iran-credit-reallocation.json'), 'utf8')) as Record<string, unknown> & {
    economy: { currencyUnit?: string; employmentUnit?: string };
  };
  scenario.id = 'long-units';
  scenario.economy.currencyUnit = LONG_UNIT[lang];
  scenario.economy.employmentUnit = LONG_UNIT[lang];
  return { id: 'long-units', text: JSON.stringify(scenario) };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Each unit label of a panel: its lines' text and whether every line stays inside the drawing. */
function unitLabels(panel: Locator) {
  return panel.evaluate((figure) => {
    const svg = figure.querySelector('svg.chart-svg');
    if (!svg) return [];
    const box = svg.getBoundingClientRect();
    return Array.from(svg.querySelectorAll('text.chart-unit'), (label) => {
      const parts = label.querySelectorAll('tspan');
      const lines = parts.length > 0 ? Array.from(parts, (p) => p.textContent ?? '') : [label.textContent ?? ''];
      const rects = parts.length > 0 ? Array.from(parts, (p) => p.getBoundingClientRect()) : [label.getBoundingClientRect()];
      return { text: lines.join(' '), inside: rects.every((r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1 && r.top >= box.top - 1) };
    });
  });
}

async function download(page: Page, cell: Locator, action: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), cell.locator(`[data-action="${action}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('a screen ready for the room', () => {
  for (const lang of ['en', 'fa'] as const) {
    const catalog = lang === 'en' ? en : fa;

    it(`wraps an 80-character unit in every line and bar panel: every word shown, none past the panel (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const file = longUnitScenario(lang);
      await openThroughInput(page, { name: 'long-units.json', text: file.text });
      await expect.poll(() => scenarioIds(page)).toContain(file.id);
      for (const kind of ['projection', 'effect']) {
        const panel = page.locator(`[data-chart="${kind}"][data-scenario="${file.id}"]`).first();
        await panel.scrollIntoViewIfNeeded();
        const labels = await unitLabels(panel);
        expect(labels.length, kind).toBeGreaterThan(0);
        for (const label of labels) {
          expect(words(label.text), kind).toEqual(words(LONG_UNIT[lang]));
          expect(label.text).not.toContain('…');
          expect(label.inside, `${kind}: ${label.text}`).toBe(true);
        }
      }
      // A panel's exported SVG carries the same wrapped unit.
      const cell = page.locator('.chart-cell').filter({ has: page.locator(`[data-chart="projection"][data-scenario="${file.id}"]`) }).first();
      const svg = (await download(page, cell, 'export-svg')).bytes.toString('utf8');
      for (const word of words(LONG_UNIT[lang])) expect(svg).toContain(word);
    });

    it(`exports a chart as a 16:9 slide, PNG 1920 x 1080 and SVG, with its title, legend and source, ${lang === 'fa' ? 'right to left' : 'left to right'} (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const cell = page.locator('.chart-cell').filter({ has: page.locator('[data-chart="projection"][data-scenario="iran-credit-reallocation"]') }).first();
      await cell.scrollIntoViewIfNeeded();
      const toggle = cell.locator('[data-action="export-slide-shape"]');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await toggle.getAttribute('title')).toBe(catalog['export.slide']);
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');

      const svgFile = await download(page, cell, 'export-svg');
      expect(svgFile.name).toMatch(/\.svg$/);
      const svg = svgFile.bytes.toString('utf8');
      const viewBox = svg.match(/<svg[^>]*\sviewBox="0 0 (\d+) (\d+)"/);
      expect(viewBox?.slice(1).map(Number)).toEqual([1920, 1080]);
      expect(Number(viewBox?.[1]) * 9).toBe(Number(viewBox?.[2]) * 16);
      const title = ((await cell.locator('.chart-title').textContent()) ?? '').trim();
      expect(svg).toContain(title);
      expect(svg).toContain(catalog['export.source'].split('{')[0].trim());
      expect(svg).toMatch(/stroke-dasharray/); // the legend's comparison line
      const root = svg.match(/<svg[^>]*>/)?.[0] ?? '';
      expect(root).toContain(`direction="${lang === 'fa' ? 'rtl' : 'ltr'}"`);
      // The title's text runs from the inline start: the right edge in Persian.
      const titleText = svg.match(/<text x="(\d+(?:\.\d+)?)"[^>]*font-weight="700"[^>]*direction="(\w+)"/);
      expect(titleText?.[2]).toBe(lang === 'fa' ? 'rtl' : 'ltr');
      expect(Number(titleText?.[1])).toBe(lang === 'fa' ? 1920 - 64 : 64);

      const png = await download(page, cell, 'export-png');
      expect(pngSize(png.bytes)).toEqual({ width: 1920, height: 1080 });
      // Off again, the exports keep the panel's own shape.
      await toggle.click();
      const panelSvg = (await download(page, cell, 'export-svg')).bytes.toString('utf8');
      expect(panelSvg).not.toContain('viewBox="0 0 1920 1080"');
    });

    it(`turns "By class" off in the overlay, saying why, and keeps it for side by side (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const byClass = page.locator('[data-setting="by-class"]');
      await byClass.check();
      const sideBySide = page.locator('[data-chart="projection"][data-scenario="iran-credit-reallocation"]').first();
      await expect.poll(() => sideBySide.locator('.chart-legend-item').count()).toBeGreaterThan(2);
      await page.locator('[data-setting="chart-mode"]').selectOption('overlay');
      await expect.poll(() => byClass.isDisabled()).toBe(true);
      expect(await byClass.isChecked()).toBe(false);
      const noteId = await byClass.getAttribute('aria-describedby');
      expect(noteId).toBeTruthy();
      const note = page.locator(`[id="${noteId}"]`);
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toBe(catalog['charts.byClass.overlayOff']);
      expect(await page.locator('label.checkbox', { has: byClass }).getAttribute('title')).toBe(catalog['charts.byClass.overlayOff']);
      await page.locator('[data-setting="chart-mode"]').selectOption('small-multiples');
      await expect.poll(() => byClass.isDisabled()).toBe(false);
      expect(await byClass.isChecked()).toBe(true);
      expect(await page.locator('[data-note="by-class-overlay"]').count()).toBe(0);
    });

    it(`names the price base year in Gregorian when the years are shown in Gregorian (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const panel = page.locator('[data-measure="output"] [data-chart="projection"][data-scenario="iran-credit-reallocation"]');
      // The unit's wrapped lines, read as one text.
      const unit = () => panel.locator('text.chart-unit').evaluate((t) => (t.querySelector('tspan') ? Array.from(t.querySelectorAll('tspan'), (p) => p.textContent).join(' ') : t.textContent));
      const file = lang === 'fa' ? 'به قیمت‌های ۱۴۰۰' : '1400 prices';
      const gregorian = lang === 'fa' ? 'به قیمت‌های ۲۰۲۱' : '2021 prices';
      expect(await unit()).toContain(file);
      await page.locator('[data-setting="calendar"]').selectOption('gregorian');
      await expect.poll(unit).toContain(gregorian);
      expect(await unit()).not.toContain(file);
      expect(await panel.locator('.chart-caption').textContent()).toContain(gregorian);
      await page.locator('[data-setting="calendar"]').selectOption('file');
      await expect.poll(unit).toContain(file);
    });

    it(`draws each scenario of the overlay in its own pattern, shown in the legend (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      await page.locator('[data-setting="chart-mode"]').selectOption('overlay');
      const panel = page.locator('[data-chart="projection"]').first();
      await expect.poll(() => panel.locator('path.chart-line').count()).toBeGreaterThanOrEqual(8);
      const totals = await panel.locator('path.chart-line:not([data-dashed])').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray') ?? ''));
      expect(totals).toEqual(LINE_DASHES.slice(0, totals.length));
      expect(new Set(totals).size).toBe(totals.length);
      const legendDashes = await panel.locator('.chart-legend-item line').evaluateAll((lines) => lines.map((l) => l.getAttribute('stroke-dasharray') ?? ''));
      for (const dash of totals.filter(Boolean)) expect(legendDashes).toContain(dash);
    });

    it(`draws the bank view's class lines in patterns beside the solid total, shown in its legend (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      await selectScenario(page, 'iran-guarantee-fund-runs-dry');
      const bank = page.locator('[data-block="bank"]');
      await bank.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      const chart = bank.locator('[data-chart="bank"]').first();
      await chart.waitFor();
      const lines = chart.locator('[data-series="profit"] path.chart-line');
      const dashes = await lines.evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray') ?? ''));
      const classes = dashes.length - 1;
      expect(dashes.slice(0, classes)).toEqual(Array.from({ length: classes }, (_, k) => classDash(k)));
      expect(dashes[classes]).toBe(''); // the total
      const legendDashes = await chart.locator('.chart-legend-item line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-dasharray') ?? ''));
      expect(legendDashes.slice(0, classes)).toEqual(dashes.slice(0, classes));
    });
  }
});
