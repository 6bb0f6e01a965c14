/**
 * A screen ready for the room: the first print works, the language stays in the address and follows
 * the browser's when the address does not say, a skip link reaches the main lever, number boxes show
 * every digit in Persian, and on a phone every control is a target of at least 24 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioIds, selectScenario, setupBrowserTests, shownScenarioIds } from './helpers/app';

const tests = setupBrowserTests();

/** The controls smaller than 24 by 24 px that a person can see (buttons, selects, summaries, checkboxes, boxes). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('button, select, summary, input[type="checkbox"], input[data-param-box], input[type="text"], input[type="number"]'))
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24))
      .map(({ e, r }) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`),
  );
}

describe('the room', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`prints the handout at the first print of a fresh page (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      const pdf = await page.pdf();
      // A blank page is under a kilobyte; the handout of the shipped workshop runs to many pages.
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, 'pages printed').toBeGreaterThan(3);
      expect(pdf.length).toBeGreaterThan(50_000);
    });

    it(`keeps every control at least 24 px on a phone (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expect.poll(() => smallTargets(page)).toEqual([]);
    });
  }

  it('shows every digit of every number box in Persian at 1440 wide', async () => {
    const { page } = await tests.open({ search: 'lang=fa' });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const clipped = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLInputElement>('input[data-param-box]'))
          .filter((e) => e.scrollWidth > e.clientWidth)
          .map((e) => `${e.getAttribute('data-param-box')}: ${e.value}`),
      );
    await expect.poll(clipped).toEqual([]);
  });

  it('keeps the language in the address, and opens in the browser’s language when the address does not say', async () => {
    const { page } = await tests.open({ browserLocale: 'en-US' });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.locator('[data-lang="fa"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fa');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('fa');

    const persian = await tests.open({ browserLocale: 'fa-IR' });
    await expect.poll(() => persian.page.evaluate(() => document.documentElement.lang)).toBe('fa');
  });

  it('reaches the main lever from the first Tab of the page through a skip link', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    await page.keyboard.press('Tab');
    const link = page.locator('.skip-link');
    expect(await link.evaluate((e) => e === document.activeElement)).toBe(true);
    expect((await link.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-param'))).toBe('policy.reallocation');
  });

  for (const lang of ['en', 'fa'] as const) {
    it(`says which scenario it hid to make room, shows it again on request, and says a deletion with its undo (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      const shown = await shownScenarioIds(page);
      expect(shown).toHaveLength(4);
      const hidden = (await scenarioIds(page)).find((id) => !shown.includes(id)) ?? '';
      await page.locator(`[data-scenario-chip="${hidden}"] input[type="checkbox"]`).check();
      const notice = page.locator('[role="status"][data-change-notice="hidden"]');
      await notice.waitFor();
      expect((await notice.textContent())?.trim()).not.toBe('');
      await expect.poll(() => shownScenarioIds(page)).toContain(hidden);
      await notice.locator('[data-action="notice-undo"]').click();
      await expect.poll(() => shownScenarioIds(page)).toEqual(shown);

      await selectScenario(page, shown[1]);
      const count = (await scenarioIds(page)).length;
      await page.locator('[data-action="delete-scenario"]').click();
      const deleted = page.locator('[role="status"][data-change-notice="deleted"]');
      await deleted.waitFor();
      await expect.poll(async () => (await scenarioIds(page)).length).toBe(count - 1);
      await deleted.locator('[data-action="notice-undo"]').click();
      await expect.poll(async () => (await scenarioIds(page)).length).toBe(count);
    });
  }

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    for (const lang of ['en', 'fa'] as const) {
      it(`holds the main lever, a headline card and two large charts in the first screen at ${width}x${height} (${lang})`, async () => {
        const { page } = await tests.open({ search: `lang=${lang}` });
        await page.setViewportSize({ width, height });
        const firstScreen = () =>
          page.evaluate(() => {
            const inside = (e: Element) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
            };
            const lever = document.querySelector('input[data-param="policy.reallocation"]');
            return {
              lever: lever !== null && inside(lever),
              scores: Array.from(document.querySelectorAll('[data-score]')).filter(inside).length > 0,
              charts: Array.from(document.querySelectorAll('[data-chart]')).filter((e) => e.getBoundingClientRect().height > 150 && inside(e)).length >= 2,
              scrolledSideways: document.documentElement.scrollWidth > window.innerWidth,
            };
          });
        await expect.poll(firstScreen).toEqual({ lever: true, scores: true, charts: true, scrolledSideways: false });
      });
    }
  }

  for (const lang of ['en', 'fa'] as const) {
    it(`opens the facilitator's notes over the slide without shrinking its charts, with a timer and the next step (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.locator('[data-action="present"]').click();
      const present = page.locator('[data-mode="present"]');
      await present.waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const chart = present.locator('[data-chart]').first();
      await chart.waitFor();
      const width = async () => (await chart.boundingBox())?.width ?? 0;
      const before = await width();
      expect(before).toBeGreaterThan(200);
      await page.keyboard.press('n');
      const notes = present.locator('.present-notes');
      await notes.waitFor();
      expect(await notes.locator('[role="timer"]').count()).toBe(1);
      expect((await notes.locator('.present-notes-meta').textContent())?.trim()).not.toBe('');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await width()).toBe(before);
    });
  }

  for (const lang of ['en', 'fa'] as const) {
    it(`opens the decision aids on the first scenario that sets a lever, saying why (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      const selected = await page.locator('[data-scenario-chip] button[aria-pressed="true"] .scenario-title').textContent();
      const note = page.locator('[data-decision-leverless]');
      await note.waitFor({ state: 'attached' });
      expect(await note.textContent()).toContain(selected ?? '');
      const heading = (await page.locator('#decision-heading').textContent()) ?? '';
      expect(heading).not.toContain(selected ?? '');
      // A scenario that sets a lever has its own aids, without the note.
      await selectScenario(page, 'iran-credit-reallocation');
      await expect.poll(() => note.count()).toBe(0);
    });
  }
});
