/**
 * Persian and English (issue 4): direction, digits, every visible string in the chosen language, the
 * choice remembered.
 */
import { describe, expect, it } from 'vitest';
import { reload, setupBrowserTests } from './helpers/app';

const browser = setupBrowserTests();

/** The page's visible words in Latin letters, other than the English switch's own label. */
async function latinWords(page: import('playwright-core').Page): Promise<string[]> {
  await page.locator('[data-chart="waterfall"]').first().waitFor({ timeout: 30_000 });
  return page.evaluate(() => {
    const words = document.body.innerText.match(/[A-Za-z]{2,}/g) ?? [];
    return [...new Set(words)].filter((w) => w !== 'English');
  });
}

describe('languages', () => {
  it('?lang=fa sets right-to-left Persian with Persian digits and no Latin digits or words', async () => {
    const { page } = await browser.open({ search: 'lang=fa' });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
    const jobs = await page.locator('[data-score="iran-credit-reallocation"] [data-measure="employment"] .score-value').textContent();
    expect(jobs).toMatch(/[۰-۹]/);
    expect(await latinWords(page)).toEqual([]);
    const latinDigits = await page.evaluate(() => document.body.innerText.match(/[0-9]/g) ?? []);
    expect(latinDigits).toEqual([]);
    // Years on the time axes are Solar Hijri in Persian digits.
    expect(await page.locator('[data-chart="projection"]').first().textContent()).toContain('۱۴۰۰');
  });

  it('?lang=en sets left-to-right English', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await page.locator('[data-score="iran-credit-reallocation"] [data-measure="employment"] .score-value').textContent()).toMatch(/\+\d/);
  });

  it('the switch changes every visible string and is remembered after a reload', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    await page.locator('button[data-lang="fa"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await latinWords(page)).toEqual([]);
    await page.goto(page.url().replace(/\?.*$/, ''));
    await reload(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fa');
    await page.locator('button[data-lang="en"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    const persian = await page.evaluate(() => (document.body.innerText.match(/[\u0600-\u06ff]{2,}/g) ?? []).filter((w) => w !== 'فارسی'));
    expect(persian).toEqual([]);
  });

  it('shows Gregorian years on request', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    await page.locator('[data-setting="calendar"]').selectOption('gregorian');
    await expect.poll(() => page.locator('[data-chart="projection"]').first().textContent()).toContain('2021');
  });
});
