/**
 * The longest texts a file may hold (MODEL.md 7: titles and labels 200 characters, units 80, a
 * description 20,000), unbroken, in every view: the workbench, workshop mode, the handout and the
 * exports. The page never blocks for long, and no text widens the page past the window.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../src/scenario/schema';
import { VIEWPORT, downloadFrom, longestTask, openThroughInput, scenarioIds, setupBrowserTests, watchLongTasks } from './helpers/app';
import { CSV_HEADER, readCsv } from './helpers/csv';
import { REPO_ROOT } from './helpers/server';

const tests = setupBrowserTests();

/** An unbroken run of a letter, `length` characters long (no space where a line could break). */
const unbroken = (letter: string, length: number) => letter.repeat(length);

/** A version-2 scenario with every text at its limit, in both languages. */
function longestTexts(): { id: string; text: string } {
  const scenario = JSON.parse(readFileSync(join(REPO_ROOT, 'scenarios/iran-credit-reallocation.json'), 'utf8')) as Record<string, unknown> & {
    economy: { classes: { label: unknown }[]; currencyUnit?: string; employmentUnit?: string };
  };
  const both = (en: string, fa: string, length: number) => ({ en: unbroken(en, length), fa: unbroken(fa, length) });
  scenario.id = 'longest-texts';
  scenario.title = both('T', 'ت', TEXT_LIMITS.label);
  scenario.description = both('D', 'د', TEXT_LIMITS.description);
  scenario.economy.currencyUnit = unbroken('C', TEXT_LIMITS.unit);
  scenario.economy.employmentUnit = unbroken('E', TEXT_LIMITS.unit);
  scenario.economy.classes.forEach((c, k) => (c.label = both(String.fromCharCode(65 + k), 'ل', TEXT_LIMITS.label)));
  return { id: 'longest-texts', text: JSON.stringify(scenario) };
}

/** Starts counting the page's long tasks. */
/** How far the page's content reaches past the window's width (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

describe('the longest texts a file may hold', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`open, and show in every view without a long task or a page wider than the window (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      await watchLongTasks(page);
      const file = longestTexts();
      await openThroughInput(page, { name: 'longest-texts.json', text: file.text });
      await expect.poll(() => scenarioIds(page)).toContain(file.id);
      await page.locator(`[data-chart][data-scenario="${file.id}"]`).first().waitFor({ state: 'visible' });
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await overflow(page), 'the workbench fits the window').toBe(0);
      // A phone's width too, where every row stacks.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => overflow(page), { message: 'the workbench fits a phone' }).toBe(0);
      await page.setViewportSize(VIEWPORT);

      // Workshop mode: every step of the new scenario.
      await page.locator('[data-action="present"]').click();
      const present = page.locator('[data-mode="present"]');
      await present.waitFor();
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('ArrowRight');
        expect(await overflow(page), `workshop mode, step ${i + 1}`).toBe(0);
      }
      await page.keyboard.press('n');
      expect(await overflow(page), 'workshop mode with the notes').toBe(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => present.count()).toBe(0);

      // The handout, as the browser prints it.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.locator(`.handout [data-handout="${file.id}"]`).waitFor({ state: 'attached' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });

      // The exports: the CSV names the scenario by id beside its long title, and a chart's SVG carries the title.
      const csv = readCsv((await downloadFrom(page, 'export-csv')).text);
      expect(csv.header).toBe(CSV_HEADER);
      const ownRows = csv.rows.filter((cells) => cells[0] === file.id);
      expect(ownRows.length).toBeGreaterThan(0);
      expect(ownRows.every((cells) => cells[1] === unbroken(lang === 'fa' ? 'ت' : 'T', TEXT_LIMITS.label))).toBe(true);
      expect(ownRows.find((cells) => cells[2] === 'employment')?.[4]).toBe(unbroken('E', TEXT_LIMITS.unit));
      const cell = page.locator('.chart-cell').filter({ has: page.locator(`[data-chart="projection"][data-scenario="${file.id}"]`) }).first();
      await cell.scrollIntoViewIfNeeded();
      const [svg] = await Promise.all([page.waitForEvent('download'), cell.locator('[data-action="export-svg"]').click()]);
      expect(readFileSync(await svg.path(), 'utf8')).toContain('<svg');

      expect(await longestTask(page), 'the longest task of the page, ms').toBeLessThan(1000);
    });
  }
});
