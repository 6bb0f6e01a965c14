/**
 * Workshop mode (issue 4): entered from the header, stepped through by keyboard (arrows and the page keys
 * a presenter remote sends), notes, reveal, and left again with the workbench as it was.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scenarioColor } from '../../src/charts/core/palette';
import { HEADLINE_MEASURES } from '../../src/engine/measures';
import { en } from '../../src/i18n/messages-en';
import { fa } from '../../src/i18n/messages-fa';
import { scenarioIds, setupBrowserTests, shownScenarioIds, workshopPicture } from './helpers/app';

const browser = setupBrowserTests();

/** The shipped workshop's no-policy baseline: it sets no lever. */
const BASELINE = 'iran-1400-baseline';

describe('workshop mode', () => {
  it('steps through every scenario and chart by keyboard and returns to the workbench unchanged', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    const before = await workshopPicture(page);
    const selected = await page.locator('[data-scenario-chip] button[aria-pressed="true"]').textContent();
    await page.locator('[data-action="present"]').click();
    const present = page.locator('[data-mode="present"]');
    await present.waitFor();
    expect(await present.getAttribute('data-step-kind')).toBe('question');
    const counter = await page.locator('.present-counter').textContent();
    const total = Number((counter ?? '').match(/of (\d+)/)?.[1]);
    // Four scenarios, one of them a no-policy baseline whose steps are left out by default.
    expect(total).toBe(3 * 3 + 1);
    const kinds: string[] = [];
    for (let i = 0; i < total - 1; i++) {
      kinds.push((await present.getAttribute('data-step-kind')) ?? '');
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await expect.poll(() => present.getAttribute('data-step')).toBe(String(i + 1));
    }
    kinds.push((await present.getAttribute('data-step-kind')) ?? '');
    expect(kinds.slice(0, 3)).toEqual(['question', 'result', 'charts']);
    expect(kinds[kinds.length - 1]).toBe('compare');
    // The last step compares every scenario shown, the baseline too.
    expect(await present.locator('[data-chart="compare"] .compare-row').count()).toBe(4);
    await page.keyboard.press('PageUp');
    await expect.poll(() => present.getAttribute('data-step')).toBe(String(total - 2));
    await page.keyboard.press('Home');
    await expect.poll(() => present.getAttribute('data-step')).toBe('0');
    // The facilitator's notes show the scenario's description.
    await page.keyboard.press('n');
    await expect.poll(() => present.locator('.present-notes').textContent()).toContain('credit elasticity');
    await page.keyboard.press('Escape');
    await expect.poll(() => present.count()).toBe(0);
    expect(await workshopPicture(page)).toEqual(before);
    expect(await page.locator('[data-scenario-chip] button[aria-pressed="true"]').textContent()).toBe(selected);
  });

  it('reveals a result only after the room has guessed', async () => {
    const { page } = await browser.open({ search: 'lang=en' });
    await page.locator('[data-action="present"]').click();
    const present = page.locator('[data-mode="present"]');
    // Workshop mode's code arrives on first use: keys pressed before it is there would be lost.
    await present.waitFor();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => present.getAttribute('data-step-kind')).toBe('question');
    expect(await present.locator('.present-value').count()).toBe(0);
    await present.locator('.present-guess input').fill('200');
    await present.locator('[data-action="reveal"]').click();
    await expect.poll(() => present.getAttribute('data-step-kind')).toBe('result');
    await expect.poll(() => present.locator('.present-guess-result').textContent()).toContain('200');
    await present.locator('[data-action="present-exit"]').click();
    await expect.poll(() => present.count()).toBe(0);
  });
});

const LANGUAGES = [
  { lang: 'en', messages: en },
  { lang: 'fa', messages: fa },
] as const;

/** Opens workshop mode and waits for it. */
async function openWorkshopMode(page: Page): Promise<Locator> {
  await page.locator('[data-action="present"]').click();
  const present = page.locator('[data-mode="present"]');
  await present.waitFor();
  return present;
}

/** The keys of the steps workshop mode walks through, first to last (by its Next button). */
async function walkedSteps(page: Page, present: Locator): Promise<string[]> {
  await page.keyboard.press('Home');
  await expect.poll(() => present.getAttribute('data-step')).toBe('0');
  const keys: string[] = [];
  for (let i = 0; i < 100; i++) {
    keys.push((await present.getAttribute('data-step-key')) ?? '');
    const next = present.locator('.present-bar [data-action="present-next"]');
    if (await next.isDisabled()) return keys;
    await next.click();
    await expect.poll(() => present.getAttribute('data-step')).toBe(String(i + 1));
  }
  throw new Error('workshop mode never reached its last step');
}

