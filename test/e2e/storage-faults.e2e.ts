/**
 * Storage faults (issue 15, items 2 and 3): a saved session that cannot be read is kept and told, with
 * a download of it; a save that fails (storage full, refused) is told until a save succeeds, and a
 * reload restores exactly the last save told as done; two tabs of one browser follow each other's
 * saves or say the workshop is out of date, and never write over the other's save silently.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESCUE_PREFIX } from '../../src/state/persistence';
import { SESSION_KEY } from '../../src/state/session-key';
import { clickSlider, reload, setupBrowserTests, slider, sliderValue, waitForCharts, type AppSession } from './helpers/app';
import { REPO_ROOT } from './helpers/server';

const tests = setupBrowserTests();
const LEVER = 'policy.reallocation';
/** The scenario the default workshop opens with selected: the one both tabs edit. */
const FIRST = 'iran-1400-baseline';
/** How many scenarios the default workshop holds. */
const SHIPPED_SCENARIOS = (JSON.parse(readFileSync(`${REPO_ROOT}/scenarios/iran-workshop.json`, 'utf8')) as { scenarios: unknown[] }).scenarios.length;
const APP_PREFIX = 'sme-credit-simulator:';

/** The lever's value in the stored session (what a reload restores), or what is wrong with it. */
function storedLever(page: Page): Promise<number | string> {
  return page.evaluate(
    ({ key, id }) => {
      const text = localStorage.getItem(key);
      if (text === null) return 'none';
      try {
        const session = JSON.parse(text) as { workshop: { scenarios: Array<{ id: string; policy?: { reallocation?: number } }> } };
        return session.workshop.scenarios.find((s) => s.id === id)?.policy?.reallocation ?? 0;
      } catch {
        return 'unreadable';
      }
    },
    { key: SESSION_KEY, id: FIRST },
  );
}

/** Moves the lever to a fraction of its track and returns its new value. */
async function moveLever(page: Page, fraction: number): Promise<number> {
  const before = await sliderValue(page, LEVER);
  await clickSlider(page, slider(page, LEVER), fraction);
  await expect.poll(() => sliderValue(page, LEVER)).not.toBe(before);
  return sliderValue(page, LEVER);
}

/** Makes every later write of the session key in this page throw, as a full or refusing storage does; returns how to stop. */
async function refuseSessionWrites(page: Page, name: 'QuotaExceededError' | 'SecurityError'): Promise<() => Promise<void>> {
  await page.evaluate(
    ({ key, error }) => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (k === key) throw new DOMException('refused by the test', error);
        return original.call(this, k, v);
      };
      Object.assign(window, { restoreSetItem: () => (Storage.prototype.setItem = original) });
    },
    { key: SESSION_KEY, error: name },
  );
  return () => page.evaluate(() => (window as unknown as { restoreSetItem: () => void }).restoreSetItem());
}

const notice = (page: Page, kind: string) => page.locator(`[data-session-notice="${kind}"]`);

describe('a saved session that cannot be read', () => {
  it('corrupting every value of the app and reloading is told in an alert; the raw copy outlives the next edit and downloads', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    await moveLever(page, 0.4);
    await expect.poll(() => storedLever(page)).toBe(await sliderValue(page, LEVER));
    const corrupt = '{"workshop": {"format": "sme-credit-workshop", "scenarios": [ cut here';
    const keys = await page.evaluate(
      ({ prefix, text }) => {
        const mine = Object.keys(localStorage).filter((k) => k.startsWith(prefix));
        mine.forEach((k) => localStorage.setItem(k, text));
        return mine;
      },
      { prefix: APP_PREFIX, text: corrupt },
    );
    expect(keys).toContain(SESSION_KEY);

    await reload(page);
    const alert = page.getByRole('alert').and(notice(page, 'rescued'));
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toMatch(/could not be opened.*not valid JSON/);
    // The default workshop is shown, not an empty page.
    expect(await sliderValue(page, LEVER)).toBe(0);

    const edited = await moveLever(page, 0.3);
    await expect.poll(() => storedLever(page)).toBe(edited);
    const rescued = await page.evaluate((prefix) => Object.entries(localStorage).filter(([k]) => k.startsWith(prefix)), RESCUE_PREFIX);
    expect(rescued.map(([, v]) => v)).toEqual([corrupt]);
    expect(await alert.textContent()).toContain(rescued[0][0]);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), alert.locator('[data-action="download-rescued-session"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^unreadable-session-.*\.txt$/);
    expect(readFileSync(await download.path(), 'utf8')).toBe(corrupt);
    await alert.locator('[data-action="dismiss-rescued-session"]').click();
    await alert.waitFor({ state: 'detached' });
    expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length, RESCUE_PREFIX)).toBe(1);
  });

  it('a session the file checks refuse is told in Persian with the JSON path; kept even when storage is full, nothing is written over it until downloaded', async () => {
    const { page } = await tests.open();
    const refused = JSON.stringify({ workshop: { format: 'sme-credit-workshop', version: 1, title: { en: 'Emptied' }, scenarios: [] }, selectedId: 'x' });
    await page.evaluate(
      ({ key, text }) => {
        localStorage.clear();
        localStorage.setItem(key, text);
        // Fill the rest of the storage, so that the copy cannot be kept beside it.
        let chunk = 'x'.repeat(1 << 20);
        for (let i = 0; chunk.length > 0; ) {
          try {
            localStorage.setItem(`filler-${i++}`, chunk);
          } catch {
            chunk = chunk.slice(0, chunk.length >> 1);
          }
        }
      },
      { key: SESSION_KEY, text: refused },
    );
    await reload(page);
    const alert = page.getByRole('alert').and(notice(page, 'rescued'));
    await alert.waitFor({ state: 'visible' });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('باز نشد');
    expect(text).toContain('workshop.scenarios');
    expect(text).toContain('حافظه مرورگر برای این صفحه پر است');

    // Held: an edit does not replace the unreadable text.
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
    const edited = await moveLever(page, 0.5);
    await page.waitForTimeout(1500);
    expect(await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBe(refused);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), alert.locator('[data-action="download-rescued-session"]').click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(refused);
    await expect.poll(() => storedLever(page)).toBe(edited);
  });
});

