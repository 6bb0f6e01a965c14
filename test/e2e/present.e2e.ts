/**
 * Workshop mode (issue 4): entered from the header, stepped through by keyboard (arrows and the page keys
 * a presenter remote sends), notes, reveal, and left again with the workbench as it was.
 */
import { describe, expect, it } from 'vitest';
import { setupBrowserTests, workshopPicture } from './helpers/app';

const browser = setupBrowserTests();

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
    expect(total).toBe(4 * 3 + 1);
    const kinds: string[] = [];
    for (let i = 0; i < total - 1; i++) {
      kinds.push((await present.getAttribute('data-step-kind')) ?? '');
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await expect.poll(() => present.getAttribute('data-step')).toBe(String(i + 1));
    }
    kinds.push((await present.getAttribute('data-step-kind')) ?? '');
    expect(kinds.slice(0, 3)).toEqual(['question', 'result', 'charts']);
    expect(kinds[kinds.length - 1]).toBe('compare');
    // The last step compares every scenario shown.
    expect(await present.locator('[data-chart="effect"]').count()).toBe(1);
    await page.keyboard.press('PageUp');
    await expect.poll(() => present.getAttribute('data-step')).toBe(String(total - 2));
    await page.keyboard.press('Home');
    await expect.poll(() => present.getAttribute('data-step')).toBe('0');
    // The facilitator's notes show the scenario's description.
    await page.keyboard.press('n');
    await expect.poll(() => present.locator('.present-notes').textContent()).toContain('SCI');
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
