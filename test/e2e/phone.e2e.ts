/**
 * On a phone the charts lie below every lever: the chart beside credit moved follows the slider, so the
 * lever is never moved blind. Wider windows show the charts area beside the levers instead.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickSlider, setupBrowserTests, slider } from './helpers/app';

const tests = setupBrowserTests();
const PREVIEW = '[data-lever-preview] [data-chart="lever-preview"]';

/** The drawn lines of the lever's chart (their `d` attributes). */
const previewPaths = (page: Page) => page.locator(`${PREVIEW} path[d]`).evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').filter((d) => d.length > 20));

/** Tells whether an element lies wholly inside the window. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });

describe('the lever on a phone', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`has its chart beside it, which follows the slider (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      expect(await page.locator(PREVIEW).count(), 'no lever chart at 1440 wide').toBe(0);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator(PREVIEW).waitFor({ state: 'visible' });
      const range = slider(page, 'policy.reallocation');
      // The slider near the top of the screen, as a thumb scrolling to it leaves it.
      await range.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - 80));
      expect(await inView(page, 'input[type="range"][data-param="policy.reallocation"]'), 'the slider is on screen with its chart').toBe(true);
      expect(await inView(page, PREVIEW), 'the chart is on screen with its slider').toBe(true);
      const before = await previewPaths(page);
      expect(before.length, 'the scenario line and its no-policy line').toBeGreaterThanOrEqual(2);
      await clickSlider(page, range, 0.4);
      await expect.poll(() => previewPaths(page), { message: 'the chart follows the lever' }).not.toEqual(before);
      const box = await page.locator(PREVIEW).boundingBox();
      expect(box && box.width, 'the chart fits the phone').toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }
});