/** The elements of the slide that lie, even in part, outside the window (none when it fits). */
function outsideWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const e of Array.from(document.querySelectorAll('.present *'))) {
      const r = e.getBoundingClientRect();
      if ((r.width === 0 && r.height === 0) || !e.checkVisibility()) continue;
      if (r.left < -0.5 || r.top < -0.5 || r.right > window.innerWidth + 0.5 || r.bottom > window.innerHeight + 0.5) {
        out.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      }
    }
    return out;
  });
}

/** "#RRGGBB" as the browser's computed style writes it. */
function rgbOf(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe('the presenter view', () => {
  for (const { lang, messages } of LANGUAGES) {
    it(`opens in a second window kept in step both ways, ignores bad messages and hears workshop mode close (${lang})`, async () => {
      const session = await browser.open({ search: `lang=${lang}` });
      const { page, context } = session;
      const present = await openWorkshopMode(page);
      const opened = context.waitForEvent('page');
      await present.locator('[data-action="presenter-window"]').click();
      const popup = await opened;
      popup.on('pageerror', (error) => session.problems.push(`presenter window: ${error.message}`));
      popup.on('console', (message) => {
        if (message.type() === 'error') session.problems.push(`presenter window console: ${message.text()}`);
      });
      const presenter = popup.locator('[data-mode="presenter"][data-link="live"]');
      await presenter.waitFor();
      await expect.poll(() => present.locator('[role="status"]').textContent()).toBe(messages['present.presenter.opened']);
      // The notes and both steps' names, the time since workshop mode opened, in the page's language.
      expect(await presenter.getAttribute('data-step')).toBe('0');
      const title = (await present.locator('h1').textContent()) ?? '';
      expect(await presenter.locator('.presenter-current p').textContent()).toBe(messages['present.step.question'].replace('{name}', title));
      expect(await presenter.locator('.presenter-next p').textContent()).toBe(messages['present.step.result'].replace('{name}', title));
      expect((await presenter.locator('.presenter-notes p').textContent())?.length).toBeGreaterThan(20);
      expect(await presenter.locator('[role="timer"]').textContent()).toMatch(lang === 'fa' ? /^[۰-۹]+:[۰-۹]{2}$/ : /^\d+:\d{2}$/);
      await expect.poll(() => popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The projected slide keeps its whole width: the notes are in the other window.
      expect(await page.locator('.present-notes').count()).toBe(0);

      // Moving in either window moves both.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => presenter.getAttribute('data-step')).toBe('1');
      await presenter.locator('[data-action="present-next"]').click();
      await expect.poll(() => present.getAttribute('data-step')).toBe('2');
      await expect.poll(() => presenter.getAttribute('data-step')).toBe('2');
      await presenter.locator('[data-action="present-previous"]').click();
      await expect.poll(() => present.getAttribute('data-step')).toBe('1');
      await popup.keyboard.press('PageDown');
      await expect.poll(() => present.getAttribute('data-step')).toBe('2');

      // Messages of another shape, session or app move nothing and break nothing, in either window.
      const sent = await page.evaluate(async () => {
        const channel = new BroadcastChannel('sme-credit-simulator:workshop-mode');
        const bad: unknown[] = [
          null,
          42,
          'next',
          [],
          { kind: 'go' },
          { kind: 'go', to: 'next' },
          { kind: 'go', session: 'someoneelse', to: 'next' },
          { kind: 'go', session: { toString: null }, to: 'next' },
          { kind: 'closed', session: 'someoneelse' },
          { kind: 'state', session: 'someoneelse', locale: 'en', title: 'x', step: 9, count: 10, current: 'x', next: null, notes: 'x', startedAt: 0 },
          { kind: 'hello', session: 'someoneelse' },
          { kind: 'explode', session: 'someoneelse' },
        ];
        for (const message of bad) channel.postMessage(message);
        await new Promise((resolve) => setTimeout(resolve, 300));
        channel.close();
        return bad.length;
      });
      expect(sent).toBeGreaterThan(10);
      // The right session's id with a wrong shape is ignored too.
      const sessionId = new URL(popup.url()).searchParams.get('presenter') ?? '';
      expect(sessionId).toMatch(/^[a-z0-9]{6,32}$/);
      await page.evaluate(async (id) => {
        const channel = new BroadcastChannel('sme-credit-simulator:workshop-mode');
        for (const message of [{ kind: 'go', session: id, to: 'forward' }, { kind: 'go', session: id, to: 5 }, { kind: 'closed', session: id, extra: { deep: [1] }, step: 'x' }, { kind: 'state', session: id, step: -1 }]) channel.postMessage(message);
        await new Promise((resolve) => setTimeout(resolve, 300));
        channel.close();
      }, sessionId);
      expect(await present.getAttribute('data-step')).toBe('2');
      expect(await presenter.getAttribute('data-step')).toBe('2');
      expect(await popup.locator('[data-link="live"]').count()).toBe(1);

      // Leaving workshop mode tells the presenter window.
      await page.keyboard.press('Escape');
      await expect.poll(() => present.count()).toBe(0);
      await expect.poll(() => popup.locator('[role="status"]').textContent()).toBe(messages['present.presenter.closed']);
      await popup.close();
    });

    it(`says so and keeps the notes on screen when the second window cannot open (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const present = await openWorkshopMode(page);
      // A popup blocker: window.open gives no window.
      await page.evaluate(() => {
        window.open = () => null;
      });
      await present.locator('[data-action="presenter-window"]').click();
      await expect.poll(() => present.locator('[role="status"]').textContent()).toBe(messages['present.presenter.blocked']);
      await present.locator('.present-notes').waitFor();
      // A browser without BroadcastChannel.
      await page.keyboard.press('n');
      await expect.poll(() => present.locator('.present-notes').count()).toBe(0);
      await page.evaluate(() => {
        Reflect.deleteProperty(window, 'BroadcastChannel');
      });
      await present.locator('[data-action="presenter-window"]').click();
      await expect.poll(() => present.locator('[role="status"]').textContent()).toBe(messages['present.presenter.unsupported']);
      await present.locator('.present-notes').waitFor();
    });
  }
});

describe("the facilitator's steps", () => {
  for (const { lang } of LANGUAGES) {
    it(`leave out the no-policy baseline by default, and follow the ticks and the order chosen, by mouse and keyboard (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const ids = await shownScenarioIds(page);
      const present = await openWorkshopMode(page);
      const walked = await walkedSteps(page, present);
      // The baseline (it sets no lever) has no step; the others have their three, then the comparison.
      expect(ids).toContain(BASELINE);
      expect(walked).toEqual([...ids.filter((id) => id !== BASELINE).flatMap((id) => [`question:${id}`, `result:${id}`, `charts:${id}`]), 'compare']);

      await present.locator('[data-action="present-steps"]').click();
      const list = present.locator('.present-step-list');
      await list.waitFor();
      const rows = list.locator('li[data-step-key]');
      expect(await rows.count()).toBe(ids.length * 3 + 1);
      for (const kind of ['question', 'result', 'charts']) {
        expect(await list.locator(`[data-step-key="${kind}:${BASELINE}"] input`).isChecked()).toBe(false);
        expect(await list.locator(`[data-step-key="${kind}:${BASELINE}"] .present-step-baseline`).count()).toBe(1);
      }
      const [first, second] = ids.filter((id) => id !== BASELINE);
      // Untick the first scenario's charts; tick the baseline's answer alone.
      await list.locator(`[data-step-key="charts:${first}"] input`).uncheck();
      await list.locator(`[data-step-key="result:${BASELINE}"] input`).check();
      // Move the comparison up one place by mouse, and the second scenario's question up by keyboard.
      await list.locator('[data-step-key="compare"] [data-move="up"]').click();
      const up = list.locator(`[data-step-key="question:${second}"] [data-move="up"]`);
      await up.focus();
      await page.keyboard.press('Enter');
      // The focus follows the moved step.
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-step-key'))).toBe(`question:${second}`);
      await page.keyboard.press('Space');
      const order = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-step-key') ?? ''));
      const shown = await rows.evaluateAll((lis) => lis.filter((li) => li.querySelector('input')?.checked).map((li) => li.getAttribute('data-step-key') ?? ''));
      expect(order.indexOf(`question:${second}`)).toBe(order.indexOf(`charts:${first}`) - 2);
      expect(order[order.length - 2]).toBe('compare');
      // Escape closes the list and leaves workshop mode open.
      await page.keyboard.press('Escape');
      await expect.poll(() => list.count()).toBe(0);
      expect(await present.count()).toBe(1);
      const after = await walkedSteps(page, present);
      expect(after).toEqual(shown);
      expect(after).toContain(`result:${BASELINE}`);
      expect(after).not.toContain(`charts:${first}`);
      expect(after).not.toContain(`question:${BASELINE}`);

      // The choice lasts the session: leaving and coming back keeps it.
      await page.keyboard.press('Escape');
      await expect.poll(() => present.count()).toBe(0);
      await openWorkshopMode(page);
      expect(await walkedSteps(page, present)).toEqual(after);
    });
  }
});

describe('the comparison slide', () => {
  for (const { lang, messages } of LANGUAGES) {
    it(`shows the chosen headline measure in each scenario's colour and unit, on an axis fitting the data (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      const ids = await shownScenarioIds(page);
      const workshopOrder = await scenarioIds(page);
      const present = await openWorkshopMode(page);
      await page.keyboard.press('End');
      await expect.poll(() => present.getAttribute('data-step-kind')).toBe('compare');
      const select = present.locator('[data-action="present-compare-measure"]');
      const options = await select.locator('option').evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
      expect(options).toEqual(HEADLINE_MEASURES.map((m) => [m, messages[`measure.${m}.short`]]));
      for (const measure of HEADLINE_MEASURES) {
        await select.selectOption(measure);
        const chart = present.locator('[data-chart="compare"]');
        await expect.poll(() => chart.locator('.chart-title').textContent()).toBe(messages[`measure.${measure}.short`]);
        const bars = await chart.locator('.compare-row').evaluateAll((rows) =>
          rows.map((row) => ({
            id: row.getAttribute('data-scenario') ?? '',
            value: Number(row.getAttribute('data-value')),
            unit: row.getAttribute('data-unit') ?? '',
            label: row.querySelector('.compare-value')?.textContent ?? '',
            color: getComputedStyle(row.querySelector('.compare-bar') as Element).backgroundColor,
          })),
        );
        expect(bars.map((b) => b.id)).toEqual(ids);
        for (const bar of bars) {
          expect(bar.color, `${bar.id}'s colour`).toBe(rgbOf(scenarioColor(workshopOrder.indexOf(bar.id))));
          expect(bar.unit).not.toBe('');
          expect(bar.label.endsWith(` ${bar.unit}`), `${bar.label} in ${bar.unit}`).toBe(true);
          expect(Number.isFinite(bar.value)).toBe(true);
        }
        const [lo, hi] = ((await chart.getAttribute('data-domain')) ?? '').split(',').map(Number);
        const values = bars.map((b) => b.value);
        expect(lo).toBeLessThanOrEqual(Math.min(0, ...values));
        expect(hi).toBeGreaterThanOrEqual(Math.max(0, ...values));
        // Not halved around zero: an axis of gains starts at zero, one of losses ends there.
        if (values.every((v) => v >= 0)) expect(lo).toBe(0);
        if (values.every((v) => v <= 0)) expect(hi).toBe(0);
        expect(hi - lo).toBeLessThanOrEqual(2 * (Math.max(0, ...values) - Math.min(0, ...values)) + 1e-9);
      }
    });
  }
});

