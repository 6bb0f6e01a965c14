/**
 * The units people think in (issue: a screen ready for the room): shares and points shown and typed in
 * percent, `10%` and Persian digits accepted, a refused value says what is allowed, the arrow keys move
 * credit by one point and Page keys by ten, a run of key presses is one undo step, and nothing on the
 * page shows a run of six decimals.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusBefore, selectScenario, setupBrowserTests, slider, sliderValue } from './helpers/app';

const tests = setupBrowserTests();
const REALLOCATION = 'iran-credit-reallocation';
const box = (page: Page) => page.locator('[data-param-box="policy.reallocation"]').first();

/** Every text and input value of the page that shows six or more decimals (Latin or Persian digits). */
function longDecimals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pattern = /[0-9۰-۹][.٫][0-9۰-۹]{6,}/;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (pattern.test(text) && node.parentElement?.closest('script, style') === null) found.push(text.slice(0, 80));
    }
    for (const input of Array.from(document.querySelectorAll('input'))) if (pattern.test(input.value)) found.push(`${input.getAttribute('data-param') ?? input.getAttribute('data-param-box') ?? input.type}: ${input.value}`);
    for (const el of Array.from(document.querySelectorAll('[aria-valuetext], [aria-label], [title]'))) {
      for (const name of ['aria-valuetext', 'aria-label', 'title']) {
        const v = el.getAttribute(name);
        if (v && pattern.test(v)) found.push(`${name}: ${v.slice(0, 80)}`);
      }
    }
    return found;
  });
}

describe('values in percent', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`no text, label or input value shows six decimals, fresh and with the credit scenario chosen (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      await page.setViewportSize({ width: 1280, height: 720 });
      expect(await longDecimals(page)).toEqual([]);
      await selectScenario(page, REALLOCATION);
      expect(await longDecimals(page)).toEqual([]);
    });
  }

  it('takes 10%, 10 and Persian digits as points of credit, and says what is allowed when refused (en)', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    await selectScenario(page, REALLOCATION);
    await box(page).fill('10%');
    await box(page).press('Enter');
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(0.1, 12);
    await box(page).blur();
    expect(await box(page).inputValue()).toBe('10');
    await box(page).fill('۱۲٫۵');
    await box(page).press('Enter');
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(0.125, 12);

    await box(page).fill('lots');
    await box(page).press('Enter');
    const refusal = page.locator('.slider-row').filter({ has: box(page) }).getByRole('alert');
    await expect.poll(() => refusal.textContent()).toMatch(/“lots” is not a number: type a value from 0 to \d+(\.\d+)?/);
    await box(page).fill('95');
    await box(page).press('Enter');
    await expect.poll(() => refusal.textContent()).toMatch(/95 is out of range: allowed 0 to \d+/);
    expect(await sliderValue(page, 'policy.reallocation')).toBeCloseTo(0.125, 12);
  });

  it('shows a share in percent in Persian, and reads Persian digits with the Persian percent sign (fa)', async () => {
    const { page } = await tests.open({ search: 'lang=fa' });
    await selectScenario(page, REALLOCATION);
    await box(page).fill('۱۵٪');
    await box(page).press('Enter');
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(0.15, 12);
    await box(page).blur();
    expect(await box(page).inputValue()).toBe('۱۵');
  });

  it('moves credit a point an arrow press and ten with Page Up; a run of presses is one undo step (en)', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    await selectScenario(page, REALLOCATION);
    await box(page).fill('5');
    await box(page).press('Enter');
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(0.05, 12);
    const range = slider(page, 'policy.reallocation');
    await focusBefore(range);
    await page.keyboard.press('Tab');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageUp');
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(0.25, 12);
    // The presses came without a rest: one undo step takes all of them back.
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => sliderValue(page, 'policy.reallocation')).toBeCloseTo(0.05, 12);
  });
});
