/**
 * The evidence check (issue 13, MODEL.md 5): beside every jobs-per-credit figure (the scoreboard, the
 * workshop's reveal, the printed handout) the model's figure at year 2 and at the horizon per US$ 1m, a
 * verdict in words against the 3-25 band, and the studies in a folded table; a dash and no verdict where
 * no credit moves. In English and in Persian.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readNumber, setupBrowserTests } from './helpers/app';

const browser = setupBrowserTests();

// The default workshop (scenarios/iran-workshop.json) shows its first four scenarios: the baseline moves
// no credit; the reallocation moves 10 points of credit from large firms to the others.
const MOVES_CREDIT = 'iran-credit-reallocation';
const MOVES_NONE = 'iran-1400-baseline';

interface Language {
  readonly lang: 'en' | 'fa';
  readonly years: readonly [string, string];
  readonly inside: string;
  readonly noCredit: string;
  readonly country: string;
  /** The heading of figures per US$ 1m (the files of the default workshop give an exchange rate). */
  readonly perUsd: string;
}

const LANGUAGES: readonly Language[] = [
  { lang: 'en', years: ['1402', '1410'], inside: 'Inside the evidence band of 3–25 jobs per US$1m at year 2', noCredit: 'No credit moves', country: 'Turkey', perUsd: 'Jobs per US$1m of credit moved' },
  { lang: 'fa', years: ['۱۴۰۲', '۱۴۱۰'], inside: 'درون بازه شواهد: ۳ تا ۲۵ شغل', noCredit: 'اعتباری منتقل نمی‌شود', country: 'ترکیه', perUsd: 'شغل به ازای هر یک میلیون دلار اعتبار منتقل‌شده' },
];

/** What one evidence check shows. */
interface Shown {
  readonly verdict: string | null;
  readonly years: string[];
  readonly figures: string[];
  readonly verdictText: string;
  readonly heading: string;
  readonly text: string;
}

async function shown(check: Locator): Promise<Shown> {
  return {
    verdict: await check.getAttribute('data-verdict'),
    years: await check.locator('.evidence-figures dt').allTextContents(),
    figures: await check.locator('.evidence-figures dd').allTextContents(),
    verdictText: (await check.locator('.evidence-verdict').count()) > 0 ? ((await check.locator('.evidence-verdict').textContent()) ?? '') : '',
    heading: (await check.locator('.evidence-heading').textContent()) ?? '',
    text: (await check.textContent()) ?? '',
  };
}

/** Checks the credit-moving scenario's evidence check: both years, figures in the band at year 2, the verdict in words. */
function expectInside(check: Shown, language: Language): void {
  expect(check.verdict).toBe('inside');
  expect(check.years).toHaveLength(2);
  expect(check.years[0]).toContain(language.years[0]);
  expect(check.years[1]).toContain(language.years[1]);
  const [year2, horizon] = check.figures.map(readNumber);
  expect(year2).toBeGreaterThanOrEqual(3);
  expect(year2).toBeLessThanOrEqual(25);
  expect(horizon).toBeGreaterThan(year2);
  expect(check.verdictText).toContain(language.inside);
  expect(check.heading).toContain(language.perUsd);
  if (language.lang === 'fa') expect(check.text).not.toMatch(/[0-9]/);
}

/** Checks the scenario that moves no credit: dashes, no verdict. */
function expectDash(check: Shown, language: Language): void {
  expect(check.verdict).toBe('none');
  expect(check.figures).toEqual(['–', '–']);
  expect(check.verdictText).toBe('');
  expect(check.heading).toContain(language.perUsd);
  expect(check.text).toContain(language.noCredit);
}

/** Renders the handout as the browser does for printing (the app draws it on `beforeprint`). */
async function printHandout(page: Page): Promise<Locator> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const handout = page.locator('.handout');
  await handout.locator(`[data-handout="${MOVES_CREDIT}"]`).waitFor({ state: 'visible' });
  return handout;
}

