/**
 * Short share links (issue 14): the shipped workshop's link is at most 2,000 characters and reopens as
 * the same workshop in a fresh browser; a typical edit stays short; the share panel shows the link and
 * its QR code (or says the link is too long for one, and warns where chat clients may cut it); a cut
 * link is refused with a message naming what was wrong, and changes nothing already open. In both
 * languages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickSlider, openThroughInput, scenarioIds, selectScenario, setupBrowserTests, slider, workshopPicture } from './helpers/app';
import { REPO_ROOT } from './helpers/server';

const tests = setupBrowserTests();
const REALLOCATION = 'iran-credit-reallocation';

/** Shares the open workshop and reads the link from the share panel (the clipboard holds the same). */
async function share(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(tests.baseURL).origin });
  await page.locator('[data-action="share"]').click();
  const box = page.locator('[data-share-link]');
  await box.waitFor({ state: 'visible' });
  const link = await box.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  return link;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The serious and critical axe-core violations inside the share panel. */
async function panelViolations(page: Page): Promise<string[]> {
  // Run by the test driver, not put into the page as a <script>: the page's policy refuses inline scripts.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: Array<{ id: string; impact: string | null }> }> } }).axe;
    const panel = document.querySelector('[data-share-panel]');
    if (!panel) return ['no share panel'];
    const result = await axe.run(panel);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

/** The message of the share command (the status line). */
const status = (page: Page) => page.locator('.app > p.status[role="status"][aria-live="polite"]').textContent();

/** The QR code's size in modules and whether it has dark modules drawn, or null when there is none. */
function qrOf(page: Page): Promise<{ modules: number; drawn: boolean; width: number } | null> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[data-share-qr]');
    if (!svg) return null;
    const modules = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    const d = svg.querySelector('path')?.getAttribute('d') ?? '';
    return { modules, drawn: /^M\d+ \d+h\d+v1h-\d+z/.test(d), width: svg.getBoundingClientRect().width };
  });
}

describe('short share links', () => {
  for (const lang of ['en', 'fa'] as const) {
    it(`the shipped workshop's link is at most 2,000 characters, shows as a QR code and reopens as the same workshop (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      const picture = await workshopPicture(page);
      const link = await share(page);
      expect(link).toContain('#d=');
      expect(link.length).toBeLessThanOrEqual(2000);
      expect(await status(page)).toMatch(lang === 'fa' ? /نویسه/ : /characters/);
      expect(await page.locator('[data-share-warning]').count()).toBe(0);
      const qr = await qrOf(page);
      expect(qr?.drawn).toBe(true);
      expect(qr?.width).toBeGreaterThan(150);
      expect(await page.locator('svg[data-share-qr]').getAttribute('aria-label')).toMatch(/QR/);
      expect(await panelViolations(page)).toEqual([]);
      // For a room: as large as the window allows.
      await page.locator('[data-action="share-qr-large"]').click();
      expect((await qrOf(page))?.width).toBeGreaterThan(500);

      const fresh = await tests.open({ url: link });
      expect(await workshopPicture(fresh.page)).toEqual(picture);
      expect(await fresh.page.getByRole('alert').count()).toBe(0);
      expect(fresh.page.url()).not.toContain('#d=');
      expect(await fresh.page.locator('html').getAttribute('lang')).toBe(lang);

      // The panel goes with the next edit: its link no longer says what is open.
      await clickSlider(page, slider(page, 'policy.reallocation'), 0.3);
      await expect.poll(() => page.locator('[data-share-panel]').count()).toBe(0);
    });

    it(`a slider moved and a scenario duplicated: the link stays short and reopens as the edited workshop (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      await selectScenario(page, REALLOCATION);
      await clickSlider(page, slider(page, 'policy.reallocation'), 0.7);
      const before = await scenarioIds(page);
      await page.locator('[data-action="duplicate-scenario"]').click();
      await expect.poll(() => scenarioIds(page)).toHaveLength(before.length + 1);
      const ids = await scenarioIds(page);
      const copy = ids[ids.indexOf(REALLOCATION) + 1];
      const moved = await slider(page, 'policy.reallocation').inputValue();
      const link = await share(page);
      expect(link.length).toBeLessThan(1000);
      const fresh = await tests.open({ url: link });
      expect(await fresh.page.getByRole('alert').count()).toBe(0);
      expect(await scenarioIds(fresh.page)).toEqual(ids);
      // The moved lever came along, in the scenario and in its copy; the copy's name too.
      for (const id of [REALLOCATION, copy]) {
        await selectScenario(fresh.page, id);
        expect(await slider(fresh.page, 'policy.reallocation').inputValue(), id).toBe(moved);
      }
      expect(await fresh.page.locator(`[data-scenario-chip="${copy}"]`).textContent()).toMatch(lang === 'fa' ? /رونوشت/ : /copy/);
    });

    it(`a cut link is refused with a message; pasted into an open tab it changes nothing there (${lang})`, async () => {
      const { page } = await tests.open({ search: `lang=${lang}` });
      const link = await share(page);
      const cut = link.slice(0, link.length - 12);

      const fresh = await tests.open({ url: cut });
      const alert = fresh.page.getByRole('alert').first();
      await alert.waitFor({ state: 'visible' });
      expect(await alert.getAttribute('data-alert')).toBe('link-invalid');
      expect(await alert.textContent()).toMatch(lang === 'fa' ? /بریده/ : /cut or altered/);
      expect(await alert.textContent()).toContain('(link)');

      // An edited workshop is open; the cut link arrives in the address bar: only the alert appears.
      await clickSlider(page, slider(page, 'policy.reallocation'), 0.5);
      const edited = await workshopPicture(page);
      await page.evaluate((hash) => (window.location.hash = hash), new URL(cut).hash);
      await page.getByRole('alert').first().waitFor({ state: 'visible' });
      expect(await workshopPicture(page)).toEqual(edited);
    });
  }

  it('a workshop far from the shipped one: the link is long, the message warns that chat clients may cut it, the panel says it is too long for a QR code', async () => {
    const { page } = await tests.open({ search: 'lang=en' });
    const text = readFileSync(join(REPO_ROOT, 'scenarios/mazandaran-industrial-estates.json'), 'utf8');
    const before = await scenarioIds(page);
    await openThroughInput(page, { name: 'mazandaran-industrial-estates.json', text });
    await expect.poll(() => scenarioIds(page)).toHaveLength(before.length + 1);
    const picture = await workshopPicture(page);
    const link = await share(page);
    expect(link.length).toBeGreaterThan(2953);
    expect(await status(page)).toContain('longer than 2,000 characters');
    expect(await page.locator('[data-share-warning]').first().textContent()).toContain('chat and mail clients may cut it');
    expect(await qrOf(page)).toBeNull();
    expect(await page.locator('[data-share-qr-too-long]').textContent()).toContain('too long for a QR code');
    // Long, but whole: it still opens as the same workshop.
    const fresh = await tests.open({ url: link });
    expect(await fresh.page.getByRole('alert').count()).toBe(0);
    expect((await workshopPicture(fresh.page)).scenarios).toEqual(picture.scenarios);
  });
});