describe('every step fits the screen', () => {
  for (const { lang } of LANGUAGES) {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      it(`inside ${size.width}x${size.height}, the baseline's steps too (${lang})`, async () => {
        const { page } = await browser.open({ search: `lang=${lang}` });
        await page.setViewportSize(size);
        const present = await openWorkshopMode(page);
        await present.locator('[data-action="present-steps"]').click();
        for (const box of await present.locator('.present-step-list input[type="checkbox"]').all()) await box.check();
        const list = await present.locator('.present-step-list').boundingBox();
        expect(list && list.x >= 0 && list.y >= 0 && list.x + list.width <= size.width && list.y + list.height <= size.height, 'the step list').toBe(true);
        await present.locator('[data-action="present-steps-close"]').click();
        await page.keyboard.press('Home');
        for (let i = 0; ; i++) {
          await expect.poll(() => present.getAttribute('data-step')).toBe(String(i));
          const key = await present.getAttribute('data-step-key');
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          await expect.poll(() => outsideWindow(page), { message: `step ${i + 1} (${key})` }).toEqual([]);
          const next = present.locator('.present-bar [data-action="present-next"]');
          if (await next.isDisabled()) {
            expect(i + 1).toBe(13);
            break;
          }
          await next.click();
        }
      });
    }

    it(`is usable on a phone, 390x844 (${lang})`, async () => {
      const { page } = await browser.open({ search: `lang=${lang}` });
      await page.setViewportSize({ width: 390, height: 844 });
      const present = await openWorkshopMode(page);
      const sideways = () => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.querySelector('.present')?.scrollWidth ?? 0) - window.innerWidth);
      const next = present.locator('.present-bar [data-action="present-next"]');
      for (let i = 0; !(await next.isDisabled()); i++) {
        expect(await sideways(), `step ${i + 1} scrolls sideways`).toBeLessThanOrEqual(0);
        await next.click();
        await expect.poll(() => present.getAttribute('data-step')).toBe(String(i + 1));
      }
      expect(await sideways()).toBeLessThanOrEqual(0);
      await present.locator('[data-action="present-steps"]').click();
      const list = present.locator('.present-step-list');
      await list.waitFor();
      const box = await list.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      await list.locator('[data-action="present-steps-close"]').click();
      await present.locator('[data-action="present-exit"]').click();
      await expect.poll(() => present.count()).toBe(0);
    });
  }
});