describe('a save that fails', () => {
  it('with storage full an edit is announced as not saved until a save succeeds; a reload restores the last save announced', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    const saved = await moveLever(page, 0.3);
    await expect.poll(() => storedLever(page)).toBe(saved);

    // Fill the storage for real: every byte the browser allows this origin.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 0; ) {
        try {
          localStorage.setItem(`filler-${i++}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
    });
    // A longer session: a copy of a scenario does not fit.
    await page.locator('[data-action="duplicate-scenario"]').click();
    const alert = page.getByRole('alert').and(notice(page, 'not-saved'));
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toMatch(/Not saved in this browser: the browser's storage for this page is full\. Save the workshop to a file to keep it\..*as saved at/);
    await moveLever(page, 0.8);
    await page.waitForTimeout(1500);
    expect(await alert.isVisible()).toBe(true);
    expect(await storedLever(page)).toBe(saved);

    // Save workshop is offered, and still the notice stays: the browser copy is not saved.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), alert.locator('[data-action="session-save-workshop"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.waitForTimeout(1000);
    expect(await alert.isVisible()).toBe(true);

    await reload(page);
    expect(await sliderValue(page, LEVER)).toBe(saved);
    expect(await page.locator('[data-scenario-chip]').count()).toBe(SHIPPED_SCENARIOS);
    expect(await notice(page, 'not-saved').count()).toBe(0);
  });

  it('a refused save (private mode) is told; once saving works again it says so and the reload brings the latest', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    const allow = await refuseSessionWrites(page, 'SecurityError');
    await moveLever(page, 0.6);
    const alert = page.getByRole('alert').and(notice(page, 'not-saved'));
    await alert.waitFor({ state: 'visible' });
    expect(await alert.textContent()).toContain('does not let this page store data');
    expect(await alert.textContent()).toContain('would open the default workshop');
    expect(await alert.locator('[data-action="session-save-workshop"]').isVisible()).toBe(true);

    await allow();
    const latest = await moveLever(page, 0.2);
    await alert.waitFor({ state: 'detached' });
    await notice(page, 'saved-again').waitFor({ state: 'visible' });
    expect(await page.getByRole('status').and(notice(page, 'saved-again')).textContent()).toContain('Saved in this browser again');
    await expect.poll(() => storedLever(page)).toBe(latest);
    await reload(page);
    expect(await sliderValue(page, LEVER)).toBe(latest);
  });
});

describe('two tabs of the same browser', () => {
  /** Opens a second tab on the same browser context (the same storage), watching it for errors. */
  async function secondTab(first: AppSession, problems: string[]): Promise<Page> {
    const page = await first.context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(`${tests.baseURL}?lang=en`);
    await waitForCharts(page);
    return page;
  }

  it('after an edit in one tab the other follows it; with edits of its own it says it is out of date and never writes over the other', async () => {
    const first = await tests.open({ search: 'lang=en' });
    const a = first.page;
    const problems: string[] = [];
    const b = await secondTab(first, problems);

    // B has no edits: it follows A's.
    const fromA = await moveLever(a, 0.4);
    await expect.poll(() => sliderValue(b, LEVER)).toBe(fromA);
    expect(await b.getByRole('status').and(notice(b, 'followed')).textContent()).toContain('Updated with the workshop saved in another tab');

    // B has an edit not saved yet (its saves refused for now) when A saves again.
    const allowB = await refuseSessionWrites(b, 'QuotaExceededError');
    await moveLever(b, 0.1);
    await notice(b, 'not-saved').waitFor({ state: 'visible' });
    const fromA2 = await moveLever(a, 0.7);
    await expect.poll(() => storedLever(a)).toBe(fromA2);
    const outOfDate = b.getByRole('alert').and(notice(b, 'other-tab'));
    await outOfDate.waitFor({ state: 'visible' });
    expect(await outOfDate.textContent()).toContain('This workshop was changed in another tab');

    // B could save again, and edits again: it still does not write over A's save.
    await allowB();
    const fromB = await moveLever(b, 0.2);
    await b.waitForTimeout(1500);
    expect(await storedLever(b)).toBe(fromA2);
    expect(await sliderValue(a, LEVER)).toBe(fromA2);

    // "Keep mine" writes B's over A's, knowingly; A (no edits of its own) follows.
    await outOfDate.locator('[data-action="keep-this-tab"]').click();
    await expect.poll(() => storedLever(a)).toBe(fromB);
    await expect.poll(() => sliderValue(a, LEVER)).toBe(fromB);
    await outOfDate.waitFor({ state: 'detached' });

    // The other way: A out of date takes B's workshop with Reload.
    const allowA = await refuseSessionWrites(a, 'QuotaExceededError');
    await moveLever(a, 0.9);
    const fromB2 = await moveLever(b, 0.5);
    const aOutOfDate = a.getByRole('alert').and(notice(a, 'other-tab'));
    await aOutOfDate.waitFor({ state: 'visible' });
    await allowA();
    await aOutOfDate.locator('[data-action="take-other-tab"]').click();
    await expect.poll(() => sliderValue(a, LEVER)).toBe(fromB2);
    expect(await storedLever(a)).toBe(fromB2);
    expect(problems).toEqual([]);
  });
});