describe('the evidence check', () => {
  for (const language of LANGUAGES) {
    it(`on the scoreboard, with its studies folded until asked for (${language.lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${language.lang}` });
      const card = page.locator(`[data-score="${MOVES_CREDIT}"]`);
      // One check per card, and no other jobs-per-credit figure beside it.
      expect(await card.locator('[data-evidence-check]').count()).toBe(1);
      expect(await card.locator('[data-jobs-per-credit]').count()).toBe(0);
      const check = card.locator(`[data-evidence-check="${MOVES_CREDIT}"]`);
      expectInside(await shown(check), language);

      const table = check.locator('.evidence-table');
      expect(await table.isVisible()).toBe(false);
      await check.locator('summary').click();
      await table.waitFor({ state: 'visible' });
      expect(await table.locator('tbody tr').count()).toBe(4);
      expect(await table.textContent()).toContain(language.country);
      const figures = (await table.locator('.evidence-row-figure').allTextContents()).map((t) => t.split('–').map(readNumber));
      expect(figures).toEqual([[3, 3.5], [10], [16.3], [19, 23]]);

      expectDash(await shown(page.locator(`[data-score="${MOVES_NONE}"] [data-evidence-check]`)), language);
    });

    it(`on the printed handout, with its studies shown (${language.lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${language.lang}` });
      const scoreboard = await shown(page.locator(`[data-score="${MOVES_CREDIT}"] [data-evidence-check]`));
      const handout = await printHandout(page);
      const check = handout.locator(`[data-handout="${MOVES_CREDIT}"] [data-evidence-check]`);
      const printed = await shown(check);
      expectInside(printed, language);
      expect(printed.figures).toEqual(scoreboard.figures);
      expect(await check.locator('.evidence-table').isVisible()).toBe(true);
      expect(await check.locator('.evidence-table tbody tr').count()).toBe(4);
      expectDash(await shown(handout.locator(`[data-handout="${MOVES_NONE}"] [data-evidence-check]`)), language);
      // Every page has its one check; the results table no longer carries a figure of its own.
      const pages = await handout.locator('[data-handout]').count();
      expect(await handout.locator('[data-evidence-check]').count()).toBe(pages);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      await expect.poll(() => page.locator('.handout').count()).toBe(0);
    });

    it(`in workshop mode, when the result is revealed (${language.lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${language.lang}` });
      const scoreboard = await shown(page.locator(`[data-score="${MOVES_CREDIT}"] [data-evidence-check]`));
      await page.locator('[data-action="present"]').click();
      const present = page.locator('[data-mode="present"]');
      await present.waitFor();
      // The no-policy baseline's steps are left out unless the facilitator ticks them: tick them.
      await present.locator('[data-action="present-steps"]').click();
      for (const kind of ['question', 'result', 'charts']) await present.locator(`[data-step-key="${kind}:${MOVES_NONE}"] input[type="checkbox"]`).check();
      await present.locator('[data-action="present-steps-close"]').click();
      await page.keyboard.press('Home');
      await expect.poll(() => present.getAttribute('data-step-key')).toBe(`question:${MOVES_NONE}`);
      // The question hides the answer, and the evidence with it.
      expect(await present.getAttribute('data-step-kind')).toBe('question');
      expect(await present.locator('[data-evidence-check]').count()).toBe(0);

      await present.locator('[data-action="reveal"]').click();
      await expect.poll(() => present.getAttribute('data-step-kind')).toBe('result');
      expectDash(await shown(present.locator(`[data-evidence-check="${MOVES_NONE}"]`)), language);

      // The next scenario's question (step 3), then its reveal.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => present.getAttribute('data-step')).toBe('3');
      await present.locator('[data-action="reveal"]').click();
      await expect.poll(() => present.getAttribute('data-step-kind')).toBe('result');
      const check = present.locator(`[data-evidence-check="${MOVES_CREDIT}"]`);
      const revealed = await shown(check);
      expectInside(revealed, language);
      expect(revealed.figures).toEqual(scoreboard.figures);
      await check.locator('summary').click();
      await check.locator('.evidence-table').waitFor({ state: 'visible' });
      await present.locator('[data-action="present-exit"]').click();
      await expect.poll(() => present.count()).toBe(0);
    });
  }
});
